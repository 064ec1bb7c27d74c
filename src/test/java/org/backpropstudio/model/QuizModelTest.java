package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ScheduledExecutorService;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.lesson.Mistake;
import org.backpropstudio.lesson.QuizScore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quiz mode's state without a window, on the seed example: a real engine thread and a hand-driven
 * "UI thread" queue.
 */
class QuizModelTest {
    private final HandDrivenUi threads = new HandDrivenUi();
    private final ScheduledExecutorService engine = threads.engine();
    private final StudioModel model = threads.model(TestSessions.seedExample());
    private final QuizModel quiz = new QuizModel(model);

    @AfterEach
    void stop() {
        threads.close();
    }

    private void settle() throws Exception {
        threads.settle();
    }

    private void turnOn() throws Exception {
        settle();
        quiz.setQuizOn(true);
    }

    private void answer(String text) throws Exception {
        quiz.answerProperty().set(text);
        quiz.check();
        settle();
    }

    @Test
    void off_it_asks_nothing_and_steps_nothing() throws Exception {
        settle();
        assertThat(quiz.questionProperty().get()).isNull();
        assertThat(quiz.canSkipProperty().get()).isFalse();
        assertThat(quiz.canCheckProperty().get()).isFalse();
        quiz.answerProperty().set("0.3775");
        quiz.check();
        quiz.skip();
        settle();
        assertThat(model.positionProperty().get()).isZero();
        assertThat(quiz.getScore()).isEqualTo(QuizScore.NONE);
    }

    @Test
    void a_classic_mistake_is_named_in_the_verdict_and_counted_in_the_score() throws Exception {
        turnOn();
        answer("0.3775");
        answer("0.3775");
        QuizModel.Verdict verdict = quiz.verdictProperty().get();
        assertThat(verdict.right()).isFalse();
        assertThat(verdict.diagnosis()).map(d -> d.mistake()).contains(Mistake.Z_FOR_A);
        assertThat(quiz.getScore().count(Mistake.Z_FOR_A)).isEqualTo(1);
        assertThat(quiz.getScore().asked()).isEqualTo(2);

        answer("5");
        assertThat(quiz.verdictProperty().get().diagnosis()).as("5 matches no mistake").isEmpty();
        assertThat(quiz.getScore().mistakes()).containsOnlyKeys(Mistake.Z_FOR_A);
        assertThat(quiz.getScore().right()).isEqualTo(1);
    }

    @Test
    void a_right_prediction_scores_takes_the_step_and_explains_it() throws Exception {
        turnOn();
        assertThat(quiz.questionProperty().get().question()).isEqualTo("What is z₁⁽¹⁾?");
        assertThat(quiz.canCheckProperty().get()).isTrue();

        quiz.answerProperty().set("0.3775");
        quiz.check();
        assertThat(quiz.isWaitingForStep()).isTrue();
        assertThat(quiz.canAnswerProperty().get()).isFalse();
        assertThat(quiz.canSkipProperty().get()).isFalse();
        assertThat(quiz.answerProperty().get()).as("the field is cleared").isEmpty();
        settle();

        assertThat(quiz.isWaitingForStep()).isFalse();
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(1, 1, 1, 1));
        assertThat(model.positionProperty().get()).isEqualTo(1);
        QuizModel.Verdict verdict = quiz.verdictProperty().get();
        assertThat(verdict.right()).isTrue();
        assertThat(verdict.guess()).isEqualTo(0.3775);
        assertThat(verdict.explanation(Notation.UNICODE).line())
                .isEqualTo("z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775");
        assertThat(quiz.questionProperty().get().question()).isEqualTo("What is a₁⁽¹⁾?");
    }

    @Test
    void a_wrong_prediction_counts_and_ends_the_streak() throws Exception {
        turnOn();
        answer("0.3775");
        answer("0,7");
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(1, 2, 0, 1));
        assertThat(quiz.verdictProperty().get().right()).isFalse();
        assertThat(quiz.verdictProperty().get().miss()).isEqualTo(QuizModel.Verdict.Miss.NEAR);
        assertThat(model.positionProperty().get()).isEqualTo(2);

        answer("-1.1");
        assertThat(quiz.verdictProperty().get().miss()).as("z₁⁽²⁾ = 1.106").isEqualTo(QuizModel.Verdict.Miss.SIGN);
        answer("0.1");
        assertThat(quiz.verdictProperty().get().miss()).as("a₁⁽²⁾ = 0.751").isEqualTo(QuizModel.Verdict.Miss.FACTOR);
        assertThat(quiz.verdictProperty().get().factor()).isCloseTo(7.51, within(Tolerance.printed(2)));
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(1, 4, 0, 1));
    }

    @Test
    void what_is_not_a_number_is_refused_and_changes_nothing_until_it_is_retyped() throws Exception {
        turnOn();
        answer("abc");
        assertThat(quiz.refusalProperty().get()).isEqualTo("\"abc\" is not a number.");
        assertThat(quiz.getScore()).isEqualTo(QuizScore.NONE);
        assertThat(model.positionProperty().get()).isZero();
        quiz.answerProperty().set("0.37");
        assertThat(quiz.refusalProperty().get()).isEmpty();

        answer("");
        assertThat(quiz.refusalProperty().get()).isEqualTo("Type a number.");
        quiz.setQuizOn(false);
        assertThat(quiz.refusalProperty().get()).as("turned off, nothing is refused").isEmpty();
    }

    @Test
    void skip_steps_without_asking_and_the_last_verdict_goes() throws Exception {
        turnOn();
        answer("0.3775");
        quiz.skip();
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(2);
        assertThat(quiz.getScore()).isEqualTo(new QuizScore(1, 1, 1, 1));
        assertThat(quiz.verdictProperty().get()).isNull();
        assertThat(quiz.questionProperty().get().question()).isEqualTo("What is z₁⁽²⁾?");
    }

    @Test
    void a_verdict_whose_step_was_passed_names_no_step_equation() throws Exception {
        turnOn();
        quiz.answerProperty().set("0.3775");
        quiz.check();
        model.stepForward();
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(2);
        assertThat(quiz.verdictProperty().get().right()).isTrue();
        assertThat(quiz.verdictProperty().get().after()).isNull();
        assertThat(quiz.verdictProperty().get().explanation(Notation.UNICODE)).isNull();
    }

    @Test
    void another_session_starts_the_score_again() throws Exception {
        turnOn();
        answer("0.3775");
        model.open(TestSessions.xor(4));
        settle();
        assertThat(quiz.getScore()).isEqualTo(QuizScore.NONE);
        assertThat(quiz.verdictProperty().get()).isNull();
    }

    @Test
    void with_several_samples_an_iteration_the_question_names_its_sample() throws Exception {
        model.open(TestSessions.xor(4));
        turnOn();
        assertThat(quiz.sampleProperty().get()).isEqualTo(1);
        model.iterations(1);
        settle();
        assertThat(quiz.sampleProperty().get()).as("a new iteration starts at its first sample").isEqualTo(1);
        for (int i = 0; i < 2 * 2 + 3 + 2; i++) {
            model.stepForward();
        }
        settle();
        assertThat(quiz.questionProperty().get().step().slot()).isEqualTo(1);
        assertThat(quiz.sampleProperty().get()).isEqualTo(2);

        model.open(TestSessions.seedExample());
        settle();
        assertThat(quiz.sampleProperty().get()).as("one sample an iteration: none named").isZero();
    }
}
