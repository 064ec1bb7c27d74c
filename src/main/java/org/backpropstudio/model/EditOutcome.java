package org.backpropstudio.model;

/**
 * What a hand edit did to the loss: J over the current iteration's samples at the parameters just
 * before and just after it.
 */
public record EditOutcome(double lossBefore, double lossAfter) {
    /** ΔJ = J after − J before. */
    public double change() {
        return lossAfter - lossBefore;
    }
}
