package org.backpropstudio.explain;

import static org.backpropstudio.explain.Typeset.unit;

import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.NetworkState;

/**
 * The equations of the backward pass and the update, for {@link Equations}:
 * <pre>
 *   δⱼ⁽ᴸ⁾ = ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾)   (= aⱼ⁽ᴸ⁾ − yⱼ for sigmoid or softmax with cross-entropy)
 *   δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾)
 *   ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾,  ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾
 *   w⁺ = w − η ∂J/∂w,  with ∂J/∂w averaged over the iteration's samples
 * </pre>
 */
final class BackwardEquations extends EquationWriter {

    BackwardEquations(Notation notation) {
        super(notation);
    }

    /**
     * δⱼ⁽ˡ⁾. Output layer: aⱼ − yⱼ where {@link Loss#hasShortcut} holds, else (squared error, the only
     * loss without the shortcut) (aⱼ − yⱼ)·f′(zⱼ). Hidden layer: (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾).
     */
    Equation delta(NetworkState s, int l, int j) {
        String lhs = t.delta(l, unit(j));
        String result = n.format(s.delta(l, j));
        if (l == s.layers()) {
            String aMinusY = t.a(l, unit(j)) + t.minus() + t.y(unit(j));
            String numbers = n.format(s.a(l, j)) + t.minus() + n.operand(s.target(j));
            if (s.loss().hasShortcut(s.activation(l))) {
                return new Equation(lhs, aMinusY, numbers, result, Meanings.get("meaning.delta.shortcut"));
            }
            return new Equation(lhs, t.times("(" + aMinusY + ")", derivativeSymbol(s, l, j)),
                    t.times("(" + numbers + ")", derivativeNumbers(s, l, j)), result,
                    Meanings.format("meaning.delta.output", derivativeMeaning(s.activation(l))));
        }
        int next = s.units(l + 1);
        String rhs = t.times("(" + sums.symbolic(next,
                        k -> t.juxtapose(t.w(l + 1, unit(k), unit(j)), t.delta(l + 1, unit(k))),
                        t.juxtapose(t.w(l + 1, "k", unit(j)), t.delta(l + 1, "k"))) + ")",
                derivativeSymbol(s, l, j));
        String substituted = t.times("(" + sums.numeric(next,
                        k -> t.times(n.operand(usedWeight(s, l + 1, k, j)), n.operand(s.delta(l + 1, k)))) + ")",
                derivativeNumbers(s, l, j));
        return new Equation(lhs, rhs, substituted, result, Meanings.format("meaning.delta.hidden",
                Integer.toString(l), Integer.toString(l + 1), derivativeMeaning(s.activation(l))));
    }

    /** f′(zⱼ⁽ˡ⁾) in symbols: a(1 − a) for sigmoid, (1 − a²) for tanh, 1 for linear, else f′(z). */
    private String derivativeSymbol(NetworkState s, int l, int j) {
        String a = t.a(l, unit(j));
        return switch (s.activation(l)) {
            case SIGMOID -> t.juxtapose(a, "(1" + t.minus() + a + ")");
            case TANH -> "(1" + t.minus() + t.squared("(" + a + ")") + ")";
            case LINEAR -> "1";
            case RELU, LEAKY_RELU -> t.derivative(t.z(l, unit(j)));
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** f′(zⱼ⁽ˡ⁾) with numbers, in the shape of {@link #derivativeSymbol}. */
    private String derivativeNumbers(NetworkState s, int l, int j) {
        double a = s.a(l, j);
        return switch (s.activation(l)) {
            case SIGMOID -> t.times(n.operand(a), "(1" + t.minus() + n.operand(a) + ")");
            case TANH -> "(1" + t.minus() + t.squared(n.base(a)) + ")";
            case LINEAR -> "1";
            case RELU, LEAKY_RELU -> n.format(s.activation(l).derivative(s.z(l, j), a));
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** What f′ is, in words, for an elementwise activation. */
    private static String derivativeMeaning(Activation f) {
        return switch (f) {
            case SIGMOID -> Meanings.get("meaning.derivative.sigmoid");
            case TANH -> Meanings.get("meaning.derivative.tanh");
            case RELU -> Meanings.get("meaning.derivative.relu");
            case LEAKY_RELU -> Meanings.format("meaning.derivative.leakyRelu",
                    TEXT_NUMBERS.format(Activation.LEAKY_SLOPE));
            case LINEAR -> Meanings.get("meaning.derivative.linear");
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ and ∂Jₛ/∂bⱼ⁽ˡ⁾ for every unit j of layer l, the bias after the unit's weights. */
    List<Equation> gradients(NetworkState s, int l) {
        List<Equation> equations = new ArrayList<>();
        String meaning = gradientMeaning(s, l);
        for (int j = 0; j < s.units(l); j++) {
            for (int k = 0; k < s.units(l - 1); k++) {
                equations.add(weightGradient(s, l, j, k, meaning));
            }
            equations.add(biasGradient(s, l, j, meaning));
        }
        return equations;
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾, meaning {@link #gradientMeaning}. */
    Equation weightGradient(NetworkState s, int l, int j, int k, String meaning) {
        return new Equation(t.partial(t.sampleLoss(), t.w(l, unit(j), unit(k))),
                t.juxtapose(t.delta(l, unit(j)), t.a(l - 1, unit(k))),
                t.times(n.operand(s.delta(l, j)), n.operand(s.a(l - 1, k))),
                n.format(s.sampleWeightGradient(l, j, k)), meaning);
    }

    /** ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾, meaning {@link #gradientMeaning}. */
    Equation biasGradient(NetworkState s, int l, int j, String meaning) {
        return new Equation(t.partial(t.sampleLoss(), t.b(l, unit(j))), t.delta(l, unit(j)), "",
                n.format(s.delta(l, j)), meaning);
    }

    /** The meaning of layer l's gradients: one sentence for all of them, made once per list. */
    static String gradientMeaning(NetworkState s, int l) {
        return Meanings.format("meaning.gradient", layerName(s, l));
    }

    // ----------------------------------------------------------------------------------------
    // Update
    // ----------------------------------------------------------------------------------------

    /** Every parameter's update, layer by layer, unit by unit, the bias after the unit's weights. */
    List<Equation> updates(NetworkState s) {
        List<Equation> equations = new ArrayList<>();
        String meaning = updateMeaning(s);
        for (int l = 1; l <= s.layers(); l++) {
            for (int j = 0; j < s.units(l); j++) {
                for (int k = 0; k < s.units(l - 1); k++) {
                    equations.add(weightUpdate(s, l, j, k, meaning));
                }
                equations.add(biasUpdate(s, l, j, meaning));
            }
        }
        return equations;
    }

    /** wⱼₖ⁽ˡ⁾⁺ = wⱼₖ⁽ˡ⁾ − η ∂J/∂wⱼₖ⁽ˡ⁾, or unchanged if locked; meaning {@link #updateMeaning} unless locked. */
    Equation weightUpdate(NetworkState s, int l, int j, int k, String meaning) {
        String w = t.w(l, unit(j), unit(k));
        return update(s, t.wUpdated(l, unit(j), unit(k)), w, s.isWeightLocked(l, j, k),
                s.weightBefore(l, j, k), s.weightGradient(l, j, k), s.weight(l, j, k), meaning);
    }

    /** bⱼ⁽ˡ⁾⁺ = bⱼ⁽ˡ⁾ − η ∂J/∂bⱼ⁽ˡ⁾, or unchanged if locked; meaning {@link #updateMeaning} unless locked. */
    Equation biasUpdate(NetworkState s, int l, int j, String meaning) {
        String b = t.b(l, unit(j));
        return update(s, t.bUpdated(l, unit(j)), b, s.isBiasLocked(l, j),
                s.biasBefore(l, j), s.biasGradient(l, j), s.bias(l, j), meaning);
    }

    /** The meaning of every update that is not locked: one sentence for all of them, made once per list. */
    static String updateMeaning(NetworkState s) {
        int m = s.samplesPerIteration();
        return m > 1 ? Meanings.format("meaning.update.averaged", Integer.toString(m)) : Meanings.get("meaning.update");
    }

    /**
     * p⁺ = p − η ∂J/∂p for a parameter p with its value before, its averaged gradient and its value
     * after, and {@code meaning} unless it is locked.
     */
    Equation update(NetworkState s, String updated, String p, boolean locked,
                            double before, double gradient, double after, String meaning) {
        if (locked) {
            return new Equation(updated, t.apart(p, t.text(Meanings.get("notation.locked"))), "", n.format(after),
                    Meanings.get("meaning.update.locked"));
        }
        return new Equation(updated, p + t.minus() + t.times(t.eta(), t.partial(t.loss(), p)),
                n.operand(before) + t.minus() + t.times(n.operand(s.learningRate()), n.operand(gradient)),
                n.format(after), meaning);
    }
}
