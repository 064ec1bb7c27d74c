package org.backpropstudio.core;

/** How far one "Step forward" goes. */
public enum Stride {
    /** One micro-step: one quantity of one layer. */
    MICRO_STEP("Micro-step"),
    /** One layer: z and a together going forward, one δ or gradient going back. */
    LAYER("Layer"),
    /** To the end of the current phase (forward, loss, backward, update). */
    PHASE("Phase"),
    /** To the end of the current iteration, its update included. */
    ITERATION("Iteration"),
    /** To the end of the current epoch (one pass over the data). */
    EPOCH("Epoch");

    private final String title;

    Stride(String title) {
        this.title = title;
    }

    /** The word shown in the stride selector. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
