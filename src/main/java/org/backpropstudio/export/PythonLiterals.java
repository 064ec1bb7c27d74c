package org.backpropstudio.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers and arrays as Python source text. A double is written as Python's {@code repr} writes
 * it: the fewest digits that read back as the same double ({@code 0.1}, {@code 1e-05},
 * {@code 1.5e+16}), the same text on every JDK; ±∞ and NaN as {@code float("inf")} and
 * {@code float("nan")}.
 */
final class PythonLiterals {
    private PythonLiterals() {
    }

    /** {@code x} as a Python float literal that reads back as the same double. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "float(\"nan\")";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "float(\"inf\")" : "-float(\"inf\")";
        }
        if (x == 0.0) {
            return 1 / x < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == x) {
                return repr(rounded);
            }
        }
        return repr(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /**
     * {@code d} as Python writes a float: positional when its decimal exponent e is −4 ≤ e &lt; 16
     * (with at least one decimal, {@code 2.0}), else d.ddde±XX.
     */
    private static String repr(BigDecimal d) {
        BigDecimal r = d.stripTrailingZeros();
        String sign = r.signum() < 0 ? "-" : "";
        String digits = r.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - r.scale();
        if (exponent >= -4 && exponent < 16) {
            String plain = r.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String power = String.valueOf(Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.length() == 1 ? "0" + power : power);
    }

    /** {@code [v₀, v₁, …]}. */
    static String list(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return text.append(']').toString();
    }

    /** {@code [True, False, …]}. */
    static String list(boolean[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i] ? "True" : "False");
        }
        return text.append(']').toString();
    }

    /** Rows, one a line, each after the first indented by {@code indent} spaces: {@code [[…],\n  […]]}. */
    static String rows(String[] rows, int indent) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < rows.length; i++) {
            text.append(i == 0 ? "" : ",\n" + " ".repeat(indent + 1)).append(rows[i]);
        }
        return text.append(']').toString();
    }

    /** A matrix, a row a line, each after the first indented by {@code indent} spaces. */
    static String matrix(double[][] m, int indent) {
        String[] rows = new String[m.length];
        for (int i = 0; i < m.length; i++) {
            rows[i] = list(m[i]);
        }
        return rows(rows, indent);
    }

    /** A matrix of booleans, a row a line. */
    static String matrix(boolean[][] m, int indent) {
        String[] rows = new String[m.length];
        for (int i = 0; i < m.length; i++) {
            rows[i] = list(m[i]);
        }
        return rows(rows, indent);
    }

    /** {@code text} fit for a one-line comment: controls and line breaks as spaces. */
    static String commentText(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ");
    }
}
