package org.backpropstudio.bench;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * The two-moons preset's training written out by hand for that one network and nothing else:
 * 2-8-8-1, tanh, tanh, sigmoid, cross-entropy, full batch of 200, every array flat and allocated
 * once. The same operations in the same order as {@link org.backpropstudio.core.Engine#runIteration()},
 * so the same bits (checked by {@link BenchMain} before the benchmarks run): per sample
 * <pre>
 *   z⁽¹⁾ⱼ = (0 + Σₖ W⁽¹⁾ⱼₖxₖ) + b⁽¹⁾ⱼ,   a⁽¹⁾ⱼ = tanh z⁽¹⁾ⱼ
 *   z⁽²⁾ⱼ = (0 + Σₖ W⁽²⁾ⱼₖa⁽¹⁾ₖ) + b⁽²⁾ⱼ, a⁽²⁾ⱼ = tanh z⁽²⁾ⱼ
 *   z⁽³⁾ = (0 + Σₖ W⁽³⁾ₖa⁽²⁾ₖ) + b⁽³⁾,   a⁽³⁾ = σ(z⁽³⁾)
 *   Jₛ = 0 + (softplus(z⁽³⁾) − y z⁽³⁾),  softplus(z) = max(z, 0) + log(1 + e^(−|z|))
 *   δ⁽³⁾ = a⁽³⁾ − y,   δ⁽²⁾ⱼ = (0 + W⁽³⁾ⱼδ⁽³⁾)(1 − (a⁽²⁾ⱼ)²),   δ⁽¹⁾ⱼ = (0 + Σₖ W⁽²⁾ₖⱼδ⁽²⁾ₖ)(1 − (a⁽¹⁾ⱼ)²)
 *   Σ ∂J/∂W⁽ˡ⁾ⱼₖ += δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ,   Σ ∂J/∂b⁽ˡ⁾ⱼ += δ⁽ˡ⁾ⱼ
 * </pre>
 * then W := W − η (Σ / 200), b := b − η (Σ / 200) and J = (Σ Jₛ) / 200. Each sum runs over its
 * terms in the order the engine adds them (k ascending, samples in order), starting from 0.0 as the
 * engine's accumulators do; which sum is worked on first does not change any bit, so the loops are
 * ordered for speed: δ⁽¹⁾ is accumulated row by row of W⁽²⁾, and the 8-unit loops have constant
 * bounds, which the JIT unrolls. tanh, σ and softplus are the engine's own
 * ({@link Activation#tanh}, {@link Activation#sigmoid}, {@link Loss#softplus}): the fastest exact
 * formulations there are, and the same for both, so the ratio of the two speeds is the engine's
 * overhead alone.
 */
final class HandwrittenTwoMoons implements HandwrittenLoop {
    /** Units per hidden layer. */
    private static final int H = 8;
    /** Samples per iteration (the preset's whole dataset). */
    private static final int M = 200;

    private final double eta;
    private final double[] x0 = new double[M];
    private final double[] x1 = new double[M];
    private final double[] y = new double[M];

    /** W⁽¹⁾ⱼₖ at [2j + k], W⁽²⁾ⱼₖ at [8j + k], W⁽³⁾₀ₖ at [k]; the biases by unit. */
    private final double[] w1 = new double[2 * H];
    private final double[] b1 = new double[H];
    private final double[] w2 = new double[H * H];
    private final double[] b2 = new double[H];
    private final double[] w3 = new double[H];
    private double b3;

    /** The iteration's gradient sums, laid out as the parameters. */
    private final double[] gw1 = new double[2 * H];
    private final double[] gb1 = new double[H];
    private final double[] gw2 = new double[H * H];
    private final double[] gb2 = new double[H];
    private final double[] gw3 = new double[H];

    /** One sample's a⁽¹⁾, a⁽²⁾, δ⁽²⁾, δ⁽¹⁾. */
    private final double[] a1 = new double[H];
    private final double[] a2 = new double[H];
    private final double[] d2 = new double[H];
    private final double[] d1 = new double[H];

    /**
     * The preset's weights, data and η.
     *
     * @throws IllegalArgumentException if {@code moons} is not the network this loop is written for
     */
    HandwrittenTwoMoons(Session moons) {
        Network n = moons.network();
        boolean fits = n.layers() == 3 && n.units(0) == 2 && n.units(1) == H && n.units(2) == H && n.units(3) == 1
                && n.activation(1) == Activation.TANH && n.activation(2) == Activation.TANH
                && n.activation(3) == Activation.SIGMOID && moons.loss() == Loss.CROSS_ENTROPY
                && moons.batch() == BatchMode.FULL && moons.dataset().size() == M && !n.hasLocks();
        if (!fits) {
            throw new IllegalArgumentException("the hand-written loop is for the two-moons preset only");
        }
        eta = moons.learningRate();
        for (int s = 0; s < M; s++) {
            x0[s] = moons.dataset().input(s, 0);
            x1[s] = moons.dataset().input(s, 1);
            y[s] = moons.dataset().target(s, 0);
        }
        for (int j = 0; j < H; j++) {
            w1[2 * j] = n.weight(1, j, 0);
            w1[2 * j + 1] = n.weight(1, j, 1);
            b1[j] = n.bias(1, j);
            for (int k = 0; k < H; k++) {
                w2[H * j + k] = n.weight(2, j, k);
            }
            b2[j] = n.bias(2, j);
            w3[j] = n.weight(3, 0, j);
        }
        b3 = n.bias(3, 0);
    }

    /** One training iteration over the 200 samples; returns its loss J. */
    @Override
    public double iteration() {
        final double[] w1 = this.w1;
        final double[] b1 = this.b1;
        final double[] w2 = this.w2;
        final double[] b2 = this.b2;
        final double[] w3 = this.w3;
        final double[] gw1 = this.gw1;
        final double[] gb1 = this.gb1;
        final double[] gw2 = this.gw2;
        final double[] gb2 = this.gb2;
        final double[] gw3 = this.gw3;
        final double[] a1 = this.a1;
        final double[] a2 = this.a2;
        final double[] d2 = this.d2;
        final double[] d1 = this.d1;
        java.util.Arrays.fill(gw1, 0.0);
        java.util.Arrays.fill(gb1, 0.0);
        java.util.Arrays.fill(gw2, 0.0);
        java.util.Arrays.fill(gb2, 0.0);
        java.util.Arrays.fill(gw3, 0.0);
        double gb3 = 0.0;
        double lossSum = 0.0;
        final double bias3 = b3;
        for (int s = 0; s < M; s++) {
            double in0 = x0[s];
            double in1 = x1[s];
            for (int j = 0; j < H; j++) {
                a1[j] = Activation.tanh((0.0 + w1[2 * j] * in0 + w1[2 * j + 1] * in1) + b1[j]);
            }
            double z3 = 0.0;
            for (int j = 0; j < H; j++) {
                int row = H * j;
                double z = 0.0 + w2[row] * a1[0] + w2[row + 1] * a1[1] + w2[row + 2] * a1[2]
                        + w2[row + 3] * a1[3] + w2[row + 4] * a1[4] + w2[row + 5] * a1[5]
                        + w2[row + 6] * a1[6] + w2[row + 7] * a1[7];
                a2[j] = Activation.tanh(z + b2[j]);
            }
            for (int k = 0; k < H; k++) {
                z3 += w3[k] * a2[k];
            }
            z3 += bias3;
            double a3 = Activation.sigmoid(z3);
            double ys = y[s];
            lossSum += 0.0 + (Loss.softplus(z3) - ys * z3);
            double d3 = a3 - ys;
            for (int j = 0; j < H; j++) {
                double aj = a2[j];
                d2[j] = (0.0 + w3[j] * d3) * (1.0 - aj * aj);
                d1[j] = 0.0;
            }
            for (int k = 0; k < H; k++) {
                int row = H * k;
                double dk = d2[k];
                for (int j = 0; j < H; j++) {
                    d1[j] += w2[row + j] * dk;
                }
            }
            for (int j = 0; j < H; j++) {
                double aj = a1[j];
                d1[j] *= 1.0 - aj * aj;
            }
            for (int k = 0; k < H; k++) {
                gw3[k] += d3 * a2[k];
            }
            gb3 += d3;
            for (int j = 0; j < H; j++) {
                int row = H * j;
                double dj = d2[j];
                for (int k = 0; k < H; k++) {
                    gw2[row + k] += dj * a1[k];
                }
                gb2[j] += dj;
            }
            for (int j = 0; j < H; j++) {
                double dj = d1[j];
                gw1[2 * j] += dj * in0;
                gw1[2 * j + 1] += dj * in1;
                gb1[j] += dj;
            }
        }
        for (int i = 0; i < 2 * H; i++) {
            w1[i] -= eta * (gw1[i] / M);
        }
        for (int i = 0; i < H * H; i++) {
            w2[i] -= eta * (gw2[i] / M);
        }
        for (int j = 0; j < H; j++) {
            b1[j] -= eta * (gb1[j] / M);
            b2[j] -= eta * (gb2[j] / M);
            w3[j] -= eta * (gw3[j] / M);
        }
        b3 -= eta * (gb3 / M);
        return lossSum / M;
    }

    @Override
    public double[] parameters() {
        double[] p = new double[2 * H + H + H * H + H + H + 1];
        int i = 0;
        for (int j = 0; j < H; j++) {
            p[i++] = w1[2 * j];
            p[i++] = w1[2 * j + 1];
            p[i++] = b1[j];
        }
        for (int j = 0; j < H; j++) {
            for (int k = 0; k < H; k++) {
                p[i++] = w2[H * j + k];
            }
            p[i++] = b2[j];
        }
        for (int k = 0; k < H; k++) {
            p[i++] = w3[k];
        }
        p[i] = b3;
        return p;
    }
}
