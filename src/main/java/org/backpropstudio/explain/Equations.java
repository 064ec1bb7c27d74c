package org.backpropstudio.explain;

import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;

/**
 * The equations behind every number of a {@link NetworkState}, as a textbook writes them, with the
 * state's numbers put in. Layers, units and formulas follow the engine ({@code core/StepMath}; see
 * {@code docs/ARCHITECTURE.md}, "The engine", and the README's "The math"):
 * <pre>
 *   zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾                 aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾),  a⁽⁰⁾ = x
 *   Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)²   or cross-entropy
 *   δⱼ⁽ᴸ⁾ = ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾)   (= aⱼ⁽ᴸ⁾ − yⱼ for sigmoid or softmax with cross-entropy)
 *   δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾)
 *   ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾,  ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾
 *   w⁺ = w − η ∂J/∂w,  with ∂J/∂w averaged over the iteration's samples
 * </pre>
 * A sum of more than {@value Sums#MAX_TERMS} terms is written in Σ form, and with numbers as its
 * first three terms, an ellipsis and its last term ({@link Sums}). The forward pass and the loss
 * are written by {@link ForwardEquations}, the backward pass and the update by
 * {@link BackwardEquations}.
 *
 * <p>The mathematical parts of an {@link Equation} (lhs, rhs, substituted, result) are in this
 * object's {@link Notation}; its meaning, and {@link #describe}, are plain Unicode text in either,
 * their words from the bundle {@code meanings.properties} ({@link Meanings}).
 *
 * <p>The state's values are those of its current sample: ask about a micro-step of the current
 * sample (the one just taken, typically) or of the iteration's update. The weights and biases shown
 * in the forward and backward passes are those the iteration used, i.e. those before its update
 * once the update is done.
 */
public final class Equations {
    /** Meanings and descriptions are Unicode in either notation. */
    private static final Typeset TEXT = EquationWriter.TEXT;

    private final ForwardEquations forward;
    private final BackwardEquations backward;

    /** Equations written in {@code notation}, numbers formatted by {@link Numbers}. */
    public Equations(Notation notation) {
        this.forward = new ForwardEquations(notation);
        this.backward = new BackwardEquations(notation);
    }

    // ----------------------------------------------------------------------------------------
    // Queries
    // ----------------------------------------------------------------------------------------

    /**
     * The equations micro-step {@code step} computed: for Z, A and DELTA one per unit of its layer;
     * for LOSS the sample's Jₛ; for GRADIENT one per weight and one per bias of its layer (unit by
     * unit, the bias after the unit's weights); for UPDATE one per parameter, layer by layer.
     */
    public List<Equation> forStep(NetworkState s, MicroStep step) {
        int l = step.layer();
        return switch (step.kind()) {
            case Z -> EquationWriter.perUnit(s, l, j -> forward.z(s, l, j));
            case A -> EquationWriter.perUnit(s, l, j -> forward.a(s, l, j));
            case LOSS -> List.of(forward.loss(s));
            case DELTA -> EquationWriter.perUnit(s, l, j -> backward.delta(s, l, j));
            case GRADIENT -> backward.gradients(s, l);
            case UPDATE -> backward.updates(s);
        };
    }

    /**
     * The equation at {@code index} of {@link #forStep(NetworkState, MicroStep)}, written alone: the
     * unit's for Z, A and DELTA, Jₛ for LOSS, and for GRADIENT and UPDATE the parameter counted unit
     * by unit (the unit's weights, then its bias), layer by layer.
     */
    public Equation forStep(NetworkState s, MicroStep step, int index) {
        int l = step.layer();
        switch (step.kind()) {
            case Z:
                return forward.z(s, l, index);
            case A:
                return forward.a(s, l, index);
            case LOSS:
                return forward.loss(s);
            case DELTA:
                return backward.delta(s, l, index);
            case GRADIENT:
                return parameter(s, l, index, BackwardEquations.gradientMeaning(s, l), false);
            default:
                int at = index;
                int layer = 1;
                while (at >= s.units(layer) * (s.units(layer - 1) + 1)) {
                    at -= s.units(layer) * (s.units(layer - 1) + 1);
                    layer++;
                }
                return parameter(s, layer, at, BackwardEquations.updateMeaning(s), true);
        }
    }

    /**
     * The gradient or update of parameter {@code index} of layer l, counted unit by unit, the bias
     * after the unit's weights.
     */
    private Equation parameter(NetworkState s, int l, int index, String meaning, boolean update) {
        int perUnit = s.units(l - 1) + 1;
        int j = index / perUnit;
        int k = index % perUnit;
        if (k == perUnit - 1) {
            return update ? backward.biasUpdate(s, l, j, meaning) : backward.biasGradient(s, l, j, meaning);
        }
        return update ? backward.weightUpdate(s, l, j, k, meaning) : backward.weightGradient(s, l, j, k, meaning);
    }

    /**
     * The equations of unit j of layer l computed so far in the iteration ({@link
     * NetworkState#isComputed}): zⱼ⁽ˡ⁾, aⱼ⁽ˡ⁾, δⱼ⁽ˡ⁾, ∂Jₛ/∂bⱼ⁽ˡ⁾ and the update of bⱼ⁽ˡ⁾, in that order.
     * For an input unit (l = 0), aⱼ⁽⁰⁾ = xⱼ once the current sample is loaded (z⁽¹⁾ computed).
     */
    public List<Equation> forNeuron(NetworkState s, int l, int j) {
        List<Equation> equations = new ArrayList<>();
        if (l == 0) {
            if (s.isComputed(MicroStep.Kind.Z, 1)) {
                equations.add(forward.input(s, j));
            }
            return equations;
        }
        if (s.isComputed(MicroStep.Kind.Z, l)) {
            equations.add(forward.z(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.A, l)) {
            equations.add(forward.a(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.DELTA, l)) {
            equations.add(backward.delta(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            equations.add(backward.biasGradient(s, l, j, BackwardEquations.gradientMeaning(s, l)));
        }
        if (s.isComputed(MicroStep.Kind.UPDATE, l)) {
            equations.add(backward.biasUpdate(s, l, j, BackwardEquations.updateMeaning(s)));
        }
        return equations;
    }

    /**
     * The equations of weight wⱼₖ⁽ˡ⁾ computed so far in the iteration: the current sample's ∂Jₛ/∂wⱼₖ⁽ˡ⁾
     * once layer l's gradients are computed, and its update once done.
     */
    public List<Equation> forWeight(NetworkState s, int l, int j, int k) {
        List<Equation> equations = new ArrayList<>();
        if (s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            equations.add(backward.weightGradient(s, l, j, k, BackwardEquations.gradientMeaning(s, l)));
        }
        if (s.isComputed(MicroStep.Kind.UPDATE, l)) {
            equations.add(backward.weightUpdate(s, l, j, k, BackwardEquations.updateMeaning(s)));
        }
        return equations;
    }

    /**
     * One line for a status bar, e.g. {@code Forward: z⁽¹⁾ of sample 1},
     * {@code Backward: δ⁽²⁾ of sample 1 (output layer)}, {@code Update: all weights and biases}.
     * Samples are counted from 1; the sample named is the state's current one.
     */
    public String describe(MicroStep step, NetworkState s) {
        String phase = switch (step.phase()) {
            case FORWARD -> Meanings.get("phase.forward");
            case LOSS -> Meanings.get("phase.loss");
            case BACKWARD -> Meanings.get("phase.backward");
            case UPDATE -> Meanings.get("phase.update");
        };
        String quantity = quantity(step, s);
        String sample = Integer.toString(s.currentSample() + 1);
        return switch (step.kind()) {
            case Z, A, LOSS, GRADIENT -> Meanings.format("describe.sample", phase, quantity, sample);
            case DELTA -> Meanings.format(step.layer() == s.layers() ? "describe.outputLayer" : "describe.hiddenLayer",
                    phase, quantity, sample);
            case UPDATE -> Meanings.format("describe.all", phase, quantity);
        };
    }

    /**
     * What micro-step {@code step} computes, without the sample: {@code z⁽¹⁾}, {@code δ⁽²⁾},
     * {@code ∂Jₛ/∂W⁽²⁾ and ∂Jₛ/∂b⁽²⁾}, {@code all weights and biases}.
     */
    public String quantity(MicroStep step, NetworkState s) {
        int l = step.layer();
        return switch (step.kind()) {
            case Z -> TEXT.layerSymbol("z", l);
            case A -> TEXT.layerSymbol("a", l);
            case LOSS -> TEXT.sampleLoss();
            case DELTA -> TEXT.layerSymbol("δ", l);
            case GRADIENT -> Meanings.format("describe.gradients",
                    TEXT.partial(TEXT.sampleLoss(), TEXT.layerSymbol("W", l)),
                    TEXT.partial(TEXT.sampleLoss(), TEXT.layerSymbol("b", l)));
            case UPDATE -> Meanings.get("describe.update");
        };
    }
}
