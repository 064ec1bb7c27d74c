package org.backpropstudio.lesson;

import java.util.Locale;

/**
 * The classic mistakes of a hand computation of backpropagation that the quiz and the worksheets
 * recognise ({@link Diagnoses}). Each has a stable {@link #id()} for files (a worksheet's results
 * CSV names it in its {@code diagnosis} column).
 */
public enum Mistake {
    /** z given where a = f(z) was asked: the activation not applied. */
    Z_FOR_A,
    /** a given where z was asked. */
    A_FOR_Z,
    /** The activation applied twice: f(f(z)). */
    ACTIVATION_TWICE,
    /** The bias left out of z. */
    BIAS_LEFT_OUT,
    /** One term of the sum Σₖ wⱼₖaₖ left out. */
    TERM_LEFT_OUT,
    /** The derivative f′(z) left out of δ. */
    DERIVATIVE_LEFT_OUT,
    /** f′ taken at a instead of at z (σ′(a) instead of a(1 − a)). */
    DERIVATIVE_AT_A,
    /** The sign of (a − y) flipped. */
    SIGN_FLIPPED,
    /** A hidden δ computed with the weights after the update. */
    WEIGHTS_AFTER_UPDATE,
    /** a⁽ˡ⁾ instead of a⁽ˡ⁻¹⁾ in ∂J/∂w. */
    WRONG_LAYER_ACTIVATION,
    /** w_kj used for w_jk. */
    TRANSPOSED_INDEX,
    /** The update with + instead of −. */
    UPDATE_PLUS,
    /** The update without η. */
    UPDATE_WITHOUT_RATE,
    /** The batch gradient summed instead of averaged (full batch). */
    SUM_NOT_AVERAGE,
    /** Softmax (or sigmoid) with cross-entropy: δ written with an extra f′. */
    EXTRA_DERIVATIVE,
    /** Squared error without its ½: Σⱼ (aⱼ − yⱼ)². */
    HALF_LEFT_OUT,
    /** Cross-entropy without its minus sign: a negative loss. */
    MINUS_LEFT_OUT,
    /** ∂J/∂b as δ times something (the bias itself, or an activation as for a weight): its input is 1. */
    BIAS_INPUT_NOT_ONE;

    /** A stable name for files: {@code z-for-a}, {@code bias-left-out}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
