package org.backpropstudio.lesson;

import java.util.Optional;
import org.backpropstudio.explain.Equation;

/**
 * A wrong answer recognised as one of the classic {@link Mistake}s: which one, the value that
 * mistake gives (the wrong variant of the quantity, computed from the same state), one sentence
 * that names it for the student, and where to read about it: the equation it concerns and the
 * lesson card that explains that step, where one exists.
 *
 * @param mistake  the mistake recognised
 * @param variant  the value the mistake gives, which the student's answer matched
 * @param sentence the mistake named in one self-contained sentence (plain Unicode text), ending with
 *                 the right step: "You gave z₁⁽¹⁾ = 0.3775, the weighted input: the activation was
 *                 not applied. The step is a₁⁽¹⁾ = σ(z₁⁽¹⁾)."
 * @param equation the equation the mistake concerns, with its numbers (Unicode), as the equation
 *                 panel writes it: the corrected step; null if not known
 * @param card     the lesson card that explains the step, if a built-in lesson has one
 */
public record Diagnosis(Mistake mistake, double variant, String sentence, Equation equation,
                        Optional<LessonCardLink> card) {

    /** A diagnosis that links to no equation and no card. */
    public Diagnosis(Mistake mistake, double variant, String sentence) {
        this(mistake, variant, sentence, null, Optional.empty());
    }

    public Diagnosis {
        card = card == null ? Optional.empty() : card;
    }
}
