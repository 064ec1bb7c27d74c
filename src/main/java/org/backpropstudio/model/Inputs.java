package org.backpropstudio.model;

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
            throw new IllegalArgumentException(ModelWords.get("input.empty"));
        }
        double value;
        try {
            if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException(t);
            }
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ModelWords.format("input.notNumber", text.strip()));
        }
        if (!Double.isFinite(value) || Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw new IllegalArgumentException(ModelWords.get("input.range"));
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
            throw new IllegalArgumentException(ModelWords.get("input.wholeEmpty"));
        }
        long value;
        try {
            value = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ModelWords.format("input.notWhole", text.strip()));
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    ModelWords.format("input.wholeRange", String.valueOf(min), String.valueOf(max)));
        }
        return value;
    }
}
