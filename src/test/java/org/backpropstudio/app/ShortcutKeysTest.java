package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shortcuts own their keys: whatever control has focus, each key does its one documented action
 * once, and the focused control does not also act on it (a slider does not move, a chooser keeps
 * its choice, a tab stays, a button does not fire). Text inputs keep their editing keys.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutKeysTest {
    /** The keys that move the cursor, and where each puts it from position 3. */
    private static final List<KeyCode> MOVES = List.of(KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.LEFT,
            KeyCode.PAGE_UP, KeyCode.HOME);

    private TestWindow test;
    private StudioModel model;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, RecentFiles.standard(), RecoveryFile.standard());
        model = test.model;
        window = test.window;
        scene = test.scene;
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private void settle() throws Exception {
        test.settle();
    }

    private static long positionAfter(KeyCode key) {
        return switch (key) {
            case RIGHT, SPACE, PAGE_DOWN -> 4;
            case LEFT, PAGE_UP -> 2;
            default -> 0;
        };
    }

    /**
     * Presses every shortcut key with {@code focused} focused: each does its action exactly once,
     * and what {@code ownState} reads of the control does not change.
     */
    private void everyShortcutActsOnceAndNotTheControl(FxRobot robot, Node focused, Supplier<Object> ownState)
            throws Exception {
        robot.interact(() -> model.iterations(1));
        settle();
        for (KeyCode key : MOVES) {
            robot.interact(() -> model.seek(3));
            settle();
            assertThat(scene.getFocusOwner()).isSameAs(focused);
            Object before = ownState.get();
            robot.type(key);
            settle();
            assertThat(model.positionProperty().get()).as("%s, with %s focused", key, focused)
                    .isEqualTo(positionAfter(key));
            assertThat(ownState.get()).as("the focused control after %s", key).isEqualTo(before);
        }

        Object before = ownState.get();
        robot.type(KeyCode.P);
        settle();
        assertThat(model.playingProperty().get()).as("P plays").isTrue();
        robot.type(KeyCode.P);
        settle();
        assertThat(model.playingProperty().get()).as("P again pauses").isFalse();
        assertThat(ownState.get()).as("the focused control after P").isEqualTo(before);

        robot.type(KeyCode.S);
        assertThat(robot.lookup(".network-diagram").query().getPseudoClassStates().toString()).as("S, once")
                .contains("spotlight");
        robot.type(KeyCode.S);
        assertThat(robot.lookup(".network-diagram").query().getPseudoClassStates().toString())
                .doesNotContain("spotlight");

        AtomicInteger entered = new AtomicInteger();
        window.presentation().onProperty().addListener((obs, was, now) -> entered.addAndGet(now ? 1 : 0));
        robot.type(KeyCode.F5);
        settle();
        assertThat(window.presentation().onProperty().get()).isTrue();
        assertThat(entered).as("F5 enters presentation mode once").hasValue(1);
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(window.presentation().onProperty().get()).isFalse();
    }

    private void clickTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Label l && title.equals(l.getText()))
                .queryAs(Label.class));
    }

    @Test
    void with_the_speed_slider_focused_home_resets_and_the_slider_stays(FxRobot robot) throws Exception {
        Slider speed = robot.lookup("#speed").queryAs(Slider.class);
        robot.clickOn(speed);
        settle();
        everyShortcutActsOnceAndNotTheControl(robot, speed,
                () -> List.of(speed.getValue(), model.speedProperty().get()));
    }

    @Test
    void with_the_timeline_focused_its_thumb_only_follows_the_position(FxRobot robot) throws Exception {
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        robot.clickOn(timeline);
        settle();
        everyShortcutActsOnceAndNotTheControl(robot, timeline,
                () -> timeline.getValue() == model.positionProperty().get()
                        ? "at the position" : "moved to " + timeline.getValue());
    }

    @Test
    void with_the_stride_chooser_focused_it_keeps_its_choice_and_stays_closed(FxRobot robot) throws Exception {
        ComboBox<?> stride = robot.lookup("#stride").queryAs(ComboBox.class);
        robot.clickOn(stride);
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(stride.isShowing()).isFalse();
        everyShortcutActsOnceAndNotTheControl(robot, stride, () -> List.of(stride.getValue(), stride.isShowing()));
    }

    @Test
    void with_a_tab_focused_the_selected_tab_stays(FxRobot robot) throws Exception {
        TabPane tools = robot.lookup("#tools").queryAs(TabPane.class);
        clickTab(robot, "Quiz");
        settle();
        everyShortcutActsOnceAndNotTheControl(robot, tools, () -> tools.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void with_a_button_focused_it_does_not_fire(FxRobot robot) throws Exception {
        clickTab(robot, "Lesson");
        Button next = robot.lookup("#lesson-next").queryButton();
        robot.clickOn(next);
        settle();
        AtomicInteger fired = new AtomicInteger();
        next.addEventHandler(ActionEvent.ACTION, e -> fired.incrementAndGet());
        everyShortcutActsOnceAndNotTheControl(robot, next, () -> "fired " + fired.get() + " times");
    }

    @Test
    void with_a_toggle_button_focused_it_does_not_toggle(FxRobot robot) throws Exception {
        robot.clickOn("#plots-fold"); // no loss yet: the plots are folded to their tabs until opened
        ToggleButton logScale = robot.lookup("#loss-log-scale").queryAs(ToggleButton.class);
        robot.clickOn(logScale);
        settle();
        assertThat(logScale.isSelected()).isTrue();
        everyShortcutActsOnceAndNotTheControl(robot, logScale, logScale::isSelected);
    }

    /** Types the editing keys into {@code field} (holding "0.5", the caret at its end); none of them steps. */
    private void theEditingKeysEdit(FxRobot robot, TextInputControl field) throws Exception {
        robot.type(KeyCode.HOME);
        assertThat(field.getCaretPosition()).isZero();
        robot.type(KeyCode.P, KeyCode.SPACE);
        assertThat(field.getText()).isEqualTo("p 0.5");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(field.getCaretPosition()).isEqualTo(4);
        robot.type(KeyCode.LEFT);
        assertThat(field.getCaretPosition()).isEqualTo(3);
        settle();
        assertThat(model.positionProperty().get()).as("no step").isZero();
        assertThat(model.playingProperty().get()).isFalse();
    }

    @Test
    void text_fields_keep_their_editing_keys(FxRobot robot) throws Exception {
        clickTab(robot, "Network");
        settle();
        TextField eta = robot.lookup("#learning-rate").queryAs(TextField.class);
        robot.clickOn(eta);
        robot.interact(() -> {
            eta.setText("0.5");
            eta.end();
        });
        theEditingKeysEdit(robot, eta);

        robot.type(KeyCode.F5);
        settle();
        assertThat(window.presentation().onProperty().get()).as("F5 types nothing: still a shortcut").isTrue();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(window.presentation().onProperty().get()).isFalse();
    }

    @Test
    void an_editable_spinner_keeps_its_editing_keys(FxRobot robot) throws Exception {
        clickTab(robot, "Network");
        settle();
        Spinner<?> units = robot.lookup("#layer-row-1 .spinner").queryAs(Spinner.class);
        robot.clickOn(units.getEditor());
        robot.interact(() -> {
            units.getEditor().setText("0.5");
            units.getEditor().end();
        });
        theEditingKeysEdit(robot, units.getEditor());
    }

    @Test
    void the_parameter_editors_field_keeps_its_editing_keys(FxRobot robot) throws Exception {
        robot.clickOn("#w-2-0-0");
        settle();
        TextField field = robot.lookup("#editor-field").queryAs(TextField.class);
        robot.interact(() -> {
            field.setText("0.5");
            field.end();
        });
        theEditingKeysEdit(robot, field);
        robot.type(KeyCode.ESCAPE);
    }
}
