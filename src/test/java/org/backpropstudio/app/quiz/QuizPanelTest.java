package org.backpropstudio.app.quiz;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.lesson.LessonCardLink;
import org.backpropstudio.lesson.Mistake;
import org.backpropstudio.lesson.QuizCheck;
import org.backpropstudio.lesson.QuizScore;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Quiz mode on the seed example: predictions checked, the step taken, the score kept. */
@ExtendWith(ApplicationExtension.class)
class QuizPanelTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    /** The panel's typesetting thread: the test's own. */
    private final ExecutorService typesetting = Executors.newSingleThreadExecutor();
    private StudioModel model;
    private QuizPanel panel;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.seedExample(), engine, FxThread.UI);
        panel = new QuizPanel(model, typesetting);
        stage.setScene(new Scene(panel, 460, 600));
        stage.show();
    }

    @BeforeEach
    void turnOn(FxRobot robot) throws TimeoutException {
        settle();
        robot.clickOn("#quiz-toggle");
        settle();
        assertThat(panel.quizOnProperty().get()).isTrue();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        typesetting.shutdownNow();
        fxErrors.assertNone();
    }

    private void settle() {
        Settle.model(model, () -> !panel.isTypesetting() && !panel.isWaitingForStep());
    }

    private void answer(FxRobot robot, String text) throws TimeoutException {
        robot.clickOn("#quiz-answer").write(text).clickOn("#quiz-check");
        settle();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(FxRobot robot, String id) {
        for (Node node = robot.lookup(id).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void a_right_prediction_scores_a_wrong_one_does_not_and_abc_is_refused(FxRobot robot) throws TimeoutException {
        assertThat(label(robot, "#quiz-question")).isEqualTo("What is z₁⁽¹⁾?");
        assertThat(label(robot, "#quiz-score")).isEqualTo("0 / 0");

        answer(robot, "0.3775");
        assertThat(label(robot, "#quiz-score")).isEqualTo("1 / 1");
        assertThat(panel.getScore()).isEqualTo(new QuizScore(1, 1, 1, 1));
        assertThat(label(robot, "#quiz-verdict")).startsWith("Right! z₁⁽¹⁾ =");
        assertThat(label(robot, "#quiz-explanation-text")).isEqualTo(
                "z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775");
        assertThat(model.positionProperty().get()).as("Check took the step").isEqualTo(1);
        assertThat(label(robot, "#quiz-question")).isEqualTo("What is a₁⁽¹⁾?");
        javafx.scene.Node verdict = robot.lookup("#quiz-verdict").query();
        javafx.scene.Node next = robot.lookup("#quiz-question").query();
        assertThat(verdict.localToScene(verdict.getBoundsInLocal()).getMaxY())
                .as("the verdict on the answer stays above the next question, where the eye is")
                .isLessThan(next.localToScene(next.getBoundsInLocal()).getMinY());

        answer(robot, "0.7");
        assertThat(label(robot, "#quiz-score")).isEqualTo("1 / 2");
        assertThat(label(robot, "#quiz-verdict")).isEqualTo("Not quite: a₁⁽¹⁾ = 0.59327");
        assertThat(label(robot, "#quiz-said")).isEqualTo("You said 0.7. The computation:");
        assertThat(shown(robot, "#quiz-diagnosis")).as("0.7 matches no classic mistake").isFalse();
        assertThat(label(robot, "#quiz-streak")).isEqualTo("streak 0 · best 1");
        assertThat(model.positionProperty().get()).isEqualTo(2);

        answer(robot, "abc");
        assertThat(shown(robot, "#quiz-error")).isTrue();
        assertThat(label(robot, "#quiz-error")).isEqualTo("\"abc\" is not a number.");
        assertThat(label(robot, "#quiz-score")).as("the score is unchanged").isEqualTo("1 / 2");
        assertThat(model.positionProperty().get()).as("no step was taken").isEqualTo(2);
    }

    @Test
    void z_given_for_a_is_named_above_the_next_question_and_counted(FxRobot robot) throws TimeoutException {
        answer(robot, "0.3775");
        assertThat(label(robot, "#quiz-question")).isEqualTo("What is a₁⁽¹⁾?");
        assertThat(shown(robot, "#quiz-mistakes")).as("no mistake yet").isFalse();

        answer(robot, "0.3775");
        assertThat(label(robot, "#quiz-verdict")).isEqualTo("Not quite: a₁⁽¹⁾ = 0.59327");
        assertThat(shown(robot, "#quiz-diagnosis")).isTrue();
        assertThat(label(robot, "#quiz-diagnosis")).isEqualTo("You gave z₁⁽¹⁾ = 0.3775, the weighted input: "
                + "the activation was not applied. The step is a₁⁽¹⁾ = σ(z₁⁽¹⁾).");
        assertThat(label(robot, "#quiz-said")).isEqualTo("You said 0.3775. The corrected step:");
        assertThat(label(robot, "#quiz-explanation-text"))
                .isEqualTo("a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775)) = 0.59327");
        assertThat(shown(robot, "#quiz-card")).isTrue();
        assertThat(robot.lookup("#quiz-card").queryAs(Hyperlink.class).getText())
                .isEqualTo("Read more in the lesson: The worked example, step by step, card 3: Activations");

        assertThat(label(robot, "#quiz-question")).isEqualTo("What is z₁⁽²⁾?");
        Node diagnosis = robot.lookup("#quiz-diagnosis").query();
        Node next = robot.lookup("#quiz-question").query();
        assertThat(diagnosis.localToScene(diagnosis.getBoundsInLocal()).getMaxY())
                .as("the diagnosis stays above the next question")
                .isLessThan(next.localToScene(next.getBoundsInLocal()).getMinY());
        Node field = robot.lookup("#quiz-answer").query();
        ScrollPane scroll = robot.lookup(".quiz-scroll").queryAs(ScrollPane.class);
        Node whole = robot.lookup("#quiz-panel").query();
        assertThat(field.localToScene(field.getBoundsInLocal()).getMaxY())
                .as("the field for the next answer is in view")
                .isLessThanOrEqualTo(whole.localToScene(whole.getLayoutBounds()).getMaxY());
        assertThat(shown(robot, "#quiz-rule")).as("the rule gives the verdict its room").isFalse();
        assertThat(field.getAccessibleHelp()).as("the field still has the rule").isEqualTo(QuizCheck.rule());
        assertThat(diagnosis.localToScene(diagnosis.getBoundsInLocal()).getMaxY())
                .as("the diagnosis is not scrolled away")
                .isLessThanOrEqualTo(scroll.localToScene(scroll.getLayoutBounds()).getMaxY());
        assertThat(field.isFocused()).as("the field has the focus back for the next answer").isTrue();

        assertThat(label(robot, "#quiz-score")).isEqualTo("1 / 2");
        assertThat(panel.getScore().count(Mistake.Z_FOR_A)).isEqualTo(1);
        assertThat(shown(robot, "#quiz-mistakes")).isTrue();
        assertThat(label(robot, "#quiz-mistakes")).isEqualTo("Mistakes recognised: z for a ×1");

        answer(robot, "1.106");
        assertThat(label(robot, "#quiz-verdict")).startsWith("Right!");
        assertThat(shown(robot, "#quiz-diagnosis")).as("the next answer replaces the verdict").isFalse();
        assertThat(label(robot, "#quiz-mistakes")).as("the count stays").isEqualTo("Mistakes recognised: z for a ×1");
    }

    @Test
    void the_link_under_a_diagnosis_opens_its_lesson_card(FxRobot robot) throws TimeoutException {
        java.util.List<LessonCardLink> opened = new java.util.ArrayList<>();
        robot.interact(() -> panel.setOnOpenCard(opened::add));
        answer(robot, "0.3775");
        answer(robot, "0.3775");
        robot.clickOn("#quiz-card");
        assertThat(opened).extracting(LessonCardLink::lesson, LessonCardLink::card)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("seed-walkthrough", 2));
    }

    @Test
    void the_rule_of_what_counts_as_right_is_quizchecks(FxRobot robot) {
        assertThat(label(robot, "#quiz-rule")).isEqualTo(QuizCheck.rule());
        assertThat(shown(robot, "#quiz-rule")).as("under the first question").isTrue();
    }

    @Test
    void a_decimal_comma_is_accepted(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.stepForward());
        Fx.run(() -> model.stepForward());
        settle();
        assertThat(label(robot, "#quiz-question")).isEqualTo("What is z₁⁽²⁾?");
        answer(robot, "1,106");
        assertThat(label(robot, "#quiz-score")).isEqualTo("1 / 1");
        assertThat(label(robot, "#quiz-verdict")).startsWith("Right!");
    }

    @Test
    void skip_steps_without_asking_and_a_new_session_starts_the_score_again(FxRobot robot) throws TimeoutException {
        answer(robot, "0.3775");
        robot.clickOn("#quiz-skip");
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(2);
        assertThat(label(robot, "#quiz-score")).isEqualTo("1 / 1");
        assertThat(label(robot, "#quiz-question")).isEqualTo("What is z₁⁽²⁾?");
        robot.interact(() -> model.open(TestSessions.xor(4)));
        settle();
        assertThat(label(robot, "#quiz-score")).isEqualTo("0 / 0");
        assertThat(shown(robot, "#quiz-feedback")).isFalse();
    }

    @Test
    void turned_off_it_asks_nothing(FxRobot robot) throws TimeoutException {
        assertThat(shown(robot, "#quiz-question")).isTrue();
        robot.clickOn("#quiz-toggle-label");
        settle();
        assertThat(shown(robot, "#quiz-off")).isTrue();
        assertThat(shown(robot, "#quiz-question")).isFalse();
    }
}
