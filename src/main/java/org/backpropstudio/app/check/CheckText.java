package org.backpropstudio.app.check;

import java.util.List;
import java.util.Locale;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.explain.Scripts;

/**
 * The words and numbers of the gradient check panel: parameters named as the equations name them
 * (w₁₂⁽²⁾, b₁⁽²⁾; a unit index of more than one digit separated by a comma, w₁₂,₃⁽¹⁾), gradients as
 * the equations write numbers, relative errors to two significant digits ({@code 3.2e-11}), and
 * the one-line summary of a check.
 */
final class CheckText {
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    private CheckText() {
    }

    /** w₁₂⁽²⁾ for the weight to unit 1 of layer 2 from unit 2 of layer 1; b₁⁽²⁾ for a bias. */
    static String name(Parameter p) {
        String layer = Scripts.layer(p.layer());
        if (p.isBias()) {
            return "b" + Scripts.units(p.to()) + layer;
        }
        return "w" + Scripts.units(p.to(), p.from()) + layer;
    }

    /**
     * A gradient as the equation panel writes it (6 significant digits, U+2212 for minus); one too
     * small for the central difference to resolve, which is rounding, to 2: −4.2e-17.
     */
    static String gradient(double value) {
        if (value != 0 && Math.abs(value) < Verdict.ROUNDING) {
            return (value < 0 ? "−" : "") + scientific(Math.abs(value));
        }
        return NUMBERS.format(value);
    }

    /** 3.2e-11, 1.5e-3, 0.33, 1.0; 0 when both gradients are 0; NaN. */
    static String relativeError(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : "NaN";
        }
        if (value >= 1e-2) {
            return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(2)).toPlainString();
        }
        return scientific(value);
    }

    /** 3.2e-11: two significant digits. */
    private static String scientific(double value) {
        String s = String.format(Locale.ROOT, "%.1e", value);
        int e = s.indexOf('e');
        return s.substring(0, e + 1) + Integer.parseInt(s.substring(e + 1));
    }

    /** 10⁻⁵ for 1e-5, or the plain number when it is not a power of ten. */
    static String power(double value) {
        int e = (int) Math.round(Math.log10(value));
        if (Math.pow(10, e) != value) {
            return NUMBERS.format(value);
        }
        return "10" + Scripts.superscript(e);
    }

    /**
     * "All 9 gradients agree: largest relative error 2.1e-10"; "2 of 9 gradients disagree: …";
     * "9 gradients roughly agree, 1 is suspicious: …", naming the worst parameter when it is not
     * good. Rows {@linkplain Verdict#isWithinRounding within rounding} are counted as agreeing but
     * left out of the largest relative error, and said so: "…, and 42 too small to tell from rounding".
     */
    static String summary(List<GradientCheck.Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int bad = 0;
        int suspicious = 0;
        int rounding = 0;
        GradientCheck.Row worst = null;
        for (GradientCheck.Row row : rows) {
            Verdict v = Verdict.of(row);
            bad += v == Verdict.BAD ? 1 : 0;
            suspicious += v == Verdict.SUSPICIOUS ? 1 : 0;
            if (Verdict.isWithinRounding(row)) {
                rounding++;
            } else if (worst == null || worse(row, worst)) {
                worst = row;
            }
        }
        String n = Integer.toString(rows.size());
        if (worst == null) {
            return Messages.format("check.summary.allRounding", n);
        }
        String error = relativeError(worst.relativeError());
        String at = name(worst.parameter());
        if (bad > 0) {
            return bad == rows.size() ? Messages.format("check.summary.allBad", n, error, at)
                    : Messages.format("check.summary.bad", Integer.toString(bad), n, error, at, bad);
        }
        if (suspicious > 0) {
            return Messages.format("check.summary.suspicious", n, Integer.toString(suspicious), error, at, suspicious);
        }
        return rounding == 0 ? Messages.format("check.summary.good", n, error)
                : Messages.format("check.summary.goodRounding", n, error, Integer.toString(rounding));
    }

    /** Whether {@code row}'s relative error is larger than {@code than}'s; NaN counts as largest. */
    private static boolean worse(GradientCheck.Row row, GradientCheck.Row than) {
        double e = row.relativeError();
        double t = than.relativeError();
        return !Double.isNaN(t) && (Double.isNaN(e) || e > t);
    }

    /** The verdict of the whole check: its worst row's. */
    static Verdict verdict(List<GradientCheck.Row> rows) {
        Verdict worst = Verdict.GOOD;
        for (GradientCheck.Row row : rows) {
            Verdict v = Verdict.of(row);
            if (v.compareTo(worst) > 0) {
                worst = v;
            }
        }
        return worst;
    }
}
