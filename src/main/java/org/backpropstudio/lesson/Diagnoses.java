package org.backpropstudio.lesson;

import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;

/**
 * Recognises a wrong answer to a {@link QuizQuestion} as one of the classic {@link Mistake}s, by
 * recomputing the wrong variants of that very quantity from the state the question was asked in
 * ({@link Variants} lists them).
 *
 * <p>Rules: a right answer (within {@link QuizCheck}'s tolerance of the true value) is never a
 * mistake; a variant that is itself right (within the tolerance of the true value, as f(f(z)) is
 * for a linear unit) or not finite is never diagnosed; of the variants the answer matches (within
 * the tolerance of the variant), the first in the order of priority wins: the order in which the
 * {@link Mistake} enum declares the mistakes, then, for one mistake, the order {@link Variants}
 * lists its variants in (the term k ascending).
 *
 * <p>A diagnosis links to the question's equation (the step as {@link org.backpropstudio.explain.Equations}
 * writes it) and to the card of the built-in lesson "{@value #LESSON}" that explains that step (the
 * card whose trigger is that micro-step, for the output layer or a hidden layer), where it has one.
 */
public final class Diagnoses {
    /** The lesson whose cards explain the steps: the seed's worked example. */
    static final String LESSON = "seed-walkthrough";

    private static final System.Logger LOG = System.getLogger(Diagnoses.class.getName());
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    private Diagnoses() {
    }

    /**
     * The mistake that {@code answer} to {@code question} matches (within {@link QuizCheck}'s
     * tolerance), or empty when the answer is right or matches no known mistake.
     */
    public static Optional<Diagnosis> of(QuizQuestion question, double answer) {
        double truth = question.answer();
        if (!Double.isFinite(answer) || !Double.isFinite(truth) || QuizCheck.isRight(answer, truth)) {
            return Optional.empty();
        }
        for (Variants.Variant v : Variants.of(question)) {
            if (Double.isFinite(v.value()) && !QuizCheck.isRight(v.value(), truth)
                    && QuizCheck.isRight(answer, v.value())) {
                return Optional.of(diagnosis(question, v));
            }
        }
        return Optional.empty();
    }

    private static Diagnosis diagnosis(QuizQuestion q, Variants.Variant v) {
        Equation right = q.equation(Notation.UNICODE);
        String sentence = v.sentence().write(right.lhs(), NUMBERS.format(v.value()),
                right.rhs().isEmpty() ? right.lhs() : right.lhs() + " = " + right.rhs());
        return new Diagnosis(v.mistake(), v.value(), sentence, right, Cards.forQuestion(q));
    }

    /** The cards of the lesson {@value #LESSON}, read once. */
    private static final class Cards {
        private static final Lesson SEED = load();

        private static Lesson load() {
            LessonLibrary library = LessonLibrary.builtIn();
            try {
                for (LessonLibrary.Entry e : library.entries()) {
                    if (e.id().equals(LESSON)) {
                        return library.load(e);
                    }
                }
            } catch (LessonFormatException e) {
                LOG.log(System.Logger.Level.WARNING, "the lesson " + LESSON
                        + " could not be read; diagnoses link no card", e);
            }
            return null;
        }

        /** The card whose trigger is the question's micro-step (its layer the output or a hidden one). */
        static Optional<LessonCardLink> forQuestion(QuizQuestion q) {
            if (SEED == null) {
                return Optional.empty();
            }
            MicroStep.Kind kind = q.step().kind();
            boolean output = q.step().layer() == q.origin().state().layers();
            int lessonOutput = SEED.session().network().layers();
            for (int i = 0; i < SEED.cards().size(); i++) {
                Trigger t = SEED.cards().get(i).when();
                boolean layerFits = kind == MicroStep.Kind.LOSS || kind == MicroStep.Kind.UPDATE
                        || (output ? t.layer() == lessonOutput : t.layer() < lessonOutput);
                if (t.moment() == Trigger.Moment.STEP && t.kind() == kind && layerFits) {
                    return Optional.of(new LessonCardLink(LESSON, SEED.title(), i,
                            heading(SEED.cards().get(i).text())));
                }
            }
            return Optional.empty();
        }

        /** The card's opening words in bold, without the final stop or comma; else its first words. */
        private static String heading(CardText text) {
            if (text.blocks().isEmpty()) {
                return "";
            }
            List<CardText.Span> spans = text.blocks().get(0).spans();
            String first = !spans.isEmpty() && spans.get(0).bold() ? spans.get(0).text()
                    : text.blocks().get(0).plainText();
            String words = first.strip().replaceAll("[.,:;]+$", "");
            return words.length() <= 60 ? words : words.substring(0, 60).replaceAll("\\s+\\S*$", "") + "…";
        }
    }
}
