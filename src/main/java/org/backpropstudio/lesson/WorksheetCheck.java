package org.backpropstudio.lesson;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One cell of a worksheet checked: the answer as typed read as a number (as people type them:
 * {@code 0.5}, {@code 0,5}, {@code −2} with a Unicode minus, {@code 1e-3}), judged right or wrong
 * by the quiz's rule ({@link QuizCheck#isRight}), and a wrong one named by {@link Diagnoses} where
 * it matches a classic mistake.
 */
public final class WorksheetCheck {
    private static final String NUMBER = "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?";

    /** What a cell holds. */
    public enum Kind {
        /** Nothing typed yet. */
        EMPTY,
        /** Something that is not a number. */
        NOT_A_NUMBER,
        /** A number within the tolerance of the true value. */
        RIGHT,
        /** A number that is not. */
        WRONG
    }

    /**
     * The verdict on one cell.
     *
     * @param kind      what the cell holds
     * @param answer    the number typed (NaN unless {@link Kind#RIGHT} or {@link Kind#WRONG})
     * @param diagnosis for a wrong answer, the mistake it matches, if any
     */
    public record Verdict(Kind kind, double answer, Optional<Diagnosis> diagnosis) {
        /** Whether the answer is right. */
        public boolean isRight() {
            return kind == Kind.RIGHT;
        }

        /** Whether a number was given. */
        public boolean isAnswered() {
            return kind == Kind.RIGHT || kind == Kind.WRONG;
        }
    }

    private WorksheetCheck() {
    }

    /** The verdict on {@code typed} (null for nothing) as the answer to {@code item}. */
    public static Verdict check(WorksheetItem item, String typed) {
        if (typed == null || typed.isBlank()) {
            return new Verdict(Kind.EMPTY, Double.NaN, Optional.empty());
        }
        OptionalDouble number = parse(typed);
        if (number.isEmpty()) {
            return new Verdict(Kind.NOT_A_NUMBER, Double.NaN, Optional.empty());
        }
        double answer = number.getAsDouble();
        if (QuizCheck.isRight(answer, item.answer())) {
            return new Verdict(Kind.RIGHT, answer, Optional.empty());
        }
        return new Verdict(Kind.WRONG, answer, Diagnoses.of(item.question(), answer));
    }

    /** The finite number in {@code typed}, if it holds one. */
    public static OptionalDouble parse(String typed) {
        String t = typed == null ? "" : typed.strip().replace('\u2212', '-').replace(',', '.');
        if (!t.matches(NUMBER)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
