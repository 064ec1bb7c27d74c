package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.EpochScores;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.LossHistory;
import org.backpropstudio.core.Progress;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;
import org.backpropstudio.core.Timeline;
import org.junit.jupiter.api.Test;

/** The history member: a saved timeline opens at the same place, bit for bit. */
class HistoryFormatTest {


    @Test
    void save_then_open_gives_the_same_history_and_position() throws Exception {
        Session xor = TestPresets.preset("xor");
        StepMachine machine = new StepMachine(xor);
        machine.iterations(50);
        machine.edit(new Edit.SetWeight(2, 0, 1, -0.75));
        machine.edit(new Edit.LockBias(1, 1, true));
        machine.edit(new Edit.SetInput(2, 0, 0.9));
        machine.edit(new Edit.SetTarget(1, 0, 0.8));
        machine.edit(new Edit.SetLearningRate(0.3));
        machine.stride(Stride.PHASE);
        machine.edit(new Edit.Replace(
                Architecture.of(machine.engine().currentSession(), 3).applyTo(machine.engine().currentSession())));
        machine.iterations(20);
        machine.seek(machine.length() - 7);

        String text = SessionFile.write(machine.engine().currentSession(), null, machine.saved());
        LoadedSession loaded = SessionFile.parse(text);
        assertThat(loaded.history().timeline()).isEqualTo(machine.timeline());
        assertThat(loaded.session()).isEqualTo(machine.engine().currentSession());

        HistoryResume resume = loaded.resume();
        assertThat(resume.advance(Progress.NONE)).isTrue();
        StepMachine reopened = resume.machine();
        assertThat(reopened.position()).isEqualTo(machine.position());
        assertThat(reopened.engine().currentNetwork()).isEqualTo(machine.engine().currentNetwork());
        assertThat(reopened.engine().step()).isEqualTo(machine.engine().step());
        assertThat(LossSeries.full(reopened.losses()).min()).containsExactly(LossSeries.full(machine.losses()).min());
    }

    @Test
    void a_file_without_history_has_none_and_writing_without_one_drops_a_stale_one() throws Exception {
        LoadedSession plain = TestPresets.load("seed-example");
        assertThat(plain.history()).isNull();
        StepMachine machine = new StepMachine(plain.session());
        machine.stepForward();
        ObjectNode withHistory = SessionFile.parse(SessionFile.write(plain.session(), null, machine.saved()))
                .document();
        assertThat(SessionFile.parse(SessionFile.write(plain.session(), withHistory)).history()).isNull();
    }

    @Test
    void a_broken_history_names_its_path() throws Exception {
        Session seed = TestPresets.preset("seed-example");
        String good = SessionFile.write(seed, null,
                SavedHistory.of(new Timeline(seed, List.of(new Timeline.Steps(3)), 2)));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"position\": 2", "\"position\": 9")))
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.position"));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"steps\": 3", "\"steps\": 0")))
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.events[0].steps"));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"steps\": 3", "\"edit\": \"explode\"")))
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.events[0]"));
        String badStart = good.replaceFirst("(\"history\"[\\s\\S]*?)\"learningRate\": 0.5", "$1\"learningRate\": -1");
        assertThatThrownBy(() -> SessionFile.parse(badStart))
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.start.learningRate"));
    }

    @Test
    void packed_numbers_keep_every_bit_in_chunks() throws Exception {
        double[] values = new double[PackedDoubles.CHUNK * 2 + 3];
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(random.nextLong());
        }
        values[0] = Double.NaN;
        values[1] = Double.NEGATIVE_INFINITY;
        values[2] = -0.0;
        com.fasterxml.jackson.databind.node.ArrayNode packed = PackedDoubles.write(values);
        assertThat(packed).hasSize(3);
        double[] back = PackedDoubles.read(new JsonAt(packed, "$.x"));
        assertThat(back).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.doubleToRawLongBits(back[i])).isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
        assertThat(PackedDoubles.read(new JsonAt(PackedDoubles.write(new double[0]), "$.x"))).isEmpty();
    }

    @Test
    void checkpoints_and_losses_survive_a_save_bit_for_bit() throws Exception {
        StepMachine machine = new StepMachine(TestPresets.preset("xor"));
        machine.iterations(30_000);
        machine.seek(machine.length() / 3);
        SavedHistory saved = machine.saved();
        assertThat(saved.checkpoints()).isNotEmpty();
        LoadedSession loaded = SessionFile.parse(SessionFile.write(machine.engine().currentSession(), null, saved));
        SavedHistory back = loaded.history();
        assertThat(back.timeline()).isEqualTo(saved.timeline());
        assertThat(back.checkpoints()).hasSameSizeAs(saved.checkpoints());
        for (int i = 0; i < saved.checkpoints().size(); i++) {
            assertThat(back.checkpoints().get(i).position()).isEqualTo(saved.checkpoints().get(i).position());
            assertThat(back.checkpoints().get(i).parameters()).containsExactly(saved.checkpoints().get(i).parameters());
        }
        assertThat(back.losses().iterations()).isEqualTo(30_000);
        assertThat(back.losses().min()).containsExactly(saved.losses().min());
        assertThat(back.losses().max()).isNull();

        LossHistory.Saved grouped =
                new LossHistory.Saved(9, 4, new double[] {1, 2, 3}, new double[] {4, 5, Double.NaN});
        SavedHistory withGroups = new SavedHistory(saved.timeline(), saved.checkpoints(), grouped);
        LossHistory.Saved groupedBack = SessionFile
                .parse(SessionFile.write(machine.engine().currentSession(), null, withGroups))
                .history().losses();
        assertThat(groupedBack.groupSize()).isEqualTo(4);
        assertThat(groupedBack.max()).containsExactly(4, 5, Double.NaN);
    }

    /** XOR in mini-batches of 2 with a test set of two samples: an epoch every 2 iterations, each scored. */
    private static Session xorWithTestSet() {
        Session xor = TestPresets.preset("xor");
        Dataset data = xor.dataset().withTest(new Dataset(new double[][] {{0.1, 0.9}, {0.9, 0.9}},
                new double[][] {{1}, {0}}));
        return new Session("t", xor.network(), xor.loss(), xor.learningRate(), BatchMode.MINI, data, 2, 5);
    }

    @Test
    void the_scores_of_the_epochs_survive_a_save_bit_for_bit_and_training_goes_on_the_same() throws Exception {
        StepMachine machine = new StepMachine(xorWithTestSet());
        machine.iterations(30_000);
        machine.seek(machine.length() / 3);
        SavedHistory saved = machine.saved();
        assertThat(saved.checkpoints()).as("so that opening replays from a checkpoint, not the start").isNotEmpty();
        assertThat(saved.epochs()).isNotNull();

        StepMachine opened = SessionFile.parse(SessionFile.write(machine.engine().currentSession(), null, saved))
                .restore();
        assertThat(opened.position()).isEqualTo(machine.position());
        assertSameScores(opened.epochScores().view(), machine.epochScores().view());
        assertThat(opened.epochScores().view().count()).as("every epoch up to the saved position")
                .isEqualTo((int) (machine.engine().completedIterations() / 2));

        opened.iterations(300);
        machine.iterations(300);
        assertSameScores(opened.epochScores().view(), machine.epochScores().view());
    }

    @Test
    void epoch_scores_that_do_not_fit_name_their_json_path() throws Exception {
        StepMachine machine = new StepMachine(xorWithTestSet());
        machine.iterations(10);
        Session state = machine.engine().currentSession();
        SavedHistory saved = machine.saved();
        EpochScores.Saved e = saved.epochs();
        String good = SessionFile.write(state, null, saved);
        assertThat(SessionFile.parse(good).restore().epochScores().size()).isEqualTo(5);

        String unordered = good.replaceFirst("\"iterations\": \\[\\s*2,\\s*4", "\"iterations\": [4, 2");
        assertThat(unordered).isNotEqualTo(good);
        assertThatThrownBy(() -> SessionFile.parse(unordered)).isInstanceOfSatisfying(SessionFormatException.class,
                ex -> assertThat(ex.path()).isEqualTo("$.history.epochs"))
                .hasMessageContaining("increase");

        long[] later = e.iterations().clone();
        later[later.length - 1] = 1_000;
        SavedHistory beyond = new SavedHistory(saved.timeline(), saved.checkpoints(), saved.losses(),
                new EpochScores.Saved(e.stride(), later, e.trainLoss(), e.trainAccuracy(), e.testLoss(),
                        e.testAccuracy()));
        String tooFar = SessionFile.write(state, null, beyond);
        assertThatThrownBy(() -> SessionFile.parse(tooFar).restore())
                .isInstanceOfSatisfying(SessionFormatException.class,
                        ex -> assertThat(ex.path()).isEqualTo("$.history.epochs"))
                .hasMessageContaining("after 1000 iterations, the history holds 10");
    }

    private static void assertSameScores(EpochScores.View actual, EpochScores.View expected) {
        assertThat(actual.count()).isEqualTo(expected.count());
        for (int n = 0; n < expected.count(); n++) {
            assertThat(actual.iteration(n)).isEqualTo(expected.iteration(n));
            double[][] a = {actual.trainLoss(), actual.trainAccuracy(), actual.testLoss(), actual.testAccuracy()};
            double[][] b = {expected.trainLoss(), expected.trainAccuracy(), expected.testLoss(),
                expected.testAccuracy()};
            for (int v = 0; v < a.length; v++) {
                assertThat(Double.doubleToRawLongBits(a[v][n])).isEqualTo(Double.doubleToRawLongBits(b[v][n]));
            }
        }
    }

    @Test
    void a_history_that_does_not_fit_names_its_json_path_when_resumed() throws Exception {
        Session seed = TestPresets.preset("seed-example");
        StepMachine machine = new StepMachine(seed);
        machine.iterations(3);
        String good = SessionFile.write(machine.engine().currentSession(), null, machine.saved());
        assertThat(SessionFile.parse(good).restore().position()).isEqualTo(machine.position());

        String badBase64 = good.replaceFirst("\"min\": \\[\\s*\"", "\"min\": [\"%%");
        assertThatThrownBy(() -> SessionFile.parse(badBase64)).isInstanceOfSatisfying(SessionFormatException.class,
                e -> assertThat(e.path()).isEqualTo("$.history.losses.min[0]"));

        String wrongEdit = SessionFile.write(seed, null, SavedHistory.of(new Timeline(seed,
                List.of(new Timeline.Steps(2), new Timeline.EditEvent(new Edit.SetInput(4, 0, 1.0))), 0)));
        assertThatThrownBy(() -> SessionFile.parse(wrongEdit).resume())
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history.events[1]"))
                .hasMessageContaining("there is no sample 5");

        double[] p = machine.engine().currentNetwork().parameters();
        p[3] = -p[3];
        Session contradicted = machine.engine().currentSession()
                .withNetwork(machine.engine().currentNetwork().withParameters(p));
        String contradicting = SessionFile.write(contradicted, null, machine.saved());
        assertThatThrownBy(() -> SessionFile.parse(contradicting).restore())
                .isInstanceOfSatisfying(SessionFormatException.class,
                        e -> assertThat(e.path()).isEqualTo("$.history"))
                .hasMessageContaining("w(1)[2,2]");
    }

    @Test
    void the_history_of_a_two_moons_session_stays_under_32_mb_however_long() throws Exception {
        Session moons = TestPresets.preset("two-moons");
        // the largest a history's own members can be: a loss history at its capacity, checkpoints at their budget
        double[] losses = new double[LossHistory.CAPACITY / 2];
        java.util.Arrays.fill(losses, 0.123456789);
        int perCheckpoint = moons.network().parameterCount();
        List<SavedHistory.Checkpoint> checkpoints = new java.util.ArrayList<>();
        for (long bytes = 0; bytes + 8L * perCheckpoint <= Limits.SAVED_CHECKPOINT_BYTES; bytes += 8L * perCheckpoint) {
            checkpoints.add(new SavedHistory.Checkpoint(1_000_000_000L + checkpoints.size() * 1_000_000L,
                    new double[perCheckpoint]));
        }
        List<Timeline.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(new Timeline.Steps(1_000_000_000L));
            events.add(new Timeline.EditEvent(new Edit.SetWeight(1, 0, 0, 0.5)));
        }
        SavedHistory largest = new SavedHistory(new Timeline(moons, events, 0), checkpoints,
                new LossHistory.Saved(1L << 40, 1L << 20, losses, losses));
        long size = SessionFile.write(moons, null, largest).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(size).isLessThan(32_000_000L);
    }

    @Test
    void a_diverged_session_saved_with_its_history_opens_where_it_diverged() throws Exception {
        Session sine = TestPresets.preset("sine");
        Session exploding = new Session("boom", sine.network(), sine.loss(), 1e6, sine.batch(), sine.dataset());
        StepMachine machine = new StepMachine(exploding);
        // training pauses at the first value that is not finite; going on, the parameters stop being finite too
        for (int i = 0; i < 1_000_000
                && java.util.Arrays.stream(machine.engine().currentNetwork().parameters()).allMatch(Double::isFinite);
                i++) {
            machine.stepForward();
        }
        assertThat(java.util.Arrays.stream(machine.engine().currentNetwork().parameters())
                .anyMatch(v -> !Double.isFinite(v))).isTrue();

        LoadedSession loaded =
                SessionFile.parse(SessionFile.write(machine.engine().currentSession(), null, machine.saved()));
        StepMachine reopened = loaded.restore();
        assertThat(reopened.position()).isEqualTo(machine.position());
        assertThat(reopened.engine().currentNetwork()).isEqualTo(machine.engine().currentNetwork());
        reopened.stepBack();
        machine.stepBack();
        assertThat(reopened.engine().currentNetwork()).isEqualTo(machine.engine().currentNetwork());
    }
}
