package org.backpropstudio.app.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.app.Settle;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Draw a digit through its real controls: drawing by mouse and keys, the reading, adding, undoing. */
@ExtendWith(ApplicationExtension.class)
class DrawDigitPaneTest {
    private static final int TRAINING = 1437;
    private final FxErrors errors = new FxErrors();
    private ScheduledExecutorService engine;
    private StudioModel model;
    private DrawDigitPane pane;

    @Start
    void start(Stage stage) {
        errors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(DrawSessions.digits(), engine, FxThread.UI);
        pane = new DrawDigitPane(model);
        stage.setScene(new Scene(pane, 800, 600));
        stage.show();
    }

    @BeforeEach
    void settle() {
        Settle.model(model);
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        errors.assertNone();
    }

    private DrawingPad pad(FxRobot robot) {
        return robot.lookup("#drawing-pad").queryAs(DrawingPad.class);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A point of the pad, {@code x} and {@code y} from 0 to 1 across its drawing. */
    private Point2D at(FxRobot robot, double x, double y) {
        Node canvas = pad(robot).getChildrenUnmodifiable().get(0);
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        return new Point2D(b.getMinX() + x * b.getWidth(), b.getMinY() + y * b.getHeight());
    }

    /** Draws a one: a stroke down the middle of the pad. */
    private void drawAOne(FxRobot robot) {
        robot.drag(at(robot, 0.5, 0.1), MouseButton.PRIMARY).moveTo(at(robot, 0.5, 0.5)).moveTo(at(robot, 0.5, 0.9))
                .release(MouseButton.PRIMARY);
        Settle.model(model);
    }

    private void chooseLabel(FxRobot robot, int digit) {
        robot.clickOn("#draw-label");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(String.valueOf(digit)))
                .queryAs(Node.class));
    }

    @Test
    void a_digit_drawn_by_dragging_is_read_added_to_the_training_set_and_taken_back_by_undo(FxRobot robot) {
        assertThat(text(robot, "#draw-reading")).startsWith("The pad is empty");
        drawAOne(robot);
        PadCells cells = pad(robot).cells();
        assertThat(cells.inkedCount()).as("a stroke three cells wide down most of the pad").isGreaterThan(60);
        assertThat(text(robot, "#draw-reading")).startsWith("The network reads ").endsWith("%)");
        double[] drawn = cells.picture();

        chooseLabel(robot, 1);
        robot.clickOn("#draw-add-training");
        Settle.model(model);
        Dataset data = model.snapshotProperty().get().session().dataset();
        assertThat(data.size()).isEqualTo(TRAINING + 1);
        assertThat(data.inputRow(TRAINING)).containsExactly(drawn);
        assertThat(data.targetRow(TRAINING)).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(data.test().orElseThrow().size()).as("the test set kept").isEqualTo(360);
        assertThat(data.image()).as("the picture kept").isPresent();
        assertThat(model.lengthProperty().get()).as("one edit on the timeline").isEqualTo(1);
        assertThat(text(robot, "#draw-message")).contains("sample 1,438", "labelled 1");
        assertThat(pad(robot).cells().isEmpty()).as("a clean pad for the next one").isTrue();

        Fx.run(model::undo);
        Settle.model(model);
        robot.interact(() -> { });
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(TRAINING);
        assertThat(text(robot, "#draw-message")).as("no word of a sample that is gone").isEmpty();
    }

    @Test
    void a_drawing_goes_to_the_test_set_too(FxRobot robot) {
        drawAOne(robot);
        chooseLabel(robot, 7);
        robot.clickOn("#draw-add-test");
        Settle.model(model);
        Dataset data = model.snapshotProperty().get().session().dataset();
        assertThat(data.size()).isEqualTo(TRAINING);
        assertThat(data.test().orElseThrow().size()).isEqualTo(361);
        assertThat(data.test().orElseThrow().targetRow(360)[7]).isEqualTo(1);
        assertThat(text(robot, "#draw-message")).contains("test sample 361");
    }

    @Test
    void an_empty_pad_or_no_label_is_refused_and_changes_nothing(FxRobot robot) {
        robot.clickOn("#draw-add-training");
        assertThat(text(robot, "#draw-message")).startsWith("Draw the digit first");
        drawAOne(robot);
        robot.clickOn("#draw-add-test");
        assertThat(text(robot, "#draw-message")).startsWith("Choose which digit");
        Settle.model(model);
        assertThat(model.lengthProperty().get()).isZero();
        robot.clickOn("#draw-clear");
        assertThat(pad(robot).cells().isEmpty()).isTrue();
    }

    @Test
    void the_keyboard_draws_too_and_the_pad_says_what_it_holds(FxRobot robot) {
        robot.interact(() -> pad(robot).requestFocus());
        robot.type(KeyCode.SPACE);
        assertThat(pad(robot).cells().inkedCount()).isEqualTo(9);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 3).release(KeyCode.SHIFT);
        assertThat(pad(robot).cells().inkedCount()).isEqualTo(18);
        assertThat(pad(robot).getAccessibleText()).contains("32 by 32 cells, 18 inked", "row 20, column 17, inked");
        robot.type(KeyCode.RIGHT, 5).type(KeyCode.DELETE);
        assertThat(pad(robot).getAccessibleText()).contains("column 22, blank");
        robot.type(KeyCode.LEFT, 5).type(KeyCode.DELETE);
        assertThat(pad(robot).cells().inkedCount()).isEqualTo(9);
    }

    @Test
    void the_reading_follows_the_network_and_a_session_without_a_picture_says_where_to_draw(FxRobot robot) {
        drawAOne(robot);
        String before = text(robot, "#draw-bar-value-0") + text(robot, "#draw-bar-value-1");
        Fx.run(() -> model.iterations(20));
        Settle.model(model);
        robot.interact(() -> { });
        assertThat(text(robot, "#draw-bar-value-0") + text(robot, "#draw-bar-value-1")).isNotEqualTo(before);

        Fx.run(() -> model.open(TestSessions.xor(1)));
        Settle.model(model);
        robot.interact(() -> { });
        assertThat(robot.lookup("#draw-placeholder").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#draw-placeholder")).contains("Handwritten digits");
    }
}
