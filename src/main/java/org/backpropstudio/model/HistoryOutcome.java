package org.backpropstudio.model;

/**
 * How opening a saved history ended.
 *
 * @param restored how
 * @param reason   for {@link Restored#DROPPED}, what does not fit; else empty
 */
public record HistoryOutcome(Restored restored, String reason) {

    /** How it ended. */
    public enum Restored {
        /** The history is open, the cursor where it was saved. */
        RESTORED,
        /**
         * The history does not fit or does not lead to the saved state: the saved state is open
         * alone ({@link #reason()}).
         */
        DROPPED,
        /** Cancel was clicked while it was replayed: the saved state is open alone. */
        CANCELLED,
        /** The session was changed while it was replayed: the saved state is the start of the new history. */
        CHANGED,
        /** Another session was opened before it was done. */
        REPLACED
    }

    /** It ended as {@code restored}, for no reason to tell. */
    static HistoryOutcome of(Restored restored) {
        return new HistoryOutcome(restored, "");
    }
}
