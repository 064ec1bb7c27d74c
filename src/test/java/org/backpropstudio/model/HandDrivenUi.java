package org.backpropstudio.model;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.Session;

/**
 * The threads of a model test without a window: a real engine thread, and for the UI thread the
 * test's own, which runs the queue of UI tasks when the test settles. Close it after the test.
 */
public final class HandDrivenUi implements AutoCloseable {
    private final ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final UiThread ui = UiThread.callingThread(queue::add);

    /** A model of {@code session} on these threads. */
    public StudioModel model(Session session) {
        return new StudioModel(session, engine, ui);
    }

    /** The engine thread. */
    public ScheduledExecutorService engine() {
        return engine;
    }

    /** The UI tasks waiting to run. */
    public Queue<Runnable> queue() {
        return queue;
    }

    /** Runs UI tasks on the test's thread: they wait in {@link #queue()} until the test settles. */
    public UiThread ui() {
        return ui;
    }

    /** Waits for the engine thread, then runs what it handed to the UI thread (one round). */
    public void settle() throws Exception {
        engine.submit(() -> { }).get(5, TimeUnit.SECONDS);
        Runnable r;
        while ((r = queue.poll()) != null) {
            r.run();
        }
    }

    /**
     * Settles again until a round finds nothing to run (what the UI thread ran may have given the
     * engine more work); not while the model plays.
     */
    public void settleAll() throws Exception {
        do {
            settle();
            engine.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } while (!queue.isEmpty());
    }

    @Override
    public void close() {
        engine.shutdownNow();
    }
}
