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

    private Limits() {
    }
}
