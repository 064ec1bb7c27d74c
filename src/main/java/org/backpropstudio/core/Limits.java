package org.backpropstudio.core;

/** The sizes the app accepts; a session file beyond them is refused. */
public final class Limits {
    /** Layers after the input. */
    public static final int MAX_LAYERS = 10;
    /** Units in any layer, the input layer included. */
    public static final int MAX_UNITS = 256;
    /** Samples in a dataset. */
    public static final int MAX_SAMPLES = 100_000;
    /** The largest magnitude of a parameter, input, target or learning rate typed or read. */
    public static final double MAX_MAGNITUDE = 1e6;

    /**
     * The most compute a saved history may need to replay, in multiply-adds (3 per parameter and
     * sample of an iteration): from its start if it has no checkpoints, else between any two of
     * them. 2³⁶ ≈ 6.9·10¹⁰: about two minutes for two moons (2-8-8-1, 200 samples), five for XOR
     * on a 2-core laptop. A longer history is not replayed (the saved state opens without it).
     */
    public static final long MAX_REPLAY = 1L << 36;

    /**
     * The most bytes of checkpoint parameters a saved history keeps (8 a parameter): 2 MiB, about
     * 2,500 checkpoints of a 2-8-8-1 network. A longer history keeps every m-th checkpoint, and
     * always the two before its cursor.
     */
    public static final long SAVED_CHECKPOINT_BYTES = 2L << 20;

    private Limits() {
    }

    /** Whether {@code eta} is a learning rate the app accepts: 0 < η ≤ {@link #MAX_MAGNITUDE} (false for NaN). */
    public static boolean isLearningRate(double eta) {
        return eta > 0 && eta <= MAX_MAGNITUDE;
    }
}
