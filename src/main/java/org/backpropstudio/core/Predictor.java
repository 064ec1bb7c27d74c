package org.backpropstudio.core;

/**
 * The outputs a⁽ᴸ⁾ of a fixed network for any input, by the forward pass alone; for drawing the
 * decision boundary over the input plane. Reuses its arrays, so one predictor belongs to one thread.
 */
public final class Predictor {
    private final Activation[] f;
    private final double[][][] weights;
    private final double[][] biases;
    private final double[][] z;
    private final double[][] a;

    /** A predictor for {@code net} as it is now. */
    public Predictor(Network net) {
        int L = net.layers();
        this.f = net.activationsArray();
        this.weights = net.weightsCopy();
        this.biases = net.biasesCopy();
        this.z = new double[L + 1][];
        this.a = new double[L + 1][];
        for (int l = 0; l <= L; l++) {
            z[l] = new double[net.units(l)];
            a[l] = new double[net.units(l)];
        }
    }

    /**
     * a⁽ᴸ⁾ for input x, written into {@code out} (units(L) entries): z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾,
     * a⁽ˡ⁾ = f⁽ˡ⁾(z⁽ˡ⁾), a⁽⁰⁾ = x.
     */
    public void predict(double[] x, double[] out) {
        pass(x);
        System.arraycopy(a[a.length - 1], 0, out, 0, out.length);
    }

    /** Jₛ, the loss of one sample (x, y), by the forward pass as the engine computes it. */
    public double sampleLoss(Loss loss, double[] x, double[] y) {
        pass(x);
        int L = a.length - 1;
        return loss.sampleLoss(f[L], z[L], a[L], y);
    }

    /** a⁽ᴸ⁾ after the last pass: the predictor's own array, to be read before the next pass. */
    double[] outputs() {
        return a[a.length - 1];
    }

    private void pass(double[] x) {
        System.arraycopy(x, 0, a[0], 0, a[0].length);
        StepMath.forwardPass(f, weights, biases, z, a);
    }
}
