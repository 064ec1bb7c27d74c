package org.backpropstudio.lesson;

/**
 * A wrong answer recognised as one of the classic {@link Mistake}s: which one, the value that
 * mistake gives (the wrong variant of the quantity, computed from the same state), and one sentence
 * that names it for the student.
 *
 * @param mistake  the mistake recognised
 * @param variant  the value the mistake gives, which the student's answer matched
 * @param sentence the mistake named in one sentence: "You gave z; the activation is σ(z)."
 */
public record Diagnosis(Mistake mistake, double variant, String sentence) {
}
