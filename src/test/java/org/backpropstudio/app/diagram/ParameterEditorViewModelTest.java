package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.backpropstudio.model.HandDrivenUi;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inline editor's state and rules without a window, on the seed's worked example (2-2-1,
 * w⁽²⁾ = (0.40, 0.45)): a real engine thread, the "UI thread" a queue the test drains, and the
 * what-if worker running each job where it is handed over.
 */
class ParameterEditorViewModelTest {
    private static final Editable W = new Editable.Weight(2, 0, 0);

    private final HandDrivenUi threads = new HandDrivenUi();
    private final ScheduledExecutorService engine = threads.engine();
    private final StudioModel model = threads.model(TestSessions.seedExample());
    private final ParameterEditorViewModel editor = new ParameterEditorViewModel(model, Runnable::run, threads.ui());
    private final AtomicInteger settled = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        settle();
        editor.setOnSettled(settled::incrementAndGet);
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    private void settle() throws Exception {
        threads.settleAll();
    }

    /** Opens the editor on {@code e} as the diagram does: the values, then shown, then the slice. */
    private void edit(Editable e) throws Exception {
        assertThat(editor.edit(e)).isTrue();
        editor.shown();
        editor.follow();
        settle();
    }

    private Snapshot snapshot() {
        return model.snapshotProperty().get();
    }

    @Test
    void a_weight_shows_its_name_its_value_and_a_slider_around_it() throws Exception {
        edit(W);
        assertThat(editor.symbolProperty().get()).isEqualTo("w₁₁⁽²⁾");
        assertThat(editor.whatProperty().get()).isEqualTo("weight from h₁ to ŷ₁");
        assertThat(editor.textProperty().get()).isEqualTo("0.4");
        assertThat(editor.sliderValueProperty().get()).isEqualTo(0.4);
        assertThat(editor.range().minProperty().get()).isCloseTo(-0.6, within(Tolerance.ROUNDING));
        assertThat(editor.range().maxProperty().get()).isCloseTo(1.4, within(Tolerance.ROUNDING));
        assertThat(editor.range().incrementProperty().get()).isCloseTo(0.1, within(Tolerance.ROUNDING));
        assertThat(editor.range().lowProperty().get()).isEqualTo("−0.6");
        assertThat(editor.range().highProperty().get()).isEqualTo("1.4");
        assertThat(editor.lockableProperty().get()).isTrue();
        assertThat(editor.lockedProperty().get()).isFalse();
        assertThat(editor.lockTextProperty().get()).isEqualTo("Lock");
        assertThat(editor.parameterProperty().get()).isTrue();
        assertThat(editor.whatIf().titleProperty().get())
                .isEqualTo("What if? J along w₁₁⁽²⁾, the other parameters held");
        assertThat(editor.feedback().errorProperty().get()).isEmpty();
        assertThat(editor.isEditing(W)).isTrue();
    }

    @Test
    void an_input_has_neither_padlock_nor_what_if() throws Exception {
        edit(new Editable.Input(0, 0));
        assertThat(editor.symbolProperty().get()).isEqualTo("x₁");
        assertThat(editor.textProperty().get()).isEqualTo("0.05");
        assertThat(editor.lockableProperty().get()).isFalse();
        assertThat(editor.parameterProperty().get()).isFalse();
        assertThat(editor.whatIf().curveProperty().get()).isNull();
    }

    @Test
    void typing_only_previews_and_enter_makes_one_edit_and_shows_what_it_did_to_the_loss() throws Exception {
        edit(W);
        editor.textProperty().set("0,5");
        settle();
        assertThat(editor.sliderValueProperty().get()).isEqualTo(0.5);
        assertThat(model.lengthProperty().get()).isZero();

        editor.enter();
        settle();
        assertThat(snapshot().weight(2, 0, 0)).isEqualTo(0.5);
        assertThat(model.lengthProperty().get()).isEqualTo(1);
        assertThat(editor.textProperty().get()).isEqualTo("0.5");
        assertThat(editor.feedback().outcomeProperty().get().change()).isPositive();
        assertThat(editor.feedback().outcomeTextProperty().get())
                .matches("J 0\\.2748 → 0\\.\\d+ {2}\\(ΔJ = \\+0\\.\\d+\\)");
        assertThat(settled).hasValue(1);
    }

    @Test
    void a_bad_entry_is_explained_and_changes_nothing_until_the_next_keystroke() throws Exception {
        edit(W);
        editor.textProperty().set("abc");
        editor.enter();
        settle();
        assertThat(editor.feedback().errorProperty().get()).isEqualTo("\"abc\" is not a number.");
        assertThat(settled).as("the refused text is selected, to be typed over").hasValue(1);
        assertThat(model.lengthProperty().get()).isZero();

        editor.textProperty().set("0.4");
        assertThat(editor.feedback().errorProperty().get()).isEmpty();
        editor.enter();
        settle();
        assertThat(model.lengthProperty().get()).as("the same value: no event on the timeline").isZero();
    }

    @Test
    void a_value_the_model_refuses_is_explained_as_a_sentence() throws Exception {
        edit(W);
        editor.apply(W, Double.POSITIVE_INFINITY);
        settle();
        assertThat(editor.feedback().errorProperty().get()).contains("finite").endsWith(".");
        assertThat(Character.isUpperCase(editor.feedback().errorProperty().get().charAt(0))).isTrue();
        assertThat(snapshot().weight(2, 0, 0)).isEqualTo(0.4);
    }

    @Test
    void sliding_previews_on_the_slider_s_steps_and_letting_go_applies() throws Exception {
        edit(W);
        editor.slidingProperty().set(true);
        editor.sliderValueProperty().set(0.5312);
        settle();
        assertThat(editor.textProperty().get()).isEqualTo("0.53");
        assertThat(model.lengthProperty().get()).isZero();

        editor.slidingProperty().set(false);
        settle();
        assertThat(snapshot().weight(2, 0, 0)).isEqualTo(0.53);
        assertThat(model.lengthProperty().get()).isEqualTo(1);
    }

    @Test
    void the_padlock_locks_the_parameter() throws Exception {
        edit(W);
        editor.lockedProperty().set(true);
        settle();
        assertThat(snapshot().isWeightLocked(2, 0, 0)).isTrue();
        assertThat(editor.lockTextProperty().get()).isEqualTo("Locked");
    }

    @Test
    void the_what_if_slice_has_backprops_slope_and_the_value_tried_its_first_order_prediction() throws Exception {
        LossProbe probe = model.probe().get(5, TimeUnit.SECONDS);
        Parameter w = Parameter.weight(2, 0, 0);
        double slope = probe.gradient(w);
        edit(W);
        assertThat(editor.whatIf().curveProperty().get().slope()).isCloseTo(slope, within(Tolerance.ROUNDING));
        assertThat(editor.whatIf().slopeProperty().get()).isEqualTo("backprop slope ∂J/∂w = 0.08217");
        assertThat(editor.whatIf().triedProperty().get()).isFalse();
        assertThat(editor.whatIf().actualProperty().get()).isEqualTo("Type, slide or drag the label to try a value.");

        editor.textProperty().set("0.5");
        settle();
        assertThat(editor.whatIf().pointProperty().get().value()).isEqualTo(0.5);
        assertThat(editor.whatIf().pointProperty().get().change())
                .isCloseTo(probe.lossWith(w, 0.5) - probe.loss(), within(Tolerance.ROUNDING));
        assertThat(editor.whatIf().triedProperty().get()).isTrue();
        assertThat(editor.whatIf().predictedProperty().get())
                .isEqualTo("predicted ΔJ ≈ ∂J/∂w·Δw = 0.08217 × 0.1 = +0.008217");
        assertThat(editor.whatIf().actualProperty().get()).startsWith("actual ΔJ = +0.00").contains("(J 0.2748 → ");

        editor.enter();
        settle();
        assertThat(editor.whatIf().triedProperty().get()).as("the value tried is the point now").isFalse();
        assertThat(editor.whatIf().curveProperty().get().value()).isEqualTo(0.5);
    }

    @Test
    void the_editor_follows_the_model_but_keeps_what_was_typed() throws Exception {
        edit(W);
        model.edit(new Edit.SetWeight(2, 0, 0, 0.7));
        settle();
        assertThat(editor.textProperty().get()).isEqualTo("0.7");

        editor.textProperty().set("0.9");
        model.edit(new Edit.SetWeight(2, 0, 0, 0.1));
        settle();
        assertThat(editor.textProperty().get()).isEqualTo("0.9");
        assertThat(editor.sliderValueProperty().get()).isEqualTo(0.1);
    }

    @Test
    void a_number_that_is_gone_from_the_network_closes_the_editor() throws Exception {
        edit(W);
        Network net = new Network(new int[] {2, 1}, new Activation[] {null, Activation.SIGMOID},
                new double[][][] {{}, {{0.5, -0.5}}}, new double[][] {{}, {0.1}}, null, null);
        model.open(new Session("2-1", net, Loss.SQUARED_ERROR, 0.5, BatchMode.FULL,
                new Dataset(new double[][] {{1.0, 0.0}}, new double[][] {{1.0}})));
        settle();
        assertThat(editor.showingProperty().get()).isFalse();
        assertThat(editor.isEditing(W)).isFalse();
        assertThat(editor.whatIf().curveProperty().get()).isNull();
    }

    @Test
    void after_closing_the_editor_no_longer_follows_the_model() throws Exception {
        edit(W);
        editor.close();
        model.edit(new Edit.SetWeight(2, 0, 0, 0.7));
        settle();
        assertThat(editor.textProperty().get()).isEqualTo("0.4");
        assertThat(editor.isEditing(W)).isFalse();
    }
}
