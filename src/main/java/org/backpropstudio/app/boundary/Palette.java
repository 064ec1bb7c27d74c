package org.backpropstudio.app.boundary;

import org.backpropstudio.app.plot.Argb;

/**
 * The heatmap's colours as ARGB integers, resolved from the plot's CSS on the FX thread and handed
 * to the evaluation thread: the neutral background, class 0 and class 1 of a single output, the
 * categorical colours of several classes, and how strongly a sure output tints its cell.
 */
record Palette(int background, int negative, int positive, int[] classes, double strength) {

    /** The colour of class {@code k} of several (the palette repeats after its last colour). */
    int category(int k) {
        return classes.length == 0 ? positive : classes[k % classes.length];
    }

    /**
     * {@code colour} laid over the background with opacity {@code strength × t^0.6}: t = 0 (ŷ at
     * the threshold) is the background, t = 1 (sure) the full tint; the power makes small leads
     * already visible.
     */
    int tint(int colour, double t) {
        double alpha = strength * Math.pow(Math.max(0, Math.min(1, t)), 0.6);
        return Argb.mix(background, colour, alpha);
    }
}
