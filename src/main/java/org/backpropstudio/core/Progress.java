package org.backpropstudio.core;

/**
 * Told how far a long piece of work (a replay) has come, and asked whether to go on; it may
 * publish the figures, watch a deadline or a Cancel button. Called from the thread doing the work.
 */
@FunctionalInterface
public interface Progress {
    /** Goes on to the end, telling nobody. */
    Progress NONE = (done, total) -> true;

    /**
     * @param done  the events replayed so far
     * @param total the events to replay in all
     * @return false to stop where the work is (its state stays exact), true to go on
     */
    boolean proceed(long done, long total);
}
