package org.backpropstudio.core;

/**
 * An immutable copy of everything the window shows at one moment: the network and the current
 * sample's values ({@link NetworkState}, read as the engine reads its own: {@link StateReads}), the
 * cursor on the timeline, the loss curve and the scores at epoch ends. Made on the engine's thread, read on any other.
 */
public final class Snapshot extends StateReads {
    private final Session session;
    private final StepPlan plan;
    private final StepMath math;
    private final long iteration;
    private final int step;
    private final long position;
    private final long length;
    private final boolean editBefore;
    private final Edit editAfter;
    private final LossSeries losses;
    private final EpochScores.View epochScores;

    private Snapshot(StepMachine machine, int lossBuckets) {
        Engine e = machine.engine();
        this.session = e.session();
        this.plan = e.plan();
        this.math = e.math().copy();
        this.iteration = e.iteration();
        this.step = e.step();
        this.position = machine.position();
        this.length = machine.length();
        this.editBefore = machine.isEditBefore();
        this.editAfter = machine.editAfter();
        this.losses = LossSeries.of(machine.losses(), lossBuckets);
        this.epochScores = machine.epochScores().view();
    }

    /** A snapshot of {@code machine} now, its loss curve cut to at most {@code lossBuckets} buckets. */
    public static Snapshot of(StepMachine machine, int lossBuckets) {
        return new Snapshot(machine, lossBuckets);
    }

    @Override
    StepMath math() {
        return math;
    }

    /** The settings and data (the network in it holds the session's starting parameters). */
    @Override
    public Session session() {
        return session;
    }

    /** The network as it is now: current parameters, activations and locks. */
    public Network network() {
        return networkNow();
    }

    @Override
    public StepPlan plan() {
        return plan;
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public int step() {
        return step;
    }

    /** The cursor: events before it on the timeline. */
    public long position() {
        return position;
    }

    /** The events recorded on the timeline. */
    public long length() {
        return length;
    }

    /** Whether stepping back would revert a hand edit. */
    public boolean isEditBefore() {
        return editBefore;
    }

    /** The recorded edit that stepping forward would apply again, or null. */
    public Edit editAfter() {
        return editAfter;
    }

    /** The loss per completed iteration, cut down for drawing. */
    public LossSeries losses() {
        return losses;
    }

    /** The scores on the training and test sets at the epoch ends so far (none without a test set). */
    public EpochScores.View epochScores() {
        return epochScores;
    }

    /** The epoch (counting from 0) that the iteration in progress belongs to. */
    public long epoch() {
        return iteration / session.iterationsPerEpoch();
    }
}
