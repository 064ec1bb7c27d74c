package org.backpropstudio.app.check;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
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
class GradientCheckPanelTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    /** The panel's worker: the test's own. */
    private final ExecutorService checking = Executors.newSingleThreadExecutor();
    private StudioModel model;
    private GradientCheckPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        this.stage = stage;
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.seedExample(), engine, FxThread.UI);
        panel = new GradientCheckPanel(model, checking);
        stage.setScene(new Scene(panel, 480, 520));
        stage.show();
    }

    @AfterEach
    void stop() {
        // Off the screen first: a check that falls due after the test must not reach the engine shut down here.
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().setRoot(new javafx.scene.layout.Region()));
        engine.shutdownNow();
        checking.shutdownNow();
        fxErrors.assertNone();
    }

    /** Waits until the model has run every command and the panel has checked what it shows. */
    private void settle() {
        Settle.model(model);
    }

    @SuppressWarnings("unchecked")
    private List<GradientCheck.Row> rows(FxRobot robot) {
        TableView<GradientCheck.Row> table = robot.lookup("#gradient-check-table").queryAs(TableView.class);
        return new ArrayList<>(table.getItems());
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#gradient-check-summary").queryAs(Label.class).getText();
    }


    @Test
    void on_the_seed_example_every_parameter_has_a_row_and_they_all_agree(FxRobot robot) throws TimeoutException {
        settle();
        List<GradientCheck.Row> rows = rows(robot);
        assertThat(rows).hasSize(9);
        assertThat(rows).allSatisfy(r -> assertThat(r.relativeError()).isLessThan(Tolerance.GRADIENT_CHECK));
        assertThat(summary(robot)).matches("All 9 gradients agree: largest relative error \\d\\.\\de-\\d+");
        assertThat(robot.lookup("#gradient-check-summary").query().getPseudoClassStates())
                .extracting(Object::toString).contains("good");
    }

    @Test
    void on_xor_every_parameter_agrees_too(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.open(TestSessions.xor(7)));
        settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> summary(robot).startsWith("All 9 gradients agree"));
        assertThat(rows(robot)).hasSize(9)
                .allSatisfy(r -> assertThat(r.relativeError()).isLessThan(Tolerance.GRADIENT_CHECK));
    }

    @Test
    void after_ten_iterations_the_panel_checks_again_with_new_numbers(FxRobot robot) throws TimeoutException {
        Fx.run(() -> model.open(TestSessions.xor(3)));
        settle();
        List<GradientCheck.Row> before = rows(robot);
        long checks = panel.checksCompleted();

        Fx.run(() -> model.iterations(10));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> panel.checksCompleted() > checks && !rows(robot).equals(before));
        settle();
        List<GradientCheck.Row> after = rows(robot);
        assertThat(after).hasSize(before.size());
        assertThat(after.get(0).backprop()).isNotEqualTo(before.get(0).backprop());
        assertThat(after).allSatisfy(r -> assertThat(r.relativeError()).isLessThan(Tolerance.GRADIENT_CHECK));
    }

    @Test
    void check_now_checks_again(FxRobot robot) throws TimeoutException {
        settle();
        long checks = panel.checksCompleted();
        robot.clickOn("#run-gradient-check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.checksCompleted() > checks);
        assertThat(rows(robot)).hasSize(9);
    }

    @Test
    void stepping_within_an_iteration_does_not_check_again(FxRobot robot) throws TimeoutException {
        settle();
        long checks = panel.checksCompleted();
        for (int i = 0; i < 3; i++) {
            Fx.run(() -> model.stepForward());
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.isChecking()).isFalse();
        assertThat(panel.checksCompleted()).isEqualTo(checks);
    }

    @Test
    void while_playing_checks_pause_and_resume_after(FxRobot robot) throws TimeoutException {
        settle();
        Label status = robot.lookup("#gradient-check-status").queryAs(Label.class);
        robot.interact(() -> {
            model.speedProperty().set(StudioModel.MAX_SPEED);
            Fx.run(() -> model.play());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Paused checks while playing".equals(status.getText()));
        robot.interact(model::pause);
        settle();
        assertThat(status.getText()).isEmpty();
        // after training this far the gradients are tiny: where |g − n| is below the rounding of
        // the difference quotient, the two agree as far as it can tell (as the panel says)
        assertThat(rows(robot)).allSatisfy(r -> assertThat(Math.abs(r.backprop() - r.numeric()) < Verdict.ROUNDING
                || r.relativeError() < Tolerance.GRADIENT_CHECK).isTrue());
    }

    @Test
    void a_hidden_panel_waits_until_its_tab_is_selected(FxRobot robot) throws TimeoutException {
        settle();
        TabPane[] tabs = new TabPane[1];
        robot.interact(() -> {
            Tab other = new Tab("Equations", new Label("equations"));
            Tab check = new Tab("Gradient check", panel);
            tabs[0] = new TabPane(other, check);
            stage.setScene(new Scene(tabs[0], 480, 520));
        });
        long checks = panel.checksCompleted();
        Fx.run(() -> model.iterations(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.isChecking()).isFalse();
        assertThat(panel.checksCompleted()).isEqualTo(checks);

        robot.interact(() -> tabs[0].getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.checksCompleted() > checks);
    }

    @Test
    void a_2_16_16_1_network_checks_337_parameters_off_the_fx_thread(FxRobot robot) throws Exception {
        Session spiral = TestPresets.preset("spiral");
        Fx.run(() -> model.open(spiral));
        settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot).size() == 337);
        WaitForAsyncUtils.waitForFxEvents(); // the summary is written just after the rows
        // Backprop is right here too: the few relative errors that look large belong to gradients
        // of 10⁻¹⁸ or so, whose central difference is only rounding.
        assertThat(summary(robot)).startsWith("All 337 gradients agree: largest relative error ")
                .endsWith("too small to tell from rounding");
        // The table is virtual: only the rows on screen have cells.
        assertThat(robot.lookup(".table-row-cell").queryAll().size()).isLessThan(60);
    }

    @Test
    void a_very_large_network_waits_for_check_now(FxRobot robot) throws TimeoutException {
        settle();
        long checks = panel.checksCompleted();
        int[] units = {2, 256, 256, 1};
        var f = new org.backpropstudio.core.Activation[] {null, org.backpropstudio.core.Activation.TANH,
            org.backpropstudio.core.Activation.TANH, org.backpropstudio.core.Activation.SIGMOID};
        var data = new org.backpropstudio.core.Dataset(new double[][] {{0, 0}, {1, 1}}, new double[][] {{0}, {1}});
        Session wide = new Session("wide", org.backpropstudio.core.Initializer.random(units, f, 1),
                org.backpropstudio.core.Loss.CROSS_ENTROPY, 0.1, org.backpropstudio.core.BatchMode.FULL, data);
        Fx.run(() -> model.open(wide));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gradient-check-status").queryAs(Label.class).getText())
                .isEqualTo("Large network: check when ready");
        assertThat(panel.isChecking()).isFalse();
        assertThat(panel.checksCompleted()).isEqualTo(checks);
    }

    @Test
    void parameters_are_named_as_the_equations_name_them() {
        assertThat(CheckText.name(org.backpropstudio.core.Parameter.weight(2, 0, 1))).isEqualTo("w₁₂⁽²⁾");
        assertThat(CheckText.name(org.backpropstudio.core.Parameter.bias(1, 2))).isEqualTo("b₃⁽¹⁾");
        assertThat(CheckText.name(org.backpropstudio.core.Parameter.weight(1, 11, 2))).isEqualTo("w₁₂,₃⁽¹⁾");
        assertThat(CheckText.relativeError(3.24e-11)).isEqualTo("3.2e-11");
        assertThat(CheckText.relativeError(0.0015)).isEqualTo("1.5e-3");
        assertThat(CheckText.relativeError(0)).isEqualTo("0");
        assertThat(CheckText.relativeError(1)).isEqualTo("1.0");
        assertThat(CheckText.gradient(-4.16334e-17)).isEqualTo("−4.2e-17");
        assertThat(CheckText.gradient(0.0142054123)).isEqualTo("0.0142054");
        assertThat(CheckText.power(1e-5)).isEqualTo("10⁻⁵");
    }

    @Test
    void the_summary_counts_disagreements_and_names_the_worst() {
        var w = org.backpropstudio.core.Parameter.weight(1, 0, 0);
        var b = org.backpropstudio.core.Parameter.bias(1, 0);
        assertThat(CheckText.summary(
                List.of(new GradientCheck.Row(w, 1, 1), new GradientCheck.Row(b, 0.5, 0.5 + 1e-12))))
                .isEqualTo("All 2 gradients agree: largest relative error 2.0e-12");
        assertThat(CheckText.summary(List.of(new GradientCheck.Row(w, 1, 1.5), new GradientCheck.Row(b, 0.5, 0.5))))
                .isEqualTo("1 of 2 gradients disagrees: largest relative error 0.33 at w₁₁⁽¹⁾");
        assertThat(CheckText.summary(List.of(new GradientCheck.Row(w, 1, 1), new GradientCheck.Row(b, 1, 1 + 1e-6))))
                .isEqualTo("2 gradients roughly agree, 1 is suspicious: largest relative error 1.0e-6 at b₁⁽¹⁾");
        assertThat(CheckText.summary(
                List.of(new GradientCheck.Row(w, 1, 1 + 1e-9), new GradientCheck.Row(b, 3e-18, -6e-12))))
                .isEqualTo("All 2 gradients agree: largest relative error 1.0e-9,"
                        + " and 1 too small to tell from rounding");
        assertThat(Verdict.of(new GradientCheck.Row(b, 3e-18, -6e-12))).isEqualTo(Verdict.GOOD);
        assertThat(Verdict.of(new GradientCheck.Row(b, 1e-3, 2e-3))).isEqualTo(Verdict.BAD);
        assertThat(Verdict.of(Double.NaN)).isEqualTo(Verdict.BAD);
        assertThat(Verdict.of(new GradientCheck.Row(b, Double.NaN, Double.NaN))).isEqualTo(Verdict.BAD);
    }
}
