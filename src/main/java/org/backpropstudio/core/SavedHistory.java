package org.backpropstudio.core;

import java.util.List;

/**
 * A step machine's history as it is saved, so that it can be opened again without replaying it:
 * the timeline, the parameters at some of its positions, and J of the iterations recorded.
 * {@link HistoryResume} makes a machine of it again.
 *
 * @param timeline    the start, every recorded event and the cursor
 * @param checkpoints the parameters at some positions after the start, in increasing order of
 *                    position; everything else of the state there follows from the timeline
 * @param losses      J of the recorded iterations, or null to compute them again (a history saved
 *                    before checkpoints were saved)
 */
public record SavedHistory(Timeline timeline, List<Checkpoint> checkpoints, LossHistory.Saved losses) {

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

    /** A timeline alone: opening it replays it from its start. */
    public static SavedHistory of(Timeline timeline) {
        return new SavedHistory(timeline, List.of(), null);
    }
}
