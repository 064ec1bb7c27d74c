package org.backpropstudio.lesson;

import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;

/**
 * Whether a prediction counts as right: within {@value #RELATIVE_PERCENT}% of the true value, or
 * within {@value #ABSOLUTE} of it, whichever is looser:
 * <pre>
 *   |guess − truth| ≤ max(0.01·|truth|, 0.001)
 * </pre>
 * For the student: about three significant digits are enough (0.593 for 0.593269992, even 0.59),
 * and near zero, where 1% would ask for many decimals, three decimals are enough (0.001 for
 * 0.000668). A sign that is wrong is wrong unless the value is within 0.001 of zero.
 */
public final class QuizCheck {
    /** The relative tolerance, in percent of the true value. */
    public static final double RELATIVE_PERCENT = 1;
    /** The absolute tolerance, for values near zero. */
    public static final double ABSOLUTE = 1e-3;

    private QuizCheck() {
    }

    /** Whether {@code guess} is right for {@code truth}; never for a truth that is not finite. */
    public static boolean isRight(double guess, double truth) {
        if (!Double.isFinite(truth) || !Double.isFinite(guess)) {
            return false;
        }
        return Math.abs(guess - truth) <= Math.max(RELATIVE_PERCENT / 100 * Math.abs(truth), ABSOLUTE);
    }

    /** The rule in one sentence, its numbers these constants, for the quiz, worksheets and handouts. */
    public static String rule() {
        Numbers numbers = new Numbers(Notation.UNICODE);
        return LessonWords.format("quiz.rule", numbers.format(RELATIVE_PERCENT), numbers.format(ABSOLUTE));
    }
}
