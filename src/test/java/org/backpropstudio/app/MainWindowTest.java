package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.HistoryOutcome;
import org.backpropstudio.model.SavedState;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a student uses it: the real buttons and keys, the seed's worked example. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    /** The labels whose text the story follows. */
    private static final String[] WATCHED = {
        "#z-1-0", "#z-1-1", "#a-1-0", "#a-1-1", "#z-2-0", "#a-2-0",
        "#delta-2-0", "#delta-1-0", "#delta-1-1", "#w-2-0-0", "#w-1-0-0",
    };

    private final List<Throwable> uncaught = new ArrayList<>();
    private ScheduledExecutorService engineThread;
    private StudioModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        engineThread = StudioApp.newEngineThread();
        Documents documents = new Documents(stage);
        Documents.Opened seed = documents.initialSession(java.util.Optional.empty());
        model = new StudioModel(seed.session(), engineThread, FxThread.UI);
        window = new MainWindow(model, documents, seed, org.backpropstudio.io.RecoveryFile.standard());
        Scene scene = new Scene(window.root(), 1280, 800);
        window.install(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // as TestWindow does: the stage the tests before used may have been left small
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @BeforeEach
    void watchForUncaughtExceptions() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        settle();
    }

    @AfterEach
    void noUncaughtException() {
        engineThread.shutdownNow();
        assertThat(uncaught).isEmpty();
    }

    private void settle() {
        Settle.model(model);
    }

    private String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private Map<String, String> watched(FxRobot robot) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : WATCHED) {
            texts.put(id, text(robot, id));
        }
        return texts;
    }

    /** The plain text of every equation the panel shows, one per line. */
    private String equation(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        for (Node node : robot.lookup(n -> n.getId() != null && n.getId().startsWith("equation-text-")).queryAll()) {
            all.append(((Labeled) node).getText()).append('\n');
        }
        return all.toString();
    }

    @Test
    void step_forward_through_one_iteration_shows_each_quantity_of_the_seed_example(FxRobot robot) throws Exception {
        assertThat(text(robot, "#z-1-0")).isEqualTo("z —");
        assertThat(text(robot, "#a-2-0")).isEqualTo("a —");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#z-1-0")).isEqualTo("z 0.3775");
        assertThat(text(robot, "#z-1-1")).isEqualTo("z 0.3925");
        assertThat(text(robot, "#a-1-0")).isEqualTo("a —");
        assertThat(equation(robot)).contains("0.15·0.05").contains("0.3775");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#a-1-0")).isEqualTo("a 0.5933");
        assertThat(text(robot, "#a-1-1")).isEqualTo("a 0.5969");
        assertThat(equation(robot)).contains("0.59327");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#z-2-0")).isEqualTo("z 1.106");
        assertThat(equation(robot)).contains("1.10591");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#a-2-0")).isEqualTo("a 0.7514");
        assertThat(equation(robot)).contains("0.751365");

        robot.clickOn("#step-forward");
        settle();
        assertThat(robot.lookup("#crumb-loss").queryLabeled().getPseudoClassStates().toString()).contains("active");
        assertThat(equation(robot)).contains("0.274811");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#delta-2-0")).isEqualTo("δ 0.1385");
        assertThat(text(robot, "#delta-1-0")).isEqualTo("δ —");
        assertThat(equation(robot)).contains("0.138499");

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#delta-1-0")).startsWith("δ 0.0133");
        assertThat(text(robot, "#dw-2-0-0")).isEmpty();

        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#dw-2-0-0")).contains("0.08217");
        assertThat(equation(robot)).contains("0.082167");

        robot.clickOn("#step-forward");
        robot.clickOn("#step-forward");
        settle();
        assertThat(text(robot, "#w-2-0-0")).contains("0.3589");
        assertThat(equation(robot)).contains("0.358916");
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 10 of 10");
    }

    @Test
    void each_step_taken_by_hand_is_announced_with_what_it_computed(FxRobot robot) throws Exception {
        javafx.scene.Node announcement = robot.lookup("#step-announcement").query();
        robot.clickOn("#step-forward");
        settle();
        assertThat(Fx.call(() -> announcement.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .isEqualTo("Forward: z⁽¹⁾ of sample 1. z₁⁽¹⁾ = 0.3775, z₂⁽¹⁾ = 0.3925");
        robot.clickOn("#step-forward");
        settle();
        assertThat(Fx.call(() -> announcement.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .startsWith("Forward: a⁽¹⁾ of sample 1. a₁⁽¹⁾ = 0.59327");
        robot.clickOn("#step-back");
        settle();
        assertThat(Fx.call(() -> announcement.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .as("stepping back says where it is again").startsWith("Forward: z⁽¹⁾ of sample 1.");
    }

    @Test
    void the_arrow_keys_move_through_the_diagram_and_enter_opens_the_editor_of_the_focused_number(FxRobot robot)
            throws Exception {
        settle();
        // the tags placed first: a hidden tag takes no focus
        javafx.scene.Node tag = robot.lookup("#tag-2-0-0").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Fx.call(() -> tag.isVisible() && tag.getParent().isVisible()));
        robot.interact(() -> robot.lookup("#neuron-1-0").query().requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(focused(robot)).isEqualTo("neuron-1-1");
        robot.type(KeyCode.RIGHT);
        assertThat(focused(robot)).isEqualTo("neuron-2-0");
        robot.type(KeyCode.LEFT);
        assertThat(focused(robot)).as("into the unit's incoming weights").isEqualTo("tag-2-0-0");
        robot.type(KeyCode.DOWN);
        assertThat(focused(robot)).isEqualTo("tag-2-0-1");
        robot.type(KeyCode.LEFT);
        assertThat(focused(robot)).as("the unit the weight comes from").isEqualTo("neuron-1-1");
        settle();
        assertThat(model.positionProperty().get()).as("no arrow key stepped the network").isZero();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-field").tryQuery().isPresent()
                && robot.lookup("#editor-field").query().isVisible());
        assertThat(text(robot, "#editor-symbol")).isEqualTo("b₂⁽¹⁾");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.RIGHT);
        settle();
        assertThat(model.positionProperty().get()).as("the editor closed; Right on a card moves, not steps").isZero();
    }

    private static String focused(FxRobot robot) {
        return Fx.call(() -> {
            javafx.scene.Node owner = robot.lookup("#neuron-1-0").query().getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    @Test
    void a_tab_makes_its_content_when_first_opened_and_keeps_it(FxRobot robot) throws Exception {
        javafx.scene.control.TabPane tools = robot.lookup("#tools").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab data = tools.getTabs().stream().filter(t -> "tab-data".equals(t.getId())).findFirst()
                .orElseThrow();
        assertThat(data.getContent()).as("not made before anyone opens it").isNull();
        robot.clickOn(robot.lookup(".tab-label")
                .match(n -> n instanceof javafx.scene.control.Label l && "Data".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        settle();
        assertThat(data.isSelected()).isTrue();
        javafx.scene.Node made = data.getContent();
        assertThat(made).isInstanceOf(org.backpropstudio.app.editor.DataEditor.class);
        assertThat(robot.lookup("#data-table").tryQuery()).isPresent();
        robot.interact(() -> tools.getSelectionModel().select(0));
        robot.interact(() -> tools.getSelectionModel().select(data));
        assertThat(data.getContent()).isSameAs(made);
    }

    @Test
    void step_backward_returns_every_label_to_its_earlier_text(FxRobot robot) throws Exception {
        List<Map<String, String>> seen = new ArrayList<>();
        seen.add(watched(robot));
        for (int i = 0; i < 12; i++) {
            robot.clickOn("#step-forward");
            settle();
            seen.add(watched(robot));
        }
        for (int i = 11; i >= 0; i--) {
            robot.clickOn("#step-back");
            settle();
            assertThat(watched(robot)).as("after stepping back to micro-step %d", i).isEqualTo(seen.get(i));
        }
        assertThat(robot.lookup("#step-back").queryButton().isDisabled()).isTrue();
    }

    @Test
    void play_then_pause_leaves_a_consistent_state_and_the_loss_curve_grows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.strideProperty().set(Stride.ITERATION);
            model.speedProperty().set(StudioModel.MAX_SPEED);
        });
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.lossesProperty().get().count() >= 50);
        robot.clickOn("#play");
        settle();
        assertThat(model.playingProperty().get()).isFalse();
        assertThat(text(robot, "#play")).isEqualTo("Play");
        long iterations = model.lossesProperty().get().count();
        assertThat(iterations).isGreaterThanOrEqualTo(50);
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 10 of 10");
        assertThat(text(robot, "#iteration-counter"))
                .isEqualTo(String.format(java.util.Locale.ROOT, "Iteration %,d", iterations));
        assertThat(((org.backpropstudio.app.chart.LossChart) robot.lookup("#loss-chart").query()).drawnIterations())
                .isEqualTo(iterations);
        assertThat(model.lossesProperty().get().last()).isLessThan(model.snapshotProperty().get().losses().max()[0]);
    }

    @Test
    void keyboard_shortcuts_step_back_reset_and_play(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 2 of 10");
        robot.type(KeyCode.LEFT);
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 1 of 10");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.HOME);
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 0 of 10");
        assertThat(text(robot, "#z-1-0")).isEqualTo("z —");
        robot.type(KeyCode.P);
        settle();
        assertThat(model.playingProperty().get()).isTrue();
        robot.type(KeyCode.P);
        settle();
        assertThat(model.playingProperty().get()).isFalse();
    }

    @Test
    void the_timeline_scrubber_goes_back_to_an_earlier_point(FxRobot robot) throws Exception {
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#step-forward");
        }
        settle();
        Map<String, String> atSix = watched(robot);
        robot.interact(() -> ((javafx.scene.control.Slider) robot.lookup("#timeline").query()).setValue(2));
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 2 of 10");
        assertThat(text(robot, "#z-2-0")).isEqualTo("z —");
        robot.interact(() -> ((javafx.scene.control.Slider) robot.lookup("#timeline").query()).setValue(6));
        settle();
        assertThat(watched(robot)).isEqualTo(atSix);
    }

    @Test
    void the_timeline_thumb_sits_at_the_position_after_a_long_history_is_opened_and_after_seeks(FxRobot robot)
            throws Exception {
        Fx.run(() -> model.iterations(20_000));
        settle();
        SavedState state = model.state().get(5, TimeUnit.SECONDS);
        org.backpropstudio.core.Session seed = model.snapshotProperty().get().session();
        robot.interact(() -> model.open(seed));
        settle();
        org.backpropstudio.core.HistoryResume resume = org.backpropstudio.core.HistoryResume.prepare(state.history(),
                state.current(), org.backpropstudio.core.Limits.MAX_REPLAY);
        var opened = WaitForAsyncUtils.asyncFx(() -> model.open(state.current(), resume, "Long")).get();
        assertThat(opened.get(10, TimeUnit.SECONDS).restored()).isEqualTo(HistoryOutcome.Restored.RESTORED);
        settle();
        javafx.scene.control.Slider timeline = robot.lookup("#timeline").queryAs(javafx.scene.control.Slider.class);
        assertThat(model.positionProperty().get()).isEqualTo(200_000);
        assertThat(timeline.getMax()).isEqualTo(200_000);
        assertThat(timeline.getValue()).as("the thumb at the end, where the counter says").isEqualTo(200_000);
        assertThat(text(robot, "#timeline-label")).isEqualTo("event 200,000 of 200,000");

        for (long p : new long[] {123_457, 0, 200_000}) {
            robot.interact(() -> model.seek(p));
            settle();
            assertThat(timeline.getValue()).isEqualTo(p);
            assertThat(timeline.getMax()).isEqualTo(200_000);
        }
        robot.clickOn("#step-forward");
        settle();
        assertThat(timeline.getMax()).isEqualTo(200_001);
        assertThat(timeline.getValue()).as("a step past the end").isEqualTo(200_001);
    }

    @Test
    void presentation_mode_keeps_every_weight_of_the_seed_example_labelled(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("1-0-0", "1-0-1", "1-1-0", "1-1-1", "2-0-0", "2-0-1")) {
            javafx.scene.Node tag = robot.lookup("#tag-" + id).query();
            assertThat(Fx.call(() -> tag.isVisible() && tag.getParent().isVisible())).as("the tag of w " + id).isTrue();
        }
        robot.type(KeyCode.ESCAPE);
        settle();
    }

    @Test
    void presentation_mode_with_clicker_keys_and_zoom(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        settle();
        assertThat(window.presentation().onProperty().get()).isTrue();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isFalse();
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 2 of 10");
        robot.type(KeyCode.PAGE_UP);
        settle();
        assertThat(text(robot, "#step-counter")).isEqualTo("Step 1 of 10");
        double zoom = window.presentation().zoom();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(window.presentation().zoom()).isGreaterThan(zoom);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(window.presentation().zoom()).isEqualTo(1.0);
        robot.type(KeyCode.S);
        assertThat(robot.lookup(".network-diagram").query().getPseudoClassStates().toString()).contains("spotlight");
        robot.type(KeyCode.S);
        assertThat(robot.lookup(".network-diagram").query().getPseudoClassStates().toString())
                .doesNotContain("spotlight");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(window.presentation().onProperty().get()).isFalse();
        assertThat(robot.lookup("#menu-bar").query().isVisible()).isTrue();
    }
}
