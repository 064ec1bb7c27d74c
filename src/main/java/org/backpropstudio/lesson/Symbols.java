package org.backpropstudio.lesson;

import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.explain.Scripts;

/**
 * The symbols that the triggers' descriptions and the diagnoses' sentences name, in plain Unicode
 * text as {@link org.backpropstudio.explain.Equations} writes them: the unit as a subscript counted
 * from 1 (receiving unit first for a weight), the layer as a parenthesised superscript: z₁⁽¹⁾,
 * w₁₂⁽²⁾; indices of more than one digit separated by a comma. The quiz's formulas are not written
 * here: they are the equations' own ({@link NextStep}).
 */
final class Symbols {
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    private Symbols() {
    }

    /** A value as an equation shows it (six significant digits). */
    static String number(double value) {
        return NUMBERS.format(value);
    }

    /** name with layer l (none if l &lt; 0) and the units (counted from 0 in arrays, from 1 on screen). */
    static String indexed(String name, int l, int... units) {
        return name + Scripts.subscript(Scripts.indices(units)) + (l < 0 ? "" : Scripts.layer(l));
    }

    /** xᵢ or aᵢ⁽ˡ⁾: the input for l = 0. */
    static String a(int l, int unit) {
        return l == 0 ? indexed("x", -1, unit) : indexed("a", l, unit);
    }

    /** "⁽ˡ⁾" as plain Unicode text, for words outside formulas. */
    static String unicodeLayer(String name, int l) {
        return name + Scripts.layer(l);
    }
}
