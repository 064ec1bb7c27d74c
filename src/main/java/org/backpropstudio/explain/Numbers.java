package org.backpropstudio.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as an equation shows them: rounded to {@value #SIGNIFICANT_DIGITS} significant digits
 * (half to even, from the exact binary value), without trailing zeros, and in positional notation
 * unless the rounded magnitude is below 10⁻⁴ or at least 10⁶:
 * <pre>
 *   0.593269992  → 0.59327        1500000   → 1.5e6    (LaTeX 1.5\times10^{6})
 *   −0.2         → −0.2           0.0000123 → 1.23e-5  (LaTeX 1.23\times10^{-5})
 * </pre>
 * The minus sign is U+2212 in {@link Notation#UNICODE}, {@code -} in {@link Notation#LATEX}.
 */
public final class Numbers {
    /** The most significant digits shown. */
    public static final int SIGNIFICANT_DIGITS = 6;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final BigDecimal SMALLEST_PLAIN = new BigDecimal("1e-4");
    private static final BigDecimal LARGEST_PLAIN = new BigDecimal("1e6");

    private final boolean latex;

    /** Numbers written in {@code notation}. */
    public Numbers(Notation notation) {
        this.latex = notation == Notation.LATEX;
    }

    /** The value, e.g. {@code 0.59327}, {@code −0.2}, {@code 1.23e-5}, {@code NaN}, {@code ∞}. */
    public String format(double value) {
        String sign = value < 0 ? minus() : "";
        if (Double.isNaN(value)) {
            return latex ? "\\mathrm{NaN}" : "NaN";
        }
        if (Double.isInfinite(value)) {
            return sign + (latex ? "\\infty" : "∞");
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal magnitude = new BigDecimal(Math.abs(value)).round(ROUNDING).stripTrailingZeros();
        if (magnitude.compareTo(SMALLEST_PLAIN) >= 0 && magnitude.compareTo(LARGEST_PLAIN) < 0) {
            return sign + magnitude.toPlainString();
        }
        int exponent = magnitude.precision() - magnitude.scale() - 1;
        String mantissa = magnitude.movePointLeft(exponent).toPlainString();
        return sign + mantissa + (latex ? "\\times10^{" + exponent + "}" : "e" + exponent);
    }

    /**
     * The value as a factor or term of a substituted formula: {@link #format} in parentheses if it
     * is negative, so that {@code 0.4·(−0.2)} never reads as a subtraction.
     */
    public String operand(double value) {
        String text = format(value);
        return text.startsWith(minus()) ? "(" + text + ")" : text;
    }

    /**
     * The value as the base of a power: {@link #operand} and also in parentheses when it is
     * written with an exponent, so that {@code (7.35e-5)²} never reads as a double superscript.
     */
    public String base(double value) {
        String text = operand(value);
        boolean exponent = text.contains("e") || text.contains("\\times");
        return exponent && !text.startsWith("(") ? "(" + text + ")" : text;
    }

    private String minus() {
        return latex ? "-" : "−";
    }
}
