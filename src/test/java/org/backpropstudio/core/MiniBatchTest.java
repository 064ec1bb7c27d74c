package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Mini-batches: the seeded order, which samples an iteration takes, gradients and stepping back. */
class MiniBatchTest {

    /** Orders computed by a separate implementation of the documented rule (SplitMix64, Fisher–Yates) in Python. */
    @Test
    void the_order_is_the_documented_one() {
        assertThat(Shuffle.order(1, 0, 10)).containsExactly(4, 2, 8, 1, 9, 3, 0, 6, 7, 5);
        assertThat(Shuffle.order(1, 1, 10)).containsExactly(7, 6, 4, 1, 0, 2, 5, 8, 3, 9);
        assertThat(Shuffle.order(-5, 3, 7)).containsExactly(5, 0, 1, 3, 2, 6, 4);
        assertThat(Arrays.copyOf(Shuffle.order(1, 0, 1437), 8))
                .containsExactly(1131, 1422, 143, 7, 468, 164, 998, 1222);
    }

    @Test
    void every_order_is_a_permutation_and_each_epoch_has_its_own() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int epoch = 0; epoch < 50; epoch++) {
            int[] order = Shuffle.order(42, epoch, 100);
            assertThat(IntStream.of(order).sorted().toArray()).isEqualTo(IntStream.range(0, 100).toArray());
            orders.add(IntStream.of(order).boxed().toList());
            for (int place = 0; place < 100; place++) {
                assertThat(Shuffle.sampleAt(42, epoch, 100, place)).isEqualTo(order[place]);
            }
        }
        assertThat(orders).hasSize(50);
        assertThat(Shuffle.order(43, 0, 100)).isNotEqualTo(Shuffle.order(42, 0, 100));
    }

    @Test
    void an_epoch_takes_floor_m_over_b_disjoint_batches() {
        Session session = mini(TestSessions.xor(1), 3, 7);
        Dataset data = session.dataset().withSamples(rows(10, 2, 0.1), rows(10, 1, 0.5));
        session = session.withDataset(data);
        assertThat(session.samplesPerIteration()).isEqualTo(3);
        assertThat(session.iterationsPerEpoch()).isEqualTo(3);
        for (int epoch = 0; epoch < 4; epoch++) {
            int[] order = Shuffle.order(7, epoch, 10);
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < 3; b++) {
                long i = epoch * 3L + b;
                for (int slot = 0; slot < 3; slot++) {
                    int s = session.sampleOf(i, slot);
                    assertThat(s).isEqualTo(order[b * 3 + slot]);
                    seen.add(s);
                }
            }
            assertThat(seen).hasSize(9);
        }
    }

    @Test
    void a_batch_larger_than_the_data_or_below_one_is_refused() {
        Session xor = TestSessions.xor(1);
        assertThatThrownBy(() -> mini(xor, 5, 0)).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> mini(xor, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(mini(xor, 4, 0).iterationsPerEpoch()).isEqualTo(1);
    }

    @Test
    void other_batch_modes_keep_no_batch_size() {
        Session full = new Session("s", TestSessions.xor(1).network(), Loss.SQUARED_ERROR, 1, BatchMode.FULL,
                TestSessions.xor(1).dataset(), 3, 9);
        assertThat(full.batchSize()).isZero();
        assertThat(full.shuffleSeed()).isZero();
        assertThat(full).isEqualTo(TestSessions.xor(1).withName("s").withLearningRate(1));
    }

    @TestFactory
    Stream<DynamicTest> backprop_matches_central_differences_on_the_iterations_batch() {
        return IntStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("network " + seed, () -> {
            Random random = new Random(1000 + seed);
            Session session = smoothMini(random);
            long iteration = random.nextInt(20);
            for (GradientCheck.Row row : GradientCheck.of(session, iteration)) {
                double scale = Math.max(1e-4, Math.max(Math.abs(row.backprop()), Math.abs(row.numeric())));
                assertThat(Math.abs(row.backprop() - row.numeric()) / scale).as(row.parameter().toString())
                        .isLessThan(1e-5);
            }
            Engine engine = new Engine(session);
            for (long i = 0; i < iteration; i++) {
                engine.runIteration();
            }
            LossProbe probe = new LossProbe(engine.currentSession(), iteration);
            engine.runIteration();
            Network before = probe.network();
            Network after = engine.currentNetwork();
            for (Parameter p : Parameter.all(before)) {
                double expected = value(before, p) - session.learningRate() * probe.gradient(p);
                assertThat(Double.doubleToLongBits(value(after, p))).as(p.toString())
                        .isEqualTo(Double.doubleToLongBits(expected));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> stepping_back_over_epoch_boundaries_restores_every_bit() {
        return IntStream.range(0, 20).mapToObj(seed -> DynamicTest.dynamicTest("session " + seed, () -> {
            Random random = new Random(seed);
            Session session = mini(TestSessions.random(random), 1, random.nextLong());
            int m = session.dataset().size();
            session = mini(session, 1 + random.nextInt(m), random.nextLong());
            StepMachine machine = new StepMachine(session);
            int perIteration = session.samplesPerIteration() * (4 * session.network().layers() + 1) + 1;
            long length = (long) perIteration * session.iterationsPerEpoch() * 3 + 5;
            double[][] parameters = new double[(int) length + 1][];
            parameters[0] = machine.engine().currentNetwork().parameters();
            for (int p = 1; p <= length; p++) {
                machine.stepForward();
                parameters[p] = machine.engine().currentNetwork().parameters();
            }
            for (int n = 0; n < 30; n++) {
                int p = random.nextInt((int) length + 1);
                machine.seek(p);
                assertThat(machine.engine().currentNetwork().parameters()).as("position " + p)
                        .isEqualTo(parameters[p]);
            }
        }));
    }

    private static double value(Network net, Parameter p) {
        return p.isBias() ? net.bias(p.layer(), p.to()) : net.weight(p.layer(), p.to(), p.from());
    }

    /** A session of smooth activations only (no kinks for the difference quotient) in mini-batches. */
    private static Session smoothMini(Random random) {
        while (true) {
            Session s = TestSessions.random(random);
            boolean smooth = true;
            for (int l = 1; l <= s.network().layers(); l++) {
                Activation f = s.network().activation(l);
                smooth &= f != Activation.RELU && f != Activation.LEAKY_RELU;
            }
            if (smooth) {
                return mini(s, 1 + random.nextInt(s.dataset().size()), random.nextLong());
            }
        }
    }

    private static Session mini(Session s, int batchSize, long shuffleSeed) {
        return new Session(s.name(), s.network(), s.loss(), s.learningRate(), BatchMode.MINI, s.dataset(), batchSize,
                shuffleSeed);
    }

    private static double[][] rows(int m, int width, double value) {
        double[][] rows = new double[m][width];
        for (double[] row : rows) {
            Arrays.fill(row, value);
        }
        return rows;
    }
}
