package org.backpropstudio.model;

import java.util.Locale;
import org.backpropstudio.core.Limits;

/**
 * Numbers as people type them: {@code 0.5}, {@code 0,5}, {@code -2}, {@code −2} (Unicode minus),
 * {@code 1e-3}, with spaces around. Anything else is refused with a message to show beside the field.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * The number typed in {@code text}.
     *
     * @throws IllegalArgumentException saying what is wrong: empty, not a number, not finite, or
     *                                  larger than 1e6 in magnitude
     */
    public static double parseNumber(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-').replace(',', '.');
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a number.");
        }
        double value;
        try {
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a number.");
        }
        if (!Double.isFinite(value) || Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Use a number between -1e6 and 1e6."));
        }
        return value;
    }

    /**
     * A whole number typed in {@code text}, between {@code min} and {@code max}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static long parseWhole(String text, long min, long max) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a whole number.");
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a whole number.");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("Use a whole number from " + min + " to " + max + ".");
        }
        return value;
    }
}
