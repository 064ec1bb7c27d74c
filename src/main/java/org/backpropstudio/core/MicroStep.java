package org.backpropstudio.core;

/**
 * One micro-step of an iteration: which quantity it computes, for which layer (1..L; 0 for the loss
 * and the update) and for which of the iteration's samples (its slot 0..S−1; the update has slot −1).
 */
public record MicroStep(Kind kind, int layer, int slot) {

    /** The quantities, each computed by one micro-step. */
    public enum Kind {
        /** z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾. */
        Z(Phase.FORWARD),
        /** a⁽ˡ⁾ = f⁽ˡ⁾(z⁽ˡ⁾). */
        A(Phase.FORWARD),
        /** The sample's loss Jₛ. */
        LOSS(Phase.LOSS),
        /** δ⁽ᴸ⁾ for the output layer, δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ ⊙ f′(z⁽ˡ⁾) for a hidden one. */
        DELTA(Phase.BACKWARD),
        /** The sample's ∂J/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ and ∂J/∂b⁽ˡ⁾ = δ⁽ˡ⁾, added to the iteration's sum. */
        GRADIENT(Phase.BACKWARD),
        /** W := W − η ∂J/∂W, b := b − η ∂J/∂b with the gradients averaged over the iteration. */
        UPDATE(Phase.UPDATE);

        private final Phase phase;

        Kind(Phase phase) {
            this.phase = phase;
        }

        /** The phase this quantity belongs to. */
        public Phase phase() {
            return phase;
        }
    }

    /** The phase of this micro-step. */
    public Phase phase() {
        return kind.phase();
    }
}
