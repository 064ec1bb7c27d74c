package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Engine#runIteration()}, which runs an iteration of several samples over chunks of samples
 * at once ({@link ChunkedIteration}), against the same iterations one micro-step at a time
 * ({@link Engine#takeStep()}): every array of the engine's state the same bits after each
 * iteration, on seeded random networks (every activation, both losses, every batch mode, locked
 * parameters, 1 to 600 samples so that some iterations take several chunks), also once the
 * numbers overflow to ±∞ and NaN; and on a few wider networks (up to 64-32-10), whose sums take
 * their terms four at a time.
 */
class EngineTest {
    /** Sample counts: up to 256 make one chunk on these small networks, 257 two, 600 three. */
    private static final int[] SAMPLES = {1, 2, 3, 5, 17, 64, 65, 200, 256, 257, 600};

    @TestFactory
    Stream<DynamicTest> a_whole_iteration_is_its_micro_steps_bit_for_bit() {
        return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("session " + seed, () -> {
            Random random = new Random(seed);
            Session session = withMoreOfEverything(TestSessions.random(random), random);
            Engine whole = new Engine(session);
            Engine steps = new Engine(session);
            for (int i = 0; i < 4; i++) {
                double loss = whole.runIteration();
                for (int k = 0; k < steps.plan().length(); k++) {
                    steps.takeStep();
                }
                assertThat(Double.doubleToRawLongBits(loss))
                        .isEqualTo(Double.doubleToRawLongBits(steps.iterationLoss()));
                assertThat(state(whole)).as("iteration %d of %s", i, describe(session)).isEqualTo(state(steps));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> wide_layers_too() {
        int[][] shapes = {{9, 13, 3}, {64, 32, 10}, {1, 8, 8, 1}, {12, 7, 2}};
        return IntStream.range(0, shapes.length).mapToObj(i -> DynamicTest.dynamicTest(
                Arrays.toString(shapes[i]), () -> {
                    Random random = new Random(100 + i);
                    int[] units = shapes[i];
                    int layers = units.length - 1;
                    Activation[] f = new Activation[units.length];
                    for (int l = 1; l < layers; l++) {
                        f[l] = l % 2 == 1 ? Activation.TANH : Activation.LEAKY_RELU;
                    }
                    boolean softmax = units[layers] > 1;
                    f[layers] = softmax ? Activation.SOFTMAX : Activation.SIGMOID;
                    int m = 70 + random.nextInt(300);
                    double[][] x = new double[m][units[0]];
                    double[][] y = new double[m][units[layers]];
                    for (int s = 0; s < m; s++) {
                        for (int k = 0; k < units[0]; k++) {
                            x[s][k] = random.nextGaussian();
                        }
                        y[s][softmax ? random.nextInt(units[layers]) : 0] = softmax ? 1.0 : random.nextInt(2);
                    }
                    Session session = new Session("wide", Initializer.random(units, f, i), Loss.CROSS_ENTROPY, 0.3,
                            BatchMode.FULL, new Dataset(x, y));
                    Engine whole = new Engine(session);
                    Engine steps = new Engine(session);
                    for (int it = 0; it < 3; it++) {
                        whole.runIteration();
                        for (int k = 0; k < steps.plan().length(); k++) {
                            steps.takeStep();
                        }
                        assertThat(state(whole)).as("iteration %d", it).isEqualTo(state(steps));
                    }
                }));
    }

    /**
     * The engine places the last sample's x, y, z, a and δ of a whole iteration only when its state
     * is next read or changed: after several whole iterations read by nothing but their loss and
     * finiteness, the state is that of the last one, and a hand edit then acts on it as on the
     * micro-stepped state.
     */
    @TestFactory
    Stream<DynamicTest> whole_iterations_in_a_row_leave_the_state_of_the_last() {
        return IntStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("session " + seed, () -> {
            Random random = new Random(1000 + seed);
            Session session = withMoreOfEverything(TestSessions.random(random), random);
            Engine whole = new Engine(session);
            Engine steps = new Engine(session);
            int n = steps.plan().length();
            for (int i = 0; i < 3; i++) {
                double loss = whole.runIteration();
                assertThat(Double.doubleToRawLongBits(whole.iterationLoss()))
                        .isEqualTo(Double.doubleToRawLongBits(loss));
                for (int k = 0; k < n; k++) {
                    steps.takeStep();
                }
            }
            assertThat(whole.isLastStepFinite()).isEqualTo(steps.isLastStepFinite());
            assertThat(state(whole)).as(describe(session)).isEqualTo(state(steps));
            whole.runIteration();
            for (int k = 0; k < n; k++) {
                steps.takeStep();
            }
            whole.setWeight(1, 0, 0, 0.125);
            steps.setWeight(1, 0, 0, 0.125);
            whole.recompute();
            steps.recompute();
            for (int k = 0; k < n / 2; k++) {
                whole.takeStep();
                steps.takeStep();
            }
            assertThat(state(whole)).as("after a hand edit, " + describe(session)).isEqualTo(state(steps));
        }));
    }

    @Test
    void after_a_whole_iteration_the_micro_steps_go_on_from_the_same_state() {
        Session session = withMoreOfEverything(TestSessions.random(new Random(7)), new Random(8));
        Engine mixed = new Engine(session);
        Engine steps = new Engine(session);
        mixed.runIteration();
        int n = steps.plan().length();
        for (int k = 0; k < n + n / 2; k++) {
            steps.takeStep();
        }
        for (int k = 0; k < n / 2; k++) {
            mixed.takeStep();
        }
        assertThat(state(mixed)).isEqualTo(state(steps));
    }

    @Test
    void a_new_dataset_of_the_same_size_is_the_one_trained_on() {
        Session session = TestSessions.xor(3);
        Engine whole = new Engine(session);
        Engine steps = new Engine(session);
        int n = steps.plan().length();
        whole.runIteration();
        for (int k = 0; k < n; k++) {
            steps.takeStep();
        }
        Dataset edited = session.dataset().withInput(2, 1, 0.25);
        whole.setSettings(edited, session.learningRate());
        steps.setSettings(edited, session.learningRate());
        whole.runIteration();
        for (int k = 0; k < n; k++) {
            steps.takeStep();
        }
        assertThat(state(whole)).isEqualTo(state(steps));
    }

    /**
     * {@code s} with a dataset of a size from {@link #SAMPLES}, one of the three batch modes, some
     * parameters locked, and now and then a learning rate large enough to overflow.
     */
    private static Session withMoreOfEverything(Session s, Random random) {
        int m = SAMPLES[random.nextInt(SAMPLES.length)];
        Dataset small = s.dataset();
        double[][] x = new double[m][];
        double[][] y = new double[m][];
        for (int i = 0; i < m; i++) {
            x[i] = small.inputRow(i % small.size());
            for (int k = 0; k < x[i].length; k++) {
                x[i][k] += random.nextGaussian() * 0.1;
            }
            y[i] = small.targetRow(i % small.size());
        }
        Network net = s.network();
        for (int l = 1; l <= net.layers(); l++) {
            for (int j = 0; j < net.units(l); j++) {
                if (random.nextInt(8) == 0) {
                    net = net.withBiasLocked(l, j, true);
                }
                for (int k = 0; k < net.units(l - 1); k++) {
                    if (random.nextInt(8) == 0) {
                        net = net.withWeightLocked(l, j, k, true);
                    }
                }
            }
        }
        double eta = random.nextInt(6) == 0 ? 1e5 : s.learningRate();
        BatchMode batch = BatchMode.values()[random.nextInt(BatchMode.values().length)];
        int batchSize = batch == BatchMode.MINI ? 1 + random.nextInt(m) : 0;
        return new Session(s.name(), net, s.loss(), eta, batch, new Dataset(x, y), batchSize, random.nextLong());
    }

    private static String describe(Session s) {
        StringBuilder b = new StringBuilder();
        for (int l = 0; l <= s.network().layers(); l++) {
            b.append(l == 0 ? "" : "-").append(s.network().units(l));
            if (l > 0) {
                b.append(' ').append(s.network().activation(l));
            }
        }
        return b + ", " + s.loss() + ", " + s.batch() + " of " + s.samplesPerIteration() + " of "
                + s.dataset().size() + " samples, η = " + s.learningRate();
    }

    /** Every number and flag of the engine's state, as bits, with the cursor. */
    private static List<Long> state(Engine e) {
        StepMath m = e.math();
        List<Long> bits = new ArrayList<>();
        bits.add(e.iteration());
        bits.add((long) e.step());
        for (double v : new double[] {m.sampleLoss, m.lossSum, m.iterationLoss}) {
            bits.add(Double.doubleToRawLongBits(v));
        }
        bits.add(m.updateFinite ? 1L : 0L);
        add(bits, m.y == null ? new double[0] : m.y);
        for (double[][] layers : new double[][][] {m.biases, m.z, m.a, m.delta, m.gradBiasSum, m.biasesBefore,
            m.gradBias}) {
            for (double[] layer : layers) {
                add(bits, layer);
            }
        }
        for (double[][][] layers : new double[][][][] {m.weights, m.gradWeightSum, m.weightsBefore, m.gradWeight}) {
            for (double[][] layer : layers) {
                for (double[] row : layer) {
                    add(bits, row);
                }
            }
        }
        return bits;
    }

    private static void add(List<Long> bits, double[] values) {
        bits.add((long) values.length);
        for (double v : values) {
            bits.add(Double.doubleToRawLongBits(v));
        }
    }
}
