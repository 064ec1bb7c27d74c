package org.backpropstudio.app.diagram;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.app.whatif.WhatIf;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Tolerance;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hands on the network, through the diagram's real controls, on the seed's worked example (2-2-1,
 * x = (0.05, 0.10), y = 0.01, w⁽²⁾ = (0.40, 0.45)): editing, nudging, locking, the what-if plot, and
 * values that stop being finite numbers.
 */
@ExtendWith(ApplicationExtension.class)
class HandsOnTest {
    /** J of the seed example before any change: ½(0.7514 − 0.01)². */
    private static final String SEED_LOSS = "Jₛ 0.2748";

    private TestDiagram test;
    private StudioModel model;
    private NetworkDiagram diagram;

    @Start
    void start(Stage stage) {
        test = new TestDiagram(stage);
        model = test.model;
        diagram = test.diagram;
    }

    @AfterEach
    void stop(FxRobot robot) throws TimeoutException {
        test.close(robot);
    }

    // ----------------------------------------------------------------------------------------
    // Editing by hand
    // ----------------------------------------------------------------------------------------

    @Test
    void typing_0_comma_5_for_w_2_0_0_sets_the_weight_and_shows_what_it_did_to_the_loss(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Weight(2, 0, 0)));
        TextField field = field(robot);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getSelectedText()).isEqualTo("0.4");
        assertThat(text(robot, "#editor-symbol")).isEqualTo("w₁₁⁽²⁾");

        robot.write("0,5").type(KeyCode.ENTER);
        waitUntil(() -> weight(2, 0, 0) == 0.5);
        settle();
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.5");
        assertThat(model.lengthProperty().get()).isEqualTo(1);
        waitUntil(() -> robot.lookup("#edit-outcome").query().isVisible());
        assertThat(text(robot, "#edit-outcome")).matches("J 0\\.2748 → 0\\.\\d+ {2}\\(ΔJ = \\+0\\.\\d+\\)");

        steps(5); // z, a, z, a, loss
        assertThat(text(robot, "#loss")).startsWith("Jₛ ").isNotEqualTo(SEED_LOSS);
    }

    @Test
    void clicking_another_number_moves_the_editor_there_and_escape_closes_it(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Weight(2, 0, 0)));
        robot.clickOn("#b-2-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Bias(2, 0)));
        assertThat(text(robot, "#editor-symbol")).isEqualTo("b₁⁽²⁾");
        assertThat(field(robot).getText()).isEqualTo("0.6");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !diagram.editor().popOver().isShowing());
        settle();
        assertThat(model.lengthProperty().get()).isZero();
    }

    @Test
    void bad_entries_are_explained_beside_the_field_and_change_nothing(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Weight(2, 0, 0)));
        for (String bad : new String[] {"abc", "NaN", "2e6", ""}) {
            if (bad.isEmpty()) {
                robot.type(KeyCode.BACK_SPACE); // the refused text is selected: delete it
            } else {
                robot.write(bad);
            }
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#editor-error").query().isVisible()).as(bad).isTrue();
            assertThat(text(robot, "#editor-error")).as(bad).isEqualTo(refusal(bad));
            settle();
            assertThat(model.lengthProperty().get()).as(bad).isZero();
            assertThat(weight(2, 0, 0)).as(bad).isEqualTo(0.4);
        }
        robot.write("0.5");
        assertThat(field(robot).getText()).isEqualTo("0.5");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> weight(2, 0, 0) == 0.5);
        assertThat(robot.lookup("#editor-error").query().isVisible()).isFalse();
    }

    @Test
    void a_value_the_model_refuses_is_explained_and_changes_nothing(FxRobot robot) {
        robot.interact(() -> model.open(crossEntropySession()));
        settle();
        robot.clickOn("#y-1-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Target(0, 0)));
        robot.write("2").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#editor-error").query().isVisible());
        assertThat(text(robot, "#editor-error")).isEqualTo("With cross-entropy a target lies between 0 and 1.");
        settle();
        assertThat(model.lengthProperty().get()).isZero();
    }

    @Test
    void stepping_back_reverts_an_edit(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        robot.write("0.5").type(KeyCode.ENTER);
        waitUntil(() -> weight(2, 0, 0) == 0.5);

        robot.interact(model::stepBack);
        settle();
        assertThat(weight(2, 0, 0)).isEqualTo(0.4);
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.4");
        assertThat(model.positionProperty().get()).isZero();
    }

    @Test
    void an_edit_in_the_middle_of_an_iteration_recomputes_what_was_computed_at_once(FxRobot robot) {
        steps(5);
        assertThat(text(robot, "#loss")).isEqualTo(SEED_LOSS);
        robot.clickOn("#w-2-0-0");
        robot.write("0.5").type(KeyCode.ENTER);
        waitUntil(() -> weight(2, 0, 0) == 0.5);
        settle();
        assertThat(text(robot, "#z-2-0")).isNotEqualTo("z 1.106");
        assertThat(text(robot, "#loss")).isNotEqualTo(SEED_LOSS);
        assertThat(model.microStepProperty().get()).isEqualTo(5);
    }

    // ----------------------------------------------------------------------------------------
    // Inputs and targets of the current sample
    // ----------------------------------------------------------------------------------------

    @Test
    void before_the_first_step_the_inputs_and_target_show_the_sample_to_be_loaded(FxRobot robot) {
        settle();
        assertThat(text(robot, "#a-0-0")).isEqualTo("x₁ 0.05");
        assertThat(text(robot, "#y-2-0")).isEqualTo("y 0.01");
        assertThat(robot.lookup("#a-0-0").query().getStyleClass()).contains("upcoming");
        steps(1);
        assertThat(robot.lookup("#a-0-0").query().getStyleClass()).doesNotContain("upcoming");
    }

    @Test
    void editing_an_input_x_changes_z_of_layer_1(FxRobot robot) {
        steps(1);
        assertThat(text(robot, "#z-1-0")).isEqualTo("z 0.3775");
        robot.clickOn("#a-0-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Input(0, 0)));
        assertThat(text(robot, "#editor-symbol")).isEqualTo("x₁");
        assertThat(shown(robot.lookup("#what-if-plot").query())).isFalse();

        robot.write("1").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#z-1-0").equals("z 0.52")); // 0.15·1 + 0.2·0.1 + 0.35
        assertThat(text(robot, "#a-0-0")).isEqualTo("x₁ 1");

        robot.interact(model::stepBack);
        settle();
        assertThat(text(robot, "#z-1-0")).isEqualTo("z 0.3775");
    }

    @Test
    void editing_the_target_before_the_first_step_changes_the_loss(FxRobot robot) {
        settle();
        robot.clickOn("#y-2-0");
        waitUntil(() -> diagram.editor().isEditing(new Editable.Target(0, 0)));
        robot.write("0.5").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#y-2-0").equals("y 0.5"));
        steps(5);
        assertThat(text(robot, "#loss")).isEqualTo("Jₛ 0.03159"); // ½(0.75137 − 0.5)²
    }

    // ----------------------------------------------------------------------------------------
    // Nudging and locking
    // ----------------------------------------------------------------------------------------

    @Test
    void the_scroll_wheel_nudges_by_a_hundredth_and_with_shift_by_a_tenth(FxRobot robot) {
        settle();
        // the robot's DOWN sends a positive deltaY: the wheel turned away from the user, up
        robot.moveTo("#w-2-0-0").scroll(1, VerticalDirection.DOWN);
        waitUntil(() -> weight(2, 0, 0) == 0.41);
        settle();
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.41");
        assertThat(model.lengthProperty().get()).isEqualTo(1);

        robot.press(KeyCode.SHIFT).scroll(1, VerticalDirection.UP).release(KeyCode.SHIFT);
        waitUntil(() -> weight(2, 0, 0) == 0.31);
        settle();
        assertThat(model.lengthProperty().get()).isEqualTo(2);
    }

    @Test
    void a_refused_nudge_says_why(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        robot.write("1e6").type(KeyCode.ENTER);
        waitUntil(() -> weight(2, 0, 0) == 1e6);
        robot.type(KeyCode.ESCAPE);
        robot.moveTo("#w-2-0-0").scroll(1, VerticalDirection.DOWN);
        waitUntil(() -> !diagram.noticeProperty().get().isEmpty());
        assertThat(diagram.noticeProperty().get()).isEqualTo("A weight must lie between -1e6 and 1e6.");
        settle();
        assertThat(weight(2, 0, 0)).isEqualTo(1e6);
    }

    @Test
    void a_locked_weight_survives_an_iteration_while_the_others_change(FxRobot robot) {
        settle();
        robot.clickOn("#w-2-0-0");
        robot.clickOn("#editor-lock");
        waitUntil(() -> model.snapshotProperty().get().isWeightLocked(2, 0, 0));
        robot.type(KeyCode.ESCAPE);
        assertThat(pseudo(robot, "#lock-w-2-0-0", "locked")).isTrue();
        assertThat(robot.lookup("#lock-w-2-0-0").query().getOpacity()).isEqualTo(1.0);

        robot.interact(() -> model.iterations(1));
        settle();
        assertThat(weight(2, 0, 0)).isEqualTo(0.4);
        assertThat(weight(2, 0, 1)).isNotEqualTo(0.45);
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.4");
    }

    @Test
    void the_padlock_of_a_bias_shows_on_hover_and_a_click_locks_and_unlocks_it(FxRobot robot) {
        settle();
        assertThat(robot.lookup("#lock-b-1-0").query().getOpacity()).isZero();
        robot.moveTo("#b-1-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock-b-1-0").query().getOpacity()).isBetween(0.1, 0.9);

        robot.clickOn("#lock-b-1-0");
        waitUntil(() -> model.snapshotProperty().get().isBiasLocked(1, 0));
        assertThat(pseudo(robot, "#lock-b-1-0", "locked")).isTrue();
        robot.clickOn("#lock-b-1-0");
        waitUntil(() -> !model.snapshotProperty().get().isBiasLocked(1, 0));
        assertThat(model.lengthProperty().get()).isEqualTo(2);
    }

    // ----------------------------------------------------------------------------------------
    // What if
    // ----------------------------------------------------------------------------------------

    @Test
    void the_what_if_plot_draws_the_tangent_with_backprops_slope_and_the_value_being_typed(FxRobot robot)
            throws Exception {
        settle();
        LossProbe probe = model.probe().get(5, TimeUnit.SECONDS);
        Parameter w = Parameter.weight(2, 0, 0);
        double slope = probe.gradient(w);

        robot.clickOn("#w-2-0-0");
        waitUntil(() -> diagram.editor().plot().getCurve() != null);
        assertThat(diagram.editor().plot().drawnTangentSlope()).isCloseTo(slope, within(Tolerance.ROUNDING));
        assertThat(text(robot, "#what-if-slope")).isEqualTo("backprop slope ∂J/∂w = 0.08217");

        robot.write("0.5"); // typed, not applied
        waitUntil(() -> diagram.editor().plot().isMarkerDrawn());
        WhatIf.Point tried = diagram.editor().plot().getPoint();
        assertThat(tried.value()).isEqualTo(0.5);
        assertThat(tried.change()).isCloseTo(probe.lossWith(w, 0.5) - probe.loss(), within(Tolerance.ROUNDING));
        assertThat(tried.predicted()).isCloseTo(slope * 0.1, within(Tolerance.ROUNDING));
        assertThat(text(robot, "#what-if-predicted")).isEqualTo("predicted ΔJ ≈ ∂J/∂w·Δw = 0.08217 × 0.1 = +0.008217");
        assertThat(text(robot, "#what-if-actual")).startsWith("actual ΔJ = +0.00").contains("(J 0.2748 → ");
        settle();
        assertThat(model.lengthProperty().get()).isZero();
    }

    @Test
    void dragging_a_weight_up_previews_it_and_applies_one_edit_on_release(FxRobot robot) {
        settle();
        robot.drag("#w-2-0-0").moveBy(0, -40); // 20 steps of 0.01
        waitUntil(() -> diagram.editor().plot().isMarkerDrawn());
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.6");
        assertThat(model.lengthProperty().get()).isZero();
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> weight(2, 0, 0) == 0.6);
        settle();
        assertThat(model.lengthProperty().get()).isEqualTo(1);
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.6");
    }

    // ----------------------------------------------------------------------------------------
    // Divergence
    // ----------------------------------------------------------------------------------------

    @Test
    void when_training_diverges_the_values_that_are_no_longer_finite_are_marked(FxRobot robot) {
        robot.interact(() -> model.open(divergingSession()));
        settle();
        assertThat(robot.lookup(".value").match(this::nonFinite).tryQuery()).isEmpty();

        robot.interact(() -> model.iterations(1000));
        settle();
        assertThat(model.messageProperty().get()).startsWith("Training paused");
        assertThat(robot.lookup(".value").match(this::nonFinite).queryAll()).isNotEmpty();
        Label marked = (Label) robot.lookup(".value").match(this::nonFinite).query();
        assertThat(marked.getText()).containsAnyOf("NaN", "∞");
        assertThat(marked.getGraphic()).isNotNull();
    }

    // ----------------------------------------------------------------------------------------
    // Helpers
    // ----------------------------------------------------------------------------------------

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean nonFinite(Node n) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("non-finite"));
    }

    /** 1-1-1 with linear units, squared error and η = 10⁶: the weights explode within a few iterations. */
    private static Session divergingSession() {
        Network net = new Network(new int[] {1, 1, 1}, new Activation[] {null, Activation.LINEAR, Activation.LINEAR},
                new double[][][] {{}, {{1.0}}, {{1.0}}}, new double[][] {{}, {0.0}, {0.0}}, null, null);
        Dataset data = new Dataset(new double[][] {{1.0}}, new double[][] {{0.0}});
        return new Session("Diverging", net, Loss.SQUARED_ERROR, 1e6, BatchMode.FULL, data);
    }

    /** 2-1 with a sigmoid output and cross-entropy: targets must lie in [0, 1]. */
    private static Session crossEntropySession() {
        Network net = new Network(new int[] {2, 1}, new Activation[] {null, Activation.SIGMOID},
                new double[][][] {{}, {{0.5, -0.5}}}, new double[][] {{}, {0.1}}, null, null);
        Dataset data = new Dataset(new double[][] {{1.0, 0.0}}, new double[][] {{1.0}});
        return new Session("Cross-entropy", net, Loss.CROSS_ENTROPY, 0.5, BatchMode.FULL, data);
    }

    private static String refusal(String text) {
        try {
            Inputs.parseNumber(text);
            throw new AssertionError(text + " was accepted");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private double weight(int l, int j, int k) {
        return model.snapshotProperty().get().weight(l, j, k);
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#editor-field").queryAs(TextField.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean pseudo(FxRobot robot, String id, String pseudoClass) {
        return robot.lookup(id).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private void settle() {
        Settle.model(model);
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            Fx.run(() -> model.stepForward());
        }
        settle();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
