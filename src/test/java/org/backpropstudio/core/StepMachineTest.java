package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StepMachineTest {

    /** One random event: a micro-step, a stride, or an edit with a random value. */
    private static void randomEvent(StepMachine machine, Random random) {
        Engine e = machine.engine();
        Network net = e.currentNetwork();
        int l = 1 + random.nextInt(net.layers());
        int j = random.nextInt(net.units(l));
        int k = random.nextInt(net.units(l - 1));
        switch (random.nextInt(12)) {
            case 0:
                machine.edit(new Edit.SetWeight(l, j, k, 2 * random.nextDouble() - 1));
                break;
            case 1:
                machine.edit(new Edit.SetBias(l, j, 2 * random.nextDouble() - 1));
                break;
            case 2:
                machine.edit(new Edit.LockWeight(l, j, k, random.nextBoolean()));
                break;
            case 3:
                machine.edit(new Edit.SetInput(random.nextInt(e.session().dataset().size()), 0, random.nextDouble()));
                break;
            case 4:
                machine.stride(Stride.values()[random.nextInt(Stride.values().length)]);
                break;
            case 5:
                machine.iterations(1 + random.nextInt(3));
                break;
            default:
                machine.stepForward();
        }
    }

    @TestFactory
    Stream<DynamicTest> stepping_back_restores_every_earlier_state_bit_for_bit() {
        return IntStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("walk " + seed, () -> {
            Random random = new Random(1000 + seed);
            StepMachine machine = new StepMachine(TestSessions.random(random));
            List<List<Long>> states = new ArrayList<>();
            states.add(Fingerprint.of(machine));
            for (int i = 0; i < 60; i++) {
                long before = machine.position();
                randomEvent(machine, random);
                // a stride records several events: remember each position's state
                long after = machine.position();
                if (after - before > 1) {
                    machine.seek(before);
                    for (long p = before + 1; p <= after; p++) {
                        machine.stepForward();
                        states.add(Fingerprint.of(machine));
                    }
                } else {
                    states.add(Fingerprint.of(machine));
                }
            }
            long end = machine.position();
            assertThat(states).hasSize((int) end + 1);
            for (long p = end; p > 0; p--) {
                assertThat(Fingerprint.of(machine)).as("state at %d", p).isEqualTo(states.get((int) p));
                machine.stepBack();
            }
            assertThat(Fingerprint.of(machine)).isEqualTo(states.get(0));
            for (long p = 1; p <= end; p++) {
                machine.stepForward();
                assertThat(Fingerprint.of(machine)).as("replayed state at %d", p).isEqualTo(states.get((int) p));
            }
            for (int i = 0; i < 40; i++) {
                long p = random.nextInt((int) end + 1);
                machine.seek(p);
                assertThat(Fingerprint.of(machine)).as("seek to %d", p).isEqualTo(states.get((int) p));
            }
        }));
    }

    @Test
    void stepping_back_over_an_edit_reverts_it_and_a_new_edit_replaces_the_future() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.stepForward();
        machine.stepForward();
        double a11 = machine.engine().a(1, 0);
        machine.edit(new Edit.SetWeight(1, 0, 0, 1.0));
        assertThat(machine.engine().weight(1, 0, 0)).isEqualTo(1.0);
        assertThat(machine.engine().a(1, 0)).isNotEqualTo(a11);
        assertThat(machine.engine().step()).isEqualTo(2);

        machine.stepBack();
        assertThat(machine.engine().weight(1, 0, 0)).isEqualTo(0.15);
        assertThat(machine.engine().a(1, 0)).isEqualTo(a11);
        assertThat(machine.length()).isEqualTo(3);

        machine.stepForward();
        assertThat(machine.engine().weight(1, 0, 0)).as("redo replays the edit").isEqualTo(1.0);
        machine.stepBack();
        machine.stepBack();
        machine.edit(new Edit.SetBias(2, 0, 0.0));
        assertThat(machine.length()).isEqualTo(2);
        assertThat(machine.engine().weight(1, 0, 0)).isEqualTo(0.15);
    }

    @Test
    void an_edit_after_the_update_begins_the_next_iteration_with_the_new_value() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.iterations(1);
        assertThat(machine.engine().step()).isEqualTo(machine.engine().plan().length());
        machine.edit(new Edit.SetWeight(2, 0, 0, 0.1));
        assertThat(machine.engine().iteration()).isEqualTo(1);
        assertThat(machine.engine().step()).isZero();
        assertThat(machine.losses().size()).isEqualTo(1);
        machine.stepBack();
        assertThat(machine.engine().step()).isEqualTo(machine.engine().plan().length());
        assertThat(machine.engine().isComputed(MicroStep.Kind.DELTA, 1)).isTrue();
    }

    @Test
    void locked_parameters_stay_put() {
        Session xor = TestSessions.xor(3);
        StepMachine machine = new StepMachine(xor);
        machine.edit(new Edit.LockWeight(1, 1, 0, true));
        machine.edit(new Edit.LockBias(2, 0, true));
        machine.iterations(500);
        assertThat(machine.engine().weight(1, 1, 0)).isEqualTo(xor.network().weight(1, 1, 0));
        assertThat(machine.engine().bias(2, 0)).isEqualTo(xor.network().bias(2, 0));
        assertThat(machine.engine().weight(1, 0, 0)).isNotEqualTo(xor.network().weight(1, 0, 0));
        assertThat(machine.engine().weightGradient(1, 1, 0)).as("the gradient is still computed").isNotZero();
    }

    @Test
    void bad_edits_are_refused_and_change_nothing() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.stepForward();
        List<Long> before = Fingerprint.of(machine);
        assertThatThrownBy(() -> machine.edit(new Edit.SetWeight(1, 0, 0, Double.NaN))).hasMessageContaining("finite");
        assertThatThrownBy(() -> machine.edit(new Edit.SetWeight(1, 0, 0, 2e6))).hasMessageContaining("1e6");
        assertThatThrownBy(() -> machine.edit(new Edit.SetWeight(3, 0, 0, 1))).hasMessageContaining("no layer 3");
        assertThatThrownBy(() -> machine.edit(new Edit.SetLearningRate(0))).hasMessageContaining("learning rate");
        assertThat(Fingerprint.of(machine)).isEqualTo(before);
        assertThat(machine.length()).isEqualTo(1);
    }

    @Test
    void sample_mode_uses_sample_i_mod_m_in_order() {
        Session xor = TestSessions.xor(1);
        Session perSample = new Session("xor", xor.network(), xor.loss(), 1.0, BatchMode.SAMPLE, xor.dataset());
        StepMachine machine = new StepMachine(perSample);
        for (int i = 0; i < 6; i++) {
            machine.stepForward();
            assertThat(machine.engine().currentSample()).isEqualTo(i % 4);
            assertThat(machine.engine().a(0, 1)).isEqualTo(xor.dataset().input(i % 4, 1));
            machine.stride(Stride.ITERATION);
        }
        machine.epoch();
        assertThat(machine.engine().completedIterations()).isEqualTo(8);
    }

    @Test
    void strides_stop_at_the_end_of_their_phase() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.stride(Stride.LAYER);
        assertThat(machine.engine().lastStep()).isEqualTo(new MicroStep(MicroStep.Kind.A, 1, 0));
        machine.stride(Stride.PHASE);
        assertThat(machine.engine().lastStep()).isEqualTo(new MicroStep(MicroStep.Kind.A, 2, 0));
        machine.stride(Stride.PHASE);
        assertThat(machine.engine().lastStep().kind()).isEqualTo(MicroStep.Kind.LOSS);
        machine.stride(Stride.PHASE);
        assertThat(machine.engine().lastStep()).isEqualTo(new MicroStep(MicroStep.Kind.GRADIENT, 1, 0));
        machine.stride(Stride.PHASE);
        assertThat(machine.engine().lastStep().kind()).isEqualTo(MicroStep.Kind.UPDATE);
        machine.stride(Stride.ITERATION);
        assertThat(machine.engine().completedIterations()).isEqualTo(2);
    }

    @Test
    void a_rewind_from_iteration_one_million_reaches_any_earlier_micro_step_with_bounded_memory() {
        StepMachine machine = new StepMachine(TestSessions.xor(7));
        machine.iterations(1_000_000);
        long end = machine.position();
        List<Long> endState = Fingerprint.of(machine);
        assertThat(machine.historyBytes()).isLessThan(64L << 20);

        int n = machine.engine().plan().length();
        long target = 123_456L * n + 7;
        machine.seek(target);
        assertThat(machine.engine().iteration()).isEqualTo(123_456);
        assertThat(machine.engine().step()).isEqualTo(7);
        List<Long> there = Fingerprint.of(machine);

        StepMachine fresh = new StepMachine(TestSessions.xor(7));
        fresh.iterations(123_456);
        for (int i = 0; i < 7; i++) {
            fresh.stepForward();
        }
        assertThat(there).isEqualTo(Fingerprint.of(fresh));

        machine.seek(end);
        assertThat(Fingerprint.of(machine)).isEqualTo(endState);
        machine.seek(3);
        assertThat(machine.engine().step()).isEqualTo(3);
    }

    @Test
    void training_with_a_huge_learning_rate_stops_at_the_first_micro_step_that_is_not_finite() {
        Session xor = TestSessions.xor(5);
        Session exploding = new Session("boom", xor.network(), Loss.SQUARED_ERROR, 1e6, BatchMode.FULL, xor.dataset());
        // a linear output lets the values grow without bound
        Network net = exploding.network();
        Activation[] f = net.activationsArray();
        f[2] = Activation.LINEAR;
        exploding = exploding.withNetwork(
                new Network(net.unitsArray(), f, net.weightsCopy(), net.biasesCopy(), null, null));
        StepMachine machine = new StepMachine(exploding);
        machine.iterations(10_000);
        assertThat(machine.isDiverged()).isTrue();
        long stoppedAt = machine.position();
        assertThat(machine.engine().completedIterations()).isLessThan(10_000);

        // one micro-step earlier everything was finite, and Back works from there
        machine.stepBack();
        assertThat(machine.isDiverged()).isFalse();
        machine.stepForward();
        assertThat(machine.position()).isEqualTo(stoppedAt);
        assertThat(machine.isDiverged()).isTrue();

        // the same point is reached one micro-step at a time
        StepMachine stepwise = new StepMachine(exploding);
        while (!stepwise.isDiverged()) {
            stepwise.stepForward();
        }
        assertThat(stepwise.position()).isEqualTo(stoppedAt);
        assertThat(Fingerprint.of(stepwise)).isEqualTo(Fingerprint.of(machine));
    }

    @Test
    void a_timeline_restored_from_its_data_is_the_same_bit_for_bit() {
        Random random = new Random(77);
        StepMachine machine = new StepMachine(TestSessions.random(random));
        for (int i = 0; i < 40; i++) {
            randomEvent(machine, random);
        }
        machine.iterations(300);
        machine.seek(machine.length() / 2);
        Timeline timeline = machine.timeline();
        assertThat(timeline.length()).isEqualTo(machine.length());

        StepMachine restored = StepMachine.restore(timeline);
        assertThat(Fingerprint.of(restored)).isEqualTo(Fingerprint.of(machine));
        restored.seek(restored.length());
        machine.seek(machine.length());
        assertThat(Fingerprint.of(restored)).isEqualTo(Fingerprint.of(machine));
        assertThat(restored.timeline()).isEqualTo(machine.timeline());
    }

    @Test
    void a_timeline_with_an_impossible_edit_or_position_is_refused() {
        Session seed = TestSessions.seedExample();
        Timeline badEdit = new Timeline(seed, List.of(new Timeline.Steps(3),
                new Timeline.EditEvent(new Edit.SetWeight(5, 0, 0, 1))), 4);
        assertThatThrownBy(() -> StepMachine.restore(badEdit)).hasMessageContaining("event 2")
                .hasMessageContaining("no layer 5");
        Timeline badPosition = new Timeline(seed, List.of(new Timeline.Steps(3)), 9);
        assertThatThrownBy(() -> StepMachine.restore(badPosition)).hasMessageContaining("outside 0..3");
    }
}
