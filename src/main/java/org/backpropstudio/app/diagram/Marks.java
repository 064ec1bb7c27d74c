package org.backpropstudio.app.diagram;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;

/**
 * What the last micro-step computed and what its equation read, as the diagram marks them: sets of
 * (quantity, layer). Derived from the micro-step alone (its kind and layer), plus, for δ, which
 * quantity f′ is written in. No values are involved.
 *
 * <pre>
 *   Z(l)        computes z⁽ˡ⁾           reads a⁽ˡ⁻¹⁾, W⁽ˡ⁾, b⁽ˡ⁾
 *   A(l)        computes a⁽ˡ⁾           reads z⁽ˡ⁾
 *   LOSS        computes Jₛ             reads a⁽ᴸ⁾, y
 *   DELTA(L)    computes δ⁽ᴸ⁾           reads a⁽ᴸ⁾, y and f′'s argument (none for a − y)
 *   DELTA(l&lt;L)  computes δ⁽ˡ⁾           reads W⁽ˡ⁺¹⁾, δ⁽ˡ⁺¹⁾ and f′'s argument
 *   GRADIENT(l) computes ∂J/∂W⁽ˡ⁾, ∂J/∂b⁽ˡ⁾ reads δ⁽ˡ⁾, a⁽ˡ⁻¹⁾
 *   UPDATE      computes every W and b  reads every ∂J/∂W and ∂J/∂b
 * </pre>
 * f′ is written f′(z⁽ˡ⁾), so z is read; for sigmoid and tanh it is evaluated from a⁽ˡ⁾ as well.
 */
record Marks(Set<Mark> computed, Set<Mark> read) {

    /** The quantities of the diagram that can be marked. */
    enum Part {
        /** z of a layer's units. */
        Z,
        /** a of a layer's units (x for the input layer). */
        A,
        /** δ of a layer's units. */
        DELTA,
        /** The targets y (output layer). */
        TARGET,
        /** The sample's loss (layer 0). */
        LOSS,
        /** The weights into a layer. */
        WEIGHT,
        /** The biases of a layer. */
        BIAS,
        /** The gradients of the weights into a layer. */
        WEIGHT_GRADIENT,
        /** The gradients of the biases of a layer. */
        BIAS_GRADIENT
    }

    /** One quantity of one layer. */
    record Mark(Part part, int layer) {
    }

    /** Nothing marked: before the first micro-step of an iteration. */
    static final Marks NONE = new Marks(Set.of(), Set.of());

    Marks {
        computed = Set.copyOf(computed);
        read = Set.copyOf(read);
    }

    /** The marks of {@code step} on the network {@code net} (its shape, activations and loss); NONE for null. */
    static Marks of(MicroStep step, NetworkState net) {
        if (step == null) {
            return NONE;
        }
        int l = step.layer();
        int last = net.layers();
        Set<Mark> computed = new LinkedHashSet<>();
        Set<Mark> read = new LinkedHashSet<>();
        switch (step.kind()) {
            case Z -> {
                computed.add(new Mark(Part.Z, l));
                read.add(new Mark(Part.A, l - 1));
                read.add(new Mark(Part.WEIGHT, l));
                read.add(new Mark(Part.BIAS, l));
            }
            case A -> {
                computed.add(new Mark(Part.A, l));
                read.add(new Mark(Part.Z, l));
            }
            case LOSS -> {
                computed.add(new Mark(Part.LOSS, 0));
                read.add(new Mark(Part.A, last));
                read.add(new Mark(Part.TARGET, last));
            }
            case DELTA -> {
                computed.add(new Mark(Part.DELTA, l));
                if (l == last) {
                    read.add(new Mark(Part.A, l));
                    read.add(new Mark(Part.TARGET, l));
                    if (!net.loss().hasShortcut(net.activation(l))) {
                        derivativeArguments(net.activation(l)).forEach(p -> read.add(new Mark(p, l)));
                    }
                } else {
                    read.add(new Mark(Part.WEIGHT, l + 1));
                    read.add(new Mark(Part.DELTA, l + 1));
                    derivativeArguments(net.activation(l)).forEach(p -> read.add(new Mark(p, l)));
                }
            }
            case GRADIENT -> {
                computed.add(new Mark(Part.WEIGHT_GRADIENT, l));
                computed.add(new Mark(Part.BIAS_GRADIENT, l));
                read.add(new Mark(Part.DELTA, l));
                read.add(new Mark(Part.A, l - 1));
            }
            case UPDATE -> {
                for (int k = 1; k <= last; k++) {
                    computed.add(new Mark(Part.WEIGHT, k));
                    computed.add(new Mark(Part.BIAS, k));
                    read.add(new Mark(Part.WEIGHT_GRADIENT, k));
                    read.add(new Mark(Part.BIAS_GRADIENT, k));
                }
            }
        }
        return new Marks(computed, read);
    }

    /** What f′(z) is written in: z always, and a for sigmoid (a(1 − a)) and tanh (1 − a²). */
    private static Set<Part> derivativeArguments(Activation f) {
        return f == Activation.SIGMOID || f == Activation.TANH ? EnumSet.of(Part.Z, Part.A) : EnumSet.of(Part.Z);
    }
}
