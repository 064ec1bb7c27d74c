package org.backpropstudio.app.equations;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Stride;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EquationPanelTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    /** The panel's typesetting thread, handed in as the window hands in its own. */
    private ExecutorService typesetting;
    private StudioModel model;
    private EquationPanel panel;
    /** Whether each typesetting takes 0.4 s, longer than the panel waits between refreshes while playing. */
    private volatile boolean slowTypesetting;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.seedExample(), engine, FxThread.UI);
        typesetting = Executors.newSingleThreadExecutor();
        panel = new EquationPanel(model, task -> typesetting.execute(() -> {
            if (slowTypesetting) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(400)); // a busy machine's typesetting
            }
            task.run();
        }));
        stage.setScene(new Scene(panel, 560, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        typesetting.shutdownNow();
        fxErrors.assertNone();
    }

    /** Waits until the model has run every command and the panel shows the result. */
    private void settle() {
        Settle.model(model, () -> !panel.isTypesetting());
    }

    private void steps(int n) throws TimeoutException {
        for (int i = 0; i < n; i++) {
            Fx.run(() -> model.stepForward());
        }
        settle();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<String> equationTexts(FxRobot robot) {
        return robot.lookup(".equation-text").queryAllAs(Label.class).stream()
                .sorted((a, b) -> Integer.compare(index(a), index(b)))
                .map(Label::getText).collect(Collectors.toList());
    }

    private static int index(Node n) {
        return Integer.parseInt(n.getId().substring("equation-text-".length()));
    }

    private boolean visible(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void at_the_start_the_panel_says_how_to_begin(FxRobot robot) throws TimeoutException {
        settle();
        assertThat(robot.lookup("#equation-panel").tryQuery()).isPresent();
        assertThat(text(robot, "#equation-hint")).startsWith("Press Step forward (→) to compute z⁽¹⁾");
        assertThat(text(robot, "#equation-heading")).isEqualTo("Forward: z⁽¹⁾ of sample 1");
        assertThat(text(robot, "#equation-text-0")).isEqualTo("z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾");
        assertThat(visible(robot, "#equation-back")).isFalse();
    }

    @Test
    void after_one_step_z_appears_with_its_numbers(FxRobot robot) throws TimeoutException {
        steps(1);
        assertThat(text(robot, "#equation-heading")).isEqualTo("Forward: z⁽¹⁾ of sample 1");
        assertThat(text(robot, "#equation-kicker")).isEqualTo("Iteration 1 · step 1 of 10");
        assertThat(text(robot, "#equation-text-0"))
                .isEqualTo("z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775");
        assertThat(text(robot, "#equation-text-1")).endsWith("= 0.3925");
        assertThat(visible(robot, "#equation-hint")).isFalse();
        assertThat(robot.lookup("#equation-0 .tex").queryAll()).as("symbols, numbers, result").hasSize(3);
        assertThat(robot.lookup("#equation-0 .tex.result").queryAll()).hasSize(1);
        assertThat(robot.lookup("#equation-0 .equation-meaning").queryAs(Label.class).getText())
                .startsWith("The weighted input of a unit in hidden layer 1");
        assertThat(robot.lookup("#equation-1 .equation-meaning").tryQuery().map(Node::isVisible).orElse(false))
                .as("the same sentence is not repeated under the next unit").isFalse();
    }

    /**
     * While playing on a busy machine, where typesetting takes longer than the panel waits between
     * refreshes, the lines being typeset are still shown: a newer snapshot waits for them instead of
     * superseding them (which left the lines of the step before play under the new words).
     */
    @Test
    void while_playing_slow_typesetting_still_shows_its_lines(FxRobot robot) throws TimeoutException {
        settle();
        slowTypesetting = true;
        Fx.run(() -> {
            model.strideProperty().set(Stride.ITERATION);
            model.speedProperty().set(StudioModel.MAX_SPEED);
            model.play();
        });
        long before = Fx.call(panel::typesetCount);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(panel::typesetCount) >= before + 3);
        assertThat(Fx.call(() -> model.playingProperty().get())).isTrue();
        assertThat(robot.lookup("#equation-0 .tex").queryAll()).isNotEmpty();
        Fx.run(() -> model.pause());
        settle();
        slowTypesetting = false;
    }

    @Test
    void the_words_follow_the_state_at_once_and_the_typeset_lines_follow_them(FxRobot robot) throws TimeoutException {
        settle();
        Fx.run(() -> model.stepForward());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#equation-text-0")).endsWith("= 0.3775");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panel.isTypesetting());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#equation-0 .tex").queryAll()).hasSize(3);
    }

    @Test
    void after_the_update_each_parameter_shows_its_new_value(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(1));
        settle();
        assertThat(text(robot, "#equation-heading")).isEqualTo("Update: all weights and biases");
        assertThat(equationTexts(robot)).hasSize(9)
                .anyMatch(line -> line.startsWith("w₁₁⁽²⁾⁺ = w₁₁⁽²⁾ − η·∂J/∂w₁₁⁽²⁾ = 0.4 − 0.5·")
                        && line.endsWith("= 0.358916"));
        assertThat(visible(robot, "#equation-show-all")).isFalse();
    }

    @Test
    void selecting_the_output_unit_after_the_backward_step_shows_its_delta(FxRobot robot) throws TimeoutException {
        steps(6);
        assertThat(text(robot, "#equation-heading")).isEqualTo("Backward: δ⁽²⁾ of sample 1 (output layer)");
        robot.interact(() -> model.selectionProperty().set(new Selection.Neuron(2, 0)));
        settle();

        assertThat(text(robot, "#equation-heading")).isEqualTo("Unit 1 of the output layer");
        assertThat(text(robot, "#equation-kicker")).isEqualTo("Selected");
        assertThat(equationTexts(robot)).hasSize(3);
        assertThat(equationTexts(robot).get(2)).startsWith("δ₁⁽²⁾ = (a₁⁽²⁾ − y₁)·a₁⁽²⁾(1 − a₁⁽²⁾)");
        assertThat(text(robot, "#equation-pending"))
                .isEqualTo("Not yet computed in this iteration: its bias's gradient and its bias's update.");
        assertThat(visible(robot, "#equation-back")).isTrue();

        robot.clickOn("#equation-back");
        settle();
        assertThat(model.selectionProperty().get()).isNull();
        assertThat(text(robot, "#equation-heading")).isEqualTo("Backward: δ⁽²⁾ of sample 1 (output layer)");
        assertThat(visible(robot, "#equation-back")).isFalse();
        assertThat(visible(robot, "#equation-pending")).isFalse();
    }

    @Test
    void a_weight_whose_gradient_is_still_to_come_says_so(FxRobot robot) throws TimeoutException {
        steps(3);
        robot.interact(() -> model.selectionProperty().set(new Selection.Weight(2, 0, 1)));
        settle();
        assertThat(text(robot, "#equation-heading")).isEqualTo("Weight w₁₂⁽²⁾");
        assertThat(text(robot, "#equation-subheading"))
                .isEqualTo("From unit 2 of hidden layer 1 to unit 1 of the output layer");
        assertThat(equationTexts(robot)).singleElement().asString()
                .startsWith("z₁⁽²⁾ = w₁₁⁽²⁾a₁⁽¹⁾ + w₁₂⁽²⁾a₂⁽¹⁾ + b₁⁽²⁾");
        assertThat(text(robot, "#equation-pending"))
                .isEqualTo("Not yet computed in this iteration: its gradient ∂J/∂w and its update.");
    }

    @Test
    void with_cross_entropy_the_output_delta_takes_the_shortcut_and_says_why(FxRobot robot) throws TimeoutException {
        Session seed = TestSessions.seedExample();
        robot.interact(() -> model.open(new Session("Cross-entropy", seed.network(), Loss.CROSS_ENTROPY, 0.5,
                BatchMode.FULL, seed.dataset())));
        steps(6);
        robot.interact(() -> model.selectionProperty().set(new Selection.Neuron(2, 0)));
        settle();
        assertThat(equationTexts(robot).get(2)).startsWith("δ₁⁽²⁾ = a₁⁽²⁾ − y₁ = ");
        assertThat(robot.lookup("#equation-2 .equation-meaning").queryAs(Label.class).getText())
                .contains("so δ = a − y");
    }

    @Test
    void a_long_update_shows_the_first_few_and_expands_on_request(FxRobot robot) throws TimeoutException {
        int[] units = {2, 4, 4, 1};
        Activation[] f = {null, Activation.TANH, Activation.TANH, Activation.SIGMOID};
        Dataset data = new Dataset(new double[][] {{0, 1}, {1, 0}}, new double[][] {{1}, {1}});
        robot.interact(() -> model.open(new Session("Deeper", Initializer.random(units, f, 42), Loss.SQUARED_ERROR,
                0.5, BatchMode.FULL, data)));
        Fx.run(() -> model.iterations(1));
        settle();
        assertThat(equationTexts(robot)).hasSize(SheetMaker.COLLAPSED);
        assertThat(robot.lookup("#equation-show-all").queryLabeled().getText()).isEqualTo("Show all 37");
        assertThat(text(robot, "#equation-count")).isEqualTo("The first 6 of 37 equations");

        robot.clickOn("#equation-show-all");
        settle();
        assertThat(equationTexts(robot)).hasSize(37);
        assertThat(robot.lookup("#equation-36").tryQuery()).isPresent();

        Fx.run(() -> model.stepForward());
        settle();
        assertThat(equationTexts(robot)).as("a new step starts collapsed again").hasSize(4);
    }

    @Test
    void the_result_is_typeset_in_the_accent_colour_of_the_theme(FxRobot robot) throws Exception {
        steps(1);
        Node result = robot.lookup("#equation-0 .tex.result").query();
        Set<Color> colours = WaitForAsyncUtils.asyncFx(() -> {
            WritableImage image = result.snapshot(null, null);
            java.util.Set<Color> found = new java.util.HashSet<>();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = image.getPixelReader().getColor(x, y);
                    found.add(Color.color(round(c.getRed()), round(c.getGreen()), round(c.getBlue())));
                }
            }
            return found;
        }).get(5, TimeUnit.SECONDS);
        assertThat(colours).as("the accent #0969da of PrimerLight").contains(Color.color(round(0x09 / 255.0),
                round(0x69 / 255.0), round(0xda / 255.0)));
    }

    @Test
    void while_playing_the_panel_keeps_up_and_on_pause_shows_exactly_where_play_stopped(FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            model.strideProperty().set(org.backpropstudio.core.Stride.ITERATION);
            model.speedProperty().set(StudioModel.MAX_SPEED);
            Fx.run(() -> model.play());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#equation-kicker").matches("Iteration ([2-9]|\\d{2,}).*"));
        robot.interact(model::pause);
        settle();
        long iteration = model.iterationProperty().get();
        assertThat(text(robot, "#equation-kicker")).as("the state at the pause, not one of a while before")
                .isEqualTo(String.format(java.util.Locale.ROOT, "Iteration %,d · step 10 of 10", iteration));
    }

    private static double round(double v) {
        return Math.round(v * 20) / 20.0;
    }
}
