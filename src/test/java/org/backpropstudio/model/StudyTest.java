package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A close look at one test sample: stepped as training would, learned from never, left exactly. */
class StudyTest {
    private final HandDrivenUi threads = new HandDrivenUi();
    private final Session start = withTest();
    private final StudioModel model = threads.model(start);

    @AfterEach
    void stop() {
        threads.close();
    }

    /** XOR with a test set of three samples, in mini-batches of 2. */
    private static Session withTest() {
        Session xor = TestSessions.xor(4);
        Dataset data = xor.dataset().withTest(new Dataset(new double[][] {{0.2, 0.9}, {0.8, 0.1}, {0.9, 0.9}},
                new double[][] {{1}, {1}, {0}}));
        return new Session("XOR", xor.network(), xor.loss(), xor.learningRate(), BatchMode.MINI, data, 2, 3);
    }

    private Snapshot shown() {
        return model.snapshotProperty().get();
    }

    private <T> T settled(CompletableFuture<T> future) throws Exception {
        while (!future.isDone()) {
            threads.settle();
        }
        threads.settle();
        return future.get(5, TimeUnit.SECONDS);
    }

    @Test
    void a_study_steps_the_test_sample_with_every_parameter_locked_and_comes_back_to_the_same_network()
            throws Exception {
        model.iterations(5);
        threads.settle();
        Network before = shown().network();
        settled(model.study(1));
        Study study = model.studyShownProperty().get();
        assertThat(study).isNotNull();
        assertThat(study.testIndex()).isEqualTo(1);
        Session session = shown().session();
        assertThat(session.name()).isEqualTo("Test sample 2 of XOR");
        assertThat(session.batch()).isEqualTo(BatchMode.SAMPLE);
        assertThat(session.dataset().inputRow(0)).containsExactly(0.8, 0.1);
        assertThat(session.dataset().test()).isEqualTo(start.dataset().test());
        for (Parameter p : Parameter.all(shown().network())) {
            assertThat(p.isBias() ? shown().network().isBiasLocked(p.layer(), p.to())
                    : shown().network().isWeightLocked(p.layer(), p.to(), p.from())).isTrue();
        }
        LossProbe probe = new LossProbe(session.withNetwork(shown().network()), shown().iteration());
        model.iterations(1);
        threads.settle();
        assertThat(shown().network().weightsCopy()).isDeepEqualTo(before.weightsCopy());
        Parameter w = Parameter.all(before).get(0);
        assertThat(shown().weightGradient(w.layer(), w.to(), w.from())).isEqualTo(probe.gradient(w));

        settled(model.endStudy());
        assertThat(model.studyShownProperty().get()).isNull();
        assertThat(shown().session().dataset()).isEqualTo(start.dataset());
        assertThat(shown().session().batch()).isEqualTo(BatchMode.MINI);
        assertThat(shown().network()).isEqualTo(before);

        model.stepBack();
        threads.settle();
        assertThat(model.studyShownProperty().get()).isEqualTo(study);
        model.undo();
        threads.settle();
    }

    @Test
    void stepping_back_before_the_study_leaves_it_and_a_missing_sample_changes_nothing() throws Exception {
        settled(model.study(0));
        assertThat(model.studyShownProperty().get()).isNotNull();
        model.stepBack();
        threads.settle();
        assertThat(model.studyShownProperty().get()).isNull();
        assertThat(shown().session()).isEqualTo(start);
        CompletableFuture<EditOutcome> bad = model.study(7);
        ExecutionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> settled(bad), ExecutionException.class);
        assertThat(refused.getCause()).hasMessage("there is no test sample 8");
        assertThat(shown().session()).isEqualTo(start);
    }

    /** The model's state saved to a file's text and read back, then opened in {@code into}. */
    private HistoryOutcome saveAndOpen(StudioModel from, StudioModel into) throws Exception {
        SavedState state = settled(from.state());
        LoadedSession loaded = SessionFile.parse(SessionFile.write(state.current(), null, state.history()));
        return settled(into.open(loaded.session(), loaded.resume(), "Saved"));
    }

    @Test
    void a_session_saved_during_a_study_reopens_in_the_study_and_comes_back_to_training_from_there()
            throws Exception {
        model.iterations(5);
        threads.settle();
        Network before = shown().network();
        settled(model.study(2));
        model.stepForward();
        model.stepForward();
        threads.settle();
        Snapshot studied = shown();

        StudioModel reopened = threads.model(TestSessions.xor(4));
        assertThat(saveAndOpen(model, reopened).restored()).isEqualTo(HistoryOutcome.Restored.RESTORED);
        threads.settle();
        Study study = reopened.studyShownProperty().get();
        assertThat(study).as("the study is recognised after reopening").isNotNull();
        assertThat(study.testIndex()).isEqualTo(2);
        assertThat(study.before().network()).isEqualTo(before);
        assertThat(study.before().dataset()).isEqualTo(start.dataset());
        Snapshot now = reopened.snapshotProperty().get();
        assertThat(now.position()).isEqualTo(studied.position());
        assertThat(now.z(1, 0)).as("the state is where it was saved, bit for bit").isEqualTo(studied.z(1, 0));

        reopened.stepBack();
        reopened.stepBack();
        reopened.stepBack();
        threads.settle();
        assertThat(reopened.studyShownProperty().get()).as("stepped back out of the study").isNull();
        reopened.stepForward();
        threads.settle();
        assertThat(reopened.studyShownProperty().get()).as("and into it again").isSameAs(study);

        settled(reopened.endStudy());
        Snapshot back = reopened.snapshotProperty().get();
        assertThat(reopened.studyShownProperty().get()).isNull();
        assertThat(back.session().dataset()).isEqualTo(start.dataset());
        assertThat(back.session().batch()).isEqualTo(BatchMode.MINI);
        assertThat(back.network()).isEqualTo(before);
    }

    @Test
    void a_session_saved_after_a_study_ended_or_never_in_one_reopens_without_a_study() throws Exception {
        model.iterations(3);
        threads.settle();
        settled(model.study(0));
        settled(model.endStudy());
        StudioModel reopened = threads.model(TestSessions.xor(4));
        saveAndOpen(model, reopened);
        threads.settle();
        assertThat(reopened.studyShownProperty().get()).isNull();

        StudioModel fresh = threads.model(start);
        fresh.iterations(2);
        threads.settle();
        StudioModel again = threads.model(TestSessions.xor(4));
        saveAndOpen(fresh, again);
        threads.settle();
        assertThat(again.studyShownProperty().get()).isNull();
    }
}
