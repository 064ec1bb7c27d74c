package org.backpropstudio.io;

import java.util.Map;
import org.backpropstudio.explain.Scripts;

/**
 * Plain Unicode text (the meanings and headings of the handout) as LaTeX that a plain pdflatex
 * compiles: the characters special to LaTeX escaped, Greek letters and math symbols as math,
 * runs of superscript and subscript characters as ^{…} and _{…}.
 */
final class LatexText {
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('σ', "\\sigma"), Map.entry('δ', "\\delta"), Map.entry('η', "\\eta"), Map.entry('Σ', "\\Sigma"),
            Map.entry('∂', "\\partial"), Map.entry('⊙', "\\odot"), Map.entry('′', "'"), Map.entry('·', "\\cdot"),
            Map.entry('−', "-"), Map.entry('→', "\\to"), Map.entry('≈', "\\approx"), Map.entry('≤', "\\le"),
            Map.entry('≥', "\\ge"), Map.entry('∞', "\\infty"), Map.entry('×', "\\times"), Map.entry('ŷ', "\\hat{y}"),
            Map.entry('θ', "\\theta"), Map.entry('∈', "\\in"), Map.entry('…', "\\dots"), Map.entry('²', "^{2}"));

    private LatexText() {
    }

    /** {@code text} as LaTeX for running text. */
    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Scripts.fromSuperscript(c) != 0 || Scripts.fromSubscript(c) != 0) {
                boolean sup = Scripts.fromSuperscript(c) != 0;
                StringBuilder run = new StringBuilder();
                while (i < text.length() && plain(text.charAt(i), sup) != 0) {
                    run.append(plain(text.charAt(i), sup));
                    i++;
                }
                out.append("$").append(sup ? "^{" : "_{").append(run).append("}$");
                continue;
            }
            String symbol = SYMBOLS.get(c);
            if (symbol != null) {
                out.append(symbol.startsWith("\\") || symbol.startsWith("^") ? "$" + symbol + "$" : symbol);
            } else {
                out.append(escape(c));
            }
            i++;
        }
        return out.toString().replace("$$", "");
    }

    /** The plain character of super- or subscript {@code c}, or 0 if it is not one. */
    private static char plain(char c, boolean superscript) {
        return superscript ? Scripts.fromSuperscript(c) : Scripts.fromSubscript(c);
    }

    private static String escape(char c) {
        switch (c) {
            case '\\':
                return "\\textbackslash{}";
            case '{':
            case '}':
            case '$':
            case '&':
            case '#':
            case '%':
            case '_':
                return "\\" + c;
            case '^':
                return "\\textasciicircum{}";
            case '~':
                return "\\textasciitilde{}";
            case '<':
                return "$<$";
            case '>':
                return "$>$";
            default:
                return c < 128 ? String.valueOf(c) : "?";
        }
    }
}
