package org.backpropstudio.app.chart;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import atlantafx.base.theme.PrimerLight;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LossChartTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    private StudioModel model;
    private LossChart chart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.seedExample(), engine, FxThread.UI);
        chart = new LossChart(model);
        stage.setScene(new Scene(chart, 720, 380));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        fxErrors.assertNone();
    }

    private void settle() {
        Settle.model(model);
    }

    private void awaitDrawn(int iterations) throws TimeoutException {
        settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.drawnIterations() == iterations);
    }

    @Test
    void before_the_first_update_the_chart_is_empty_and_says_so(FxRobot robot) throws TimeoutException {
        settle();
        assertThat(chart.drawnIterations()).isZero();
        Label empty = robot.lookup("#loss-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("The loss appears here after the first update.");
        assertThat((Object) robot.lookup("#loss-chart").query()).isSameAs(chart);
    }

    @Test
    void after_n_iterations_the_curve_covers_n_iterations(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(250));
        awaitDrawn(250);
        assertThat(robot.lookup("#loss-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#loss-latest").queryAs(Label.class).getText())
                .startsWith("J = ").endsWith(" · 250 iterations");
        Fx.run(() -> model.iterations(50));
        awaitDrawn(300);

        Fx.run(() -> model.reset());
        awaitDrawn(0);
        assertThat(robot.lookup("#loss-empty").query().isVisible()).isTrue();
    }

    @Test
    void a_screen_reader_reads_the_chart_as_a_sentence(FxRobot robot) throws TimeoutException {
        javafx.scene.Node chart = robot.lookup("#loss-chart").query();
        assertThat(Fx.call(() -> chart.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .isEqualTo("The loss appears here after the first update.");
        Fx.run(() -> model.iterations(250));
        awaitDrawn(250);
        assertThat(Fx.call(() -> chart.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .matches("Loss chart: J = [0-9.e-]+ after 250 iterations; lowest [0-9.e-]+, highest [0-9.e-]+");
    }

    @Test
    void the_curve_is_drawn_in_the_colour_the_stylesheet_gives(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(400));
        awaitDrawn(400);
        Color accent = themeColour(robot, "-color-accent-emphasis");
        Canvas canvas = robot.lookup(".loss-chart-canvas").queryAs(Canvas.class);
        int[] matching = new int[1];
        robot.interact(() -> {
            var image = canvas.snapshot(null, null);
            var pixels = image.getPixelReader();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = pixels.getColor(x, y);
                    if (c.getOpacity() > 0.99 && Math.abs(c.getRed() - accent.getRed()) < 0.02
                            && Math.abs(c.getGreen() - accent.getGreen()) < 0.02
                            && Math.abs(c.getBlue() - accent.getBlue()) < 0.02) {
                        matching[0]++;
                    }
                }
            }
        });
        assertThat(matching[0]).as("pixels in the accent colour").isGreaterThan(100);
    }

    /** The colour a theme variable resolves to, read through a probe label in the chart's scene. */
    private Color themeColour(FxRobot robot, String variable) {
        Label probe = new Label();
        probe.setStyle("-fx-text-fill: " + variable + ";");
        robot.interact(() -> {
            new Scene(new javafx.scene.layout.StackPane(probe));
            probe.applyCss();
        });
        return (Color) probe.getTextFill();
    }

    @Test
    void log_scale_toggles_and_redraws(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(200));
        awaitDrawn(200);
        robot.clickOn("#loss-log-scale");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.isLogScale()).isTrue();
        robot.interact(() -> chart.setLogScale(false));
        assertThat(robot.lookup("#loss-log-scale").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
        robot.interact(() -> chart.setLogScale(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.drawnIterations()).isEqualTo(200);
    }

    @Test
    void hovering_the_curve_reads_off_iteration_and_loss(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(20));
        awaitDrawn(20);
        Label readout = robot.lookup("#loss-readout").queryAs(Label.class);
        assertThat(readout.isVisible()).isFalse();

        Canvas canvas = robot.lookup(".loss-chart-canvas").queryAs(Canvas.class);
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, readout::isVisible);
        assertThat(readout.getText()).matches("iteration \\d{1,2} · J = 0\\.\\d+");

        robot.moveTo(new Point2D(b.getMinX() + 2, b.getMinY() + 2));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !readout.isVisible());
    }

    @Test
    void the_arrow_keys_read_off_the_curve_point_by_point_without_a_pointer(FxRobot robot) throws Exception {
        Fx.run(() -> model.iterations(20));
        awaitDrawn(20);
        Label readout = robot.lookup("#loss-readout").queryAs(Label.class);
        Object before = Fx.call(() -> model.positionProperty().get());
        robot.interact(chart::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(readout.isVisible()).isTrue();
        assertThat(readout.getText()).as("the latest first").matches("iteration 20 · J = 0\\.\\d+");
        assertThat(Fx.call(() -> chart.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .as("a screen reader hears the read-out").isEqualTo(readout.getText());
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(readout.getText()).matches("iteration 18 · J = 0\\.\\d+");
        Settle.model(model);
        assertThat(Fx.call(() -> model.positionProperty().get())).as("the arrows read the chart, they do not step")
                .isEqualTo(before);
        robot.interact(() -> robot.lookup("#loss-log-scale").query().requestFocus());
        assertThat(readout.isVisible()).as("the read-out leaves with the focus").isFalse();
    }

    @Test
    void a_million_iterations_draw_as_at_most_one_point_per_pixel_column(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(1_000_000));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, model.idle());
        awaitDrawn(1_000_000);
        Canvas canvas = robot.lookup(".loss-chart-canvas").queryAs(Canvas.class);
        assertThat(chart.drawnPoints()).isPositive().isLessThanOrEqualTo((int) canvas.getWidth());

        assertThat(readoutAt(robot, canvas, 0.5).getText()).matches("iterations [\\d,]+–[\\d,]+ · J .+");
    }

    @Test
    void a_bucket_of_many_iterations_reads_as_a_range(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.iterations(5000));
        awaitDrawn(5000);
        Canvas canvas = robot.lookup(".loss-chart-canvas").queryAs(Canvas.class);
        assertThat(readoutAt(robot, canvas, 0.3).getText()).matches("iterations [\\d,]+–[\\d,]+ · J .+");
    }

    @Test
    void in_a_narrow_panel_a_long_range_reads_on_two_lines_inside_the_plot(FxRobot robot) throws TimeoutException {
        robot.interact(() -> chart.getScene().getWindow().setWidth(300));
        Fx.run(() -> model.iterations(5000));
        awaitDrawn(5000);
        Canvas canvas = robot.lookup(".loss-chart-canvas").queryAs(Canvas.class);
        Label readout = readoutAt(robot, canvas, 0.5);
        assertThat(readout.getText()).matches("iterations [\\d,]+–[\\d,]+\nJ .+");
        Bounds r = readout.localToScreen(readout.getBoundsInLocal());
        assertThat(r.getMaxX()).as("inside the chart")
                .isLessThanOrEqualTo(chart.localToScreen(chart.getBoundsInLocal()).getMaxX());
    }

    /** Points at {@code fraction} of the plot's width, half-way up, and returns the read-out once it shows. */
    private static Label readoutAt(FxRobot robot, Canvas canvas, double fraction) throws TimeoutException {
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(new Point2D(b.getMinX() + b.getWidth() * fraction, b.getMinY() + b.getHeight() * 0.5));
        Label readout = robot.lookup("#loss-readout").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, readout::isVisible);
        return readout;
    }
}
