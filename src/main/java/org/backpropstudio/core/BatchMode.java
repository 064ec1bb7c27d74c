package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Optional;

/** Which samples one iteration uses. */
public enum BatchMode {
    /** All m samples; gradients averaged over them; one update per iteration. */
    FULL("full"),
    /** Iteration i (counting from 0) uses sample i mod m alone, in dataset order. */
    SAMPLE("sample"),
    /**
     * Mini-batches of B samples: each epoch takes the samples in an order shuffled by a seed (a new
     * order every epoch, {@link Shuffle}) and cuts it into ⌊m / B⌋ batches; one iteration is one
     * batch, gradients averaged over its B samples. The m mod B samples left at the end of an
     * epoch's order wait for the next epoch (a different order); see {@link Session#sampleOf}.
     */
    MINI("mini");

    private final String id;

    BatchMode(String id) {
        this.id = id;
    }

    /** The name used in session files. */
    public String id() {
        return id;
    }

    /** The batch mode whose {@link #id()} is {@code id}, if any. */
    public static Optional<BatchMode> fromId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
