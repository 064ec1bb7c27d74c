package org.backpropstudio.app.images;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.backpropstudio.model.LatestValue;

/**
 * Scores the test set off the FX thread, as the decision boundary evaluates its plane: jobs go to
 * the worker through a {@link LatestValue}, so one evaluation at most is in flight and, while it
 * runs, only the newest job waits; each result is handed to the FX thread.
 */
final class TestSetEvaluator {
    private static final System.Logger LOG = System.getLogger(TestSetEvaluator.class.getName());

    private final LatestValue<TestSetScore.Job> jobs;
    private final Consumer<TestSetScore.Result> results;
    private final AtomicLong evaluations = new AtomicLong();

    /** Evaluates on {@code worker} and hands each result to {@code results} on the FX thread. */
    TestSetEvaluator(Executor worker, Consumer<TestSetScore.Result> results) {
        this.jobs = new LatestValue<>(worker, this::evaluate);
        this.results = results;
    }

    /** Evaluates {@code job} once the worker is free, in place of any job still waiting. */
    void submit(TestSetScore.Job job) {
        jobs.offer(job);
    }

    /** The evaluations completed so far. */
    long evaluations() {
        return evaluations.get();
    }

    /** Whether no job is computing or waiting. */
    boolean isIdle() {
        return jobs.isIdle();
    }

    /** On the worker. */
    private void evaluate(TestSetScore.Job job) {
        try {
            TestSetScore.Result r = TestSetScore.run(job);
            evaluations.incrementAndGet();
            Platform.runLater(() -> results.accept(r));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not score the test set", e);
        }
    }
}
