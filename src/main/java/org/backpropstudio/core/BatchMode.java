package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Optional;

/** Which samples one iteration uses. */
public enum BatchMode {
    /** All m samples; gradients averaged over them; one update per iteration. */
    FULL("full"),
    /** Iteration i (counting from 0) uses sample i mod m alone, in dataset order. */
    SAMPLE("sample");

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
