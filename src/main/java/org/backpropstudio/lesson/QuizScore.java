package org.backpropstudio.lesson;

/**
 * The quiz's score for one session: answers right, questions asked, the current streak of right
 * answers in a row and the longest streak so far. Immutable; {@link #after} gives the next score.
 *
 * @param right  answers within the tolerance
 * @param asked  questions answered (skipped ones are not asked)
 * @param streak right answers in a row, up to the last one
 * @param best   the longest streak
 */
public record QuizScore(int right, int asked, int streak, int best) {
    /** No question asked yet. */
    public static final QuizScore NONE = new QuizScore(0, 0, 0, 0);

    /** The score after one more answer. */
    public QuizScore after(boolean wasRight) {
        int nowStreak = wasRight ? streak + 1 : 0;
        return new QuizScore(right + (wasRight ? 1 : 0), asked + 1, nowStreak, Math.max(best, nowStreak));
    }

    /** "3 / 4". */
    public String fraction() {
        return LessonWords.format("quiz.score", String.valueOf(right), String.valueOf(asked));
    }
}
