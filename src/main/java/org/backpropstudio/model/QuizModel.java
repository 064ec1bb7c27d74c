package org.backpropstudio.model;

import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.lesson.Diagnoses;
import org.backpropstudio.lesson.Diagnosis;
import org.backpropstudio.lesson.QuizCheck;
import org.backpropstudio.lesson.QuizQuestion;
import org.backpropstudio.lesson.QuizScore;

/**
 * The state of quiz mode over a {@link StudioModel}: with the quiz on, before each micro-step the
 * student predicts one value it will compute ({@link QuizQuestion#next}). {@link #check()} compares
 * the prediction typed ({@link #answerProperty()}) with the true value within the tolerance of
 * {@link QuizCheck}, counts it in the score and takes the step; when the step arrives, the
 * {@link Verdict} says whether it was right, with the step's own equation. {@link #skip()} takes
 * the step without asking. A wrong prediction that matches a classic mistake ({@link Diagnoses})
 * is named in the verdict and counted per mistake in the score. Input that is not a number is
 * refused ({@link #refusalProperty()}) and changes nothing. The score is kept for the session and
 * starts again when another is opened. Properties change on the UI thread, after the model's snapshots.
 */
public final class QuizModel {
    /**
     * An answer given and what it was worth, once its step has arrived.
     *
     * @param question the question answered
     * @param guess    the prediction
     * @param right    whether it was within the tolerance
     * @param after    the state the step led to, or null if the state moved elsewhere meanwhile
     * @param diagnosis the classic mistake a wrong guess was recognised as ({@link Diagnoses#of});
     *                  empty for a right guess and for one not recognised
     */
    public record Verdict(QuizQuestion question, double guess, boolean right, Snapshot after,
                          Optional<Diagnosis> diagnosis) {
        /** A verdict without a diagnosis. */
        public Verdict(QuizQuestion question, double guess, boolean right, Snapshot after) {
            this(question, guess, right, after, Optional.empty());
        }

        public Verdict {
            diagnosis = diagnosis == null ? Optional.empty() : diagnosis;
        }

        /** A factor beyond which a guess is called off by that factor. */
        private static final double FAR = 5;

        /** How a guess missed, to help the next one. */
        public enum Miss {
            /** The sign is the other way. */
            SIGN,
            /** Off by a factor of more than 5 ({@link #factor()}). */
            FACTOR,
            /** Neither. */
            NEAR
        }

        /** How the guess missed the true value (for a right one too: then {@link Miss#NEAR}). */
        public Miss miss() {
            double truth = question.answer();
            if (Math.signum(guess) != Math.signum(truth) && truth != 0 && guess != 0) {
                return Miss.SIGN;
            }
            double ratio = Math.abs(guess / truth);
            return truth != 0 && (ratio > FAR || ratio < 1 / FAR) ? Miss.FACTOR : Miss.NEAR;
        }

        /** How many times too large or too small the guess is: max(|guess/truth|, |truth/guess|). */
        public double factor() {
            double ratio = Math.abs(guess / question.answer());
            return Math.max(ratio, 1 / ratio);
        }

        /**
         * The equation the step computed, in {@code notation}, with its numbers; null if the state
         * after is not that step's (then the question's own formula stands for it).
         */
        public Equation explanation(Notation notation) {
            return after != null && question.step().equals(after.lastStep())
                    ? question.explanation(after, notation) : null;
        }
    }

    /** An answer checked whose step has not arrived: the verdict, and the position it was given at. */
    private record Pending(Verdict verdict, long position) {
    }

    private final StudioModel model;
    private final BooleanProperty quizOn = new SimpleBooleanProperty(this, "quizOn");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyObjectWrapper<QuizQuestion> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper sample = new ReadOnlyIntegerWrapper(this, "sample");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyObjectWrapper<QuizScore> score = new ReadOnlyObjectWrapper<>(this, "score", QuizScore.NONE);
    private final ReadOnlyBooleanWrapper waitingForStep = new ReadOnlyBooleanWrapper(this, "waitingForStep");
    private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper(this, "canAnswer");
    private final ReadOnlyBooleanWrapper canCheck = new ReadOnlyBooleanWrapper(this, "canCheck");
    private final ReadOnlyBooleanWrapper canSkip = new ReadOnlyBooleanWrapper(this, "canSkip");

    private Pending pending;
    /** The session of the last state seen, to notice that another one was opened. */
    private Session lastSession;
    private final InvalidationListener stateChanged = o -> onState();
    private final InvalidationListener nameChanged = o -> resetScore();

    /** A quiz on {@code model}'s steps; off until it is turned on. */
    public QuizModel(StudioModel model) {
        this.model = model;
        canSkip.bind(quizOn.and(waitingForStep.not()));
        canAnswer.bind(canSkip.and(question.isNotNull()));
        canCheck.bind(canAnswer.and(Bindings.createBooleanBinding(
                () -> question.get() != null && Double.isFinite(question.get().answer()), question)));
        quizOn.addListener(o -> onState());
        answer.addListener(o -> refusal.set(""));
        canSkip.addListener(o -> {
            if (!canSkip.get()) {
                refusal.set("");
            }
        });
        model.snapshotProperty().addListener(new WeakInvalidationListener(stateChanged));
        model.sessionNameProperty().addListener(new WeakInvalidationListener(nameChanged));
        onState();
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Checks the prediction typed: a number is counted in the score and the step is taken (its
     * verdict follows when it arrives); anything else is refused and changes nothing.
     */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        double guess;
        try {
            guess = Inputs.parseNumber(answer.get());
        } catch (IllegalArgumentException refused) {
            refusal.set(refused.getMessage());
            return;
        }
        QuizQuestion q = question.get();
        boolean right = QuizCheck.isRight(guess, q.answer());
        Optional<Diagnosis> diagnosis = right ? Optional.empty() : Diagnoses.of(q, guess);
        pending = new Pending(new Verdict(q, guess, right, null, diagnosis), model.snapshotProperty().get().position());
        waitingForStep.set(true);
        score.set(score.get().after(right, diagnosis.map(Diagnosis::mistake).orElse(null)));
        answer.set("");
        model.stepForward();
    }

    /** Takes the step without asking; the last verdict goes. */
    public void skip() {
        if (!canSkip.get()) {
            return;
        }
        verdict.set(null);
        answer.set("");
        refusal.set("");
        model.stepForward();
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** Whether the quiz asks before each step ("Quiz me"). */
    public BooleanProperty quizOnProperty() {
        return quizOn;
    }

    public boolean isQuizOn() {
        return quizOn.get();
    }

    public void setQuizOn(boolean value) {
        quizOn.set(value);
    }

    /** The prediction as typed. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** The question about the next step, or null (quiz off, or the next event is a hand edit). */
    public ReadOnlyObjectProperty<QuizQuestion> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /**
     * The sample of the iteration the question is about, from 1; 0 if iterations have one sample or
     * nothing is asked.
     */
    public ReadOnlyIntegerProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** Why the prediction typed was refused, or "". */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The verdict on the last answer, or null (none yet, skipped, or another session). */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The score for the session open. */
    public ReadOnlyObjectProperty<QuizScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public QuizScore getScore() {
        return score.get();
    }

    /** Whether a checked answer is waiting for its step to arrive. */
    public ReadOnlyBooleanProperty waitingForStepProperty() {
        return waitingForStep.getReadOnlyProperty();
    }

    public boolean isWaitingForStep() {
        return waitingForStep.get();
    }

    /** Whether a prediction can be typed: a question is asked and no answer waits for its step. */
    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer.getReadOnlyProperty();
    }

    /** Whether {@link #check()} would check: a prediction can be typed and the true value is finite. */
    public ReadOnlyBooleanProperty canCheckProperty() {
        return canCheck.getReadOnlyProperty();
    }

    /** Whether {@link #skip()} would step: the quiz is on and no answer waits for its step. */
    public ReadOnlyBooleanProperty canSkipProperty() {
        return canSkip.getReadOnlyProperty();
    }

    // ----------------------------------------------------------------------------------------
    // Following the state
    // ----------------------------------------------------------------------------------------

    private void onState() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        noticeNewSession(s);
        if (pending != null && s.position() != pending.position()) {
            Verdict v = pending.verdict();
            verdict.set(new Verdict(v.question(), v.guess(), v.right(),
                    s.position() == pending.position() + 1 ? s : null, v.diagnosis()));
            pending = null;
            waitingForStep.set(false);
        }
        QuizQuestion q = quizOn.get() ? QuizQuestion.next(s).orElse(null) : null;
        sample.set(q != null && q.step().slot() >= 0 && s.samplesPerIteration() > 1 ? q.step().slot() + 1 : 0);
        question.set(q);
    }

    /** Starts the score again when another session was opened (a new timeline). */
    private void noticeNewSession(Snapshot s) {
        boolean fresh = s.position() == 0 && s.length() == 0 && lastSession != null && s.session() != lastSession;
        lastSession = s.session();
        if (fresh) {
            resetScore();
        }
    }

    /** A new session: the score starts again, and the last verdict goes. */
    private void resetScore() {
        score.set(QuizScore.NONE);
        pending = null;
        waitingForStep.set(false);
        verdict.set(null);
    }
}
