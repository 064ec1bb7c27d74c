package org.backpropstudio.app.lesson;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lesson panel beside a stepper: the cards follow Step forward and Step backward. */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTest {
    private static final LessonLibrary LIBRARY = LessonLibrary.folder(Path.of("assets/lessons"));

    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    /** The panel's typesetting thread: the test's own. */
    private final ExecutorService typesetting = Executors.newSingleThreadExecutor();
    private StudioModel model;
    private LessonPanel panel;

    @Start
    void start(Stage stage) throws LessonFormatException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(LIBRARY.load("seed-walkthrough.lesson.json").session(), engine, FxThread.UI);
        panel = new LessonPanel(model, LIBRARY, typesetting);
        Button back = new Button("Step backward");
        back.setId("step-back");
        back.setOnAction(e -> model.stepBack());
        Button forward = new Button("Step forward");
        forward.setId("step-forward");
        forward.setOnAction(e -> model.stepForward());
        BorderPane root = new BorderPane(panel);
        root.setTop(new HBox(back, forward));
        stage.setScene(new Scene(root, 460, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        typesetting.shutdownNow();
        fxErrors.assertNone();
    }

    private void settle() {
        Settle.model(model, () -> !panel.isTypesetting());
    }

    private static String cardText(FxRobot robot) {
        return robot.lookup("#lesson-text").queryAs(MathText.class).getPlainText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean has(FxRobot robot, String id, String pseudoClass) {
        return robot.lookup(id).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void when_step_forward_is_clicked_the_card_advances_with_the_number_it_computed(FxRobot robot)
            throws TimeoutException {
        settle();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("1 / 14");
        assertThat(cardText(robot)).contains("Step forward");
        assertThat(shown(robot, "#lesson-banner")).isFalse();

        robot.clickOn("#step-forward");
        settle();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("2 / 14");
        assertThat(cardText(robot)).contains("0.3775");
        assertThat(label(robot, "#lesson-when")).isEqualTo("Card 2 of 14 · when z⁽¹⁾ is computed");
        assertThat(has(robot, "#lesson-card", "fresh")).as("a new card flashes").isTrue();

        robot.clickOn("#step-forward");
        settle();
        assertThat(cardText(robot)).contains("0.593269992");
        robot.clickOn("#step-forward").clickOn("#step-forward").clickOn("#step-forward");
        settle();
        assertThat(cardText(robot)).contains("0.274811083");
    }

    @Test
    void when_step_backward_is_clicked_the_earlier_card_returns(FxRobot robot) throws TimeoutException {
        robot.clickOn("#step-forward").clickOn("#step-forward");
        settle();
        assertThat(cardText(robot)).contains("0.593269992");
        robot.clickOn("#step-back");
        settle();
        assertThat(cardText(robot)).contains("0.3775");
        assertThat(label(robot, "#lesson-progress")).isEqualTo("2 / 14");
        robot.clickOn("#step-back");
        settle();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("1 / 14");
    }

    @Test
    void previous_and_next_browse_and_the_next_step_returns_to_the_card_that_applies(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#step-forward").clickOn("#step-forward");
        settle();
        robot.clickOn("#lesson-previous");
        settle();
        assertThat(cardText(robot)).contains("0.3775");
        assertThat(has(robot, "#lesson-card", "browsing")).isTrue();
        assertThat(shown(robot, "#lesson-follow")).isTrue();
        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        settle();
        assertThat(cardText(robot)).contains("1.105905967");
        robot.clickOn("#lesson-follow");
        settle();
        assertThat(cardText(robot)).contains("0.593269992");
        robot.clickOn("#lesson-previous");
        robot.clickOn("#step-forward");
        settle();
        assertThat(has(robot, "#lesson-card", "browsing")).isFalse();
        assertThat(cardText(robot)).contains("1.105905967");
    }

    @Test
    void a_cards_button_runs_its_command(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(1));
        Fx.run(() -> model.stepForward());
        settle();
        assertThat(cardText(robot)).startsWith("Iteration 2");
        assertThat(robot.lookup("#lesson-action-0").queryButton().getText()).isEqualTo("Run 100 iterations");
        robot.clickOn("#lesson-action-0");
        settle();
        assertThat(model.lossesProperty().get().count()).as("iteration 2, in progress, counts as the first of the 100")
                .isEqualTo(101);
        assertThat(cardText(robot)).startsWith("At iteration 100");
    }

    @Test
    void a_lesson_on_another_session_offers_to_open_it(FxRobot robot) throws TimeoutException {
        robot.interact(() -> panel.choose("xor"));
        settle();
        assertThat(label(robot, "#lesson-title")).isEqualTo("XOR: why a hidden layer is needed");
        assertThat(shown(robot, "#lesson-banner")).isTrue();
        assertThat(label(robot, "#lesson-banner-text")).contains("XOR (2-2-1)");
        robot.clickOn("#lesson-start");
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo("XOR (2-2-1)");
        assertThat(shown(robot, "#lesson-banner")).isFalse();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("1 / 6");
        robot.clickOn("#lesson-action-0");
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo("XOR with one unit (2-1)");
        assertThat(label(robot, "#lesson-progress")).isEqualTo("3 / 6");
        assertThat(cardText(robot)).contains("0.125");
    }

    @Test
    void a_broken_lesson_file_is_reported_with_its_place_and_the_lesson_stays(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("broken.lesson.json");
        Files.writeString(file, "{\"format\": \"backprop-studio-lesson/1\", \"title\": \"B\","
                + " \"session\": \"seed-example\","
                + " \"cards\": [{\"when\": {\"kind\": \"delta\", \"layer\": 7}, \"text\": \"x\"}]}");
        robot.interact(() -> panel.openFile(file));
        settle();
        assertThat(shown(robot, "#lesson-error")).isTrue();
        assertThat(label(robot, "#lesson-error"))
                .contains("broken.lesson.json: $.cards[0].when.layer: expected a layer from 1 to 2");
        assertThat(label(robot, "#lesson-title")).isEqualTo("The worked example, step by step");
    }

    @Test
    void another_session_with_the_same_lesson_shows_the_banner_until_it_is_opened(FxRobot robot)
            throws TimeoutException {
        robot.interact(() -> model.open(TestSessions.xor(2)));
        settle();
        assertThat(shown(robot, "#lesson-banner")).isTrue();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("– / 14");
        robot.clickOn("#lesson-start");
        settle();
        assertThat(shown(robot, "#lesson-banner")).isFalse();
        assertThat(label(robot, "#lesson-progress")).isEqualTo("1 / 14");
    }
}
