package org.backpropstudio.app.boundary;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
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
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.io.TestPresets;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DecisionBoundaryTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    /** The boundary's evaluation thread, handed in as the window hands in its own. */
    private ExecutorService worker;
    private StudioModel model;
    private DecisionBoundary boundary;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestPresets.preset("two-moons"), engine, FxThread.UI);
        worker = Executors.newSingleThreadExecutor();
        boundary = new DecisionBoundary(model, worker);
        stage.setScene(new Scene(boundary, 480, 360));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        worker.shutdownNow();
        fxErrors.assertNone();
    }


    /** Waits for the model, then for an evaluation after {@code evaluationsBefore} to be on screen. */
    private void awaitEvaluation(long evaluationsBefore) {
        Settle.model(model, () -> boundary.evaluations() > evaluationsBefore);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(Session session) throws TimeoutException {
        long before = boundary.evaluations();
        Fx.run(() -> model.open(session));
        awaitEvaluation(before);
    }

    @Test
    void two_moons_draws_all_200_points_and_evaluates_again_after_training(FxRobot robot) throws TimeoutException {
        awaitEvaluation(0);
        assertThat(boundary.pointsDrawn()).isEqualTo(200);
        assertThat(robot.lookup("#decision-boundary-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#decision-boundary-title").queryAs(Label.class).getText())
                .isEqualTo("Decision boundary");
        assertThat(legend(robot)).containsExactly("ŷ < 0.5: class 0", "ŷ > 0.5: class 1", "current sample");

        long before = boundary.evaluations();
        Fx.run(() -> model.iterations(200));
        awaitEvaluation(before);
        assertThat(boundary.pointsDrawn()).isEqualTo(200);
    }

    @Test
    void a_screen_reader_hears_how_many_samples_lie_on_the_side_of_their_class() throws TimeoutException {
        awaitEvaluation(0);
        Fx.run(() -> model.iterations(2000));
        Settle.model(model);
        String said = String.valueOf(Fx.call(() -> boundary.queryAccessibleAttribute(AccessibleAttribute.TEXT)));
        assertThat(said).matches("Decision boundary: \\d+ of 200 samples on the side of their class");
        int right = Integer.parseInt(said.replaceAll("\\D*(\\d+) of.*", "$1"));
        assertThat(right).as("two moons after 2,000 iterations").isGreaterThan(160);
    }

    @Test
    void after_training_the_heatmap_shows_both_classes_in_the_stylesheets_colours(FxRobot robot)
            throws TimeoutException {
        awaitEvaluation(0);
        long before = boundary.evaluations();
        Fx.run(() -> model.iterations(2000));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, model.idle());
        awaitEvaluation(before);
        int[] counts = new int[2];
        robot.interact(() -> {
            Image image = boundary.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            // Tints of class 0 (#E69F00) and class 1 (#0072B2) over white, as the heatmap lays them.
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = pixels.getColor(x, y);
                    if (close(c, Color.web("#e69f00"))) {
                        counts[0]++;
                    } else if (close(c, Color.web("#0072b2"))) {
                        counts[1]++;
                    }
                }
            }
        });
        assertThat(counts[0]).as("pixels tinted for class 0").isGreaterThan(5000);
        assertThat(counts[1]).as("pixels tinted for class 1").isGreaterThan(5000);
    }

    /** Whether {@code c} is {@code tint} laid over white at the heatmap's strength of a sure output, about. */
    private static boolean close(Color c, Color tint) {
        double alpha = 0.7;
        return Math.abs(c.getRed() - (1 - alpha + alpha * tint.getRed())) < 0.06
                && Math.abs(c.getGreen() - (1 - alpha + alpha * tint.getGreen())) < 0.06
                && Math.abs(c.getBlue() - (1 - alpha + alpha * tint.getBlue())) < 0.06;
    }

    @Test
    void blobs_colour_three_classes(FxRobot robot) throws Exception {
        Session blobs = TestPresets.preset("blobs");
        open(blobs);
        assertThat(boundary.pointsDrawn()).isEqualTo(blobs.dataset().size());
        assertThat(legend(robot)).containsExactly("class 1", "class 2", "class 3", "current sample");
        long before = boundary.evaluations();
        Fx.run(() -> model.iterations(300));
        awaitEvaluation(before);
    }

    @Test
    void sine_draws_the_fitted_curve_over_its_60_points(FxRobot robot) throws Exception {
        open(TestPresets.preset("sine"));
        assertThat(boundary.pointsDrawn()).isEqualTo(60);
        assertThat(robot.lookup("#decision-boundary-title").queryAs(Label.class).getText()).isEqualTo("Fitted curve");
        assertThat(legend(robot)).containsExactly("network ŷ(x)", "data y", "current sample");
        long before = boundary.evaluations();
        Fx.run(() -> model.iterations(500));
        awaitEvaluation(before);
    }

    @Test
    void a_network_with_three_inputs_says_what_the_plot_is_for(FxRobot robot) throws TimeoutException {
        int[] units = {3, 2, 1};
        Activation[] f = {null, Activation.SIGMOID, Activation.SIGMOID};
        Dataset data = new Dataset(new double[][] {{0, 0, 1}, {1, 0, 0}}, new double[][] {{0}, {1}});
        Session three = new Session("three", Initializer.random(units, f, 5), Loss.CROSS_ENTROPY, 0.5,
                BatchMode.FULL, data);
        Fx.run(() -> model.open(three));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        Label empty = robot.lookup("#decision-boundary-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, empty::isVisible);
        assertThat(empty.getText()).isEqualTo("The decision boundary is drawn for networks with one or two inputs.");
        assertThat(boundary.pointsDrawn()).isZero();
        assertThat(legend(robot)).isEmpty();

        open(TestSessions.xor(1));
        assertThat(empty.isVisible()).isFalse();
        assertThat(boundary.pointsDrawn()).isEqualTo(4);
    }

    @Test
    void stepping_within_an_iteration_does_not_evaluate_again_but_moves_the_ring(FxRobot robot)
            throws TimeoutException {
        awaitEvaluation(0);
        long before = boundary.evaluations();
        for (int i = 0; i < 5; i++) {
            Fx.run(() -> model.stepForward());
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boundary.evaluations()).isEqualTo(before);
    }

    @Test
    void playing_at_full_speed_evaluates_only_the_latest_network(FxRobot robot) throws TimeoutException {
        awaitEvaluation(0);
        long before = boundary.evaluations();
        robot.interact(() -> {
            model.speedProperty().set(StudioModel.MAX_SPEED);
            model.strideProperty().set(org.backpropstudio.core.Stride.ITERATION);
            Fx.run(() -> model.play());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> boundary.evaluations() > before + 3);
        robot.interact(model::pause);
        awaitEvaluation(boundary.evaluations() - 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> boundary.isIdle());
        // Many iterations ran, but far fewer evaluations: one per frame at most, never a backlog.
        assertThat(model.iterationProperty().get()).isGreaterThan(boundary.evaluations() - before);
    }

    @Test
    void a_resize_draws_again_at_the_new_size(FxRobot robot) throws TimeoutException {
        awaitEvaluation(0);
        long before = boundary.evaluations();
        robot.interact(() -> boundary.getScene().getWindow().setWidth(720));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> boundary.evaluations() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boundary.pointsDrawn()).isEqualTo(200);
    }

    @Test
    void hovering_the_plane_reads_off_the_output_under_the_mouse(FxRobot robot) throws TimeoutException {
        awaitEvaluation(0);
        Label readout = robot.lookup("#decision-boundary-readout").queryAs(Label.class);
        assertThat(readout.isVisible()).isFalse();
        javafx.geometry.Bounds b = boundary.localToScreen(boundary.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.55, b.getMinY() + b.getHeight() * 0.6));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, readout::isVisible);
        assertThat(readout.getText())
                .matches("x₁ = −?\\d\\.\\d\\d, x₂ = −?\\d\\.\\d\\d  →  ŷ = 0\\.\\d{3} \\(class [01]\\)");

        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 3, b.getMinY() + 3));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !readout.isVisible());
    }

    @Test
    void the_arrow_keys_move_the_read_out_over_the_plane_without_a_pointer(FxRobot robot) throws Exception {
        awaitEvaluation(0);
        Label readout = robot.lookup("#decision-boundary-readout").queryAs(Label.class);
        robot.interact(boundary::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(readout.isVisible()).as("the first press: the middle of the plane").isTrue();
        String middle = readout.getText();
        assertThat(middle).matches("x₁ = −?\\d\\.\\d\\d, x₂ = −?\\d\\.\\d\\d  →  ŷ = 0\\.\\d{3} \\(class [01]\\)");
        assertThat(Fx.call(() -> boundary.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .as("a screen reader hears the reading").isEqualTo(middle);
        robot.type(KeyCode.LEFT, KeyCode.LEFT, KeyCode.UP);
        assertThat(x(readout.getText())).as("two steps left").isLessThan(x(middle));
        assertThat(readout.getText()).isNotEqualTo(middle);
    }

    /** The x₁ of a read-out. */
    private static double x(String readout) {
        String number = readout.substring("x₁ = ".length(), readout.indexOf(',')).replace('−', '-');
        return Double.parseDouble(number);
    }

    private List<String> legend(FxRobot robot) {
        return robot.lookup("#decision-boundary-legend .legend-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }
}
