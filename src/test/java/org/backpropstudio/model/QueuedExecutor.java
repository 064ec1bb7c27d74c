package org.backpropstudio.model;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * An executor that runs what it was given only when the test says so: a worker that is busy until
 * then, so that a test can see what was scheduled and in which order it runs.
 */
public final class QueuedExecutor implements Executor {
    private final Queue<Runnable> jobs = new ArrayDeque<>();

    @Override
    public void execute(Runnable job) {
        jobs.add(job);
    }

    /** The jobs waiting, in order. */
    public Queue<Runnable> jobs() {
        return jobs;
    }

    /** Runs the jobs waiting, and those they schedule, until none is left. */
    public void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }
}
