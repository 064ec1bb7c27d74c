package org.backpropstudio.app.check;

import javafx.css.PseudoClass;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.GradientCheck;

/**
 * How well one parameter's backprop gradient g and its central difference n agree, judged by their
 * relative error: below 10⁻⁷ they agree as closely as a central difference can show; below 10⁻⁴
 * something may be off (or the loss has a kink near θ, as relu has at 0); above, backprop is wrong.
 *
 * <p>One exception: the central difference itself is only good to about ε·J/h ≈ 10⁻¹¹ (the
 * rounding of J, divided by 2h), so where |g − n| is below {@link #ROUNDING} the two agree as far
 * as it can tell, however large the relative error of two tiny numbers (g = 3·10⁻¹⁸ against
 * n = −6·10⁻¹² is a relative error of 1, and the gradient of a saturated unit). Such a row is good,
 * {@link #isWithinRounding within rounding}.
 *
 * <p>Each verdict is also a CSS pseudo-class ({@code :good}, {@code :suspicious}, {@code :bad}).
 */
enum Verdict {
    GOOD("good"),
    SUSPICIOUS("suspicious"),
    BAD("bad");

    /** Relative errors below this are good. */
    static final double GOOD_BELOW = 1e-7;
    /** Relative errors below this (and not good) are suspicious. */
    static final double SUSPICIOUS_BELOW = 1e-4;
    /** Differences |g − n| below this are within the central difference's rounding. */
    static final double ROUNDING = 1e-9;

    private final String word;
    private final PseudoClass pseudoClass;

    Verdict(String word) {
        this.word = word;
        this.pseudoClass = PseudoClass.getPseudoClass(word);
    }

    /** The verdict on {@code relativeError} alone; NaN (a diverged network) is bad. */
    static Verdict of(double relativeError) {
        if (relativeError < GOOD_BELOW) {
            return GOOD;
        }
        return relativeError < SUSPICIOUS_BELOW ? SUSPICIOUS : BAD;
    }

    /** The verdict on {@code row}: by its relative error, good when it is within rounding. */
    static Verdict of(GradientCheck.Row row) {
        return isWithinRounding(row) ? GOOD : of(row.relativeError());
    }

    /**
     * Whether {@code row}'s relative error alone would not be good, but its difference is too small
     * for the central difference to tell apart from rounding.
     */
    static boolean isWithinRounding(GradientCheck.Row row) {
        return !(row.relativeError() < GOOD_BELOW) && Math.abs(row.backprop() - row.numeric()) < ROUNDING;
    }

    /** "good", "suspicious" or "bad": the pseudo-class's name. */
    String word() {
        return word;
    }

    /** "good", "suspicious" or "bad" in words, for the tooltip. */
    String text() {
        return switch (this) {
            case GOOD -> Messages.get("check.verdict.good");
            case SUSPICIOUS -> Messages.get("check.verdict.suspicious");
            case BAD -> Messages.get("check.verdict.bad");
        };
    }

    PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
