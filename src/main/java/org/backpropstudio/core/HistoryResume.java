package org.backpropstudio.core;

import java.util.List;

/**
 * Makes a step machine of a saved history without replaying all of it: the events are recorded
 * again as they were (each edit checked against the network where it stands), the saved
 * checkpoints are put back where they were taken, with the settings, data and locks the timeline
 * had there, and the saved losses and epoch scores are taken as recorded; then only the events
 * from the last checkpoint before the saved position to that position are replayed, and the state
 * reached is compared with the saved one.
 *
 * <p>A history saved without checkpoints is replayed from its start. Where a replay would need
 * more than a limit of compute ({@link Limits#MAX_REPLAY}) between two checkpoints, the history is
 * refused before any of it is replayed: no file can keep the engine busy for longer.
 *
 * <pre>
 *   HistoryResume resume = HistoryResume.prepare(saved, savedState, Limits.MAX_REPLAY);
 *   while (!resume.advance(progress)) { … }      // the replay, in slices if progress says stop
 *   StepMachine machine = resume.machine();
 * </pre>
 */
public final class HistoryResume {
    /**
     * The most rows of a dataset all the edits of its data together may copy (each copies the
     * rows, sharing them): 2²⁸, a few tenths of a second, a thousand edits of a 100,000-sample
     * set. Beyond, a history of hand edits would keep a replay busy.
     */
    static final long MAX_ROWS_COPIED = 1L << 28;
    private final SavedHistory saved;
    private final StepMachine machine;
    private final Session expected;
    private final long target;
    private final long iterations;
    private final double replayCost;
    /** The position the replay starts from. */
    private final long origin;
    private boolean done;

    private HistoryResume(SavedHistory saved, StepMachine machine, Session expected, long target, long iterations,
                          double replayCost) {
        this.saved = saved;
        this.machine = machine;
        this.expected = expected;
        this.target = target;
        this.iterations = iterations;
        this.replayCost = replayCost;
        this.origin = machine.replayStart(target);
    }

    /**
     * Reads {@code saved} into a machine at its start, without computing anything yet.
     *
     * @param expected  the saved state the replay must end in (settings, data and network; the
     *                  name is not compared), or null not to compare
     * @param maxReplay the most multiply-adds a replay between two checkpoints may take
     * @throws HistoryException naming the part that does not fit
     */
    public static HistoryResume prepare(SavedHistory saved, Session expected, long maxReplay) throws HistoryException {
        return new Walk(saved, maxReplay).run(expected);
    }

    /**
     * Replays towards the saved position, asking {@code progress} on the way whether to go on;
     * once there, compares the state with the saved one.
     *
     * @return true when the machine is at the saved position, false if {@code progress} stopped
     *         the replay (call again to go on)
     * @throws HistoryException if the state reached is not the saved one
     */
    public boolean advance(Progress progress) throws HistoryException {
        if (done) {
            return true;
        }
        if (!machine.seek(target, progress)) {
            return false;
        }
        if (expected != null) {
            String difference = SessionDifference.between(machine.engine().currentSession(), expected);
            if (difference != null) {
                throw new HistoryException(HistoryException.Part.HISTORY, -1,
                        CoreWords.format("history.notSaved", difference));
            }
        }
        done = true;
        return true;
    }

    /** How far the replay has come, 0 to 1. */
    public double fraction() {
        return target == origin ? 1
                : Math.max(0, Math.min(1, (double) (machine.position() - origin) / (target - origin)));
    }

    /** The machine, at the saved position once {@link #advance} returned true. */
    public StepMachine machine() {
        return machine;
    }

    /** The history as it was saved. */
    public SavedHistory saved() {
        return saved;
    }

    /** The iterations the history holds: completed by its last event. */
    public long iterations() {
        return iterations;
    }

    /** The multiply-adds of the replay from the last checkpoint before the saved position. */
    public double replayCost() {
        return replayCost;
    }

    /**
     * One pass over the saved events: records them in a new machine, follows the engine's cursor
     * (iteration i, micro-step k) and the settings along them without computing, and puts each
     * saved checkpoint where it belongs.
     */
    private static final class Walk {
        private final SavedHistory saved;
        private final long maxReplay;
        private final StepMachine machine;
        /** The settings, data, locks and shape along the timeline (its cursor and values unused). */
        private final Engine settings;
        private final List<SavedHistory.Checkpoint> checkpoints;
        private int nextCheckpoint;
        private long position;
        private long i;
        private int k;
        private int n;
        private long lastCheckpointIteration;
        /** Compute since the last checkpoint, and up to the saved position from the one before it. */
        private double cost;
        private double costToCursor = -1;
        /** Rows of the dataset copied by the edits of the data so far. */
        private long rowsCopied;

        Walk(SavedHistory saved, long maxReplay) {
            this.saved = saved;
            this.maxReplay = maxReplay;
            this.machine = new StepMachine(saved.timeline().start());
            this.settings = new Engine(saved.timeline().start());
            this.checkpoints = saved.checkpoints();
            this.n = settings.plan().length();
        }

        HistoryResume run(Session expected) throws HistoryException {
            Timeline timeline = saved.timeline();
            List<Timeline.Event> events = timeline.events();
            placeCheckpoints();
            for (int e = 0; e < events.size(); e++) {
                if (events.get(e) instanceof Timeline.Steps steps) {
                    steps(steps.count(), e);
                } else {
                    edit(((Timeline.EditEvent) events.get(e)).edit(), e);
                    placeCheckpoints();
                }
            }
            if (nextCheckpoint < checkpoints.size()) {
                throw new HistoryException(HistoryException.Part.CHECKPOINT, nextCheckpoint,
                        CoreWords.format("history.checkpointAfterEnd",
                                String.valueOf(checkpoints.get(nextCheckpoint).position()), String.valueOf(position)));
            }
            if (timeline.position() < 0 || timeline.position() > position) {
                throw new HistoryException(HistoryException.Part.HISTORY, -1,
                        CoreWords.format("history.position", String.valueOf(timeline.position()),
                                String.valueOf(position)));
            }
            checkCost(events.size() - 1);
            long completed = k == n ? i + 1 : i;
            useLosses(completed);
            useEpochScores(completed);
            return new HistoryResume(saved, machine, expected, timeline.position(), completed,
                    Math.max(costToCursor, 0));
        }

        /** Records a run of micro-steps, in pieces that end at checkpoints and at the saved position. */
        private void steps(long count, int e) throws HistoryException {
            long cursor = saved.timeline().position();
            long left = count;
            while (left > 0) {
                long take = left;
                if (nextCheckpoint < checkpoints.size()) {
                    long at = checkpoints.get(nextCheckpoint).position();
                    if (at > position && at - position < take) {
                        take = at - position;
                    }
                }
                if (cursor > position && cursor - position < take) {
                    take = cursor - position;
                }
                machine.recordSteps(take);
                advanceCursor(take);
                cost += (double) take * StepMachine.iterationCost(settings.session()) / n;
                position += take;
                left -= take;
                checkCost(e);
                placeCheckpoints();
            }
        }

        /** (i, k) after {@code s} micro-steps: from (i, N) the next one begins iteration i + 1. */
        private void advanceCursor(long s) {
            if (k == n) {
                i++;
                k = 0;
            }
            long total = k + s;
            i += (total - 1) / n;
            k = (int) ((total - 1) % n) + 1;
        }

        /**
         * Checks and records an edit; it moves the cursor as {@link Engine#recompute()} does. A
         * replay through it recomputes the iteration so far, which counts as compute; an edit of
         * the data copies the dataset's rows, which the walk counts against {@link #MAX_ROWS_COPIED}.
         */
        private void edit(Edit edit, int e) throws HistoryException {
            try {
                EditCheck.check(edit, settings, settings.session());
            } catch (IllegalArgumentException misfit) {
                throw new HistoryException(HistoryException.Part.EVENT, e, misfit.getMessage());
            }
            if (edit instanceof Edit.SetInput || edit instanceof Edit.SetTarget) {
                rowsCopied += settings.session().dataset().size();
                if (rowsCopied > MAX_ROWS_COPIED) {
                    throw new HistoryException(HistoryException.Part.EVENT, e, CoreWords.format("history.rowsCopied",
                            String.valueOf(rowsCopied), String.valueOf(MAX_ROWS_COPIED)));
                }
            }
            machine.recordEdit(edit);
            if (!(edit instanceof Edit.Replace) && k < n) {
                cost += (double) k * StepMachine.iterationCost(settings.session()) / n;
            }
            edit.applyTo(settings);
            if (edit instanceof Edit.Replace) {
                i = k == n ? i + 1 : i;
                k = 0;
                n = settings.plan().length();
            } else if (k == n) {
                i++;
                k = 0;
            }
            position++;
            checkCost(e);
        }

        /**
         * Puts back the saved checkpoints at the current position (after checking their order),
         * and notes the compute needed to reach the saved position when the walk is there.
         */
        private void placeCheckpoints() throws HistoryException {
            double before = cost;
            boolean exactHere = false;
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).position() <= position) {
                SavedHistory.Checkpoint c = checkpoints.get(nextCheckpoint);
                if (c.position() < position || c.position() < 1) {
                    throw new HistoryException(HistoryException.Part.CHECKPOINT, nextCheckpoint,
                            CoreWords.format("history.checkpointOrder", String.valueOf(c.position())));
                }
                Session state;
                try {
                    state = settings.session().withNetwork(settings.currentNetwork().withParameters(c.parameters()));
                } catch (IllegalArgumentException misfit) {
                    throw new HistoryException(HistoryException.Part.CHECKPOINT, nextCheckpoint,
                            CoreWords.format("history.checkpointMisfit", misfit.getMessage(),
                                    String.valueOf(position)));
                }
                exactHere = k < n;
                machine.putCheckpoint(position, exactHere, state, exactHere ? i : i + 1, exactHere ? k : 0);
                lastCheckpointIteration = exactHere ? i : i + 1;
                cost = 0;
                nextCheckpoint++;
            }
            if (position == saved.timeline().position() && costToCursor < 0) {
                costToCursor = exactHere ? 0 : before;
            }
        }

        private void checkCost(int e) throws HistoryException {
            if (cost > maxReplay) {
                String took = String.format(java.util.Locale.ROOT, "%.2g", cost);
                String most = String.format(java.util.Locale.ROOT, "%.2g", (double) maxReplay);
                throw new HistoryException(HistoryException.Part.HISTORY, -1, checkpoints.isEmpty()
                        ? CoreWords.format("history.cost", took, most)
                        : CoreWords.format("history.costBetween", took, String.valueOf(e + 1), most));
            }
        }

        /** The saved epoch scores, if any, which must fit in the history's iterations. */
        private void useEpochScores(long completed) throws HistoryException {
            EpochScores.Saved epochs = saved.epochs();
            if (epochs == null) {
                return;
            }
            if (epochs.last() > completed) {
                throw new HistoryException(HistoryException.Part.EPOCHS, -1, CoreWords.format("history.epochs",
                        String.valueOf(epochs.last()), String.valueOf(completed)));
            }
            machine.useEpochScores(epochs);
        }

        /** The saved losses, which must cover the checkpoints and fit in the history. */
        private void useLosses(long completed) throws HistoryException {
            LossHistory.Saved losses = saved.losses();
            if (losses == null) {
                if (!checkpoints.isEmpty()) {
                    throw new HistoryException(HistoryException.Part.LOSSES, -1,
                            CoreWords.get("history.lossesMissing"));
                }
                return;
            }
            LossHistory history;
            try {
                history = LossHistory.of(losses);
            } catch (IllegalArgumentException misfit) {
                throw new HistoryException(HistoryException.Part.LOSSES, -1, misfit.getMessage());
            }
            if (history.recorded() > completed || history.recorded() < lastCheckpointIteration) {
                String held = String.valueOf(history.recorded());
                String iterations = String.valueOf(completed);
                throw new HistoryException(HistoryException.Part.LOSSES, -1, lastCheckpointIteration > 0
                        ? CoreWords.format("history.lossesToCheckpoint", held, iterations,
                                String.valueOf(lastCheckpointIteration))
                        : CoreWords.format("history.losses", held, iterations));
            }
            machine.useLosses(history);
        }
    }
}
