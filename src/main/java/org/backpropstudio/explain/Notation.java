package org.backpropstudio.explain;

/**
 * How equations are written: the symbols, indices and operators of the textbook in one of two
 * notations. The same equation in both:
 * <pre>
 *   UNICODE   z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775
 *   LATEX     z^{(1)}_{1} = w^{(1)}_{11} x_{1} + w^{(1)}_{12} x_{2} + b^{(1)}_{1} = 0.15 \cdot 0.05 + ...
 * </pre>
 * The layer is a parenthesised superscript, the units a subscript (the receiving unit first for a
 * weight: wⱼₖ⁽ˡ⁾ runs from unit k of layer l − 1 to unit j of layer l), counted from 1. Indices of
 * more than one digit are separated by a comma: w₁₂,₃⁽¹⁾, {@code w^{(1)}_{12,3}}.
 */
public enum Notation {
    /** Plain text with Unicode sub- and superscripts, for Markdown and a terminal. */
    UNICODE,
    /** LaTeX math mode, for JLaTeXMath and LaTeX export. */
    LATEX
}
