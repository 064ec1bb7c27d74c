package org.backpropstudio.lesson;

import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;

/**
 * One item of a {@link Worksheet}: a value of the worksheet's iteration for the student to compute,
 * asked as the quiz asks it, and the equation that computes it (as the equation panel and the
 * handouts write it), for the answer key.
 *
 * @param number   the item's number, from 1
 * @param question the value, as the quiz asks it (its answer is the engine's value)
 * @param unicode  the equation that computes it, in Unicode
 * @param latex    the same in LaTeX
 */
public record WorksheetItem(int number, QuizQuestion question, Equation unicode, Equation latex) {

    /** The quantity's symbol in Unicode: a₁⁽¹⁾, ∂Jₛ/∂w₁₁⁽²⁾. */
    public String symbol() {
        return question.symbol(Notation.UNICODE);
    }

    /** The true value, as the engine computes it. */
    public double answer() {
        return question.answer();
    }

    /** The equation that computes it in {@code notation}. */
    public Equation equation(Notation notation) {
        return notation == Notation.LATEX ? latex : unicode;
    }
}
