package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropstudio.app.diagram.Marks.Mark;
import org.backpropstudio.app.diagram.Marks.Part;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.MicroStep.Kind;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/** What each micro-step marks as computed and as read, on a 2-3-2 network. */
class MarksTest {

    private static NetworkState net(Activation hidden, Activation output, Loss loss) {
        Activation[] f = {null, hidden, output};
        Session s = new Session("marks", Initializer.random(new int[] {2, 3, 2}, f, 1), loss, 0.5, BatchMode.FULL,
                new Dataset(new double[][] {{0.1, 0.2}}, new double[][] {{0, 1}}));
        return new Engine(s);
    }

    private static final NetworkState SIGMOIDS = net(Activation.SIGMOID, Activation.SIGMOID, Loss.SQUARED_ERROR);

    private static Marks of(Kind kind, int layer) {
        return Marks.of(new MicroStep(kind, layer, 0), SIGMOIDS);
    }

    @Test
    void nothing_is_marked_before_the_first_step() {
        assertThat(Marks.of(null, SIGMOIDS)).isEqualTo(Marks.NONE);
    }

    @Test
    void z_reads_the_activations_below_the_weights_and_biases() {
        Marks m = of(Kind.Z, 2);
        assertThat(m.computed()).containsExactly(new Mark(Part.Z, 2));
        assertThat(m.read())
                .containsExactlyInAnyOrder(new Mark(Part.A, 1), new Mark(Part.WEIGHT, 2), new Mark(Part.BIAS, 2));
    }

    @Test
    void a_reads_z() {
        Marks m = of(Kind.A, 1);
        assertThat(m.computed()).containsExactly(new Mark(Part.A, 1));
        assertThat(m.read()).containsExactly(new Mark(Part.Z, 1));
    }

    @Test
    void the_loss_reads_the_outputs_and_targets() {
        Marks m = Marks.of(new MicroStep(Kind.LOSS, 0, 0), SIGMOIDS);
        assertThat(m.computed()).containsExactly(new Mark(Part.LOSS, 0));
        assertThat(m.read()).containsExactlyInAnyOrder(new Mark(Part.A, 2), new Mark(Part.TARGET, 2));
    }

    @Test
    void the_output_delta_reads_a_y_and_z_unless_it_is_a_minus_y() {
        assertThat(of(Kind.DELTA, 2).read()).containsExactlyInAnyOrder(
                new Mark(Part.A, 2), new Mark(Part.TARGET, 2), new Mark(Part.Z, 2));
        NetworkState crossEntropy = net(Activation.SIGMOID, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        assertThat(Marks.of(new MicroStep(Kind.DELTA, 2, 0), crossEntropy).read()).containsExactlyInAnyOrder(
                new Mark(Part.A, 2), new Mark(Part.TARGET, 2));
    }

    @Test
    void a_hidden_delta_reads_the_weights_and_deltas_above_and_what_f_prime_needs() {
        Marks m = of(Kind.DELTA, 1);
        assertThat(m.computed()).containsExactly(new Mark(Part.DELTA, 1));
        assertThat(m.read()).containsExactlyInAnyOrder(new Mark(Part.WEIGHT, 2), new Mark(Part.DELTA, 2),
                new Mark(Part.Z, 1), new Mark(Part.A, 1));
        NetworkState relu = net(Activation.RELU, Activation.SIGMOID, Loss.SQUARED_ERROR);
        assertThat(Marks.of(new MicroStep(Kind.DELTA, 1, 0), relu).read()).containsExactlyInAnyOrder(
                new Mark(Part.WEIGHT, 2), new Mark(Part.DELTA, 2), new Mark(Part.Z, 1));
    }

    @Test
    void gradients_read_delta_and_the_activations_below() {
        Marks m = of(Kind.GRADIENT, 1);
        assertThat(m.computed())
                .containsExactlyInAnyOrder(new Mark(Part.WEIGHT_GRADIENT, 1), new Mark(Part.BIAS_GRADIENT, 1));
        assertThat(m.read()).containsExactlyInAnyOrder(new Mark(Part.DELTA, 1), new Mark(Part.A, 0));
    }

    @Test
    void the_update_computes_every_parameter_from_every_gradient() {
        Marks m = Marks.of(new MicroStep(Kind.UPDATE, 0, -1), SIGMOIDS);
        assertThat(m.computed()).containsExactlyInAnyOrder(new Mark(Part.WEIGHT, 1), new Mark(Part.BIAS, 1),
                new Mark(Part.WEIGHT, 2), new Mark(Part.BIAS, 2));
        assertThat(m.read()).containsExactlyInAnyOrder(
                new Mark(Part.WEIGHT_GRADIENT, 1), new Mark(Part.BIAS_GRADIENT, 1),
                new Mark(Part.WEIGHT_GRADIENT, 2), new Mark(Part.BIAS_GRADIENT, 2));
    }
}
