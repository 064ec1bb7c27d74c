package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline of a session: micro-steps and hand edits as one sequence of events, a cursor on it,
 * and the engine's state at the cursor. Stepping back returns to the exact earlier state, bit for
 * bit, from the session's start onwards, with bounded memory.
 *
 * <p>How: the state after any position is (parameters, data, settings) plus the engine cursor (i, k),
 * and the values of iteration i so far follow from them by recomputation ({@link Engine}). The
 * machine keeps checkpoints of that state ({@link Checkpoints}); to reach position p it restores the
 * last checkpoint before p and replays the recorded events ({@link EventLog}) up to p.
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
    private final Engine engine;
    private final Session start;
    private final EventLog events = new EventLog();
    private final Checkpoints checkpoints = new Checkpoints();
    private LossHistory losses = new LossHistory();
    private final EpochScores epochScores = new EpochScores();
    private long position;

    /** A machine at the start of {@code session}: position 0, nothing computed. */
    public StepMachine(Session session) {
        this.start = session;
        this.engine = new Engine(session);
        checkpoints.add(0, true, session, 0, 0);
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Takes the next event: the next recorded one if the cursor is inside the timeline (a recorded
     * edit is applied again), else a new micro-step. Returns the micro-step, or null for an edit.
     */
    public MicroStep stepForward() {
        if (position < events.length()) {
            Edit next = events.editAt(position);
            if (next != null) {
                applyEdit(next);
                position++;
                return null;
            }
        } else {
            events.appendSteps(1);
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

    /** Moves forward by one stride (recorded edits passed over are applied again); see {@link Strides}. */
    public void stride(Stride stride) {
        Strides.stride(this, stride);
    }

    /**
     * Completes {@code n} iterations: the one in progress counts as the first if it has begun.
     * Stops early, right after the micro-step, if a value stops being finite.
     */
    public void iterations(long n) {
        Strides.iterations(this, n);
    }

    /** Completes the current epoch (its last iteration's update included), or stops at divergence. */
    public void epoch() {
        Strides.epoch(this);
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
        EditCheck.check(edit, engine, engine.session());
        if (position < events.length()) {
            dropFuture();
        }
        events.appendEdit(edit);
        applyEdit(edit);
        position++;
        checkpoints.add(position, true, engine.currentSession(), engine.iteration(), engine.step());
    }

    /** Moves the cursor to position {@code p}, 0 ≤ p ≤ {@link #length()}. */
    public void seek(long p) {
        seek(p, Progress.NONE);
    }

    /**
     * Moves the cursor towards position {@code p}, 0 ≤ p ≤ {@link #length()}, by restoring the last
     * checkpoint before p (behind the cursor or, over recorded events, ahead of it) and replaying
     * the events from there, telling {@code progress} on the way.
     *
     * @return true once at p; false if {@code progress} stopped the replay, the cursor then at the
     *         position reached (its state exact), from where another seek goes on
     */
    public boolean seek(long p, Progress progress) {
        if (p < 0 || p > events.length()) {
            throw new IllegalArgumentException("position " + p + " is outside 0.." + events.length());
        }
        if (p == position) {
            return true;
        }
        if (p == position - 1 && events.editAt(p) == null && engine.step() >= 2
                && engine.step() <= engine.plan().length() - 1) {
            engine.rewindWithinIteration(engine.step() - 1);
            position = p;
            return true;
        }
        Checkpoints.Checkpoint from = checkpoints.before(p);
        if (p < position || from.position() > position) {
            restore(from);
        }
        boolean arrived = advanceTo(p, progress);
        losses.truncate(engine.completedIterations());
        epochScores.truncate(engine.completedIterations());
        return arrived;
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
        return new Timeline(start, events.events(), position);
    }

    /** {@link #saved(long)} within {@link Limits#SAVED_CHECKPOINT_BYTES}. */
    public SavedHistory saved() {
        return saved(Limits.SAVED_CHECKPOINT_BYTES);
    }

    /**
     * The history to save: the timeline, the parameters of the checkpoints kept (as many as fit in
     * {@code checkpointBytes} at 8 bytes a parameter, always the two nearest before the cursor) and
     * the losses and the epoch scores recorded, so that {@link HistoryResume} opens it again without
     * replaying it.
     */
    public SavedHistory saved(long checkpointBytes) {
        List<SavedHistory.Checkpoint> kept = new ArrayList<>();
        for (Checkpoints.Checkpoint c : checkpoints.sample(checkpointBytes, position)) {
            kept.add(new SavedHistory.Checkpoint(c.position(), c.session().network().parameters()));
        }
        return new SavedHistory(timeline(), kept, losses.saved(),
                epochScores.size() == 0 ? null : epochScores.saved());
    }

    /**
     * A machine with {@code timeline}'s history, replayed from its start (edits checked as when
     * they were made), with the cursor at its position.
     *
     * @throws IllegalArgumentException naming the event that cannot be replayed, or a position
     *                                  outside the history
     */
    public static StepMachine restore(Timeline timeline) {
        try {
            HistoryResume resume = HistoryResume.prepare(SavedHistory.of(timeline), null, Long.MAX_VALUE);
            resume.advance(Progress.NONE);
            return resume.machine();
        } catch (HistoryException e) {
            throw new IllegalArgumentException(e.part() == HistoryException.Part.EVENT
                    ? CoreWords.format("history.event", String.valueOf(e.index() + 1), e.getMessage())
                    : e.getMessage(), e);
        }
    }

    /** The cursor: the number of events before it. */
    public long position() {
        return position;
    }

    /** The number of recorded events (micro-steps and edits). */
    public long length() {
        return events.length();
    }

    /** Whether the event before the cursor is an edit (so that stepping back would revert it). */
    public boolean isEditBefore() {
        return position > 0 && events.editAt(position - 1) != null;
    }

    /** The recorded edit right after the cursor, or null. */
    public Edit editAfter() {
        return position < events.length() ? events.editAt(position) : null;
    }

    /** J of every completed iteration up to the cursor. */
    public LossHistory losses() {
        return losses;
    }

    /** The scores at the epoch ends passed so far, for a session with a test set. */
    public EpochScores epochScores() {
        return epochScores;
    }

    /** The bytes the history (checkpoints and losses) holds, for the benchmarks. */
    public long historyBytes() {
        return checkpoints.bytes() + losses.bytes() + 64L * events.entries();
    }

    /** The number of checkpoints held. */
    public int checkpointCount() {
        return checkpoints.count();
    }

    // ----------------------------------------------------------------------------------------
    // Building a machine from a saved history (HistoryResume), without computing
    // ----------------------------------------------------------------------------------------

    /** Records {@code n} micro-steps at the end without taking them. */
    void recordSteps(long n) {
        events.appendSteps(n);
    }

    /** Records an edit at the end without applying it (it was checked against its place). */
    void recordEdit(Edit edit) {
        events.appendEdit(edit);
    }

    /** Keeps the state {@code (session, iteration, step)} at {@code p} as a checkpoint. */
    void putCheckpoint(long p, boolean exact, Session session, long iteration, int step) {
        checkpoints.add(p, exact, session, iteration, step);
    }

    /** Takes {@code saved} as the scores of the epochs recorded (those past the cursor go when it gets there). */
    void useEpochScores(EpochScores.Saved saved) {
        epochScores.restore(saved);
    }

    /** Takes {@code recorded} as the losses of the recorded iterations, none visible yet. */
    void useLosses(LossHistory recorded) {
        losses = recorded;
    }

    /** The position from which a seek to p replays. */
    long replayStart(long p) {
        return checkpoints.before(p).position();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /**
     * Takes events forward to position {@code target}: recorded ones replayed, new micro-steps
     * recorded past the end; whole iterations at once where it can. Asks {@code progress} every
     * few iterations whether to go on.
     */
    private boolean advanceTo(long target, Progress progress) {
        long from = position;
        int mask = engine.session().samplesPerIteration() * engine.session().network().parameterCount() > 4096 ? 0 : 63;
        for (long n = 1; position < target; n++) {
            if ((n & mask) == 0 && !progress.proceed(position - from, target - from)) {
                return false;
            }
            if (target - position < engine.plan().length() || !runWholeIterationIfPossible()) {
                stepForward();
            }
        }
        return true;
    }

    /**
     * Runs a whole iteration at once if the cursor is at an iteration boundary and the next N
     * events are micro-steps; the same micro-steps as one by one, so the same bits.
     */
    boolean runWholeIterationIfPossible() {
        int n = engine.plan().length();
        if (engine.step() != 0 && engine.step() != n) {
            return false;
        }
        if (position < events.length()) {
            if (events.stepsFrom(position) < n) {
                return false;
            }
        } else {
            events.appendSteps(n);
        }
        engine.runIteration();
        position += n;
        afterUpdate();
        return true;
    }

    private void afterUpdate() {
        losses.record(engine.iteration(), engine.iterationLoss());
        scoreEpochEnd();
        if (checkpoints.spent(iterationCost())) {
            checkpoints.add(position, false, engine.currentSession(), engine.iteration() + 1, 0);
        }
    }

    /**
     * At an epoch end of a session with a test set, records the scores on the training and the test
     * set ({@link EpochScores}) unless they are held already.
     */
    private void scoreEpochEnd() {
        Session session = engine.session();
        Dataset data = session.dataset();
        if (data.test().isEmpty()) {
            return;
        }
        long completed = engine.completedIterations();
        int perEpoch = session.iterationsPerEpoch();
        if (completed % perEpoch == 0 && epochScores.wants(completed, completed / perEpoch)) {
            Network net = engine.currentNetwork();
            epochScores.record(completed, Score.of(net, session.loss(), data),
                    Score.of(net, session.loss(), data.test().get()));
        }
    }

    /** Multiply-adds of one iteration: forward, δ and gradients over its samples. */
    private long iterationCost() {
        return iterationCost(engine.session());
    }

    /** Multiply-adds of one iteration of {@code session}: forward, δ and gradients over its samples. */
    static long iterationCost(Session session) {
        return 3L * session.samplesPerIteration() * session.network().parameterCount() + 1;
    }

    private void applyEdit(Edit edit) {
        edit.applyTo(engine);
        engine.recompute();
        losses.truncate(engine.completedIterations());
        epochScores.truncate(engine.completedIterations());
    }

    /** Forgets the recorded events after the cursor and the checkpoints and losses that belong to them. */
    private void dropFuture() {
        events.truncate(position);
        checkpoints.dropAfter(position);
        losses.dropHidden();
        epochScores.truncate(engine.completedIterations());
    }

    private void restore(Checkpoints.Checkpoint cp) {
        engine.load(cp.session(), cp.iteration());
        if (cp.step() > 0) {
            engine.rewindWithinIteration(cp.step());
        }
        position = cp.position();
        losses.show(engine.completedIterations());
        checkpoints.restarted();
    }
}
