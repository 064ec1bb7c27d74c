package org.backpropstudio.core;

/** The four phases of one sample's pass and the iteration's update, in the order they run. */
public enum Phase {
    FORWARD("Forward"),
    LOSS("Loss"),
    BACKWARD("Backward"),
    UPDATE("Update");

    private final String title;

    Phase(String title) {
        this.title = title;
    }

    /** The word shown in the breadcrumb. */
    public String title() {
        return title;
    }
}
