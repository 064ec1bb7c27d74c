package org.backpropstudio.app.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.backpropstudio.explain.Scripts;
import org.backpropstudio.app.plot.Ticks;

/**
 * How the loss chart writes numbers: iterations with thousands separators ("1,234"), tick labels
 * short enough to read from the back of a room ("20k", "0.25", "10⁻⁴"), and J to a few
 * significant digits ("0.01234", "3.2 × 10⁻⁷").
 */
final class ChartFormat {
    private ChartFormat() {
    }

    /** 1234 → "1,234". */
    static String iteration(long i) {
        return String.format(Locale.US, "%,d", i);
    }

    /** A count of iterations in a heading: in full up to 999,999, then "15.1M" (the status bar has it in full). */
    static String iterations(long n) {
        return n < 1_000_000 ? iteration(n) : strip(BigDecimal.valueOf(Math.round(n / 100_000.0), 1)) + "M";
    }

    /** An iteration tick: "500", "2,000", "20k", "1.5M". */
    static String iterationTick(long i) {
        if (i >= 1_000_000 && i % 100_000 == 0) {
            return strip(BigDecimal.valueOf(i / 100_000, 1)) + "M";
        }
        if (i >= 10_000 && i % 1_000 == 0) {
            return iteration(i / 1_000) + "k";
        }
        return iteration(i);
    }

    /** A tick of a linear axis whose ticks are {@code step} apart: as many decimals as the step needs. */
    static String linearTick(double v, double step) {
        if (step >= 1e5 || step < 1e-4) {
            return scientific(v, 2);
        }
        String s = String.format(Locale.US, "%." + Ticks.decimals(step) + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** A tick of a log axis (1, 2 or 5 × 10ᵉ): plain for 0.001..1000, else "10⁻⁵", "5·10⁻⁵". */
    static String logTick(double v) {
        int e = (int) Math.floor(Math.log10(v) + 1e-9);
        long mantissa = Math.round(v / Math.pow(10, e));
        if (e >= -3 && e <= 3) {
            return strip(new BigDecimal(mantissa).scaleByPowerOfTen(e));
        }
        return (mantissa == 1 ? "" : mantissa + "·") + "10" + superscript(e);
    }

    /** J to {@code digits} significant digits: "0.01234", "12.5", "3.2 × 10⁻⁷", "∞". */
    static String value(double v, int digits) {
        return value(v, digits, true);
    }

    /** J to {@code digits} significant digits, trailing zeros kept unless {@code strip}. */
    private static String value(double v, int digits, boolean strip) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            BigDecimal rounded = new BigDecimal(v).round(new MathContext(digits));
            String s = strip ? strip(rounded) : rounded.toPlainString();
            return v < 0 ? "−" + s.substring(1) : s;
        }
        return scientific(v, digits);
    }

    /**
     * "J = 0.01234" for a single value, "J 0.011–0.013" for a range: with 3 significant digits,
     * or 4 if the ends differ only there; "J ≈ 0.06330" when they do not differ even then.
     */
    static String range(String symbol, double lo, double hi) {
        if (lo == hi || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return symbol + " = " + value(hi, 4);
        }
        for (int digits = 3; digits <= 4; digits++) {
            String from = value(lo, digits, false);
            String to = value(hi, digits, false);
            if (!from.equals(to)) {
                return symbol + " " + from + "–" + to;
            }
        }
        return symbol + " ≈ " + value((lo + hi) / 2, 4);
    }

    /** "3.2 × 10⁻⁷". */
    static String scientific(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double m = v / Math.pow(10, e);
        if (Math.abs(m) >= 9.9999999) {
            m /= 10;
            e++;
        }
        String mantissa = strip(new BigDecimal(m).round(new MathContext(digits)));
        if (mantissa.startsWith("-")) {
            mantissa = "−" + mantissa.substring(1);
        }
        return mantissa + " × 10" + superscript(e);
    }

    /** −12 → "⁻¹²". */
    static String superscript(int e) {
        return Scripts.superscript(e);
    }

    private static String strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
