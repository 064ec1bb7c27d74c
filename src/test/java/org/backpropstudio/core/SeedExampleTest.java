package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The seed's 2-2-1 worked example, micro-step by micro-step, against values computed by hand. */
class SeedExampleTest {
    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    // The hand computation, written out once as in the textbook.
    private final double x1 = 0.05, x2 = 0.10, y = 0.01, eta = 0.5;
    private final double w11 = 0.15, w12 = 0.20, w21 = 0.25, w22 = 0.30, b1 = 0.35;
    private final double v1 = 0.40, v2 = 0.45, b2 = 0.60;
    private final double z11 = w11 * x1 + w12 * x2 + b1;
    private final double z12 = w21 * x1 + w22 * x2 + b1;
    private final double a11 = sigmoid(z11);
    private final double a12 = sigmoid(z12);
    private final double z2 = v1 * a11 + v2 * a12 + b2;
    private final double a2 = sigmoid(z2);
    private final double loss = 0.5 * (a2 - y) * (a2 - y);
    private final double d2 = (a2 - y) * a2 * (1 - a2);
    private final double d11 = v1 * d2 * a11 * (1 - a11);
    private final double d12 = v2 * d2 * a12 * (1 - a12);

    @Test
    void every_micro_step_of_one_iteration_gives_the_hand_computed_value() {
        Engine engine = new Engine(TestSessions.seedExample());
        assertThat(engine.plan().length()).isEqualTo(4 * 2 + 1 + 1);

        assertThat(engine.takeStep()).isEqualTo(new MicroStep(MicroStep.Kind.Z, 1, 0));
        assertThat(engine.z(1, 0)).isCloseTo(0.3775, within(Tolerance.ROUNDING));
        assertThat(engine.z(1, 1)).isCloseTo(0.3925, within(Tolerance.ROUNDING));
        assertThat(engine.isComputed(MicroStep.Kind.Z, 1)).isTrue();
        assertThat(engine.isComputed(MicroStep.Kind.A, 1)).isFalse();

        assertThat(engine.takeStep().kind()).isEqualTo(MicroStep.Kind.A);
        assertThat(engine.a(1, 0)).isCloseTo(0.593269992, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(a11, within(Tolerance.ROUNDING));
        assertThat(engine.a(1, 1)).isCloseTo(0.596884378, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(a12, within(Tolerance.ROUNDING));

        engine.takeStep();
        assertThat(engine.z(2, 0)).isCloseTo(1.105905967, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(z2, within(Tolerance.ROUNDING));
        engine.takeStep();
        assertThat(engine.a(2, 0)).isCloseTo(0.75136507, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(a2, within(Tolerance.ROUNDING));

        assertThat(engine.takeStep().kind()).isEqualTo(MicroStep.Kind.LOSS);
        assertThat(engine.sampleLoss()).isCloseTo(0.274811083, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(loss, within(Tolerance.ROUNDING));

        assertThat(engine.takeStep()).isEqualTo(new MicroStep(MicroStep.Kind.DELTA, 2, 0));
        assertThat(engine.delta(2, 0)).isCloseTo(0.138498562, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(d2, within(Tolerance.ROUNDING));
        assertThat(engine.takeStep()).isEqualTo(new MicroStep(MicroStep.Kind.DELTA, 1, 0));
        assertThat(engine.delta(1, 0)).isCloseTo(d11, within(Tolerance.ROUNDING));
        assertThat(engine.delta(1, 1)).isCloseTo(d12, within(Tolerance.ROUNDING));

        assertThat(engine.takeStep()).isEqualTo(new MicroStep(MicroStep.Kind.GRADIENT, 2, 0));
        assertThat(engine.sampleWeightGradient(2, 0, 0)).isCloseTo(0.082167041, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(d2 * a11, within(Tolerance.ROUNDING));
        assertThat(engine.takeStep()).isEqualTo(new MicroStep(MicroStep.Kind.GRADIENT, 1, 0));
        assertThat(engine.sampleWeightGradient(1, 0, 0)).isCloseTo(d11 * x1, within(Tolerance.ROUNDING));

        assertThat(engine.takeStep().kind()).isEqualTo(MicroStep.Kind.UPDATE);
        assertThat(engine.weight(2, 0, 0)).isCloseTo(0.35891648, within(Tolerance.WORKED_EXAMPLE))
                .isCloseTo(v1 - eta * d2 * a11, within(Tolerance.ROUNDING));
        assertThat(engine.weight(2, 0, 1)).isCloseTo(v2 - eta * d2 * a12, within(Tolerance.ROUNDING));
        assertThat(engine.bias(2, 0)).isCloseTo(b2 - eta * d2, within(Tolerance.ROUNDING));
        assertThat(engine.weight(1, 0, 0)).isCloseTo(w11 - eta * d11 * x1, within(Tolerance.ROUNDING));
        assertThat(engine.weight(1, 0, 1)).isCloseTo(w12 - eta * d11 * x2, within(Tolerance.ROUNDING));
        assertThat(engine.weight(1, 1, 0)).isCloseTo(w21 - eta * d12 * x1, within(Tolerance.ROUNDING));
        assertThat(engine.weight(1, 1, 1)).isCloseTo(w22 - eta * d12 * x2, within(Tolerance.ROUNDING));
        assertThat(engine.bias(1, 0)).isCloseTo(b1 - eta * d11, within(Tolerance.ROUNDING));
        assertThat(engine.bias(1, 1)).isCloseTo(b1 - eta * d12, within(Tolerance.ROUNDING));
        assertThat(engine.iterationLoss()).isCloseTo(loss, within(Tolerance.ROUNDING));
        assertThat(engine.completedIterations()).isEqualTo(1);
    }

    @Test
    void hidden_deltas_use_the_weights_from_before_the_update() {
        Engine engine = new Engine(TestSessions.seedExample());
        engine.runIteration();

        // A variant that updated W(2) before computing δ(1) would use v1' = v1 − η δ2 a11 here.
        double v1Updated = v1 - eta * d2 * a11;
        double d11WithUpdatedWeights = v1Updated * d2 * a11 * (1 - a11);
        double w11ByVariant = w11 - eta * d11WithUpdatedWeights * x1;

        assertThat(engine.weight(1, 0, 0)).isCloseTo(w11 - eta * d11 * x1, within(Tolerance.ROUNDING));
        assertThat(Math.abs(engine.weight(1, 0, 0) - w11ByVariant)).isGreaterThan(1e-6);
    }

    @Test
    void the_shortcut_is_reported_for_sigmoid_and_softmax_with_cross_entropy_only() {
        assertThat(Loss.CROSS_ENTROPY.hasShortcut(Activation.SIGMOID)).isTrue();
        assertThat(Loss.CROSS_ENTROPY.hasShortcut(Activation.SOFTMAX)).isTrue();
        assertThat(Loss.SQUARED_ERROR.hasShortcut(Activation.SIGMOID)).isFalse();
        assertThat(Loss.SQUARED_ERROR.hasShortcut(Activation.LINEAR)).isFalse();
    }
}
