package org.backpropstudio.app.plot;

/** Opaque colours as ARGB ints, as the heatmap and the pictures write their pixels. */
public final class Argb {

    private Argb() {
    }

    /** (1 − t)·from + t·to channel by channel, t in [0, 1], opaque; each channel rounded. */
    public static int mix(int from, int to, double t) {
        int r = channel(from >> 16, to >> 16, t);
        int g = channel(from >> 8, to >> 8, t);
        int b = channel(from, to, t);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int channel(int from, int to, double t) {
        double f = from & 0xFF;
        double g = to & 0xFF;
        return (int) Math.round(f + (g - f) * t);
    }
}
