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

/** A saved history opens again at its saved place, bit for bit, without replaying all of it. */
class HistoryResumeTest {

    /** One random event, edits of every kind and architecture changes included. */
    private static void randomEvent(StepMachine machine, Random random) {
        Engine e = machine.engine();
        Network net = e.currentNetwork();
        Session session = e.session();
        int l = 1 + random.nextInt(net.layers());
        int j = random.nextInt(net.units(l));
        int k = random.nextInt(net.units(l - 1));
        switch (random.nextInt(14)) {
            case 0 -> machine.edit(new Edit.SetWeight(l, j, k, 2 * random.nextDouble() - 1));
            case 1 -> machine.edit(new Edit.SetBias(l, j, 2 * random.nextDouble() - 1));
            case 2 -> machine.edit(new Edit.LockWeight(l, j, k, random.nextBoolean()));
            case 3 -> machine.edit(new Edit.LockBias(l, j, random.nextBoolean()));
            case 4 -> machine.edit(new Edit.SetInput(random.nextInt(session.dataset().size()), 0, random.nextDouble()));
            case 5 -> machine.edit(new Edit.SetLearningRate(0.01 + random.nextDouble()));
            case 6 -> machine.edit(new Edit.Replace(
                    Architecture.of(machine.engine().currentSession(), random.nextInt(9) + 1)
                            .applyTo(machine.engine().currentSession())));
            case 7 -> machine.stride(Stride.values()[random.nextInt(Stride.values().length)]);
            case 8, 9 -> machine.iterations(1 + random.nextInt(400));
            case 10 -> machine.seek(random.nextInt((int) machine.length() + 1));
            default -> machine.stepForward();
        }
    }

    /** A random session's machine after random events, its cursor somewhere in its history. */
    private static StepMachine randomHistory(Random random) {
        StepMachine machine = new StepMachine(TestSessions.random(random));
        for (int i = 0; i < 50; i++) {
            randomEvent(machine, random);
        }
        if (random.nextBoolean()) {
            machine.seek(random.nextInt((int) machine.length() + 1));
        }
        return machine;
    }

    private static StepMachine resume(SavedHistory saved, Session expected) throws HistoryException {
        HistoryResume resume = HistoryResume.prepare(saved, expected, Limits.MAX_REPLAY);
        assertThat(resume.advance(Progress.NONE)).isTrue();
        return resume.machine();
    }

    @TestFactory
    Stream<DynamicTest> a_resumed_history_is_the_saved_one_at_every_position() {
        return IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("history " + seed, () -> {
            Random random = new Random(5000 + seed);
            StepMachine machine = randomHistory(random);
            // budgets from "every checkpoint" down to "only the two nearest the cursor"
            long budget = seed % 3 == 0 ? Long.MAX_VALUE : seed % 3 == 1 ? 4096 : 0;
            SavedHistory saved = machine.saved(budget);
            StepMachine resumed = resume(saved, machine.engine().currentSession());

            assertThat(Fingerprint.of(resumed)).isEqualTo(Fingerprint.of(machine));
            assertThat(resumed.timeline()).isEqualTo(machine.timeline());
            long length = machine.length();
            for (int i = 0; i < 30; i++) {
                long p = random.nextInt((int) length + 1);
                machine.seek(p);
                resumed.seek(p);
                assertThat(Fingerprint.of(resumed)).as("at %d of %d", p, length).isEqualTo(Fingerprint.of(machine));
            }
            machine.seek(length);
            resumed.seek(length);
            assertThat(Fingerprint.of(resumed)).isEqualTo(Fingerprint.of(machine));
            assertThat(resumed.timeline()).isEqualTo(machine.timeline());
        }));
    }

    @Test
    void a_long_history_with_checkpoints_opens_without_replaying_it() throws Exception {
        StepMachine machine = new StepMachine(TestSessions.xor(3));
        machine.iterations(400_000);
        machine.edit(new Edit.SetWeight(2, 0, 1, 0.5));
        machine.iterations(100_000);
        machine.seek(machine.length() - 5);
        SavedHistory saved = machine.saved(2L << 20);
        assertThat(saved.checkpoints()).hasSizeGreaterThan(100);

        HistoryResume resume = HistoryResume.prepare(saved, machine.engine().currentSession(), Limits.MAX_REPLAY);
        assertThat(resume.replayCost()).as("replays from a checkpoint near the cursor")
                .isLessThan(Checkpoints.INITIAL_INTERVAL * 64.0);
        assertThat(resume.iterations()).isEqualTo(500_000);
        long[] replayed = {0};
        assertThat(resume.advance((done, total) -> {
            replayed[0] = total;
            return true;
        })).isTrue();
        long iterationsReplayed = replayed[0] / machine.engine().plan().length();
        assertThat(iterationsReplayed * StepMachine.iterationCost(machine.engine().session()))
                .as("at most one checkpoint interval").isLessThanOrEqualTo(2 * Checkpoints.INITIAL_INTERVAL);
        assertThat(Fingerprint.of(resume.machine())).isEqualTo(Fingerprint.of(machine));
        assertThat(resume.machine().losses().size()).isEqualTo(499_999);
    }

    @Test
    void a_history_without_checkpoints_is_replayed_in_slices_from_its_start() throws Exception {
        StepMachine machine = new StepMachine(TestSessions.xor(4));
        machine.iterations(20_000);
        HistoryResume resume = HistoryResume.prepare(SavedHistory.of(machine.timeline()),
                machine.engine().currentSession(), Limits.MAX_REPLAY);
        int slices = 0;
        double last = -1;
        while (!resume.advance((done, total) -> false)) {
            slices++;
            assertThat(resume.fraction()).isBetween(0.0, 1.0).isGreaterThan(last);
            last = resume.fraction();
        }
        assertThat(slices).isGreaterThan(10);
        assertThat(Fingerprint.of(resume.machine())).isEqualTo(Fingerprint.of(machine));
    }

    @Test
    void a_history_too_long_to_replay_is_refused_before_any_replay() {
        Session seed = TestSessions.seedExample();
        Timeline huge = new Timeline(seed, List.of(new Timeline.Steps(1_000_000_000_000_000L)), 1_000_000_000_000_000L);
        assertThatThrownBy(() -> HistoryResume.prepare(SavedHistory.of(huge), null, Limits.MAX_REPLAY))
                .isInstanceOfSatisfying(HistoryException.class,
                        e -> assertThat(e.part()).isEqualTo(HistoryException.Part.HISTORY))
                .hasMessageContaining("multiply-adds");
        // even when only the part after the cursor is long: stepping forward would replay it
        Timeline future = new Timeline(seed, List.of(new Timeline.Steps(1_000_000_000_000_000L)), 3);
        assertThatThrownBy(() -> HistoryResume.prepare(SavedHistory.of(future), null, Limits.MAX_REPLAY))
                .isInstanceOf(HistoryException.class);
    }

    @Test
    void a_history_that_does_not_end_in_the_saved_state_is_refused_naming_the_difference() throws Exception {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.iterations(3);
        Session state = machine.engine().currentSession();
        Session other = state.withNetwork(state.network().withParameters(bump(state.network().parameters(), 1)));
        HistoryResume resume = HistoryResume.prepare(machine.saved(Long.MAX_VALUE), other, Limits.MAX_REPLAY);
        assertThatThrownBy(() -> resume.advance(Progress.NONE))
                .isInstanceOfSatisfying(HistoryException.class,
                        e -> assertThat(e.part()).isEqualTo(HistoryException.Part.HISTORY))
                .hasMessageContaining("w(1)[1,2]").hasMessageContaining("saved state");
        Session renamed = state.withName("Renamed by hand");
        assertThat(resume(machine.saved(Long.MAX_VALUE), renamed).position()).as("the name is not state")
                .isEqualTo(machine.position());
    }

    private static double[] bump(double[] p, int n) {
        double[] q = p.clone();
        q[n] = Math.nextUp(q[n]);
        return q;
    }

    @Test
    void checkpoints_and_losses_that_do_not_fit_the_timeline_are_refused_naming_them() {
        StepMachine machine = new StepMachine(TestSessions.xor(2));
        machine.iterations(20_000);
        SavedHistory good = machine.saved(Long.MAX_VALUE);
        List<SavedHistory.Checkpoint> cps = new ArrayList<>(good.checkpoints());
        assertThat(cps).hasSizeGreaterThan(2);

        List<SavedHistory.Checkpoint> shortOne = new ArrayList<>(cps);
        shortOne.set(1, new SavedHistory.Checkpoint(cps.get(1).position(), new double[3]));
        assertRefused(new SavedHistory(good.timeline(), shortOne, good.losses()), HistoryException.Part.CHECKPOINT, 1,
                "parameters");

        List<SavedHistory.Checkpoint> unordered = new ArrayList<>(cps);
        unordered.set(2, new SavedHistory.Checkpoint(cps.get(0).position(), cps.get(2).parameters()));
        assertRefused(new SavedHistory(good.timeline(), unordered, good.losses()), HistoryException.Part.CHECKPOINT, 2,
                "does not follow");

        List<SavedHistory.Checkpoint> beyond = new ArrayList<>(cps);
        beyond.add(new SavedHistory.Checkpoint(machine.length() + 10, cps.get(0).parameters()));
        assertRefused(new SavedHistory(good.timeline(), beyond, good.losses()), HistoryException.Part.CHECKPOINT,
                cps.size(), "after the end");

        LossHistory.Saved l = good.losses();
        double[] longer = java.util.Arrays.copyOf(l.min(), l.min().length + 1);
        assertRefused(
                new SavedHistory(good.timeline(), cps, new LossHistory.Saved(l.iterations() + 1, 1, longer, null)),
                HistoryException.Part.LOSSES, -1, "20001 iterations");
        assertRefused(new SavedHistory(good.timeline(), cps, new LossHistory.Saved(l.iterations(), 1, longer, null)),
                HistoryException.Part.LOSSES, -1, "groups");
        assertRefused(new SavedHistory(good.timeline(), cps, null), HistoryException.Part.LOSSES, -1,
                "keeps its losses");
    }

    @Test
    void an_event_that_does_not_fit_the_network_where_it_stands_is_refused_naming_it() {
        Session seed = TestSessions.seedExample();
        Timeline badEdit = new Timeline(seed,
                List.of(new Timeline.Steps(3), new Timeline.EditEvent(new Edit.SetBias(1, 7, 0.1))), 0);
        assertRefused(SavedHistory.of(badEdit), HistoryException.Part.EVENT, 1, "no unit 8");
        // the same edit fits after a replacement that adds units
        Session wide = Architecture.of(seed, 0).applyTo(seed);
        assertThat(wide.network().units(1)).isEqualTo(2);
    }

    @Test
    void a_history_whose_edits_of_the_data_would_copy_too_much_is_refused_where_it_gets_too_much() {
        Session seed = TestSessions.seedExample();
        double[][] x = new double[100_000][2];
        double[][] y = new double[100_000][1];
        Session big = seed.withDataset(new Dataset(x, y));
        List<Timeline.Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            events.add(new Timeline.EditEvent(new Edit.SetInput(i, 0, 0.5)));
        }
        int limit = (int) (HistoryResume.MAX_ROWS_COPIED / 100_000);
        assertRefused(SavedHistory.of(new Timeline(big, events, 0)), HistoryException.Part.EVENT, limit,
                "rows of the dataset");
    }

    private static void assertRefused(SavedHistory saved, HistoryException.Part part, int index, String text) {
        assertThatThrownBy(() -> {
            HistoryResume resume = HistoryResume.prepare(saved, null, Limits.MAX_REPLAY);
            resume.advance(Progress.NONE);
        }).isInstanceOfSatisfying(HistoryException.class, e -> {
            assertThat(e.part()).isEqualTo(part);
            assertThat(e.index()).isEqualTo(index);
        }).hasMessageContaining(text);
    }

    @Test
    void a_seek_stopped_by_its_progress_leaves_an_exact_state_and_goes_on_from_there() {
        StepMachine machine = new StepMachine(TestSessions.xor(9));
        machine.iterations(50_000);
        long end = machine.length();
        List<Long> endState = Fingerprint.of(machine);
        machine.reset();
        long[] calls = {0};
        boolean arrived = machine.seek(end, (done, total) -> ++calls[0] < 3);
        assertThat(arrived).isFalse();
        long reached = machine.position();
        assertThat(reached).isBetween(1L, end - 1);
        List<Long> there = Fingerprint.of(machine);
        StepMachine fresh = new StepMachine(TestSessions.xor(9));
        fresh.iterations(50_000);
        fresh.seek(reached);
        assertThat(there).isEqualTo(Fingerprint.of(fresh));
        assertThat(machine.seek(end, Progress.NONE)).isTrue();
        assertThat(Fingerprint.of(machine)).isEqualTo(endState);
    }

    @Test
    void a_seek_forward_over_the_recorded_history_jumps_to_its_checkpoints() {
        StepMachine machine = new StepMachine(TestSessions.xor(6));
        machine.iterations(200_000);
        long end = machine.length();
        List<Long> endState = Fingerprint.of(machine);
        machine.reset();
        long[] replayed = {0};
        machine.seek(end, (done, total) -> {
            replayed[0] = total;
            return true;
        });
        assertThat(replayed[0]).as("events replayed after the jump").isLessThan(end / 100);
        assertThat(Fingerprint.of(machine)).isEqualTo(endState);
    }
}
