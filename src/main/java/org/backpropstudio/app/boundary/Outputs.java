package org.backpropstudio.app.boundary;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Dataset;

/**
 * How the plot reads the network's outputs ŷ = a⁽ᴸ⁾ and the targets y. With one output, classes 0
 * and 1 either side of a threshold: 0.5 for a sigmoid output, else the middle of the targets' range
 * (a tanh net trained on ±1, say); the colour's strength grows with |ŷ − threshold| up to
 * {@code halfRange}. With several outputs, the winning output is the class (counted from 0 here,
 * from 1 on screen), and the strength grows with its lead over the runner-up, up to {@code span}.
 */
record Outputs(int count, boolean softmax, boolean sigmoid, double threshold, double halfRange, double span) {

    /** The reading for an output layer of {@code count} units with activation {@code f}, trained on {@code data}. */
    static Outputs of(int count, Activation f, Dataset data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            for (int k = 0; k < data.targetWidth(); k++) {
                lo = Math.min(lo, data.target(s, k));
                hi = Math.max(hi, data.target(s, k));
            }
        }
        boolean bounded = f == Activation.SIGMOID || f == Activation.SOFTMAX;
        if (bounded) {
            return new Outputs(count, f == Activation.SOFTMAX, f == Activation.SIGMOID, 0.5, 0.5, 1);
        }
        double span = hi > lo ? hi - lo : Math.max(1, Math.abs(hi));
        double threshold = hi > lo ? (lo + hi) / 2 : hi;
        return new Outputs(count, false, false, threshold, span / 2, span);
    }

    /** Whether ŷ is read as one of several classes (the winning output). */
    boolean isMultiClass() {
        return count > 1;
    }

    /** The class of target row {@code y}: 0 or 1 either side of the threshold, or the largest entry. */
    int classOf(double[] y) {
        if (count == 1) {
            return y[0] > threshold ? 1 : 0;
        }
        return winner(y);
    }

    /** The index of the largest entry (the first of equals). */
    static int winner(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
