package org.backpropstudio.core;

import java.util.List;

/**
 * A step machine's history as it is saved, so that it can be opened again without replaying it:
 * the timeline, the parameters at some of its positions, J of the iterations recorded and the
 * scores of the epochs.
 * {@link HistoryResume} makes a machine of it again.
 *
 * @param timeline    the start, every recorded event and the cursor
 * @param checkpoints the parameters at some positions after the start, in increasing order of
 *                    position; everything else of the state there follows from the timeline
 * @param losses      J of the recorded iterations, or null to compute them again (a history saved
 *                    before checkpoints were saved)
 * @param epochs      the scores of the epochs recorded up to the cursor (a session with a test
 *                    set), or null where there are none (or the history was saved before they were)
 */
public record SavedHistory(Timeline timeline, List<Checkpoint> checkpoints, LossHistory.Saved losses,
                           EpochScores.Saved epochs) {

    /**
     * The parameters at a position of the timeline.
     *
     * @param position   the number of events before it, at least 1
     * @param parameters every weight and bias there, in the order of {@link Network#parameters()}
     */
    public record Checkpoint(long position, double[] parameters) {
    }

    public SavedHistory {
        checkpoints = List.copyOf(checkpoints);
    }

    /** A history without epoch scores (a session without a test set, or one saved before they were). */
    public SavedHistory(Timeline timeline, List<Checkpoint> checkpoints, LossHistory.Saved losses) {
        this(timeline, checkpoints, losses, null);
    }

    /** A timeline alone: opening it replays it from its start. */
    public static SavedHistory of(Timeline timeline) {
        return new SavedHistory(timeline, List.of(), null, null);
    }
}
