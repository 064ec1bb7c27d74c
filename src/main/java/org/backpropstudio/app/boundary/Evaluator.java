package org.backpropstudio.app.boundary;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.backpropstudio.model.LatestValue;

/**
 * Evaluates the network over the plane (or along the curve) off the FX thread: jobs go to the
 * worker through a {@link LatestValue}, so while one computes only the newest waits, and each
 * result is handed to the FX thread.
 */
final class Evaluator {
    private static final System.Logger LOG = System.getLogger(Evaluator.class.getName());

    private final LatestValue<Evaluation.Job> jobs;
    private final Consumer<Evaluation.Result> results;
    private final AtomicLong evaluations = new AtomicLong();

    /** Evaluates on {@code worker} and hands each result to {@code results} on the FX thread. */
    Evaluator(Executor worker, Consumer<Evaluation.Result> results) {
        this.jobs = new LatestValue<>(worker, this::evaluate);
        this.results = results;
    }

    /** Evaluates {@code job} once the worker is free, in place of any job still waiting. */
    void submit(Evaluation.Job job) {
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
    private void evaluate(Evaluation.Job job) {
        try {
            Evaluation.Result r = Evaluation.run(job);
            evaluations.incrementAndGet();
            Platform.runLater(() -> results.accept(r));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not evaluate the network over the plane", e);
        }
    }
}
