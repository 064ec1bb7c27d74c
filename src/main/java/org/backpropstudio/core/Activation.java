package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activation f⁽ˡ⁾ of a layer: a⁽ˡ⁾ = f⁽ˡ⁾(z⁽ˡ⁾), and its derivative f′ used by the backward pass.
 * All but {@link #SOFTMAX} act on each unit alone; softmax is allowed only on the output layer and
 * only with cross-entropy, where δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y (so its Jacobian is never needed).
 */
public enum Activation {
    /** a = 1 / (1 + e^(−z)), f′ = a(1 − a); computed without overflow for large |z|. */
    SIGMOID("sigmoid"),
    /** a = tanh z, f′ = 1 − a². */
    TANH("tanh"),
    /** a = max(0, z), f′ = 1 if z &gt; 0 else 0. */
    RELU("relu"),
    /** a = z if z &gt; 0 else 0.01 z, f′ = 1 if z &gt; 0 else 0.01. */
    LEAKY_RELU("leaky-relu"),
    /** a = z, f′ = 1. */
    LINEAR("linear"),
    /** aⱼ = e^(zⱼ − max z) / Σₖ e^(zₖ − max z); output layer with cross-entropy only. */
    SOFTMAX("softmax");

    /** The slope of leaky-relu for z ≤ 0. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in session files and on the command line, e.g. {@code "leaky-relu"}. */
    public String id() {
        return id;
    }

    /** The activation whose {@link #id()} is {@code id}, if any. */
    public static Optional<Activation> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** Whether f acts on each unit alone (all but softmax). */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /** aⱼ = f(zⱼ) for an elementwise activation. */
    public double apply(double z) {
        switch (this) {
            case SIGMOID:
                return sigmoid(z);
            case TANH:
                return tanh(z);
            case RELU:
                return z > 0 ? z : 0.0;
            case LEAKY_RELU:
                return z > 0 ? z : LEAKY_SLOPE * z;
            case LINEAR:
                return z;
            default:
                throw new IllegalStateException("softmax is not elementwise");
        }
    }

    /**
     * a = f(z) for the whole layer. Reads {@code z[0..n)}, writes {@code a[0..n)}.
     * Softmax subtracts max z first so that no exponential overflows.
     */
    public void apply(double[] z, double[] a) {
        int n = z.length;
        if (this != SOFTMAX) {
            apply(z, a, 0, n);
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, z[j]);
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            a[j] = Math.exp(z[j] - max);
            sum += a[j];
        }
        for (int j = 0; j < n; j++) {
            a[j] /= sum;
        }
    }

    /**
     * aᵢ = f(zᵢ) for {@code from} ≤ i &lt; {@code to}, an elementwise f: {@link #apply(double)} with
     * the choice of f made once, not per unit.
     */
    void apply(double[] z, double[] a, int from, int to) {
        switch (this) {
            case SIGMOID:
                for (int i = from; i < to; i++) {
                    a[i] = sigmoid(z[i]);
                }
                break;
            case TANH:
                for (int i = from; i < to; i++) {
                    a[i] = tanh(z[i]);
                }
                break;
            default:
                for (int i = from; i < to; i++) {
                    a[i] = apply(z[i]);
                }
        }
    }

    /**
     * dᵢ = dᵢ · f′(zᵢ, aᵢ) for {@code from} ≤ i &lt; {@code to}, an elementwise f:
     * {@link #derivative} with the choice of f made once, not per unit.
     */
    void multiplyByDerivative(double[] z, double[] a, double[] d, int from, int to) {
        switch (this) {
            case SIGMOID:
                for (int i = from; i < to; i++) {
                    d[i] = d[i] * (a[i] * (1.0 - a[i]));
                }
                break;
            case TANH:
                for (int i = from; i < to; i++) {
                    d[i] = d[i] * (1.0 - a[i] * a[i]);
                }
                break;
            default:
                for (int i = from; i < to; i++) {
                    d[i] = d[i] * derivative(z[i], a[i]);
                }
        }
    }

    /**
     * dₒ₊ₛ = (0 + w·eₛ) · f′(zₒ₊ₛ, aₒ₊ₛ) for 0 ≤ s &lt; c, an elementwise f: the δ of a unit whose layer
     * feeds one unit only (weight w, that unit's δ in {@code e}), in one loop. The same bits as the sum
     * stored first and then {@link #multiplyByDerivative}: each product is rounded to a double either way.
     */
    void weightedDerivative(double w, double[] e, double[] z, double[] a, double[] d, int o, int c) {
        switch (this) {
            case SIGMOID:
                for (int s = 0; s < c; s++) {
                    double as = a[o + s];
                    d[o + s] = (0.0 + w * e[s]) * (as * (1.0 - as));
                }
                break;
            case TANH:
                for (int s = 0; s < c; s++) {
                    double as = a[o + s];
                    d[o + s] = (0.0 + w * e[s]) * (1.0 - as * as);
                }
                break;
            default:
                for (int s = 0; s < c; s++) {
                    d[o + s] = (0.0 + w * e[s]) * derivative(z[o + s], a[o + s]);
                }
        }
    }

    /**
     * f′(zⱼ) for an elementwise activation, given zⱼ and aⱼ = f(zⱼ) (sigmoid and tanh use a).
     */
    public double derivative(double z, double a) {
        switch (this) {
            case SIGMOID:
                return a * (1.0 - a);
            case TANH:
                return 1.0 - a * a;
            case RELU:
                return z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU:
                return z > 0 ? 1.0 : LEAKY_SLOPE;
            case LINEAR:
                return 1.0;
            default:
                throw new IllegalStateException("softmax has no elementwise derivative");
        }
    }

    /** σ(z) = 1 / (1 + e^(−z)), evaluated so that e^(±z) never overflows. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * tanh z, as {@link Math#tanh} computes it: the engine's bits must stay those of the histories
     * saved by earlier versions, which replay to their saved state bit for bit. (A tanh from one
     * {@link Math#exp} and a division, within 10⁻¹⁵ relative and about three times as fast, was
     * measured and not kept: see the README's Performance section.)
     */
    public static double tanh(double z) {
        return Math.tanh(z);
    }

    @Override
    public String toString() {
        return id;
    }
}
