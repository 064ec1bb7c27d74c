package org.backpropstudio.lesson;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The quiz's score for one session: answers right, questions asked, the current streak of right
 * answers in a row, the longest streak so far, and how many wrong answers were recognised as each
 * classic {@link Mistake} ({@link Diagnoses}). Immutable; {@link #after} gives the next score.
 *
 * @param right    answers within the tolerance
 * @param asked    questions answered (skipped ones are not asked)
 * @param streak   right answers in a row, up to the last one
 * @param best     the longest streak
 * @param mistakes the wrong answers recognised, per mistake (only those made at least once), in the
 *                 order of {@link Mistake}
 */
public record QuizScore(int right, int asked, int streak, int best, Map<Mistake, Integer> mistakes) {
    /** No question asked yet. */
    public static final QuizScore NONE = new QuizScore(0, 0, 0, 0);

    /** A score without mistakes recognised. */
    public QuizScore(int right, int asked, int streak, int best) {
        this(right, asked, streak, best, Map.of());
    }

    public QuizScore {
        EnumMap<Mistake, Integer> counts = new EnumMap<>(Mistake.class);
        if (mistakes != null) {
            mistakes.forEach((m, n) -> {
                if (n != null && n > 0) {
                    counts.put(m, n);
                }
            });
        }
        mistakes = Collections.unmodifiableMap(counts);
    }

    /** The score after one more answer, not recognised as a mistake. */
    public QuizScore after(boolean wasRight) {
        return after(wasRight, null);
    }

    /**
     * The score after one more answer: right, or wrong and recognised as {@code mistake} (null if
     * it was not, and for a right answer).
     */
    public QuizScore after(boolean wasRight, Mistake mistake) {
        int nowStreak = wasRight ? streak + 1 : 0;
        EnumMap<Mistake, Integer> counts = new EnumMap<>(Mistake.class);
        counts.putAll(mistakes);
        if (!wasRight && mistake != null) {
            counts.merge(mistake, 1, Integer::sum);
        }
        return new QuizScore(right + (wasRight ? 1 : 0), asked + 1, nowStreak, Math.max(best, nowStreak), counts);
    }

    /** How many wrong answers were recognised as {@code mistake}. */
    public int count(Mistake mistake) {
        return mistakes.getOrDefault(mistake, 0);
    }

    /** "3 / 4". */
    public String fraction() {
        return LessonWords.format("quiz.score", String.valueOf(right), String.valueOf(asked));
    }

    /** "z for a ×2 · bias left out ×1", in the order of {@link Mistake}; "" if none was recognised. */
    public String mistakeCounts() {
        return mistakes.entrySet().stream()
                .map(e -> LessonWords.format("quiz.mistakeCount", name(e.getKey()), String.valueOf(e.getValue())))
                .collect(Collectors.joining(LessonWords.get("quiz.mistakeSeparator")));
    }

    /** The short name of a mistake: "z for a", "bias left out". */
    public static String name(Mistake mistake) {
        return switch (mistake) {
            case Z_FOR_A -> LessonWords.get("mistake.z-for-a");
            case A_FOR_Z -> LessonWords.get("mistake.a-for-z");
            case ACTIVATION_TWICE -> LessonWords.get("mistake.activation-twice");
            case BIAS_LEFT_OUT -> LessonWords.get("mistake.bias-left-out");
            case TERM_LEFT_OUT -> LessonWords.get("mistake.term-left-out");
            case DERIVATIVE_LEFT_OUT -> LessonWords.get("mistake.derivative-left-out");
            case DERIVATIVE_AT_A -> LessonWords.get("mistake.derivative-at-a");
            case SIGN_FLIPPED -> LessonWords.get("mistake.sign-flipped");
            case WEIGHTS_AFTER_UPDATE -> LessonWords.get("mistake.weights-after-update");
            case WRONG_LAYER_ACTIVATION -> LessonWords.get("mistake.wrong-layer-activation");
            case TRANSPOSED_INDEX -> LessonWords.get("mistake.transposed-index");
            case UPDATE_PLUS -> LessonWords.get("mistake.update-plus");
            case UPDATE_WITHOUT_RATE -> LessonWords.get("mistake.update-without-rate");
            case SUM_NOT_AVERAGE -> LessonWords.get("mistake.sum-not-average");
            case EXTRA_DERIVATIVE -> LessonWords.get("mistake.extra-derivative");
            case HALF_LEFT_OUT -> LessonWords.get("mistake.half-left-out");
            case MINUS_LEFT_OUT -> LessonWords.get("mistake.minus-left-out");
            case BIAS_INPUT_NOT_ONE -> LessonWords.get("mistake.bias-input-not-one");
        };
    }
}
