package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Opening a saved history in the model: at once from its checkpoints, or (saved without them) with
 * the saved state shown while it is replayed in slices, with progress, Cancel, and the user's
 * commands going on meanwhile. Property changes run directly on the engine thread here.
 */
class HistoryOpeningTest {
    private final ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
    private final StudioModel model =
            new StudioModel(TestSessions.seedExample(), engine, UiThread.callingThread(Runnable::run));
    private final List<Long> positionsShown = new CopyOnWriteArrayList<>();
    private final List<Work> workShown = new CopyOnWriteArrayList<>();

    HistoryOpeningTest() {
        model.snapshotProperty().addListener((obs, old, now) -> positionsShown.add(now.position()));
        model.workProperty().addListener((obs, old, now) -> workShown.add(now));
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    private void settle() throws Exception {
        model.idle().get(30, TimeUnit.SECONDS);
    }

    /**
     * XOR trained {@code iterations} and moved back a little, as it would be saved. A test of what
     * shows while a history is replayed needs a replay several times as long as the first slice
     * ({@link HistoryOpening#FIRST_SLICE_NANOS}) on a fast engine: millions of iterations.
     */
    private static StepMachine trained(long iterations) {
        StepMachine machine = new StepMachine(TestSessions.xor(8));
        machine.iterations(iterations);
        machine.edit(new Edit.SetLearningRate(1.5));
        machine.iterations(10);
        machine.seek(machine.length() - 3);
        return machine;
    }

    private HistoryOutcome open(StepMachine saved, SavedHistory history) throws Exception {
        Session state = saved.engine().currentSession();
        HistoryResume resume = HistoryResume.prepare(history, state, Limits.MAX_REPLAY);
        return model.open(state, resume, "Saved").get(60, TimeUnit.SECONDS);
    }

    @Test
    void a_history_with_checkpoints_opens_at_its_position_without_showing_the_saved_state_alone_first()
            throws Exception {
        settle();
        positionsShown.clear();
        StepMachine saved = trained(300_000);
        HistoryOutcome outcome = open(saved, saved.saved());
        settle();
        assertThat(outcome.restored()).isEqualTo(HistoryOutcome.Restored.RESTORED);
        assertThat(positionsShown).containsOnly(saved.position());
        assertThat(model.lengthProperty().get()).isEqualTo(saved.length());
        assertThat(model.lossesProperty().get().count()).isEqualTo(saved.losses().size());
        assertThat(model.snapshotProperty().get().network()).isEqualTo(saved.engine().currentNetwork());
        assertThat(workShown).isEmpty();
        assertThat(model.sessionNameProperty().get()).isEqualTo("Saved");
        assertThat(model.dirtyProperty().get()).isFalse();

        model.stepBack();
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(saved.position() - 1);
    }

    @Test
    void a_history_saved_without_checkpoints_shows_the_saved_state_then_its_replay_with_progress() throws Exception {
        settle();
        positionsShown.clear();
        StepMachine saved = trained(4_000_000);
        HistoryOutcome outcome = open(saved, SavedHistory.of(saved.timeline()));
        settle();
        assertThat(outcome.restored()).isEqualTo(HistoryOutcome.Restored.RESTORED);
        assertThat(positionsShown.get(0)).as("the saved state first").isZero();
        assertThat(positionsShown.get(positionsShown.size() - 1)).isEqualTo(saved.position());
        assertThat(workShown).isNotEmpty().first().isNotNull();
        assertThat(workShown.get(0).kind()).isEqualTo(Work.Kind.RESTORING_HISTORY);
        assertThat(workShown.get(workShown.size() - 1)).as("the progress bar goes at the end").isNull();
        assertThat(model.snapshotProperty().get().network()).isEqualTo(saved.engine().currentNetwork());
        assertThat(model.lossesProperty().get().count()).isEqualTo(saved.losses().size());
    }

    @Test
    void cancel_while_a_history_is_replayed_leaves_the_saved_state_open_alone() throws Exception {
        settle();
        StepMachine saved = trained(6_000_000);
        CountDownLatch shown = new CountDownLatch(1);
        model.workProperty().addListener((obs, old, now) -> {
            if (now != null) {
                shown.countDown();
            }
        });
        Session state = saved.engine().currentSession();
        var opening = model.open(state,
                HistoryResume.prepare(SavedHistory.of(saved.timeline()), state, Limits.MAX_REPLAY), "Saved");
        assertThat(shown.await(30, TimeUnit.SECONDS)).isTrue();
        model.cancelWork();
        assertThat(opening.get(30, TimeUnit.SECONDS).restored()).isEqualTo(HistoryOutcome.Restored.CANCELLED);
        settle();
        assertThat(model.positionProperty().get()).isZero();
        assertThat(model.lengthProperty().get()).isZero();
        assertThat(model.snapshotProperty().get().network()).isEqualTo(saved.engine().currentNetwork());
        assertThat(model.workProperty().get()).isNull();
    }

    @Test
    void a_step_while_a_history_is_replayed_keeps_the_step_and_drops_the_replay() throws Exception {
        settle();
        StepMachine saved = trained(6_000_000);
        CountDownLatch shown = new CountDownLatch(1);
        model.snapshotProperty().addListener((obs, old, now) -> shown.countDown());
        Session state = saved.engine().currentSession();
        var opening = model.open(state,
                HistoryResume.prepare(SavedHistory.of(saved.timeline()), state, Limits.MAX_REPLAY), "Saved");
        assertThat(shown.await(30, TimeUnit.SECONDS)).isTrue();
        model.stepForward();
        assertThat(opening.get(30, TimeUnit.SECONDS).restored()).isEqualTo(HistoryOutcome.Restored.CHANGED);
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(1);
        assertThat(model.lengthProperty().get()).isEqualTo(1);
        assertThat(model.snapshotProperty().get().network()).isEqualTo(saved.engine().currentNetwork());
    }

    @Test
    void a_history_that_does_not_give_the_saved_state_is_dropped_and_the_saved_state_opens() throws Exception {
        settle();
        StepMachine saved = trained(1_000);
        Session state = saved.engine().currentSession();
        double[] p = state.network().parameters();
        p[2] += 1;
        Session other = state.withNetwork(state.network().withParameters(p));
        HistoryResume resume = HistoryResume.prepare(saved.saved(), other, Limits.MAX_REPLAY);
        HistoryOutcome outcome = model.open(other, resume, "Edited").get(30, TimeUnit.SECONDS);
        settle();
        assertThat(outcome.restored()).isEqualTo(HistoryOutcome.Restored.DROPPED);
        assertThat(outcome.reason()).contains("w(1)[2,1]");
        assertThat(model.lengthProperty().get()).isZero();
        assertThat(model.snapshotProperty().get().network()).isEqualTo(other.network());
    }

    @Test
    void a_long_rewind_shows_its_progress_and_cancel_stops_it_where_it_got_to() throws Exception {
        settle();
        // the cursor at the start of a long recorded future with no checkpoints in it
        StepMachine saved = new StepMachine(TestSessions.xor(8));
        saved.iterations(3_000_000);
        saved.reset();
        assertThat(open(saved, SavedHistory.of(saved.timeline())).restored())
                .isEqualTo(HistoryOutcome.Restored.RESTORED);
        settle();
        CountDownLatch shown = new CountDownLatch(1);
        List<Work> seen = new ArrayList<>();
        model.workProperty().addListener((obs, old, now) -> {
            seen.add(now);
            if (now != null) {
                shown.countDown();
            }
        });
        model.seek(saved.length());
        assertThat(shown.await(30, TimeUnit.SECONDS)).isTrue();
        model.cancelWork();
        settle();
        assertThat(seen.get(0).kind()).isEqualTo(Work.Kind.REPLAYING);
        assertThat(model.workProperty().get()).isNull();
        long reached = model.positionProperty().get();
        assertThat(reached).isBetween(1L, saved.length() - 1);
        saved.seek(reached);
        assertThat(model.snapshotProperty().get().network()).isEqualTo(saved.engine().currentNetwork());
    }
}
