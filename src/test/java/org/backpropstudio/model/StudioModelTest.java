package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.Stride;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The observable model with a real engine thread and a hand-driven "UI thread" queue. */
class StudioModelTest {
    private final HandDrivenUi threads = new HandDrivenUi();
    private final ScheduledExecutorService engine = threads.engine();
    private final StudioModel model = threads.model(TestSessions.seedExample());

    @AfterEach
    void stop() {
        threads.close();
    }

    /** z⁽ˡ⁾ⱼ of the snapshot shown, null while it is not computed in the current iteration. */
    private Double shownZ(int l, int j) {
        Snapshot s = model.snapshotProperty().get();
        return s.isComputed(MicroStep.Kind.Z, l) ? s.z(l, j) : null;
    }

    /** a⁽ˡ⁾ⱼ of the snapshot shown, null while it is not computed in the current iteration. */
    private Double shownA(int l, int j) {
        Snapshot s = model.snapshotProperty().get();
        return s.isComputed(MicroStep.Kind.A, l) ? s.a(l, j) : null;
    }

    private void settle() throws Exception {
        threads.settle();
    }

    @Test
    void a_step_forward_shows_z_of_the_first_layer_and_nothing_else() throws Exception {
        settle();
        assertThat(shownZ(1, 0)).isNull();
        assertThat(model.phaseProperty().get()).isNull();

        model.stepForward();
        settle();
        assertThat(shownZ(1, 0)).isEqualTo(0.3775, org.assertj.core.api.Assertions.within(Tolerance.ROUNDING));
        assertThat(shownA(1, 0)).isNull();
        assertThat(model.lastStepProperty().get()).isEqualTo(new MicroStep(MicroStep.Kind.Z, 1, 0));
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FORWARD);
        assertThat(model.microStepProperty().get()).isEqualTo(1);
        assertThat(model.canStepBackProperty().get()).isTrue();

        model.stepBack();
        settle();
        assertThat(shownZ(1, 0)).isNull();
        assertThat(model.canStepBackProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void snapshots_are_coalesced_while_the_ui_thread_is_busy() throws Exception {
        settle();
        for (int i = 0; i < 100; i++) {
            model.stepForward();
        }
        engine.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(threads.queue()).as("one drain for a hundred snapshots").hasSize(1);
        settle();
        assertThat(model.positionProperty().get()).isEqualTo(100);
        assertThat(model.snapshotProperty().get().position()).isEqualTo(100);
    }

    @Test
    void play_that_diverges_stops_by_itself_and_says_why() throws Exception {
        // a linear 1-1-1 network with a huge learning rate: the weights overflow within a few updates
        Network net = new Network(new int[] {1, 1, 1}, new Activation[] {null, Activation.LINEAR, Activation.LINEAR},
                new double[][][] {{}, {{2}}, {{2}}}, new double[][] {{}, {0}, {0}}, null, null);
        Session exploding = new Session("exploding", net, Loss.SQUARED_ERROR, 1e6, BatchMode.FULL,
                new Dataset(new double[][] {{1}}, new double[][] {{0}}));
        settle();
        model.open(exploding);
        model.speedProperty().set(StudioModel.MAX_SPEED);
        model.strideProperty().set(Stride.ITERATION);
        model.play();
        for (int round = 0; round < 200 && model.messageProperty().get().isEmpty(); round++) {
            engine.schedule(() -> { }, 10, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
            settle();
        }
        assertThat(model.messageProperty().get()).startsWith("Training paused: ");
        assertThat(model.playingProperty().get()).as("the Play button shows Play again").isFalse();
        long position = model.positionProperty().get();
        settle();
        assertThat(model.positionProperty().get()).as("nothing runs after it stopped").isEqualTo(position);
    }

    @Test
    void play_then_pause_leaves_a_consistent_state() throws Exception {
        settle();
        model.speedProperty().set(StudioModel.MAX_SPEED);
        model.strideProperty().set(Stride.ITERATION);
        model.play();
        assertThat(model.playingProperty().get()).isTrue();
        engine.schedule(() -> { }, 50, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        model.pause();
        settle();
        assertThat(model.playingProperty().get()).isFalse();
        long iterations = model.lossesProperty().get().count();
        assertThat(iterations).isPositive();
        assertThat(model.microStepProperty().get()).isEqualTo(model.microStepsPerIterationProperty().get());
        assertThat(model.iterationProperty().get()).isEqualTo(iterations);
        settle();
        assertThat(model.lossesProperty().get().count()).as("nothing runs after pause").isEqualTo(iterations);
    }

    @Test
    void a_refused_edit_reports_why_and_changes_nothing() throws Exception {
        settle();
        assertThatThrownBy(
                () -> model.edit(new Edit.SetWeight(1, 0, 0, Double.POSITIVE_INFINITY)).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("finite");
        settle();
        assertThat(model.lengthProperty().get()).isZero();
        assertThat(model.dirtyProperty().get()).isFalse();

        EditOutcome outcome = model.edit(new Edit.SetWeight(1, 0, 0, 0.5)).get(5, TimeUnit.SECONDS);
        assertThat(outcome.lossBefore())
                .isCloseTo(0.274811083, org.assertj.core.api.Assertions.within(Tolerance.WORKED_EXAMPLE));
        assertThat(outcome.change()).isNotZero();
        settle();
        assertThat(model.snapshotProperty().get().weight(1, 0, 0)).isEqualTo(0.5);
        assertThat(model.dirtyProperty().get()).isTrue();
        model.undo();
        settle();
        assertThat(model.snapshotProperty().get().weight(1, 0, 0)).isEqualTo(0.15);
    }

    @Test
    void opening_another_architecture_rebuilds_the_layers_and_clears_the_selection() throws Exception {
        settle();
        model.selectionProperty().set(new Selection.Neuron(1, 1));
        model.open(TestSessions.xor(1).withNetwork(org.backpropstudio.core.Initializer.random(
                new int[] {2, 3, 3, 1}, new org.backpropstudio.core.Activation[] {null,
                    org.backpropstudio.core.Activation.TANH, org.backpropstudio.core.Activation.TANH,
                    org.backpropstudio.core.Activation.SIGMOID}, 4)));
        settle();
        assertThat(model.snapshotProperty().get().layers()).as("L, after the input layer").isEqualTo(3);
        assertThat(model.snapshotProperty().get().units(2) * model.snapshotProperty().get().units(1))
                .as("the weights into layer 2").isEqualTo(9);
        assertThat(model.selectionProperty().get()).isNull();
        assertThat(model.sessionNameProperty().get()).isEqualTo("XOR");
    }

    @Test
    void a_new_architecture_is_an_undoable_event_and_a_bad_one_is_refused() throws Exception {
        settle();
        org.backpropstudio.core.Session seed = TestSessions.seedExample();
        org.backpropstudio.core.Architecture wider = new org.backpropstudio.core.Architecture(java.util.List.of(
                new org.backpropstudio.core.Architecture.LayerSpec(3, org.backpropstudio.core.Activation.TANH),
                new org.backpropstudio.core.Architecture.LayerSpec(1, org.backpropstudio.core.Activation.SIGMOID)),
                seed.loss(), 0.5, seed.batch(), 1, false);
        model.changeArchitecture(wider).get(5, TimeUnit.SECONDS);
        settle();
        assertThat(model.snapshotProperty().get().units(1)).isEqualTo(3);
        model.undo();
        settle();
        assertThat(model.snapshotProperty().get().units(1)).isEqualTo(2);

        org.backpropstudio.core.Dataset threeInputs = new org.backpropstudio.core.Dataset(
                new double[][] {{1, 2, 3}}, new double[][] {{0.5}});
        assertThatThrownBy(() -> model.replaceDataset(threeInputs).get(5, TimeUnit.SECONDS))
                .hasMessageContaining("2 inputs");
        settle();
        assertThat(model.lengthProperty().get()).isEqualTo(1);
    }

    @Test
    void new_steps_past_the_end_mark_the_session_unsaved_and_moving_inside_the_history_does_not() throws Exception {
        settle();
        assertThat(model.dirtyProperty().get()).isFalse();
        model.iterations(3);
        settle();
        assertThat(model.dirtyProperty().get()).as("training recorded new steps").isTrue();

        model.markSaved("Seed example");
        model.stepBack();
        model.seek(7);
        model.reset();
        model.redo();
        model.stepForward();
        model.seek(model.lengthProperty().get());
        settle();
        assertThat(model.dirtyProperty().get()).as("only the cursor moved").isFalse();

        model.stepForward();
        settle();
        assertThat(model.dirtyProperty().get()).as("a step past the end").isTrue();

        model.markSaved("Seed example");
        model.speedProperty().set(StudioModel.MAX_SPEED);
        model.play();
        engine.schedule(() -> { }, 20, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        model.pause();
        settle();
        assertThat(model.dirtyProperty().get()).as("play recorded new steps").isTrue();
    }

    @Test
    void a_save_clears_the_unsaved_mark_only_if_nothing_changed_after_its_state_was_taken() throws Exception {
        model.iterations(2);
        settle();
        SavedState taken = model.state().get(5, TimeUnit.SECONDS);
        model.stepForward(); // while the file is being written
        settle();
        model.markSaved("Seed example", taken);
        settle();
        assertThat(model.dirtyProperty().get()).as("the step after the state was taken is not in the file").isTrue();

        SavedState now = model.state().get(5, TimeUnit.SECONDS);
        model.stepBack();
        model.markSaved("Seed example", now);
        settle();
        assertThat(model.dirtyProperty().get()).as("moving the cursor is no change").isFalse();
    }

    @Test
    void opening_a_session_while_training_leaves_it_saved_and_marking_a_restored_one_unsaved_holds() throws Exception {
        settle();
        model.speedProperty().set(StudioModel.MAX_SPEED);
        model.play();
        engine.schedule(() -> { }, 20, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        model.open(TestSessions.xor(1));
        settle();
        assertThat(model.dirtyProperty().get()).as("the last frames of the session before do not mark this one")
                .isFalse();

        model.open(TestSessions.seedExample());
        model.markUnsaved();
        settle();
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void replacing_the_network_or_the_data_marks_the_session_unsaved_and_undo_takes_it_back() throws Exception {
        settle();
        org.backpropstudio.core.Session seed = TestSessions.seedExample();
        org.backpropstudio.core.Architecture wider = new org.backpropstudio.core.Architecture(java.util.List.of(
                new org.backpropstudio.core.Architecture.LayerSpec(3, org.backpropstudio.core.Activation.TANH),
                new org.backpropstudio.core.Architecture.LayerSpec(1, org.backpropstudio.core.Activation.SIGMOID)),
                seed.loss(), 0.5, seed.batch(), 1, false);
        model.changeArchitecture(wider).get(5, TimeUnit.SECONDS);
        settle();
        assertThat(model.dirtyProperty().get()).isTrue();

        model.markSaved("Seed example");
        org.backpropstudio.core.Dataset two = new org.backpropstudio.core.Dataset(
                new double[][] {{0.05, 0.1}, {0.5, 0.5}}, new double[][] {{0.01}, {0.99}});
        model.replaceDataset(two).get(5, TimeUnit.SECONDS);
        settle();
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(2);

        model.undo();
        settle();
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(1);
        model.undo();
        settle();
        assertThat(model.snapshotProperty().get().units(1)).isEqualTo(2);
        assertThat(model.snapshotProperty().get().network()).isEqualTo(seed.network());
    }
}
