package org.backpropstudio.app.draw;

import java.util.Arrays;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Loss;

/**
 * A drawing made a sample: its picture as the inputs and its label as the target (one-hot over a
 * softmax's classes, 0 or 1 for a single sigmoid output), added at the end of the training set or
 * of the test set. The training set keeps its test set and picture shape
 * ({@link Dataset#withSamples}); a session without a test set gets one of this sample.
 */
final class PadSamples {
    private PadSamples() {
    }

    /** Which set a drawing goes to. */
    enum Destination { TRAINING, TEST }

    /**
     * The target of class {@code label} for {@code network} trained with {@code loss}.
     *
     * @throws IllegalArgumentException with a reason for the student, if the network does not
     *                                  classify or has no such class
     */
    static double[] target(Network network, Loss loss, int label) {
        int classes = Prediction.classCount(network, loss);
        if (classes == 0) {
            throw new IllegalArgumentException(Messages.get("draw.notClasses"));
        }
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(Messages.get("draw.noLabel"));
        }
        if (network.outputs() == 1) {
            return new double[] {label};
        }
        double[] y = new double[classes];
        y[label] = 1;
        return y;
    }

    /**
     * {@code data} with the sample (x, y) added at the end of its {@code destination}.
     *
     * @throws IllegalArgumentException with a reason for the student, if that set is full or the
     *                                  sample does not fit it
     */
    static Dataset with(Dataset data, double[] x, double[] y, Destination destination) {
        if (x.length != data.inputWidth() || y.length != data.targetWidth()) {
            throw new IllegalArgumentException(Messages.get("draw.changed"));
        }
        if (destination == Destination.TRAINING) {
            if (data.size() >= Limits.MAX_SAMPLES) {
                throw new IllegalArgumentException(Messages.format("draw.full.training", Limits.MAX_SAMPLES));
            }
            return data.withSamples(append(data.inputsCopy(), x), append(data.targetsCopy(), y));
        }
        Dataset test = data.test().orElse(null);
        if (test == null) {
            return data.withTest(new Dataset(new double[][] {x}, new double[][] {y}));
        }
        if (test.size() >= Limits.MAX_SAMPLES) {
            throw new IllegalArgumentException(Messages.format("draw.full.test", Limits.MAX_SAMPLES));
        }
        return data.withTest(new Dataset(append(test.inputsCopy(), x), append(test.targetsCopy(), y)));
    }

    private static double[][] append(double[][] rows, double[] row) {
        double[][] more = Arrays.copyOf(rows, rows.length + 1);
        more[rows.length] = row.clone();
        return more;
    }
}
