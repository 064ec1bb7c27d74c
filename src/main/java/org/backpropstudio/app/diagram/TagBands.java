package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the slim weight tags of a dense gap go (a gap of many crossing edges, e.g. 64 between two
 * columns of 8), as plain geometry. The gap is cut into vertical bands, each a tag wide plus a
 * margin; every tag stands in a band, centred on its own edge where the edge crosses the band's
 * middle. Band by band, the edges still without a tag are sorted by the height at which they cross
 * it and taken in that order wherever a tag fits: at least a margin clear of every tag already
 * placed (the most tags one band can hold, as in interval scheduling). Where the edges cross at
 * the same height, the steeper one waits for a later band: a shallow edge keeps its height across
 * the gap, a steep one meets free heights elsewhere. The bands are tried left to right and from
 * the middle outwards; then, if that leaves edges without a tag, with bands at half the spacing,
 * whose tags may stand beside one another where their heights differ enough.
 *
 * <p>Tags stay inside the gap, a margin clear of both columns' cards, so that gaps are planned
 * each on its own.
 */
final class TagBands {
    /** How much the bands may overlap: not at all, then by half a tag. */
    private static final int[] SUBDIVISIONS = {1, 2};
    /** In how many steps a comb of bands slides across the room it leaves. */
    private static final int SLIDES = 6;

    private TagBands() {
    }

    /**
     * The tags of the gap between a column with units at heights {@code from} and one with units at
     * {@code to}, the gap {@code width} px wide, a tag {@code w} × {@code h} px, kept {@code margin}
     * px clear of the cards and of one another: where along each edge i = j·from.length + k (from
     * unit k to unit j) its tag is centred, as a fraction of the edge; null if they cannot all be placed.
     */
    static double[] place(double[] from, double[] to, double width, double w, double h, double margin) {
        double lo = w / 2 + margin;
        double hi = width - w / 2 - margin;
        if (hi < lo) {
            return null;
        }
        for (int q : SUBDIVISIONS) {
            double spacing = (w + margin) / q;
            int bands = (int) Math.floor((hi - lo) / spacing) + 1;
            for (double[] x : combs(bands, spacing, lo, hi)) {
                for (int[] order : List.of(leftToRight(bands), middleOut(bands))) {
                    double[] t = fill(from, to, width, x, order, q, w, h, margin);
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The middles of {@code bands} bands between {@code lo} and {@code hi}: spread evenly, then
     * {@code spacing} apart, the comb slid from the left end to the right in {@link #SLIDES} steps
     * (one band at 0.7 of the way holds all 16 edges from 2 units to 8, one in the middle few).
     */
    private static List<double[]> combs(int bands, double spacing, double lo, double hi) {
        List<double[]> combs = new ArrayList<>();
        double[] even = new double[bands];
        for (int b = 0; b < bands; b++) {
            even[b] = bands == 1 ? (lo + hi) / 2 : lo + b * (hi - lo) / (bands - 1);
        }
        combs.add(even);
        double slack = hi - lo - (bands - 1) * spacing;
        for (int s = 0; s <= SLIDES && slack > 1; s++) {
            double[] x = new double[bands];
            for (int b = 0; b < bands; b++) {
                x[b] = lo + slack * s / SLIDES + b * spacing;
            }
            combs.add(x);
        }
        return combs;
    }

    /**
     * The least width of the gap in which {@link #place} places every tag, to within 2 px; NaN if
     * there is none up to {@code most}.
     */
    static double leastWidth(double[] from, double[] to, double most, double w, double h, double margin) {
        double least = w + 2 * margin;
        if (place(from, to, most, w, h, margin) == null) {
            return Double.NaN;
        }
        double a = least;
        double b = most;
        while (b - a > 2) {
            double mid = (a + b) / 2;
            if (place(from, to, mid, w, h, margin) != null) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return b; // a width tried: the fit need not hold at every wider one
    }

    private static int[] leftToRight(int bands) {
        int[] order = new int[bands];
        Arrays.setAll(order, b -> b);
        return order;
    }

    /** The bands in the order middle first, then outwards, alternating sides. */
    private static int[] middleOut(int bands) {
        int[] order = new int[bands];
        int mid = (bands - 1) / 2;
        for (int n = 0; n < bands; n++) {
            int off = (n + 1) / 2;
            order[n] = n % 2 == 1 ? mid + off : mid - off;
        }
        return order;
    }

    /**
     * Fills the bands at {@code x} (left to right, at least a tag and margin apart every
     * {@code reach} bands) in the order {@code bands}; where along each edge its tag goes, or null.
     */
    private static double[] fill(double[] from, double[] to, double width, double[] x, int[] bands, int reach,
                                 double w, double h, double margin) {
        int nFrom = from.length;
        int edges = nFrom * to.length;
        double[] t = new double[edges];
        Arrays.fill(t, Double.NaN);
        int left = edges;
        List<List<double[]>> placed = new ArrayList<>();
        for (int b = 0; b < x.length; b++) {
            placed.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>(edges);
        double[] ys = new double[edges];
        double[] steep = new double[edges];
        for (int i = 0; i < edges; i++) {
            steep[i] = Math.abs(to[i / nFrom] - from[i % nFrom]);
        }
        for (int band : bands) {
            double bx = x[band];
            double tb = bx / width;
            order.clear();
            for (int i = 0; i < edges; i++) {
                if (Double.isNaN(t[i])) {
                    order.add(i);
                }
            }
            for (int i : order) {
                ys[i] = y(from, to, i, tb);
            }
            order.sort(Comparator.<Integer>comparingDouble(i -> ys[i]).thenComparingDouble(i -> steep[i]));
            for (int i : order) {
                double yi = ys[i];
                boolean clear = true;
                for (int b = Math.max(0, band - reach); clear && b <= Math.min(x.length - 1, band + reach); b++) {
                    clear = clear(placed.get(b), bx, yi, w + margin, h + margin);
                }
                if (clear) {
                    t[i] = tb;
                    placed.get(band).add(new double[] {bx, yi});
                    left--;
                }
            }
            if (left == 0) {
                return t;
            }
        }
        return null;
    }

    private static double y(double[] from, double[] to, int i, double t) {
        double y0 = from[i % from.length];
        return y0 + t * (to[i / from.length] - y0);
    }

    private static boolean clear(List<double[]> placed, double x, double y, double dx, double dy) {
        for (double[] p : placed) {
            if (Math.abs(p[0] - x) < dx && Math.abs(p[1] - y) < dy) {
                return false;
            }
        }
        return true;
    }
}
