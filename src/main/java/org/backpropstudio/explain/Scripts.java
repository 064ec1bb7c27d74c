package org.backpropstudio.explain;

/**
 * Unicode sub- and superscripts, written here and nowhere else: unit indices as subscripts (x₁,
 * w₁₂, w₁₂,₃, Jₛ), layers and powers as superscripts (z⁽²⁾, w⁽²⁾⁺, 10⁻⁵), and back to plain
 * characters (for LaTeX). Units are counted from 0 in arrays and written from 1; two indices are
 * separated by a comma when one of them has more than one digit. A character without a sub- or
 * superscript form (the comma) is written as it is.
 */
public final class Scripts {
    private static final String SUBSCRIPT_PLAIN = "0123456789ijks";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₛ";
    private static final String SUPERSCRIPT_PLAIN = "0123456789()+-Ll";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻ᴸˡ";

    private Scripts() {
    }

    /** {@code text} in subscript: digits and the index letters i, j, k, s; "12" → "₁₂". */
    public static String subscript(String text) {
        return map(text, SUBSCRIPT_PLAIN, SUBSCRIPTS);
    }

    /** {@code n} in subscript digits: 12 → "₁₂". */
    public static String subscript(long n) {
        return subscript(Long.toString(n));
    }

    /** {@code text} in superscript: digits, parentheses, + and −, L and l; "(2)+" → "⁽²⁾⁺". */
    public static String superscript(String text) {
        return map(text, SUPERSCRIPT_PLAIN, SUPERSCRIPTS);
    }

    /** {@code n} in superscript digits, with its sign: 3 → "³", −12 → "⁻¹²". */
    public static String superscript(long n) {
        return superscript(Long.toString(n));
    }

    /** The layer superscript ⁽ˡ⁾: 2 → "⁽²⁾". */
    public static String layer(int l) {
        return superscript("(" + l + ")");
    }

    /**
     * The plain index text of units counted from 0: (0, 1) → "12", (11, 2) → "12,3"; see
     * {@link #join}.
     */
    public static String indices(int... units) {
        String[] text = new String[units.length];
        for (int n = 0; n < units.length; n++) {
            text[n] = Integer.toString(units[n] + 1);
        }
        return join(text);
    }

    /**
     * Indices side by side, for a subscript or LaTeX's {@code _{…}}: "12" for (1, 2), "jk" for
     * (j, k), and separated by a comma when one has more than one character: "12,3".
     */
    public static String join(String... indices) {
        boolean separate = false;
        for (String index : indices) {
            separate |= index.length() > 1;
        }
        return String.join(separate ? "," : "", indices);
    }

    /** The subscript of units counted from 0: (0, 1) → "₁₂", (11, 2) → "₁₂,₃". */
    public static String units(int... units) {
        return subscript(indices(units));
    }

    /** The plain character of subscript {@code c} ('₂' → '2'), or 0 if {@code c} is none. */
    public static char fromSubscript(char c) {
        int i = SUBSCRIPTS.indexOf(c);
        return i < 0 ? 0 : SUBSCRIPT_PLAIN.charAt(i);
    }

    /** The plain character of superscript {@code c} ('⁽' → '('), or 0 if {@code c} is none. */
    public static char fromSuperscript(char c) {
        int i = SUPERSCRIPTS.indexOf(c);
        return i < 0 ? 0 : SUPERSCRIPT_PLAIN.charAt(i);
    }

    private static String map(String text, String from, String to) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = from.indexOf(c);
            out.append(at < 0 ? c : to.charAt(at));
        }
        return out.toString();
    }
}
