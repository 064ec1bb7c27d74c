package org.backpropstudio.app.diagram;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.backpropstudio.explain.Scripts;

/**
 * How the diagram writes numbers: compact, to a few significant digits, with a true minus sign
 * (0.3775, −0.08217, 1.106, 2.3e-5), and the sub- and superscripts of unit and layer indices;
 * parameters are named as in the equations, w₁₂⁽²⁾ and b₁⁽²⁾ (units from 1).
 */
final class Numbers {
    /** The significant digits shown on the diagram. */
    static final int DIGITS = 4;
    /** The significant digits shown in tooltips (the "full" value). */
    static final int FULL_DIGITS = 8;
    /** Shown for a value that is not computed yet. */
    static final String PENDING = "—";

    private Numbers() {
    }

    /** {@code x} to {@link #DIGITS} significant digits. */
    static String format(double x) {
        return format(x, DIGITS);
    }

    /**
     * {@code x} rounded half up to {@code digits} significant digits, trailing zeros dropped; plain
     * for 0.001 ≤ |x| &lt; 10000, else as mantissa and power of ten ({@code 2.3e-5}).
     */
    static String format(double x, int digits) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal r = BigDecimal.valueOf(x).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1;
        String text;
        if (exponent >= -3 && exponent <= 3) {
            text = r.toPlainString();
        } else {
            text = r.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /**
     * {@code x} in a few characters, for the slim tags of a dense gap: to two decimals below 10 in
     * size, with a true minus sign however small ({@code −0.42}, {@code −0.00}, {@code 3.14}); from 10
     * on, three significant digits ({@code 12.3}, {@code −123}, {@code 1.23e4}).
     */
    static String brief(double x) {
        if (!Double.isFinite(x)) {
            return format(x, 3);
        }
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP);
        if (rounded.abs().compareTo(BigDecimal.TEN) >= 0) { // 9.995 rounds to 10: written as 10 and above are
            return format(x, 3);
        }
        String text = rounded.abs().toPlainString();
        return (x < 0 ? "−" : "") + text;
    }

    /** {@code x} with its sign always written: +0.0137, −0.0137, 0. */
    static String signed(double x) {
        String text = format(x);
        return x > 0 && Double.isFinite(x) || x == Double.POSITIVE_INFINITY ? "+" + text : text;
    }

    /**
     * {@code x} as a text field shows it for editing: {@link #FULL_DIGITS} significant digits, plain
     * for 0.0001 ≤ |x| &lt; 10⁷ (12345.678, not 1.2345678e4), else with a power of ten.
     */
    static String editable(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return format(x);
        }
        BigDecimal r = BigDecimal.valueOf(x).round(new MathContext(FULL_DIGITS, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1;
        if (exponent < -4 || exponent > 6) {
            return format(x, FULL_DIGITS);
        }
        String text = r.toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }

    /**
     * The weight wⱼₖ⁽ˡ⁾ from unit k of layer l − 1 to unit j of layer l (indices from 0), e.g.
     * {@code w₁₂⁽²⁾}; the units are separated by a comma when one has two digits: {@code w₁₂,₃⁽¹⁾}.
     */
    static String weightName(int l, int j, int k) {
        return "w" + Scripts.units(j, k) + layerSuperscript(l);
    }

    /** The bias bⱼ⁽ˡ⁾ of unit j of layer l (from 0), e.g. {@code b₁⁽²⁾}. */
    static String biasName(int l, int j) {
        return "b" + subscript(j + 1) + layerSuperscript(l);
    }

    /** ⁽ˡ⁾. */
    static String layerSuperscript(int l) {
        return Scripts.layer(l);
    }

    /** {@code symbol}, a space and {@code value} formatted, or the placeholder when it is null. */
    static String labelled(String symbol, Double value) {
        return symbol + " " + (value == null ? PENDING : format(value));
    }

    /** {@code n} in subscript digits: 12 → ₁₂. */
    static String subscript(int n) {
        return Scripts.subscript(n);
    }

    /** {@code n} in superscript digits: 2 → ². */
    static String superscript(int n) {
        return Scripts.superscript(n);
    }
}
