package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The loss probe (what-if slices), the gradient check and the generated datasets. */
class ProbesAndDataTest {
    /**
     * A central difference over the slice's own grid (a step of 0.1) against the gradient: its
     * truncation error h²·J‴/6 is 2.4e-5 on the seed example.
     */
    private static final double SLICE_DIFFERENCE = 1e-3;
    /**
     * |backprop − central difference| in the app's check (h = 1e-5): truncation and rounding come to
     * at most 8e-11 on this random network.
     */
    private static final double CHECK_DIFFERENCE = 1e-7;

    @Test
    void the_probe_gradient_is_the_iterations_backprop_gradient_and_the_slice_passes_through_the_point() {
        Session seed = TestSessions.seedExample();
        LossProbe probe = new LossProbe(seed, 0);
        Engine engine = new Engine(seed);
        engine.runIteration();
        Parameter w = Parameter.weight(2, 0, 0);
        assertThat(probe.gradient(w)).isEqualTo(engine.weightGradient(2, 0, 0));
        assertThat(probe.loss()).isEqualTo(engine.iterationLoss());

        double[][] slice = probe.slice(w, 1.0, 21);
        assertThat(slice[0][10]).isCloseTo(0.40, within(Tolerance.FEW_ULPS));
        assertThat(slice[1][10]).isEqualTo(probe.loss());
        // the tangent's slope is the gradient: the slice's own central difference agrees
        double h = slice[0][11] - slice[0][10];
        assertThat((slice[1][11] - slice[1][9]) / (2 * h)).isCloseTo(probe.gradient(w), within(SLICE_DIFFERENCE));
        assertThat(probe.value(w)).as("probing leaves the point as it was").isEqualTo(0.40);
    }

    @Test
    void in_sample_mode_the_probe_uses_the_iterations_sample_only() {
        Session xor = TestSessions.xor(2);
        Session perSample = new Session("xor", xor.network(), xor.loss(), 1, BatchMode.SAMPLE, xor.dataset());
        LossProbe probe = new LossProbe(perSample, 6);
        Engine engine = new Engine(perSample);
        for (int i = 0; i < 6; i++) {
            engine.runIteration();
        }
        Engine seventh = new Engine(perSample.withNetwork(perSample.network()));
        seventh.load(perSample, 6);
        seventh.runIteration();
        assertThat(probe.gradient(Parameter.bias(1, 1))).isEqualTo(seventh.biasGradient(1, 1));
    }

    @Test
    void the_gradient_check_agrees_for_every_parameter() {
        Session session = TestSessions.random(new Random(42));
        List<GradientCheck.Row> rows = GradientCheck.of(session, 0);
        assertThat(rows).hasSize(session.network().parameterCount());
        for (GradientCheck.Row row : rows) {
            assertThat(Math.abs(row.backprop() - row.numeric())).as(row.parameter().label())
                    .isLessThan(CHECK_DIFFERENCE);
        }
    }

    @ParameterizedTest
    @EnumSource(DataGenerator.class)
    void generated_data_has_the_right_shape_and_the_same_seed_gives_the_same_data(DataGenerator generator) {
        Dataset a = generator.generate(60, 0.1, 7);
        Dataset b = generator.generate(60, 0.1, 7);
        assertThat(a).isEqualTo(b);
        assertThat(a.size()).isEqualTo(60);
        assertThat(a.inputWidth()).isEqualTo(generator.inputs());
        assertThat(a.targetWidth()).isEqualTo(generator.outputs());
        assertThat(generator.generate(60, 0.1, 8)).isNotEqualTo(a);
        for (int s = 0; s < a.size(); s++) {
            for (int i = 0; i < a.inputWidth(); i++) {
                assertThat(Math.abs(a.input(s, i))).isLessThan(2.5);
            }
        }
    }

    @Test
    void logic_gates_without_noise_are_their_truth_tables() {
        Dataset xor = DataGenerator.XOR.generate(4, 0, 1);
        assertThat(xor).isEqualTo(new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{0}, {1}, {1}, {0}}));
        assertThat(DataGenerator.AND.generate(4, 0, 1).target(3, 0)).isEqualTo(1);
        assertThat(DataGenerator.OR.generate(4, 0, 1).target(0, 0)).isEqualTo(0);
        assertThat(DataGenerator.XNOR.generate(4, 0, 1).target(0, 0)).isEqualTo(1);
    }

    @Test
    void blobs_are_one_hot_and_bad_sizes_are_refused() {
        Dataset blobs = DataGenerator.BLOBS.generate(9, 0, 1);
        for (int s = 0; s < 9; s++) {
            assertThat(blobs.target(s, 0) + blobs.target(s, 1) + blobs.target(s, 2)).isEqualTo(1.0);
            assertThat(blobs.target(s, s % 3)).isEqualTo(1.0);
        }
        assertThatThrownBy(() -> DataGenerator.SINE.generate(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataGenerator.SINE.generate(10, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DataGenerator.fromId("two-moons")).contains(DataGenerator.TWO_MOONS);
    }

    @Test
    void the_predictor_gives_the_engines_outputs() {
        Session blobs = TestSessions.random(new Random(3));
        Engine engine = new Engine(blobs);
        engine.runIteration();
        Predictor predictor = new Predictor(engine.currentNetwork());
        double[] out = new double[blobs.network().outputs()];
        for (int s = 0; s < blobs.dataset().size(); s++) {
            predictor.predict(blobs.dataset().inputRow(s), out);
            assertThat(out).containsExactly(engine.predict(blobs.dataset().inputRow(s)));
        }
    }
}
