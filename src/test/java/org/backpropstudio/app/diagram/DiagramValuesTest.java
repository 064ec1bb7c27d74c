package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Which values the diagram shows, and the tooltips' texts, read from snapshots of the seed's
 * worked example (2-2-1, x = (0.05, 0.10), y = 0.01) without a window. An iteration's micro-steps:
 * z⁽¹⁾, a⁽¹⁾, z⁽²⁾, a⁽²⁾, the loss, δ⁽²⁾, δ⁽¹⁾, the gradients of layer 2, of layer 1, the update.
 */
class DiagramValuesTest {
    private final StepMachine machine = new StepMachine(TestSessions.seedExample());

    private Snapshot after(int steps) {
        for (int i = 0; i < steps; i++) {
            machine.stepForward();
        }
        return Snapshot.of(machine, 16);
    }

    @Test
    void before_the_first_step_nothing_is_computed_and_x_and_y_are_the_sample_to_be_loaded() {
        Snapshot s = after(0);
        assertThat(DiagramValues.loaded(s)).isFalse();
        assertThat(DiagramValues.hasA(s, 0)).isFalse();
        assertThat(DiagramValues.hasZ(s, 1)).isFalse();
        assertThat(DiagramValues.hasLoss(s)).isFalse();
        assertThat(DiagramValues.input(s, 1)).isEqualTo(0.1);
        assertThat(DiagramValues.target(s, 0)).isEqualTo(0.01);
        assertThat(Descriptions.unit(s, 0, 0)).contains("Input 1  (x₁)", "x₁ = 0.05", "(loaded by the first step)");
    }

    @Test
    void each_step_shows_what_it_computed_and_nothing_later() {
        Snapshot s = after(1);
        assertThat(DiagramValues.loaded(s)).isTrue();
        assertThat(DiagramValues.hasZ(s, 1)).isTrue();
        assertThat(DiagramValues.hasA(s, 1)).isFalse();
        assertThat(Descriptions.unit(s, 1, 0))
                .contains("Hidden layer 1, unit 1  (h₁)", "z⁽¹⁾₁ = 0.3775", "a⁽¹⁾₁ = not computed yet");

        s = after(5); // a⁽¹⁾ … δ⁽²⁾
        assertThat(DiagramValues.hasLoss(s)).isTrue();
        assertThat(DiagramValues.hasDelta(s, 2)).isTrue();
        assertThat(DiagramValues.hasDelta(s, 1)).isFalse();
        assertThat(DiagramValues.hasGradient(s, 2)).isFalse();
    }

    @Test
    void a_gradient_is_the_samples_after_its_step_and_the_iterations_average_after_the_update() {
        Snapshot s = after(8); // … the gradients of layer 2
        assertThat(DiagramValues.hasGradient(s, 2)).isTrue();
        assertThat(DiagramValues.hasGradient(s, 1)).isFalse();
        assertThat(DiagramValues.weightGradient(s, 2, 0, 0)).isCloseTo(0.08217, within(Tolerance.printed(5)));
        assertThat(DiagramValues.biasGradient(s, 2, 0)).isEqualTo(s.delta(2, 0));
        assertThat(Descriptions.weight(s, 2, 0, 0)).contains("w₁₁⁽²⁾", "w = 0.4", "∂J/∂w = 0.082167");
        assertThat(Descriptions.weight(s, 1, 0, 0)).contains("∂J/∂w = not computed yet");

        s = after(2); // … the update
        assertThat(DiagramValues.hasGradient(s, 1)).isTrue();
        assertThat(DiagramValues.weightGradient(s, 2, 0, 0)).isEqualTo(s.weightGradient(2, 0, 0));
        assertThat(s.weight(2, 0, 0)).isCloseTo(0.4 - 0.5 * 0.08217, within(Tolerance.printed(5)));
    }

    @Test
    void a_screen_reader_hears_each_unit_and_weight_with_the_values_the_diagram_shows() {
        Snapshot s = after(2); // z⁽¹⁾, a⁽¹⁾
        assertThat(Descriptions.spokenUnit(s, 0, 1)).isEqualTo("input unit 2: x 0.1");
        assertThat(Descriptions.spokenUnit(s, 1, 0))
                .isEqualTo("hidden unit 1 of layer 1: z 0.3775, a 0.5933, δ not yet computed, bias 0.35");
        assertThat(Descriptions.spokenUnit(s, 2, 0)).isEqualTo("output unit 1: z not yet computed, "
                + "a not yet computed, δ not yet computed, target y 0.01, bias 0.6");
        assertThat(Descriptions.spokenWeight(s, 2, 0, 1))
                .isEqualTo("weight from unit 2 of layer 1 to unit 1 of layer 2: w 0.45, gradient not yet computed");
        s = after(6); // … δ⁽¹⁾, the gradients of layer 2
        assertThat(Descriptions.spokenWeight(s, 2, 0, 0))
                .isEqualTo("weight from unit 1 of layer 1 to unit 1 of layer 2: w 0.4, gradient 0.08217");
        machine.edit(new Edit.LockBias(2, 0, true));
        assertThat(Descriptions.spokenUnit(after(0), 2, 0)).endsWith(", bias 0.6, locked");
    }
}
