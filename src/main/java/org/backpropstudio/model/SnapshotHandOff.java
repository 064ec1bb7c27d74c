package org.backpropstudio.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.backpropstudio.core.Snapshot;

/**
 * Snapshots from the engine thread to the UI thread through one {@link LatestValue}: the UI thread
 * applies only the newest, however fast they come, and at most one drain waits in its queue. It
 * also carries the mark of new work (steps recorded past the end of the timeline), which the next
 * snapshot applied turns into "unsaved", so that the mark keeps its order with the opening of
 * another session (which forgets it).
 */
final class SnapshotHandOff {
    /** A snapshot and its number in the order offered. */
    private record Numbered(Snapshot snapshot, long number) {
    }

    private final UiThread ui;
    private final LatestValue<Numbered> latest;
    private final AtomicBoolean newWork = new AtomicBoolean();
    /** Snapshots offered; engine thread only. */
    private long offered;
    /** The number of the last snapshot applied. */
    private volatile long applied;

    /**
     * @param ui        the thread that applies snapshots
     * @param apply     applies one, on the UI thread
     * @param onNewWork on the UI thread, before a snapshot that follows new work is applied
     */
    SnapshotHandOff(UiThread ui, Consumer<Snapshot> apply, Runnable onNewWork) {
        this.ui = ui;
        this.latest = new LatestValue<>(ui, n -> {
            if (newWork.getAndSet(false)) {
                onNewWork.run();
            }
            try {
                apply.accept(n.snapshot());
            } finally {
                applied = n.number();
            }
        });
    }

    /** Offers {@code s} in place of any snapshot still waiting; on the engine thread. */
    void offer(Snapshot s) {
        latest.offer(new Numbered(s, ++offered));
    }

    /** Notes steps recorded past the end of the timeline, for the next snapshot applied; on the engine thread. */
    void noteNewWork() {
        newWork.set(true);
    }

    /** Forgets new work not yet applied (another session was opened); on the engine thread. */
    void forgetNewWork() {
        newWork.set(false);
    }

    /**
     * Completes {@code done} on the UI thread once the snapshots offered so far have been applied
     * (the last of them, or a newer one in its place); on the engine thread.
     */
    void whenApplied(CompletableFuture<Void> done) {
        long number = offered;
        ui.execute(() -> completeOnceApplied(number, done));
    }

    private void completeOnceApplied(long number, CompletableFuture<Void> done) {
        if (applied >= number) {
            done.complete(null);
        } else {
            ui.execute(() -> completeOnceApplied(number, done));
        }
    }
}
