package org.backpropstudio.bench;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * The XOR preset's training written out by hand for that one network and nothing else: 2-2-1,
 * tanh hidden layer, sigmoid output, squared error, full batch of 4, every weight in a field. The
 * same operations for each value in the same order as {@link org.backpropstudio.core.Engine#runIteration()},
 * so the same bits (checked by {@link BenchMain} before the benchmarks run): per sample
 * <pre>
 *   z⁽¹⁾ⱼ = (0 + W⁽¹⁾ⱼ₀x₀ + W⁽¹⁾ⱼ₁x₁) + b⁽¹⁾ⱼ,   a⁽¹⁾ⱼ = tanh z⁽¹⁾ⱼ
 *   z⁽²⁾ = (0 + W⁽²⁾₀a⁽¹⁾₀ + W⁽²⁾₁a⁽¹⁾₁) + b⁽²⁾,  a⁽²⁾ = σ(z⁽²⁾)
 *   Jₛ = ½ (a⁽²⁾ − y)²
 *   δ⁽²⁾ = (a⁽²⁾ − y) · a⁽²⁾(1 − a⁽²⁾),   δ⁽¹⁾ⱼ = (0 + W⁽²⁾ⱼ δ⁽²⁾) · (1 − (a⁽¹⁾ⱼ)²)   (W⁽²⁾ before the update)
 *   Σ ∂J/∂W⁽ˡ⁾ⱼₖ += δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ,   Σ ∂J/∂b⁽ˡ⁾ⱼ += δ⁽ˡ⁾ⱼ
 * </pre>
 * then W := W − η (Σ / 4), b := b − η (Σ / 4) and J = (Σ Jₛ) / 4. The "0 +" terms are the engine's
 * accumulators starting at 0.0; they are kept because 0.0 + x is not x when x is −0.0. The layer
 * is computed for the 4 samples at a time, the activations in loops of their own: a call to
 * Math.exp (inside tanh and σ) may overwrite every floating-point register, so in a loop that also
 * carries the nine weights and nine sums the JIT saves and reloads them around each call. (The
 * loop that took one sample at a time through everything took 1.7 times as long.) tanh and σ are
 * the engine's own ({@link Activation#tanh}, {@link Activation#sigmoid}), the fastest exact
 * formulations there are, so the ratio of the two speeds is the engine's overhead alone.
 */
final class HandwrittenXor implements HandwrittenLoop {
    private final double eta;
    private final double[] x0 = new double[4];
    private final double[] x1 = new double[4];
    private final double[] y = new double[4];

    /** W⁽¹⁾ⱼₖ as w1jk, b⁽¹⁾ⱼ as b1j, W⁽²⁾₀ₖ as w2k, b⁽²⁾₀ as b2. */
    private double w100, w101, w110, w111, b10, b11;
    private double w20, w21, b2;

    /** z⁽¹⁾₀, z⁽¹⁾₁, a⁽¹⁾₀, a⁽¹⁾₁, z⁽²⁾ and a⁽²⁾ of each of the 4 samples. */
    private final double[] z10 = new double[4];
    private final double[] z11 = new double[4];
    private final double[] a10 = new double[4];
    private final double[] a11 = new double[4];
    private final double[] z2 = new double[4];
    private final double[] a2 = new double[4];

    /**
     * The preset's weights, data and η.
     *
     * @throws IllegalArgumentException if {@code xor} is not the network this loop is written for
     */
    HandwrittenXor(Session xor) {
        Network n = xor.network();
        boolean fits = n.layers() == 2 && n.units(0) == 2 && n.units(1) == 2 && n.units(2) == 1
                && n.activation(1) == Activation.TANH && n.activation(2) == Activation.SIGMOID
                && xor.loss() == Loss.SQUARED_ERROR && xor.batch() == BatchMode.FULL
                && xor.dataset().size() == 4 && !n.hasLocks();
        if (!fits) {
            throw new IllegalArgumentException("the hand-written loop is for the XOR preset only");
        }
        eta = xor.learningRate();
        for (int s = 0; s < 4; s++) {
            x0[s] = xor.dataset().input(s, 0);
            x1[s] = xor.dataset().input(s, 1);
            y[s] = xor.dataset().target(s, 0);
        }
        w100 = n.weight(1, 0, 0);
        w101 = n.weight(1, 0, 1);
        w110 = n.weight(1, 1, 0);
        w111 = n.weight(1, 1, 1);
        b10 = n.bias(1, 0);
        b11 = n.bias(1, 1);
        w20 = n.weight(2, 0, 0);
        w21 = n.weight(2, 0, 1);
        b2 = n.bias(2, 0);
    }

    /** One training iteration over the 4 samples; returns its loss J. */
    @Override
    public double iteration() {
        final double[] x0 = this.x0;
        final double[] x1 = this.x1;
        final double[] y = this.y;
        final double[] z10 = this.z10;
        final double[] z11 = this.z11;
        final double[] a10 = this.a10;
        final double[] a11 = this.a11;
        final double[] z2 = this.z2;
        final double[] a2 = this.a2;
        for (int s = 0; s < 4; s++) {
            z10[s] = (0.0 + w100 * x0[s] + w101 * x1[s]) + b10;
            z11[s] = (0.0 + w110 * x0[s] + w111 * x1[s]) + b11;
        }
        for (int s = 0; s < 4; s++) {
            a10[s] = Activation.tanh(z10[s]);
            a11[s] = Activation.tanh(z11[s]);
        }
        for (int s = 0; s < 4; s++) {
            z2[s] = (0.0 + w20 * a10[s] + w21 * a11[s]) + b2;
        }
        for (int s = 0; s < 4; s++) {
            a2[s] = Activation.sigmoid(z2[s]);
        }
        double gw100 = 0.0, gw101 = 0.0, gw110 = 0.0, gw111 = 0.0, gb10 = 0.0, gb11 = 0.0;
        double gw20 = 0.0, gw21 = 0.0, gb2 = 0.0;
        double lossSum = 0.0;
        for (int s = 0; s < 4; s++) {
            double in0 = x0[s];
            double in1 = x1[s];
            double out = a2[s];
            double h0 = a10[s];
            double h1 = a11[s];
            double e = out - y[s];
            lossSum += 0.0 + 0.5 * e * e;
            double d2 = (out - y[s]) * (out * (1.0 - out));
            double d10 = (0.0 + w20 * d2) * (1.0 - h0 * h0);
            double d11 = (0.0 + w21 * d2) * (1.0 - h1 * h1);
            gw20 += d2 * h0;
            gw21 += d2 * h1;
            gb2 += d2;
            gw100 += d10 * in0;
            gw101 += d10 * in1;
            gb10 += d10;
            gw110 += d11 * in0;
            gw111 += d11 * in1;
            gb11 += d11;
        }
        w100 -= eta * (gw100 / 4);
        w101 -= eta * (gw101 / 4);
        b10 -= eta * (gb10 / 4);
        w110 -= eta * (gw110 / 4);
        w111 -= eta * (gw111 / 4);
        b11 -= eta * (gb11 / 4);
        w20 -= eta * (gw20 / 4);
        w21 -= eta * (gw21 / 4);
        b2 -= eta * (gb2 / 4);
        return lossSum / 4;
    }

    @Override
    public double[] parameters() {
        return new double[] {w100, w101, b10, w110, w111, b11, w20, w21, b2};
    }
}
