package org.backpropstudio.model;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * The thread the model's properties live on and its commands are given on (the FX application
 * thread in the app): runs tasks there, and tells whether the caller is on it. The model layer
 * knows no JavaFX application class, so the window hands this in.
 */
public interface UiThread extends Executor {

    /** Whether the calling thread is this one. */
    boolean isCurrent();

    /** Runs tasks on {@code executor}; {@code isCurrent} tells whether the caller is on its thread. */
    static UiThread of(Executor executor, BooleanSupplier isCurrent) {
        Objects.requireNonNull(executor);
        Objects.requireNonNull(isCurrent);
        return new UiThread() {
            @Override
            public void execute(Runnable task) {
                executor.execute(task);
            }

            @Override
            public boolean isCurrent() {
                return isCurrent.getAsBoolean();
            }
        };
    }

    /**
     * Runs tasks on {@code executor}, and takes the thread that calls this for the UI thread: for
     * tests and benchmarks that drain a queue of UI tasks themselves, or run them in place.
     */
    static UiThread callingThread(Executor executor) {
        Thread thread = Thread.currentThread();
        return of(executor, () -> Thread.currentThread() == thread);
    }

    /**
     * Throws if the caller is not on this thread: a model command given from another thread is a
     * bug (its properties would change under the UI's feet).
     *
     * @param command the command's name, for the message
     */
    default void check(String command) {
        if (!isCurrent()) {
            throw new IllegalStateException("the model command " + command + " must be given on the UI thread, not on "
                    + Thread.currentThread().getName());
        }
    }
}
