package org.backpropstudio.bench;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * The XOR preset's training written out by hand for that one network and nothing else: 2-2-1,
 * tanh hidden layer, sigmoid output, squared error, full batch of 4, every weight in a field. The
 * same operations in the same order as {@link org.backpropstudio.core.Engine#runIteration()}, so
 * the same bits (checked by {@link BenchMain} before the benchmarks run): per sample
 * <pre>
 *   z⁽¹⁾ⱼ = (0 + W⁽¹⁾ⱼ₀x₀ + W⁽¹⁾ⱼ₁x₁) + b⁽¹⁾ⱼ,   a⁽¹⁾ⱼ = tanh z⁽¹⁾ⱼ
 *   z⁽²⁾ = (0 + W⁽²⁾₀a⁽¹⁾₀ + W⁽²⁾₁a⁽¹⁾₁) + b⁽²⁾,  a⁽²⁾ = σ(z⁽²⁾)
 *   Jₛ = ½ (a⁽²⁾ − y)²
 *   δ⁽²⁾ = (a⁽²⁾ − y) · a⁽²⁾(1 − a⁽²⁾),   δ⁽¹⁾ⱼ = (0 + W⁽²⁾ⱼ δ⁽²⁾) · (1 − (a⁽¹⁾ⱼ)²)   (W⁽²⁾ before the update)
 *   Σ ∂J/∂W⁽ˡ⁾ⱼₖ += δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ,   Σ ∂J/∂b⁽ˡ⁾ⱼ += δ⁽ˡ⁾ⱼ
 * </pre>
 * then W := W − η (Σ / 4), b := b − η (Σ / 4) and J = (Σ Jₛ) / 4. The "0 +" terms are the engine's
 * accumulators starting at 0.0; they are kept because 0.0 + x is not x when x is −0.0. tanh and σ
 * are the engine's own ({@link Activation#tanh}, {@link Activation#sigmoid}), the fastest exact
 * formulations there are, so the ratio of the two speeds is the engine's overhead alone.
 */
final class HandwrittenXor implements HandwrittenLoop {
    private final double eta;
    private final double[] x0 = new double[4];
    private final double[] x1 = new double[4];
    private final double[] y = new double[4];

    /** W⁽¹⁾ⱼₖ as w1jk, b⁽¹⁾ⱼ as b1j, W⁽²⁾₀ₖ as w2k, b⁽²⁾₀ as b2. */
    double w100, w101, w110, w111, b10, b11;
    double w20, w21, b2;

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
        double gw100 = 0.0, gw101 = 0.0, gw110 = 0.0, gw111 = 0.0, gb10 = 0.0, gb11 = 0.0;
        double gw20 = 0.0, gw21 = 0.0, gb2 = 0.0;
        double lossSum = 0.0;
        for (int s = 0; s < 4; s++) {
            double in0 = x0[s];
            double in1 = x1[s];
            double z10 = (0.0 + w100 * in0 + w101 * in1) + b10;
            double z11 = (0.0 + w110 * in0 + w111 * in1) + b11;
            double a10 = Activation.tanh(z10);
            double a11 = Activation.tanh(z11);
            double z2 = (0.0 + w20 * a10 + w21 * a11) + b2;
            double a2 = Activation.sigmoid(z2);
            double e = a2 - y[s];
            lossSum += 0.0 + 0.5 * e * e;
            double d2 = (a2 - y[s]) * (a2 * (1.0 - a2));
            double d10 = (0.0 + w20 * d2) * (1.0 - a10 * a10);
            double d11 = (0.0 + w21 * d2) * (1.0 - a11 * a11);
            gw20 += d2 * a10;
            gw21 += d2 * a11;
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
