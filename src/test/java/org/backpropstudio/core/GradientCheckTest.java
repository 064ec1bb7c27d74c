package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine's gradients against central differences on hundreds of seeded random networks: every
 * activation, both losses, both batch modes. The fourth-order central difference
 * (−J(θ+2h) + 8J(θ+h) − 8J(θ−h) + J(θ−2h)) / 12h keeps both truncation and rounding far below the
 * tolerance, so that a failure means a wrong gradient, not a noisy estimate.
 */
class GradientCheckTest {
    /**
     * Below this magnitude a gradient is compared absolutely, to Tolerance.GRADIENT_CHECK × FLOOR = 1e-11: the
     * difference quotient's rounding noise is about 1e-13 × J.
     */
    private static final double FLOOR = 1e-5;
    private static final double H = 1e-3;
    /** A z this close to 0 in a relu layer is a kink: the difference quotient does not apply. */
    private static final double KINK = 1e-1;

    @TestFactory
    Stream<DynamicTest> backprop_matches_central_differences_on_random_networks() {
        return IntStream.range(0, 400).mapToObj(seed -> DynamicTest.dynamicTest("network " + seed, () -> {
            Random random = new Random(seed);
            Session session;
            Session iterationData;
            do {
                session = TestSessions.random(random);
                iterationData = samplesOfFirstIteration(session);
            } while (nearKink(iterationData));
            Engine engine = new Engine(session);
            engine.runIteration();
            Network net = session.network();
            Engine probe = new Engine(iterationData);
            double[][][] W = net.weightsCopy();
            double[][] b = net.biasesCopy();
            for (int l = 1; l <= net.layers(); l++) {
                for (int j = 0; j < net.units(l); j++) {
                    for (int k = 0; k < net.units(l - 1); k++) {
                        double[] row = W[l][j];
                        int col = k;
                        double numeric = centralDifference(v -> row[col] = v, row[col], () -> probe.datasetLoss(W, b));
                        assertClose(engine.weightGradient(l, j, k), numeric, "dJ/dW(" + l + ")" + j + k);
                    }
                    double[] bias = b[l];
                    int unit = j;
                    double numeric = centralDifference(v -> bias[unit] = v, bias[unit], () -> probe.datasetLoss(W, b));
                    assertClose(engine.biasGradient(l, j), numeric, "dJ/db(" + l + ")" + j);
                }
            }
        }));
    }

    /** The fourth-order central difference of J in one parameter, which is put back afterwards. */
    private static double centralDifference(DoubleConsumer set, double value, DoubleSupplier loss) {
        set.accept(value + 2 * H);
        double plus2 = loss.getAsDouble();
        set.accept(value + H);
        double plus1 = loss.getAsDouble();
        set.accept(value - H);
        double minus1 = loss.getAsDouble();
        set.accept(value - 2 * H);
        double minus2 = loss.getAsDouble();
        set.accept(value);
        return (-plus2 + 8 * plus1 - 8 * minus1 + minus2) / (12 * H);
    }

    private static void assertClose(double backprop, double numeric, String what) {
        double scale = Math.max(FLOOR, Math.max(Math.abs(backprop), Math.abs(numeric)));
        assertThat(Math.abs(backprop - numeric) / scale).as(what + ": backprop %s, numeric %s", backprop, numeric)
                .isLessThanOrEqualTo(Tolerance.GRADIENT_CHECK);
    }

    /** The session cut to the samples that its first iteration uses (all, or sample 0). */
    private static Session samplesOfFirstIteration(Session session) {
        if (session.batch() == BatchMode.FULL) {
            return session;
        }
        Dataset d = session.dataset();
        Dataset first = new Dataset(new double[][] {d.inputRow(0)}, new double[][] {d.targetRow(0)});
        return session.withDataset(first);
    }

    private static boolean nearKink(Session session) {
        Engine engine = new Engine(session.withDataset(session.dataset()));
        List<Double> zs = new ArrayList<>();
        int samples = session.samplesPerIteration();
        for (int s = 0; s < samples; s++) {
            for (int l = 1; l <= session.network().layers(); l++) {
                engine.takeStep();
                engine.takeStep();
                Activation f = session.network().activation(l);
                if (f == Activation.RELU || f == Activation.LEAKY_RELU) {
                    for (int j = 0; j < session.network().units(l); j++) {
                        zs.add(engine.z(l, j));
                    }
                }
            }
            for (int rest = 0; rest < 2 * session.network().layers() + 1; rest++) {
                engine.takeStep();
            }
        }
        return zs.stream().anyMatch(z -> Math.abs(z) < KINK);
    }
}
