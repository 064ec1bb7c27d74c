package org.backpropstudio.core;

/**
 * A saved history that cannot be opened: an event that does not fit the network where it stands,
 * a checkpoint or loss history that does not fit the timeline, a replay longer than
 * {@link Limits#MAX_REPLAY}, or a replay that does not end in the saved state. Says which part.
 */
public final class HistoryException extends Exception {
    /** The part of the saved history that is wrong. */
    public enum Part {
        /** The whole history (its length, or where its replay ends). */
        HISTORY,
        /** One event; {@link #index()} is its place in the list of events. */
        EVENT,
        /** One checkpoint; {@link #index()} is its place in the list of checkpoints. */
        CHECKPOINT,
        /** The loss history. */
        LOSSES,
        /** The scores of the epochs. */
        EPOCHS
    }

    private final Part part;
    private final int index;

    /**
     * @param part   the part that is wrong
     * @param index  the event's or checkpoint's index, else -1
     * @param reason what is wrong, e.g. "there is no unit 5"
     */
    public HistoryException(Part part, int index, String reason) {
        super(reason);
        this.part = part;
        this.index = index;
    }

    /** The part that is wrong. */
    public Part part() {
        return part;
    }

    /** The index of the event or checkpoint that is wrong, -1 for the other parts. */
    public int index() {
        return index;
    }
}
