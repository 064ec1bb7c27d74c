package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backpropstudio.core.Architecture.LayerSpec;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private final Session xor = TestSessions.xor(1);

    private Architecture arch(List<LayerSpec> layers, Loss loss) {
        return new Architecture(layers, loss, 0.5, BatchMode.FULL, 9, false);
    }

    @Test
    void the_editor_builds_the_network_it_shows() {
        Session s = arch(List.of(new LayerSpec(4, Activation.RELU), new LayerSpec(3, Activation.TANH),
                new LayerSpec(1, Activation.SIGMOID)), Loss.CROSS_ENTROPY).applyTo(xor);
        assertThat(s.network().unitsArray()).containsExactly(2, 4, 3, 1);
        assertThat(s.network().activation(1)).isEqualTo(Activation.RELU);
        assertThat(s.network().activation(3)).isEqualTo(Activation.SIGMOID);
        assertThat(s.loss()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(s.dataset()).isEqualTo(xor.dataset());
        assertThat(s.network()).isEqualTo(Initializer.random(new int[] {2, 4, 3, 1},
                new Activation[] {null, Activation.RELU, Activation.TANH, Activation.SIGMOID}, 9));
    }

    @Test
    void the_same_shape_keeps_the_weights_unless_reinitialised() {
        Architecture same = Architecture.of(xor, 3);
        assertThat(same.applyTo(xor).network()).isEqualTo(xor.network());
        Architecture fresh = new Architecture(same.layers(), same.loss(), 0.1, BatchMode.SAMPLE, 3, true);
        Session s = fresh.applyTo(xor);
        assertThat(s.network()).isNotEqualTo(xor.network());
        assertThat(s.learningRate()).isEqualTo(0.1);
        assertThat(s.batch()).isEqualTo(BatchMode.SAMPLE);
    }

    @Test
    void invalid_combinations_are_refused_with_a_reason() {
        LayerSpec out = new LayerSpec(1, Activation.SIGMOID);
        assertThatThrownBy(
                () -> arch(List.of(new LayerSpec(2, Activation.SOFTMAX), out), Loss.SQUARED_ERROR).applyTo(xor))
                .hasMessageContaining("output layer only");
        assertThatThrownBy(() -> arch(List.of(new LayerSpec(1, Activation.SOFTMAX)), Loss.SQUARED_ERROR).applyTo(xor))
                .hasMessageContaining("cross-entropy");
        assertThatThrownBy(() -> arch(List.of(new LayerSpec(1, Activation.TANH)), Loss.CROSS_ENTROPY).applyTo(xor))
                .hasMessageContaining("sigmoid or softmax");
        assertThatThrownBy(
                () -> arch(List.of(new LayerSpec(300, Activation.TANH), out), Loss.SQUARED_ERROR).applyTo(xor))
                .hasMessageContaining("1 to 256");
        assertThatThrownBy(() -> arch(List.of(new LayerSpec(2, Activation.SIGMOID)), Loss.SQUARED_ERROR).applyTo(xor))
                .hasMessageContaining("needs 1 unit,");
        assertThatThrownBy(() -> arch(List.of(), Loss.SQUARED_ERROR).applyTo(xor))
                .hasMessageContaining("1 to 10 layers");
        assertThatThrownBy(
                () -> new Architecture(List.of(out), Loss.SQUARED_ERROR, 0, BatchMode.FULL, 1, false).applyTo(xor))
                .hasMessageContaining("learning rate");
        assertThatThrownBy(() -> arch(List.of(new LayerSpec(1, Activation.SOFTMAX)), Loss.CROSS_ENTROPY).applyTo(xor))
                .hasMessageContaining("sum to 1");
    }
}
