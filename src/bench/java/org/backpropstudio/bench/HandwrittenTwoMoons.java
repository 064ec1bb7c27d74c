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
 * engine's accumulators do; which value is computed first does not change any bit, so the loops
 * are ordered for speed: a layer at a time for all 200 samples, the samples innermost (loops of
 * 200 rather than of 8), each z with its eight terms in one pass (which the JIT vectorises) and
 * its activation in the next, and each
 * layer's gradient sums side by side, nine at a time, so that no sum waits on its own last
 * addition. (A loop that takes
 * the samples one at a time, as the micro-steps do, took about 30 % longer.) tanh, σ and
 * softplus are the engine's own
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

    /** The iteration's gradient sums of layers 1 and 2, laid out as the parameters. */
    private final double[] g1 = new double[2 * H];
    private final double[] gb1 = new double[H];
    private final double[] g2 = new double[H * H];
    private final double[] gb2 = new double[H];

    /** Every sample's a⁽¹⁾, a⁽²⁾, δ⁽²⁾, δ⁽¹⁾, unit j of sample s at [200j + s]; δ⁽³⁾, and one layer's z. */
    private final double[] a1 = new double[H * M];
    private final double[] a2 = new double[H * M];
    private final double[] d2 = new double[H * M];
    private final double[] d1 = new double[H * M];
    private final double[] d3 = new double[M];
    private final double[] z = new double[M];

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
        final double[] x0 = this.x0;
        final double[] x1 = this.x1;
        final double[] y = this.y;
        final double[] w1 = this.w1;
        final double[] b1 = this.b1;
        final double[] w2 = this.w2;
        final double[] b2 = this.b2;
        final double[] w3 = this.w3;
        final double[] a1 = this.a1;
        final double[] a2 = this.a2;
        final double[] d3 = this.d3;
        final double[] z = this.z;
        final double[] d2 = this.d2;
        final double[] d1 = this.d1;
        // layer 1: a⁽¹⁾ⱼ,ₛ = tanh((0 + W⁽¹⁾ⱼ₀x₀ + W⁽¹⁾ⱼ₁x₁) + b⁽¹⁾ⱼ)
        for (int j = 0; j < H; j++) {
            double w0 = w1[2 * j];
            double w01 = w1[2 * j + 1];
            double bj = b1[j];
            int o = j * M;
            for (int s = 0; s < M; s++) {
                z[s] = (0.0 + w0 * x0[s] + w01 * x1[s]) + bj;
            }
            for (int s = 0; s < M; s++) {
                a1[o + s] = Activation.tanh(z[s]);
            }
        }
        // layer 2: a⁽²⁾ⱼ,ₛ = tanh((0 + Σₖ W⁽²⁾ⱼₖa⁽¹⁾ₖ,ₛ) + b⁽²⁾ⱼ), the eight terms in order in one pass
        for (int j = 0; j < H; j++) {
            int row = H * j;
            double v0 = w2[row];
            double v1 = w2[row + 1];
            double v2 = w2[row + 2];
            double v3 = w2[row + 3];
            double v4 = w2[row + 4];
            double v5 = w2[row + 5];
            double v6 = w2[row + 6];
            double v7 = w2[row + 7];
            double bj = b2[j];
            int o = j * M;
            for (int s = 0; s < M; s++) {
                z[s] = (0.0 + v0 * a1[s] + v1 * a1[M + s] + v2 * a1[2 * M + s] + v3 * a1[3 * M + s]
                        + v4 * a1[4 * M + s] + v5 * a1[5 * M + s] + v6 * a1[6 * M + s] + v7 * a1[7 * M + s]) + bj;
            }
            for (int s = 0; s < M; s++) {
                a2[o + s] = Activation.tanh(z[s]);
            }
        }
        // layer 3, the loss (Σ Jₛ in sample order) and δ⁽³⁾
        final double u0 = w3[0];
        final double u1 = w3[1];
        final double u2 = w3[2];
        final double u3 = w3[3];
        final double u4 = w3[4];
        final double u5 = w3[5];
        final double u6 = w3[6];
        final double u7 = w3[7];
        final double bias3 = b3;
        double lossSum = 0.0;
        for (int s = 0; s < M; s++) {
            z[s] = (0.0 + u0 * a2[s] + u1 * a2[M + s] + u2 * a2[2 * M + s] + u3 * a2[3 * M + s]
                    + u4 * a2[4 * M + s] + u5 * a2[5 * M + s] + u6 * a2[6 * M + s] + u7 * a2[7 * M + s]) + bias3;
        }
        for (int s = 0; s < M; s++) {
            double z3 = z[s];
            double ys = y[s];
            lossSum += 0.0 + (Loss.softplus(z3) - ys * z3);
            d3[s] = Activation.sigmoid(z3) - ys;
        }
        // δ⁽²⁾ⱼ,ₛ = (0 + W⁽³⁾ⱼδ⁽³⁾ₛ)(1 − (a⁽²⁾ⱼ,ₛ)²)
        for (int j = 0; j < H; j++) {
            double wj = w3[j];
            int o = j * M;
            for (int s = 0; s < M; s++) {
                double aj = a2[o + s];
                d2[o + s] = (0.0 + wj * d3[s]) * (1.0 - aj * aj);
            }
        }
        // δ⁽¹⁾ⱼ,ₛ = (0 + Σₖ W⁽²⁾ₖⱼδ⁽²⁾ₖ,ₛ)(1 − (a⁽¹⁾ⱼ,ₛ)²), the eight terms in order in one pass
        for (int j = 0; j < H; j++) {
            double v0 = w2[j];
            double v1 = w2[H + j];
            double v2 = w2[2 * H + j];
            double v3 = w2[3 * H + j];
            double v4 = w2[4 * H + j];
            double v5 = w2[5 * H + j];
            double v6 = w2[6 * H + j];
            double v7 = w2[7 * H + j];
            int o = j * M;
            for (int s = 0; s < M; s++) {
                double aj = a1[o + s];
                d1[o + s] = (0.0 + v0 * d2[s] + v1 * d2[M + s] + v2 * d2[2 * M + s] + v3 * d2[3 * M + s]
                        + v4 * d2[4 * M + s] + v5 * d2[5 * M + s] + v6 * d2[6 * M + s] + v7 * d2[7 * M + s])
                        * (1.0 - aj * aj);
            }
        }
        // the gradient sums over the samples in order from 0.0, eight or more side by side
        double g30 = 0.0, g31 = 0.0, g32 = 0.0, g33 = 0.0, g34 = 0.0, g35 = 0.0, g36 = 0.0, g37 = 0.0, g3b = 0.0;
        for (int s = 0; s < M; s++) {
            double ds = d3[s];
            g30 += ds * a2[s];
            g31 += ds * a2[M + s];
            g32 += ds * a2[2 * M + s];
            g33 += ds * a2[3 * M + s];
            g34 += ds * a2[4 * M + s];
            g35 += ds * a2[5 * M + s];
            g36 += ds * a2[6 * M + s];
            g37 += ds * a2[7 * M + s];
            g3b += ds;
        }
        double[] g2 = this.g2;
        double[] gb2 = this.gb2;
        for (int j = 0; j < H; j++) {
            int o = j * M;
            double g0 = 0.0, g1 = 0.0, g2j2 = 0.0, g3 = 0.0, g4 = 0.0, g5 = 0.0, g6 = 0.0, g7 = 0.0, gb = 0.0;
            for (int s = 0; s < M; s++) {
                double ds = d2[o + s];
                g0 += ds * a1[s];
                g1 += ds * a1[M + s];
                g2j2 += ds * a1[2 * M + s];
                g3 += ds * a1[3 * M + s];
                g4 += ds * a1[4 * M + s];
                g5 += ds * a1[5 * M + s];
                g6 += ds * a1[6 * M + s];
                g7 += ds * a1[7 * M + s];
                gb += ds;
            }
            int row = H * j;
            g2[row] = g0;
            g2[row + 1] = g1;
            g2[row + 2] = g2j2;
            g2[row + 3] = g3;
            g2[row + 4] = g4;
            g2[row + 5] = g5;
            g2[row + 6] = g6;
            g2[row + 7] = g7;
            gb2[j] = gb;
        }
        double[] g1 = this.g1;
        double[] gb1 = this.gb1;
        for (int j = 0; j < H; j++) {
            int o = j * M;
            double g0 = 0.0, g01 = 0.0, gb = 0.0;
            for (int s = 0; s < M; s++) {
                double ds = d1[o + s];
                g0 += ds * x0[s];
                g01 += ds * x1[s];
                gb += ds;
            }
            g1[2 * j] = g0;
            g1[2 * j + 1] = g01;
            gb1[j] = gb;
        }
        // the update: W := W − η (Σ / 200), b likewise
        for (int i = 0; i < 2 * H; i++) {
            w1[i] -= eta * (g1[i] / M);
        }
        for (int i = 0; i < H * H; i++) {
            w2[i] -= eta * (g2[i] / M);
        }
        for (int j = 0; j < H; j++) {
            b1[j] -= eta * (gb1[j] / M);
            b2[j] -= eta * (gb2[j] / M);
        }
        w3[0] -= eta * (g30 / M);
        w3[1] -= eta * (g31 / M);
        w3[2] -= eta * (g32 / M);
        w3[3] -= eta * (g33 / M);
        w3[4] -= eta * (g34 / M);
        w3[5] -= eta * (g35 / M);
        w3[6] -= eta * (g36 / M);
        w3[7] -= eta * (g37 / M);
        b3 -= eta * (g3b / M);
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
