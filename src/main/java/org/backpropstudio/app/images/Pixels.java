package org.backpropstudio.app.images;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.backpropstudio.app.plot.Argb;

/**
 * The colours of pixels, as ARGB ints (no nodes): a sample's picture in grey, from paper (0) to
 * ink (1), and a diverging map of weights, from the negative colour through a neutral one (0) to
 * the positive colour, on a scale given (the largest |w| shown maps to a full colour).
 */
final class Pixels {
    private Pixels() {
    }

    /** Each value in [0, 1] (clamped; NaN as 0) as the mix of {@code paper} (0) and {@code ink} (1). */
    static int[] grey(double[] values, int paper, int ink) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            argb[i] = Argb.mix(paper, ink, Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v)));
        }
        return argb;
    }

    /**
     * Each value v as {@code neutral} mixed toward {@code positive} (v &gt; 0) or {@code negative}
     * (v &lt; 0) by |v| / scale, at most fully; a value that is not finite, or a scale that is not
     * positive, gives the neutral colour.
     */
    static int[] diverging(double[] values, double scale, int negative, int neutral, int positive) {
        int[] argb = new int[values.length];
        boolean scaled = scale > 0 && Double.isFinite(scale);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!scaled || !Double.isFinite(v)) {
                argb[i] = neutral;
            } else {
                double t = Math.min(1, Math.abs(v) / scale);
                argb[i] = Argb.mix(neutral, v < 0 ? negative : positive, t);
            }
        }
        return argb;
    }

    /** The largest finite |v| of the rows, 0 if there is none. */
    static double largestMagnitude(double[][] rows) {
        double largest = 0;
        for (double[] row : rows) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }


    /** A paint as an opaque ARGB int (a paint that is not a colour: mid grey). */
    static int argb(Paint paint) {
        Color c = paint instanceof Color color ? color : Color.GRAY;
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
