package org.backpropstudio.model;

/**
 * Long work the engine is doing that the window shows with a progress bar and a Cancel button.
 *
 * @param kind     what is being done
 * @param fraction how much of it is done, 0 to 1
 */
public record Work(Kind kind, double fraction) {
    /** What is being done. */
    public enum Kind {
        /** A saved history is replayed so that it can be stepped through (the saved state is open meanwhile). */
        RESTORING_HISTORY,
        /** The timeline is replayed to reach the position asked for (a long rewind). */
        REPLAYING
    }
}
