package org.backpropstudio.app.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a plot writes the label of a tick at {@code value} on an axis whose ticks are {@code step}
 * apart. Two styles are shared; a plot with its own (the loss chart's "20k", "10⁻⁴") passes a
 * method of its own. Minus is U+2212 (−), and a label never reads "−0".
 */
@FunctionalInterface
public interface TickLabel {
    /** The label of the tick at {@code value} on an axis of ticks {@code step} apart. */
    String of(double value, double step);

    /** As many decimals as the step needs, on every tick: "−1.0", "−0.5", "0.0", "0.5" (the decision boundary). */
    TickLabel FIXED = (value, step) -> fixed(value, Ticks.decimals(step));

    /**
     * Only the digits a tick needs: "−0.5", "0", "0.5", "1"; a mantissa and a power of ten where a
     * plain label would be too long ("2e-7", for steps under 10⁻⁴ or values from 10⁶) (the what-if plot).
     */
    TickLabel SHORT = TickLabel::shortest;

    /** {@code v} with {@code decimals} decimals: 0.532 → "0.53", −1 → "−1.00", −0.001 → "0.00". */
    static String fixed(double v, int decimals) {
        String s = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).toPlainString();
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return minus(s);
    }

    /** {@code v} to the precision of {@code step}, trailing zeros dropped; see {@link #SHORT}. */
    private static String shortest(double v, double step) {
        int places = -(int) Math.floor(Math.log10(step) + 1e-9); // negative for steps of 10 and more
        int decimals = Math.max(0, places);
        String text;
        if (Math.abs(v) < step / 2) {
            text = "0";
        } else if (step >= 1e-4 && Math.abs(v) < 1e6) {
            text = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } else {
            int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
            int digits = Math.max(0, exponent + places);
            BigDecimal mantissa = new BigDecimal(v / Math.pow(10, exponent))
                    .setScale(Math.min(digits, 3), RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            text = mantissa.toPlainString() + "e" + exponent;
        }
        return minus(text);
    }

    /** A leading "-" as U+2212. */
    private static String minus(String s) {
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}
