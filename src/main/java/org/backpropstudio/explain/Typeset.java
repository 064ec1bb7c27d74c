package org.backpropstudio.explain;

/**
 * The pieces of an equation in one {@link Notation}: symbols with their layer and unit indices, and
 * the operators and functions between them. Unit indices are passed as text, either a number
 * counted from 1 ({@link #unit}) or an index letter (i, j, k, s).
 */
final class Typeset {
    private final boolean latex;

    Typeset(Notation notation) {
        this.latex = notation == Notation.LATEX;
    }

    /** Unit j (counted from 0 in arrays) as an index, counted from 1. */
    static String unit(int j) {
        return Integer.toString(j + 1);
    }

    // ----- Symbols

    /** zⱼ⁽ˡ⁾. */
    String z(int l, String j) {
        return indexed("z", layer(l), j);
    }

    /** aⱼ⁽ˡ⁾, written xⱼ for the input layer l = 0. */
    String a(int l, String j) {
        return l == 0 ? x(j) : indexed("a", layer(l), j);
    }

    /** aᵢ⁽⁰⁾ itself, to say that it is xᵢ. */
    String input(String i) {
        return indexed("a", layer(0), i);
    }

    /** δⱼ⁽ˡ⁾. */
    String delta(int l, String j) {
        return indexed(latex ? "\\delta" : "δ", layer(l), j);
    }

    /** wⱼₖ⁽ˡ⁾. */
    String w(int l, String j, String k) {
        return indexed("w", layer(l), j, k);
    }

    /** bⱼ⁽ˡ⁾. */
    String b(int l, String j) {
        return indexed("b", layer(l), j);
    }

    /** The new value of a parameter after the update, as in w₁₁⁽²⁾⁺. */
    String wUpdated(int l, String j, String k) {
        return indexed("w", layer(l) + "+", j, k);
    }

    /** The new value of a bias after the update, as in b₁⁽²⁾⁺. */
    String bUpdated(int l, String j) {
        return indexed("b", layer(l) + "+", j);
    }

    /** xᵢ. */
    String x(String i) {
        return indexed("x", "", i);
    }

    /** yₖ. */
    String y(String k) {
        return indexed("y", "", k);
    }

    /** A whole layer's vector or matrix, e.g. z⁽¹⁾ or W⁽²⁾. */
    String layerSymbol(String name, int l) {
        return indexed(name, layer(l));
    }

    /** Jₛ, the loss of one sample. */
    String sampleLoss() {
        return indexed("J", "", "s");
    }

    /** J, the loss of the iteration. */
    String loss() {
        return "J";
    }

    /** η. */
    String eta() {
        return latex ? "\\eta" : "η";
    }

    // ----- Operators

    /** " + ". */
    String plus() {
        return " + ";
    }

    /** " − ", the binary minus. */
    String minus() {
        return latex ? " - " : " − ";
    }

    /** −x. */
    String negative(String x) {
        return (latex ? "-" : "−") + x;
    }

    /** x·y, the product of two numbers. */
    String times(String x, String y) {
        return x + (latex ? " \\cdot " : "·") + y;
    }

    /** xy, the product of two symbols written side by side. */
    String juxtapose(String x, String y) {
        return x + (latex ? " " : "") + y;
    }

    /** x y, a factor and a function or words that follow it, apart. */
    String apart(String x, String y) {
        return x + " " + y;
    }

    /** x/y, with a compound part in parentheses; \frac{x}{y} in LaTeX. */
    String fraction(String numerator, String denominator) {
        if (latex) {
            return "\\frac{" + numerator + "}{" + denominator + "}";
        }
        return group(numerator) + "/" + group(denominator);
    }

    /** ∂f/∂x. */
    String partial(String f, String x) {
        return latex ? "\\frac{\\partial " + f + "}{\\partial " + x + "}" : "∂" + f + "/∂" + x;
    }

    /** e to the power x. */
    String exp(String x) {
        return latex ? "e^{" + x + "}" : "e^(" + x + ")";
    }

    /** x², with x already in parentheses if it needs them. */
    String squared(String x) {
        return latex ? x + "^{2}" : x + "²";
    }

    /** ½. */
    String half() {
        return latex ? "\\frac{1}{2}" : "½";
    }

    /** Σ over {@code index}, e.g. Σₖ. */
    String sum(String index) {
        return latex ? "\\sum_{" + index + "} " : "Σ" + Scripts.subscript(index) + " ";
    }

    /** The ellipsis of a shortened sum. */
    String ellipsis() {
        return latex ? "\\ldots" : "…";
    }

    /** Words inside a formula. */
    String text(String words) {
        return latex ? "\\text{" + words + "}" : words;
    }

    // ----- Functions

    /** σ(x). */
    String sigmoid(String x) {
        return (latex ? "\\sigma" : "σ") + "(" + x + ")";
    }

    /** tanh(x). */
    String tanh(String x) {
        return (latex ? "\\tanh" : "tanh") + "(" + x + ")";
    }

    /** max(x, y). */
    String max(String x, String y) {
        return (latex ? "\\max" : "max") + "(" + x + ", " + y + ")";
    }

    /** log(x), the natural logarithm. */
    String log(String x) {
        return (latex ? "\\log" : "log") + "(" + x + ")";
    }

    /** f′(x), the derivative of the activation. */
    String derivative(String x) {
        return (latex ? "f'" : "f′") + "(" + x + ")";
    }

    // ----- Inside

    private static String layer(int l) {
        return "(" + l + ")";
    }

    /** x in parentheses if it has more than one part (contains a space). */
    private static String group(String x) {
        return x.contains(" ") ? "(" + x + ")" : x;
    }

    /** base with a superscript (may be empty) and unit indices ({@link Scripts#join}). */
    private String indexed(String base, String superscript, String... indices) {
        String subscript = Scripts.join(indices);
        if (latex) {
            return base + (superscript.isEmpty() ? "" : "^{" + superscript + "}")
                    + (subscript.isEmpty() ? "" : "_{" + subscript + "}");
        }
        return base + Scripts.subscript(subscript) + Scripts.superscript(superscript);
    }
}
