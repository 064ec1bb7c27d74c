package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline of a session: micro-steps and hand edits as one sequence of events, a cursor on it,
 * and the engine's state at the cursor. Stepping back returns to the exact earlier state, bit for
 * bit, from the session's start onwards, with bounded memory.
 *
 * <p>How: the state after any position is (parameters, data, settings) plus the engine cursor (i, k),
 * and the values of iteration i so far follow from them by recomputation ({@link Engine}). The
 * machine keeps checkpoints of that state at some iteration starts and after every edit; to reach
 * position p it restores the last checkpoint before p and replays the recorded events up to p.
 * A checkpoint is taken whenever the compute done since the last one exceeds an interval; when the
 * checkpoints outgrow their memory budget every other one is dropped and the interval doubles, so
 * memory stays bounded and a rewind replays at most a bounded amount of work per interval.
 *
 * <p>Events after the cursor (after stepping back) stay recorded: stepping forward replays them,
 * recorded edits included. A new edit made there replaces that future.
 *
 * <p>Divergence: every stride stops right after a micro-step that produced a value that is not a
 * finite number (NaN or ±∞), so that training pauses where it happened; see {@link #isDiverged()}.
 *
 * <p>Not thread-safe: one thread owns the machine at a time.
 */
public final class StepMachine {
    /** Compute between checkpoints at first, in multiply-adds (about a millisecond of replay). */
    static final long INITIAL_INTERVAL = 1L << 18;
    /** The memory all checkpoints together may hold before half of them are dropped. */
    static final long CHECKPOINT_BUDGET_BYTES = 32L << 20;

    private final Engine engine;
    private final Session start;
    private final List<Entry> entries = new ArrayList<>();
    private final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
    private final LossHistory losses = new LossHistory();
    private long length;
    private long position;
    private long interval = INITIAL_INTERVAL;
    private long costSinceCheckpoint;
    private long checkpointBytes;

    /** A recorded event or a run of micro-steps, starting at position {@code start}. */
    private static final class Entry {
        final long start;
        long steps;
        final Edit edit;

        Entry(long start, long steps, Edit edit) {
            this.start = start;
            this.steps = steps;
            this.edit = edit;
        }

        long end() {
            return start + (edit != null ? 1 : steps);
        }
    }

    /**
     * The state from which the event after {@code position} proceeds. An exact checkpoint is the
     * state at its position; a boundary one, taken at the end of iteration i, is the state
     * (i + 1, 0) that the next micro-step continues from (the display of (i, N) needs a replay).
     */
    private record Checkpoint(long position, boolean exact, Session session, long iteration, int step, long bytes) {
    }

    /** A machine at the start of {@code session}: position 0, nothing computed. */
    public StepMachine(Session session) {
        this.start = session;
        this.engine = new Engine(session);
        addCheckpoint(true, session, 0, 0);
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Takes the next event: the next recorded one if the cursor is inside the timeline (a recorded
     * edit is applied again), else a new micro-step. Returns the micro-step, or null for an edit.
     */
    public MicroStep stepForward() {
        if (position < length) {
            Entry next = entryAfter(position);
            if (next.edit != null) {
                applyEdit(next.edit);
                position++;
                return null;
            }
        } else {
            appendSteps(1);
        }
        MicroStep ms = engine.takeStep();
        position++;
        if (ms.kind() == MicroStep.Kind.UPDATE) {
            afterUpdate();
        }
        return ms;
    }

    /** Returns to the state before the last event; false at the start. */
    public boolean stepBack() {
        if (position == 0) {
            return false;
        }
        seek(position - 1);
        return true;
    }

    /** Moves forward by one stride (recorded edits passed over are applied again). */
    public void stride(Stride stride) {
        switch (stride) {
            case MICRO_STEP:
                stepForward();
                break;
            case LAYER: {
                MicroStep ms = nextMicroStep();
                if (ms.kind() == MicroStep.Kind.Z && !isDiverged()) {
                    nextMicroStep();
                }
                break;
            }
            case PHASE: {
                MicroStep ms = nextMicroStep();
                while (engine.step() < engine.plan().length() && !isDiverged()) {
                    MicroStep coming = engine.plan().at(engine.step() + 1);
                    if (coming.phase() != ms.phase() || coming.slot() != ms.slot() || ms.phase() == Phase.UPDATE) {
                        break;
                    }
                    nextMicroStep();
                }
                break;
            }
            case ITERATION:
                iterations(1);
                break;
            default:
                epoch();
        }
    }

    /**
     * Completes {@code n} iterations: the one in progress counts as the first if it has begun.
     * Stops early, right after the micro-step, if a value stops being finite.
     */
    public void iterations(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of iterations must be at least 1");
        }
        long target = engine.completedIterations() + n;
        if (engine.step() > 0 && engine.step() < engine.plan().length()) {
            target = engine.iteration() + n;
        }
        boolean first = true;
        while (engine.completedIterations() < target && (first || !isDiverged())) {
            first = false;
            if (runWholeIterationIfPossible()) {
                if (!engine.isLastStepFinite()) {
                    findDivergence();
                }
            } else {
                stepForward();
            }
        }
    }

    /** Completes the current epoch (its last iteration's update included), or stops at divergence. */
    public void epoch() {
        do {
            iterations(1);
        } while (engine.completedIterations() % engine.session().iterationsPerEpoch() != 0 && !isDiverged());
    }

    /**
     * Whether the last micro-step produced a value that is not a finite number (the loss or a
     * parameter exploded): strides stop there.
     */
    public boolean isDiverged() {
        return !engine.isLastStepFinite();
    }

    /**
     * Records a hand edit at the cursor and applies it: what the iteration had computed is
     * recomputed with the new value. Any recorded future is replaced.
     *
     * @throws IllegalArgumentException if the edit names no parameter, sample or value allowed
     *                                  here (the state is left as it was)
     */
    public void edit(Edit edit) {
        check(edit);
        if (position < length) {
            dropFuture();
        }
        entries.add(new Entry(length, 0, edit));
        length++;
        applyEdit(edit);
        position++;
        addCheckpoint(true, engine.currentSession(), engine.iteration(), engine.step());
    }

    /** Moves the cursor to position {@code p}, 0 ≤ p ≤ {@link #length()}. */
    public void seek(long p) {
        if (p < 0 || p > length) {
            throw new IllegalArgumentException("position " + p + " is outside 0.." + length);
        }
        if (p == position) {
            return;
        }
        if (p < position) {
            if (p == position - 1 && entryAfter(p).edit == null && engine.step() >= 2
                    && engine.step() <= engine.plan().length() - 1) {
                engine.rewindWithinIteration(engine.step() - 1);
                position = p;
                return;
            }
            restore(checkpointFor(p));
        }
        advanceTo(p);
        losses.truncate(engine.completedIterations());
    }

    /** Back to position 0, the session's start (the recorded events stay, to step forward again). */
    public void reset() {
        seek(0);
    }

    // ----------------------------------------------------------------------------------------
    // Reading
    // ----------------------------------------------------------------------------------------

    /** The engine at the cursor; read it, never change it. */
    public Engine engine() {
        return engine;
    }

    /** The session the timeline starts from. */
    public Session startSession() {
        return start;
    }

    /** The whole history as data: the start, every recorded event, the cursor. */
    public Timeline timeline() {
        List<Timeline.Event> events = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            events.add(e.edit != null ? new Timeline.EditEvent(e.edit) : new Timeline.Steps(e.steps));
        }
        return new Timeline(start, events, position);
    }

    /**
     * A machine with {@code timeline}'s history: its events are recorded again (edits checked as
     * when they were made), then the cursor is put at its position.
     *
     * @throws IllegalArgumentException naming the event that cannot be replayed, or a position
     *                                  outside the history
     */
    public static StepMachine restore(Timeline timeline) {
        StepMachine machine = new StepMachine(timeline.start());
        int index = 0;
        for (Timeline.Event event : timeline.events()) {
            try {
                if (event instanceof Timeline.EditEvent edit) {
                    machine.edit(edit.edit());
                } else {
                    machine.advanceTo(machine.position + ((Timeline.Steps) event).count());
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("event " + (index + 1) + " cannot be replayed: " + e.getMessage(), e);
            }
            index++;
        }
        if (timeline.position() < 0 || timeline.position() > machine.length) {
            throw new IllegalArgumentException("the position " + timeline.position() + " is outside 0.." + machine.length);
        }
        machine.seek(timeline.position());
        return machine;
    }

    /**
     * Takes events forward to position {@code target}: recorded ones replayed, new micro-steps
     * recorded past the end; whole iterations at once where it can.
     */
    private void advanceTo(long target) {
        while (position < target) {
            if (target - position < engine.plan().length() || !runWholeIterationIfPossible()) {
                stepForward();
            }
        }
    }

    /** The cursor: the number of events before it. */
    public long position() {
        return position;
    }

    /** The number of recorded events (micro-steps and edits). */
    public long length() {
        return length;
    }

    /** Whether the event before the cursor is an edit (so that stepping back would revert it). */
    public boolean isEditBefore() {
        return position > 0 && entryAfter(position - 1).edit != null;
    }

    /** The recorded edit right after the cursor, or null. */
    public Edit editAfter() {
        return position < length ? entryAfter(position).edit : null;
    }

    /** J of every completed iteration up to the cursor. */
    public LossHistory losses() {
        return losses;
    }

    /** The bytes the history (checkpoints and losses) holds, for the benchmarks. */
    public long historyBytes() {
        return checkpointBytes + losses.bytes() + 64L * entries.size();
    }

    /** The number of checkpoints held. */
    public int checkpointCount() {
        return checkpoints.size();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /**
     * After a whole iteration ended with a value that is not finite: goes back to its start and
     * steps micro-step by micro-step to the first one that produced such a value.
     */
    private void findDivergence() {
        long end = position;
        seek(end - engine.plan().length());
        while (position < end) {
            stepForward();
            if (isDiverged()) {
                return;
            }
        }
    }

    /** Takes micro-steps until one is taken (recorded edits on the way are applied again). */
    private MicroStep nextMicroStep() {
        MicroStep ms;
        do {
            ms = stepForward();
        } while (ms == null);
        return ms;
    }

    /**
     * Runs a whole iteration at once if the cursor is at an iteration boundary and the next N
     * events are micro-steps; the same micro-steps as one by one, so the same bits.
     */
    private boolean runWholeIterationIfPossible() {
        int n = engine.plan().length();
        if (engine.step() != 0 && engine.step() != n) {
            return false;
        }
        if (position < length) {
            Entry next = entryAfter(position);
            if (next.edit != null || next.end() - position < n) {
                return false;
            }
        } else {
            appendSteps(n);
        }
        engine.runIteration();
        position += n;
        afterUpdate();
        return true;
    }

    private void afterUpdate() {
        losses.record(engine.iteration(), engine.iterationLoss());
        costSinceCheckpoint += iterationCost();
        if (costSinceCheckpoint >= interval) {
            addCheckpoint(false, engine.currentSession(), engine.iteration() + 1, 0);
        }
    }

    /** Multiply-adds of one iteration: forward, δ and gradients over its samples. */
    private long iterationCost() {
        return 3L * engine.session().samplesPerIteration() * engine.session().network().parameterCount() + 1;
    }

    private void applyEdit(Edit edit) {
        edit.applyTo(engine);
        engine.recompute();
        losses.truncate(engine.completedIterations());
    }

    private void check(Edit edit) {
        Network net = engine.currentNetwork();
        Dataset data = engine.session().dataset();
        if (edit instanceof Edit.SetWeight w) {
            checkWeightIndex(net, w.layer(), w.to(), w.from());
            checkValue(w.value(), "a weight");
        } else if (edit instanceof Edit.SetBias b) {
            checkUnitIndex(net, b.layer(), b.unit());
            checkValue(b.value(), "a bias");
        } else if (edit instanceof Edit.LockWeight w) {
            checkWeightIndex(net, w.layer(), w.to(), w.from());
        } else if (edit instanceof Edit.LockBias b) {
            checkUnitIndex(net, b.layer(), b.unit());
        } else if (edit instanceof Edit.SetInput x) {
            checkIndex(x.sample(), data.size(), "sample");
            checkIndex(x.input(), data.inputWidth(), "input");
            checkValue(x.value(), "an input");
        } else if (edit instanceof Edit.SetTarget y) {
            checkIndex(y.sample(), data.size(), "sample");
            checkIndex(y.output(), data.targetWidth(), "output");
            checkValue(y.value(), "a target");
            if (engine.session().loss() == Loss.CROSS_ENTROPY && (y.value() < 0 || y.value() > 1)) {
                throw new IllegalArgumentException("with cross-entropy a target lies between 0 and 1");
            }
        } else if (edit instanceof Edit.SetLearningRate r) {
            if (!(r.value() > 0) || r.value() > Limits.MAX_MAGNITUDE) {
                throw new IllegalArgumentException("the learning rate must be a number above 0 and at most 1e6");
            }
        }
    }

    private static void checkWeightIndex(Network net, int l, int j, int k) {
        checkIndex(l - 1, net.layers(), "layer");
        checkIndex(j, net.units(l), "unit");
        checkIndex(k, net.units(l - 1), "unit of the previous layer");
    }

    private static void checkUnitIndex(Network net, int l, int j) {
        checkIndex(l - 1, net.layers(), "layer");
        checkIndex(j, net.units(l), "unit");
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("there is no " + what + " " + (index + 1));
        }
    }

    private static void checkValue(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number");
        }
        if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw new IllegalArgumentException(what + " must lie between -1e6 and 1e6");
        }
    }

    private void appendSteps(long n) {
        Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last != null && last.edit == null) {
            last.steps += n;
        } else {
            entries.add(new Entry(length, n, null));
        }
        length += n;
    }

    /** The entry holding the event that follows position p (p &lt; length). */
    private Entry entryAfter(long p) {
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (entries.get(mid).start <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return entries.get(lo);
    }

    /** Forgets the recorded events after the cursor and the checkpoints that belong to them. */
    private void dropFuture() {
        while (!entries.isEmpty() && entries.get(entries.size() - 1).start >= position) {
            entries.remove(entries.size() - 1);
        }
        if (!entries.isEmpty()) {
            Entry last = entries.get(entries.size() - 1);
            if (last.edit == null && last.end() > position) {
                last.steps = position - last.start;
            }
        }
        length = position;
        Iterator<Map.Entry<Long, Checkpoint>> it = checkpoints.tailMap(position, false).entrySet().iterator();
        while (it.hasNext()) {
            checkpointBytes -= it.next().getValue().bytes();
            it.remove();
        }
    }

    /** The last checkpoint from which position p can be reached by replaying forward. */
    private Checkpoint checkpointFor(long p) {
        Map.Entry<Long, Checkpoint> e = checkpoints.floorEntry(p);
        while (e.getKey() == p && !e.getValue().exact()) {
            e = checkpoints.lowerEntry(e.getKey());
        }
        return e.getValue();
    }

    private void restore(Checkpoint cp) {
        engine.load(cp.session(), cp.iteration());
        if (cp.step() > 0) {
            engine.rewindWithinIteration(cp.step());
        }
        position = cp.position();
        losses.truncate(engine.completedIterations());
        costSinceCheckpoint = 0;
    }

    private void addCheckpoint(boolean exact, Session state, long iteration, int step) {
        Network net = state.network();
        long bytes = 160L + 9L * net.parameterCount() + 48L * 3 * (net.layers() + 1);
        for (int l = 1; l <= net.layers(); l++) {
            bytes += 40L * net.units(l);
        }
        Checkpoint old = checkpoints.put(position, new Checkpoint(position, exact, state, iteration, step, bytes));
        if (old != null) {
            checkpointBytes -= old.bytes();
        }
        checkpointBytes += bytes;
        costSinceCheckpoint = 0;
        if (checkpointBytes > CHECKPOINT_BUDGET_BYTES) {
            thinCheckpoints();
        }
    }

    /** Drops every other checkpoint (never the first nor the newest) and doubles the interval. */
    private void thinCheckpoints() {
        boolean drop = false;
        Long newest = checkpoints.lastKey();
        Iterator<Map.Entry<Long, Checkpoint>> it = checkpoints.entrySet().iterator();
        it.next();
        while (it.hasNext()) {
            Map.Entry<Long, Checkpoint> e = it.next();
            if (drop && !e.getKey().equals(newest)) {
                checkpointBytes -= e.getValue().bytes();
                it.remove();
            }
            drop = !drop;
        }
        interval *= 2;
    }
}
