package org.backpropstudio.model;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backpropstudio.core.Progress;

/**
 * The progress of long work on the engine thread, shown once it has taken longer than a moment,
 * and its Cancel. The engine thread asks {@link #progress} for a {@link Progress} to replay with;
 * the UI thread reads {@link #workProperty()} and may {@link #cancel()}.
 */
final class LongWork {
    /** Work that ends sooner than this shows no progress bar (unless asked otherwise). */
    static final long SHOW_AFTER_NANOS = 300_000_000L;
    /** The progress bar moves at most this often. */
    private static final long PUBLISH_EVERY_NANOS = 100_000_000L;

    private final Executor uiExecutor;
    private final ReadOnlyObjectWrapper<Work> work = new ReadOnlyObjectWrapper<>(this, "work");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    LongWork(Executor uiExecutor) {
        this.uiExecutor = uiExecutor;
    }

    /** The work shown, null when there is none; on the UI thread. */
    ReadOnlyObjectProperty<Work> workProperty() {
        return work.getReadOnlyProperty();
    }

    /** Asks the work in progress to stop where it is. */
    void cancel() {
        cancelled.set(true);
    }

    /** Forgets an earlier Cancel; called by the engine thread before work begins. */
    void begin() {
        cancelled.set(false);
    }

    /** Whether Cancel was asked for since {@link #begin()}. */
    boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * A progress for work of {@code kind} that began at {@code startNanos}: it publishes the
     * fraction done (from {@code fraction}, or from the events replayed when that is null) once
     * the work has lasted {@code showAfterNanos}, and stops the work on Cancel or at
     * {@code deadlineNanos} (a slice's end; {@link Long#MAX_VALUE} for none).
     */
    Progress progress(Work.Kind kind, long startNanos, long showAfterNanos, long deadlineNanos,
                      java.util.function.DoubleSupplier fraction) {
        long[] lastPublished = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - startNanos >= showAfterNanos && now - lastPublished[0] >= PUBLISH_EVERY_NANOS) {
                lastPublished[0] = now;
                double f = fraction != null ? fraction.getAsDouble() : total == 0 ? 1 : (double) done / total;
                uiExecutor.execute(() -> work.set(new Work(kind, f)));
            }
            return !cancelled.get() && now < deadlineNanos;
        };
    }

    /** The work is over: the progress bar goes. */
    void end() {
        uiExecutor.execute(() -> work.set(null));
    }
}
