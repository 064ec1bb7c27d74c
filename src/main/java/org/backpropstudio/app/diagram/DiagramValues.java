package org.backpropstudio.app.diagram;

import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;

/**
 * Which of a snapshot's values the diagram shows. z⁽ˡ⁾, a⁽ˡ⁾ and δ⁽ˡ⁾ of the current sample once
 * their micro-step ran in the current iteration; a gradient once its layer's gradient step ran (the
 * sample's), or once the update ran (the iteration's average); weights and biases always. The
 * inputs x and the targets y are the current sample's; before the first micro-step of an iteration,
 * when nothing is loaded yet, they are those of the sample the iteration will load first.
 *
 * <p>Each {@code has…} says whether a value is shown; its value is read only when it is.
 */
final class DiagramValues {
    private DiagramValues() {
    }

    /** Whether the sample is loaded: a micro-step of the iteration has run. */
    static boolean loaded(Snapshot s) {
        return s.step() > 0;
    }

    /** Whether z⁽ˡ⁾ is computed (never for the inputs). */
    static boolean hasZ(Snapshot s, int l) {
        return l > 0 && s.isComputed(MicroStep.Kind.Z, l);
    }

    /** Whether a⁽ˡ⁾ is computed (for the inputs: loaded). */
    static boolean hasA(Snapshot s, int l) {
        return l == 0 ? loaded(s) : s.isComputed(MicroStep.Kind.A, l);
    }

    /** Whether δ⁽ˡ⁾ is computed (never for the inputs). */
    static boolean hasDelta(Snapshot s, int l) {
        return l > 0 && s.isComputed(MicroStep.Kind.DELTA, l);
    }

    /** Whether ∂J/∂W⁽ˡ⁾ and ∂J/∂b⁽ˡ⁾ are computed: the layer's gradient step or the update ran. */
    static boolean hasGradient(Snapshot s, int l) {
        return l > 0 && (s.isComputed(MicroStep.Kind.UPDATE, 0) || s.isComputed(MicroStep.Kind.GRADIENT, l));
    }

    /** Whether the sample's loss Jₛ is computed. */
    static boolean hasLoss(Snapshot s) {
        return s.isComputed(MicroStep.Kind.LOSS, 0);
    }

    /** ∂J/∂W⁽ˡ⁾ⱼₖ: the iteration's average once updated, else the current sample's. */
    static double weightGradient(Snapshot s, int l, int j, int k) {
        return s.isComputed(MicroStep.Kind.UPDATE, 0) ? s.weightGradient(l, j, k) : s.sampleWeightGradient(l, j, k);
    }

    /** ∂J/∂b⁽ˡ⁾ⱼ: the iteration's average once updated, else the current sample's (= δ⁽ˡ⁾ⱼ). */
    static double biasGradient(Snapshot s, int l, int j) {
        return s.isComputed(MicroStep.Kind.UPDATE, 0) ? s.biasGradient(l, j) : s.delta(l, j);
    }

    /** The input xⱼ shown: the loaded one, else the one the iteration will load. */
    static double input(Snapshot s, int j) {
        return loaded(s) ? s.a(0, j) : s.session().dataset().input(s.currentSample(), j);
    }

    /** The target yₖ shown: the loaded one, else the one the iteration will load. */
    static double target(Snapshot s, int k) {
        return loaded(s) ? s.target(k) : s.session().dataset().target(s.currentSample(), k);
    }
}
