package org.backpropstudio.lesson;

import java.util.function.IntFunction;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.explain.Scripts;
import org.backpropstudio.explain.Sums;

/**
 * The symbols of the quiz and the triggers in one {@link Notation}, written as
 * {@link org.backpropstudio.explain.Equations} writes them: the unit as a subscript counted from 1
 * (receiving unit first for a weight), the layer as a parenthesised superscript: z₁⁽¹⁾, w₁₂⁽²⁾,
 * {@code w^{(2)}_{12}}; indices of more than one digit separated by a comma.
 */
final class Symbols {
    private final boolean latex;
    private final Numbers numbers;
    private final Sums sums;

    Symbols(Notation notation) {
        this.latex = notation == Notation.LATEX;
        this.numbers = new Numbers(notation);
        this.sums = new Sums(notation);
    }

    /** A value as an equation shows it (six significant digits). */
    String number(double value) {
        return numbers.format(value);
    }

    /** A value as a factor: in parentheses if negative. */
    String operand(double value) {
        return numbers.operand(value);
    }

    /** name with layer l and the units (counted from 0 in arrays, from 1 on screen). */
    String indexed(String name, int l, int... units) {
        return indexed(name, l < 0 ? "" : "(" + l + ")", units);
    }

    /** xᵢ or aᵢ⁽ˡ⁾: the input for l = 0. */
    String a(int l, int unit) {
        return l == 0 ? indexed("x", -1, unit) : indexed("a", l, unit);
    }

    /** δ. */
    String delta() {
        return latex ? "\\delta" : "δ";
    }

    /** η. */
    String eta() {
        return latex ? "\\eta" : "η";
    }

    /** ∂f/∂x. */
    String partial(String f, String x) {
        return latex ? "\\frac{\\partial " + f + "}{\\partial " + x + "}" : "∂" + f + "/∂" + x;
    }

    /** x y, two symbols side by side (a product). */
    String juxtapose(String x, String y) {
        return x + (latex ? " " : "") + y;
    }

    /** −x. */
    String negative(String x) {
        return (latex ? "-" : "−") + x;
    }

    /** f′(x). */
    String derivative(String x) {
        return (latex ? "f'" : "f′") + "(" + x + ")";
    }

    /** x·y. */
    String times(String x, String y) {
        return x + (latex ? " \\cdot " : "·") + y;
    }

    /** " − ". */
    String minus() {
        return latex ? " - " : " − ";
    }

    /** A function of x: σ(x), tanh(x), max(0, x), log(x), exp as e^(x). */
    String function(String name, String x) {
        if (name.equals("exp")) {
            return latex ? "e^{" + x + "}" : "e^(" + x + ")";
        }
        String f = switch (name) {
            case "σ" -> latex ? "\\sigma" : "σ";
            case "tanh", "max", "log" -> latex ? "\\" + name : name;
            default -> name;
        };
        return f + "(" + x + ")";
    }

    /** a/b, \frac in LaTeX. */
    String fraction(String numerator, String denominator) {
        return latex ? "\\frac{" + numerator + "}{" + denominator + "}" : numerator + "/" + denominator;
    }

    /** ½. */
    String half() {
        return latex ? "\\frac{1}{2}" : "½";
    }

    /** x². */
    String squared(String x) {
        return latex ? x + "^{2}" : x + "²";
    }

    /**
     * term(0) + … + term(n − 1), shortened past {@value Sums#MAX_TERMS} terms as an equation's
     * numbers are ({@link Sums#numeric}).
     */
    String sum(int n, IntFunction<String> term) {
        return sums.numeric(n, term);
    }

    /** Plain words inside a formula. */
    String text(String words) {
        return latex ? "\\text{" + words + "}" : words;
    }

    /** "⁽ˡ⁾" as plain Unicode text, for words outside formulas. */
    static String unicodeLayer(String name, int l) {
        return name + Scripts.layer(l);
    }

    private String indexed(String name, String superscript, int... units) {
        String sub = Scripts.indices(units);
        if (latex) {
            return name + (superscript.isEmpty() ? "" : "^{" + superscript + "}")
                    + (sub.isEmpty() ? "" : "_{" + sub + "}");
        }
        return name + Scripts.subscript(sub) + Scripts.superscript(superscript);
    }
}
