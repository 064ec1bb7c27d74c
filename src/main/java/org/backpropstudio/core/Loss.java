package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The loss J. Per sample (the average over the iteration's m samples is taken by the engine):
 * <pre>
 *   squared-error   Jₛ = ½ Σₖ (aₖ − yₖ)²
 *   cross-entropy   Jₛ = −Σₖ [yₖ log aₖ + (1 − yₖ) log(1 − aₖ)]    sigmoid outputs
 *                   Jₛ = −Σₖ yₖ log aₖ                              softmax outputs
 * </pre>
 * Cross-entropy is evaluated from z (log σ(z) = −softplus(−z), log softmax = z − logsumexp z),
 * so it never takes log 0.
 */
public enum Loss {
    SQUARED_ERROR("squared-error"),
    CROSS_ENTROPY("cross-entropy");

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** The name used in session files, e.g. {@code "squared-error"}. */
    public String id() {
        return id;
    }

    /** The loss whose {@link #id()} is {@code id}, if any. */
    public static Optional<Loss> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    /**
     * Whether this loss may follow an output layer with activation {@code output}: cross-entropy
     * needs sigmoid or softmax outputs, and softmax needs cross-entropy.
     */
    public boolean allowsOutput(Activation output) {
        if (this == CROSS_ENTROPY) {
            return output == Activation.SIGMOID || output == Activation.SOFTMAX;
        }
        return output != Activation.SOFTMAX;
    }

    /**
     * Whether δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y holds for this loss after {@code output}: sigmoid or softmax
     * outputs with cross-entropy, where f′ cancels the 1/(a(1 − a)) of ∂J/∂a.
     */
    public boolean hasShortcut(Activation output) {
        return this == CROSS_ENTROPY && (output == Activation.SIGMOID || output == Activation.SOFTMAX);
    }

    /** One sample's Jₛ from the output layer's z and a and the target y (formulas above). */
    public double sampleLoss(Activation output, double[] z, double[] a, double[] y) {
        double sum = 0.0;
        if (this == SQUARED_ERROR || output != Activation.SOFTMAX) {
            for (int k = 0; k < a.length; k++) {
                sum += unitLoss(z[k], a[k], y[k]);
            }
            return sum;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double zk : z) {
            max = Math.max(max, zk);
        }
        double s = 0.0;
        for (double zk : z) {
            s += Math.exp(zk - max);
        }
        double logSumExp = max + Math.log(s);
        for (int k = 0; k < z.length; k++) {
            if (y[k] != 0.0) {
                sum -= y[k] * (z[k] - logSumExp);
            }
        }
        return sum;
    }

    /**
     * One output unit's term of Jₛ (but for cross-entropy after softmax):
     * ½ (aₖ − yₖ)² for squared error; softplus(zₖ) − yₖ zₖ for cross-entropy after sigmoid, which is
     * −[yₖ log σ(zₖ) + (1 − yₖ) log(1 − σ(zₖ))] computed without log 0. Jₛ is their sum over k.
     */
    double unitLoss(double z, double a, double y) {
        if (this == SQUARED_ERROR) {
            double e = a - y;
            return 0.5 * e * e;
        }
        return softplus(z) - y * z;
    }

    /**
     * softplus(z) = log(1 + e^z) = max(z, 0) + log1p(e^(−|z|)), which never overflows: +∞ at +∞, 0
     * at −∞, NaN at NaN. With {@link Math#log1p}, as earlier versions computed it, so that their
     * saved losses and these agree to the bit.
     */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /**
     * ∂Jₛ/∂aₖ for one output unit under squared error: aₖ − yₖ. (Cross-entropy's
     * −y/a + (1 − y)/(1 − a) is never evaluated: its δ uses the shortcut.)
     */
    public double dLossDa(double a, double y) {
        if (this != SQUARED_ERROR) {
            throw new IllegalStateException("cross-entropy uses δ = a − y");
        }
        return a - y;
    }

    @Override
    public String toString() {
        return id;
    }
}
