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
        System.arraycopy(x, 0, a[0], 0, a[0].length);
        StepMath.forwardPass(f, weights, biases, z, a);
        System.arraycopy(a[a.length - 1], 0, out, 0, out.length);
    }
}
