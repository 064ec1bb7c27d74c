package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The states a step machine keeps along its timeline, so that it can return to any position by
 * restoring the last one before it and replaying the events in between; in bounded memory.
 *
 * <p>One is taken whenever the compute done since the last one exceeds an interval (about a
 * millisecond of replay at first), and after every edit. When they outgrow their budget every
 * other one is dropped and the interval doubles, so that memory stays bounded and a rewind replays
 * at most a bounded amount of work per interval.
 */
final class Checkpoints {
    /** Compute between checkpoints at first, in multiply-adds (about a millisecond of replay). */
    static final long INITIAL_INTERVAL = 1L << 18;
    /** The memory all checkpoints together may hold before half of them are dropped. */
    static final long BUDGET_BYTES = 32L << 20;

    /**
     * The state from which the event after {@code position} proceeds. An exact checkpoint is the
     * state at its position; a boundary one, taken at the end of iteration i, is the state
     * (i + 1, 0) that the next micro-step continues from (the display of (i, N) needs a replay).
     */
    record Checkpoint(long position, boolean exact, Session session, long iteration, int step, long bytes) {
    }

    private final TreeMap<Long, Checkpoint> byPosition = new TreeMap<>();
    private long bytes;
    private long interval = INITIAL_INTERVAL;
    private long costSinceLast;

    /** Notes {@code cost} multiply-adds of compute; true when a checkpoint is due. */
    boolean spent(long cost) {
        costSinceLast += cost;
        return costSinceLast >= interval;
    }

    /** Starts counting compute afresh (after a checkpoint was restored). */
    void restarted() {
        costSinceLast = 0;
    }

    /** Keeps a checkpoint (replacing one at the same position), dropping every other one if over budget. */
    void add(long position, boolean exact, Session state, long iteration, int step) {
        Network net = state.network();
        long size = 160L + 9L * net.parameterCount() + 48L * 3 * (net.layers() + 1);
        for (int l = 1; l <= net.layers(); l++) {
            size += 40L * net.units(l);
        }
        Checkpoint old = byPosition.put(position, new Checkpoint(position, exact, state, iteration, step, size));
        if (old != null) {
            bytes -= old.bytes();
        }
        bytes += size;
        costSinceLast = 0;
        if (bytes > BUDGET_BYTES) {
            thin();
        }
    }

    /** The last checkpoint from which position p can be reached by replaying forward. */
    Checkpoint before(long p) {
        Map.Entry<Long, Checkpoint> e = byPosition.floorEntry(p);
        while (e.getKey() == p && !e.getValue().exact()) {
            e = byPosition.lowerEntry(e.getKey());
        }
        return e.getValue();
    }

    /** Forgets the checkpoints after position p. */
    void dropAfter(long p) {
        Iterator<Map.Entry<Long, Checkpoint>> it = byPosition.tailMap(p, false).entrySet().iterator();
        while (it.hasNext()) {
            bytes -= it.next().getValue().bytes();
            it.remove();
        }
    }

    /** The number held. */
    int count() {
        return byPosition.size();
    }

    /** The bytes they hold. */
    long bytes() {
        return bytes;
    }

    /**
     * Checkpoints after the start to save with the history: all of them if their parameters fit in
     * {@code maxBytes} (8 bytes a parameter), else every m-th with the smallest m that fits, and
     * always the last two at or before {@code cursor} (so that the saved state and the one before
     * it are reached without a long replay), even if those alone exceed the budget.
     */
    List<Checkpoint> sample(long maxBytes, long cursor) {
        List<Checkpoint> all = new ArrayList<>(byPosition.tailMap(0L, false).values());
        int nearest = -1;
        for (int i = 0; i < all.size() && all.get(i).position() <= cursor; i++) {
            nearest = i;
        }
        long total = 0;
        for (Checkpoint c : all) {
            total += 8L * c.session().network().parameterCount();
        }
        for (long m = Math.max(1, (total + maxBytes - 1) / Math.max(1, maxBytes)); ; m++) {
            List<Checkpoint> kept = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < all.size(); i++) {
                if (i % m == m - 1 || i == nearest || i == nearest - 1) {
                    kept.add(all.get(i));
                    size += 8L * all.get(i).session().network().parameterCount();
                }
            }
            if (size <= maxBytes || kept.size() <= 2) {
                return kept;
            }
        }
    }

    /** Drops every other checkpoint (never the first nor the newest) and doubles the interval. */
    private void thin() {
        boolean drop = false;
        Long newest = byPosition.lastKey();
        Iterator<Map.Entry<Long, Checkpoint>> it = byPosition.entrySet().iterator();
        it.next();
        while (it.hasNext()) {
            Map.Entry<Long, Checkpoint> e = it.next();
            if (drop && !e.getKey().equals(newest)) {
                bytes -= e.getValue().bytes();
                it.remove();
            }
            drop = !drop;
        }
        interval *= 2;
    }
}
