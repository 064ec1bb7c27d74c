package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The step machine's scores at epoch ends of a session with a test set. */
class EpochScoresTest {

    /** XOR (squared error, so no accuracy) in mini-batches of 2, with a test set of two samples. */
    private static Session withTest() {
        Session xor = TestSessions.xor(3);
        Dataset data = xor.dataset().withTest(new Dataset(new double[][] {{0.1, 0.9}, {0.9, 0.9}},
                new double[][] {{1}, {0}}));
        return new Session("t", xor.network(), xor.loss(), xor.learningRate(), BatchMode.MINI, data, 2, 5);
    }

    @Test
    void each_epoch_end_is_scored_with_the_parameters_after_its_last_update() {
        Session session = withTest();
        StepMachine machine = new StepMachine(session);
        Engine check = new Engine(session);
        for (int epoch = 1; epoch <= 5; epoch++) {
            machine.epoch();
            check.runIteration();
            check.runIteration();
            EpochScores.View view = machine.epochScores().view();
            assertThat(view.count()).isEqualTo(epoch);
            assertThat(view.iteration(epoch - 1)).isEqualTo(2L * epoch);
            Score test = Score.of(check.currentNetwork(), session.loss(), session.dataset().test().orElseThrow());
            Score train = Score.of(check.currentNetwork(), session.loss(), session.dataset());
            assertThat(view.testLoss()[epoch - 1]).isEqualTo(test.loss());
            assertThat(view.trainLoss()[epoch - 1]).isEqualTo(train.loss());
            assertThat(view.testAccuracy()[epoch - 1]).isNaN();
        }
    }

    @Test
    void going_back_forgets_the_epochs_past_the_cursor_and_going_forward_scores_them_the_same() {
        StepMachine machine = new StepMachine(withTest());
        machine.iterations(10);
        EpochScores.View before = machine.epochScores().view();
        assertThat(before.count()).isEqualTo(5);
        machine.seek(machine.position() / 2);
        EpochScores.View back = machine.epochScores().view();
        assertThat(back.count()).isLessThan(5);
        assertThat(back.iteration(back.count() - 1)).isLessThanOrEqualTo(machine.engine().completedIterations());
        assertThat(before.count()).isEqualTo(5);
        assertThat(before.testLoss()[4]).isEqualTo(before.testLoss()[4]);
        machine.seek(machine.length());
        EpochScores.View again = machine.epochScores().view();
        assertThat(again.count()).isEqualTo(5);
        for (int n = 0; n < 5; n++) {
            assertThat(again.testLoss()[n]).isEqualTo(before.testLoss()[n]);
            assertThat(again.iteration(n)).isEqualTo(before.iteration(n));
        }
    }

    @Test
    void a_session_without_a_test_set_scores_nothing() {
        StepMachine machine = new StepMachine(TestSessions.xor(3));
        machine.iterations(20);
        assertThat(machine.epochScores().view().count()).isZero();
    }

    @Test
    void past_the_capacity_every_other_epoch_is_kept() {
        Session xor = TestSessions.xor(3);
        Session full = xor.withDataset(xor.dataset().withTest(xor.dataset()));
        StepMachine machine = new StepMachine(full);
        machine.iterations(EpochScores.CAPACITY + 10);
        EpochScores scores = machine.epochScores();
        assertThat(scores.stride()).isEqualTo(2);
        assertThat(scores.size()).isEqualTo(EpochScores.CAPACITY / 2 + 5);
        EpochScores.View view = scores.view();
        for (int n = 0; n < view.count(); n++) {
            assertThat(view.iteration(n)).isEqualTo(2L * (n + 1));
        }
    }
}
