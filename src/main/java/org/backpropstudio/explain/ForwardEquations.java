package org.backpropstudio.explain;

import static org.backpropstudio.explain.Typeset.unit;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.NetworkState;

/**
 * The equations of the forward pass and the loss, for {@link Equations}:
 * <pre>
 *   aᵢ⁽⁰⁾ = xᵢ       zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾       aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾)
 *   Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)²   or cross-entropy
 * </pre>
 */
final class ForwardEquations extends EquationWriter {

    ForwardEquations(Notation notation) {
        super(notation);
    }

    /** aᵢ⁽⁰⁾ = xᵢ. */
    Equation input(NetworkState s, int i) {
        return new Equation(t.input(unit(i)), t.x(unit(i)), "", n.format(s.a(0, i)), Meanings.get("meaning.input"));
    }

    /** zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾. */
    Equation z(NetworkState s, int l, int j) {
        String rhs = sums.symbolic(s.units(l - 1), k -> t.juxtapose(t.w(l, unit(j), unit(k)), t.a(l - 1, unit(k))),
                t.juxtapose(t.w(l, unit(j), "k"), t.a(l - 1, "k"))) + t.plus() + t.b(l, unit(j));
        String substituted = sums.numeric(s.units(l - 1),
                k -> t.times(n.operand(usedWeight(s, l, j, k)), n.operand(s.a(l - 1, k))))
                + t.plus() + n.operand(usedBias(s, l, j));
        String from = l == 1 ? Meanings.get("meaning.z.fromInputs")
                : Meanings.format("meaning.z.fromLayer", Integer.toString(l - 1));
        return new Equation(t.z(l, unit(j)), rhs, substituted, n.format(s.z(l, j)),
                Meanings.format("meaning.z", layerName(s, l), from));
    }

    /** aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾), written out for the layer's activation. */
    Equation a(NetworkState s, int l, int j) {
        String z = t.z(l, unit(j));
        double zValue = s.z(l, j);
        Activation f = s.activation(l);
        String rhs = switch (f) {
            case SIGMOID -> t.sigmoid(z);
            case TANH -> t.tanh(z);
            case RELU -> t.max("0", z);
            case LEAKY_RELU -> t.max(t.juxtapose(n.format(Activation.LEAKY_SLOPE), z), z);
            case LINEAR -> z;
            case SOFTMAX -> t.fraction(t.exp(z),
                    sums.symbolic(s.units(l), k -> t.exp(t.z(l, unit(k))), t.exp(t.z(l, "k"))));
        };
        String substituted = switch (f) {
            case SIGMOID -> t.fraction("1", "1" + t.plus() + t.exp(n.format(-zValue)));
            case TANH -> t.tanh(n.format(zValue));
            case RELU -> t.max("0", n.format(zValue));
            case LEAKY_RELU -> t.max(t.times(n.format(Activation.LEAKY_SLOPE), n.operand(zValue)), n.format(zValue));
            case LINEAR -> n.format(zValue);
            case SOFTMAX -> t.fraction(t.exp(n.format(zValue)),
                    sums.numeric(s.units(l), k -> t.exp(n.format(s.z(l, k)))));
        };
        String what = switch (f) {
            case SIGMOID -> Meanings.get("meaning.a.sigmoid");
            case TANH -> Meanings.get("meaning.a.tanh");
            case RELU -> Meanings.get("meaning.a.relu");
            case LEAKY_RELU -> Meanings.format("meaning.a.leakyRelu", TEXT_NUMBERS.format(Activation.LEAKY_SLOPE));
            case LINEAR -> Meanings.get("meaning.a.linear");
            case SOFTMAX -> Meanings.get("meaning.a.softmax");
        };
        return new Equation(t.a(l, unit(j)), rhs, substituted, n.format(s.a(l, j)),
                Meanings.format("meaning.a", layerName(s, l), what));
    }

    // ----------------------------------------------------------------------------------------
    // Loss
    // ----------------------------------------------------------------------------------------

    /**
     * The sample's loss: Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)² (squared error), −Σₖ[yₖ log aₖ⁽ᴸ⁾ + (1 − yₖ) log(1 − aₖ⁽ᴸ⁾)]
     * (cross-entropy after sigmoid), −Σₖ yₖ log aₖ⁽ᴸ⁾ (cross-entropy after softmax).
     */
    Equation loss(NetworkState s) {
        int L = s.layers();
        int outputs = s.units(L);
        String rhs;
        String substituted;
        String meaning;
        if (s.loss() == Loss.SQUARED_ERROR) {
            rhs = t.half() + Sums.bracket(outputs, sums.symbolic(outputs,
                    k -> t.squared("(" + t.a(L, unit(k)) + t.minus() + t.y(unit(k)) + ")"),
                    t.squared("(" + t.a(L, "k") + t.minus() + t.y("k") + ")")));
            substituted = t.half() + Sums.bracket(outputs, sums.numeric(outputs,
                    k -> t.squared("(" + n.format(s.a(L, k)) + t.minus() + n.operand(s.target(k)) + ")")));
            meaning = Meanings.get("meaning.loss.squaredError");
        } else if (s.activation(L) == Activation.SOFTMAX) {
            rhs = t.negative(Sums.parenthesise(outputs, sums.symbolic(outputs,
                    k -> t.apart(t.y(unit(k)), t.log(t.a(L, unit(k)))),
                    t.apart(t.y("k"), t.log(t.a(L, "k"))))));
            substituted = t.negative(Sums.parenthesise(outputs, sums.numeric(outputs,
                    k -> t.times(n.operand(s.target(k)), t.log(n.format(s.a(L, k)))))));
            meaning = Meanings.get("meaning.loss.softmax");
        } else {
            rhs = t.negative(Sums.parenthesise(outputs, sums.symbolic(outputs,
                    k -> binaryCrossEntropy(t.y(unit(k)), t.a(L, unit(k)), false),
                    binaryCrossEntropy(t.y("k"), t.a(L, "k"), false))));
            substituted = t.negative(Sums.parenthesise(outputs, sums.numeric(outputs,
                    k -> binaryCrossEntropy(n.operand(s.target(k)), n.format(s.a(L, k)), true))));
            meaning = Meanings.get("meaning.loss.crossEntropy");
        }
        return new Equation(t.sampleLoss(), rhs, substituted, n.format(s.sampleLoss()), meaning);
    }

    /** [y log(a) + (1 − y) log(1 − a)], with products written with a dot when {@code numbers}. */
    private String binaryCrossEntropy(String y, String a, boolean numbers) {
        String oneMinusY = "(1" + t.minus() + y + ")";
        String first = numbers ? t.times(y, t.log(a)) : t.apart(y, t.log(a));
        String second = numbers ? t.times(oneMinusY, t.log("1" + t.minus() + a))
                : t.apart(oneMinusY, t.log("1" + t.minus() + a));
        return "[" + first + t.plus() + second + "]";
    }
}
