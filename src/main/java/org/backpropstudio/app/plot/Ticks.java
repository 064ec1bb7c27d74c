package org.backpropstudio.app.plot;

import java.math.BigDecimal;
/**
 * The ticks of a plot's axis: "nice" values, 1, 2 or 5 × 10ᵏ apart, and their labels. Plain Java,
 * so that the maths of every plot's axes is one and is tested without a screen; each plot writes
 * its labels in its own {@link TickLabel} style.
 *
 * <p>Two ways to place them: {@link #inside} keeps the range and puts the ticks within it (the
 * decision boundary, the what-if plot); {@link #roundedOut} widens the range to whole steps, so the
 * axis begins and ends on a tick (the loss chart).
 */
public final class Ticks {
    /** The most ticks an axis gets, whatever it is asked. */
    static final int MOST = 100;
    /** How many times the step may be halved, about, to reach the least number of ticks asked. */
    private static final int FINER_TRIES = 4;
    /** Slack in comparisons, so that 0.08 / 4 = 0.020000000000000004 still counts as a 2. */
    private static final double FUZZ = 1e-9;

    private final double lo;
    private final double hi;
    private final double step;
    private final double[] values;
    private final String[] labels;

    private Ticks(double lo, double hi, double step, double[] values, String[] labels) {
        this.lo = lo;
        this.hi = hi;
        this.step = step;
        this.values = values;
        this.labels = labels;
    }

    /** 1, 2 or 5 × 10ᵏ, the smallest such at or above {@code raw}; 1 for a raw step that is not a positive number. */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        int nice = f <= 1 + FUZZ ? 1 : f <= 2 + FUZZ ? 2 : f <= 5 + FUZZ ? 5 : 10;
        return BigDecimal.valueOf(nice).multiply(BigDecimal.valueOf(magnitude)).doubleValue();
    }

    /** The decimals a label needs to tell ticks {@code step} apart: 0 for 1, 2, 5 or more; 1 for 0.5; 2 for 0.05. */
    public static int decimals(double step) {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - FUZZ));
    }

    /**
     * [lo, hi] made fit for an axis: a non-finite range becomes [0, 1], and an empty one is widened
     * by a tenth of |lo| (at least 0.001) on each side.
     */
    public static double[] widened(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {0, 1};
        }
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo) * 0.1, 1e-3);
            return new double[] {lo - pad, hi + pad};
        }
        return new double[] {lo, hi};
    }

    /**
     * About {@code target} ticks inside [lo, hi], at least {@code least} where a finer step (down
     * to about a sixteenth) allows it, since an axis with a single tick has no scale to read; none
     * for an empty or non-finite range. The range stays [lo, hi].
     */
    public static Ticks inside(double lo, double hi, int target, int least, TickLabel label) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Ticks(lo, hi, Double.NaN, new double[0], new String[0]);
        }
        int wanted = Math.max(target, 1);
        Ticks ticks = stepped(lo, hi, niceStep((hi - lo) / wanted), label);
        for (int tries = 0; ticks.values.length < least && tries < FINER_TRIES; tries++) {
            wanted *= 2;
            ticks = stepped(lo, hi, niceStep((hi - lo) / wanted), label);
        }
        return ticks;
    }

    /**
     * About {@code target} ticks over [lo, hi] widened to whole steps: the first tick at or below
     * lo, the last at or above hi, and those two the range. An empty range is first widened to
     * [lo, lo + |lo|] (or [0, 1]).
     */
    public static Ticks roundedOut(double lo, double hi, int target, TickLabel label) {
        if (!(hi > lo)) {
            hi = lo + (lo == 0 ? 1 : Math.abs(lo));
        }
        double step = niceStep((hi - lo) / Math.max(target, 1));
        double first = Math.floor(lo / step + FUZZ) * step;
        double last = Math.ceil(hi / step - FUZZ) * step;
        return stepped(first, last, step, label);
    }

    /** The multiples of {@code step} inside [lo, hi] (at most {@value #MOST}). */
    private static Ticks stepped(double lo, double hi, double step, TickLabel label) {
        long first = (long) Math.ceil(lo / step - FUZZ);
        long last = (long) Math.floor(hi / step + FUZZ);
        int n = (int) Math.max(0, Math.min(last - first + 1, MOST));
        double[] values = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = (first + i) * step;
            labels[i] = label.of(values[i], step);
        }
        return new Ticks(lo, hi, step, values, labels);
    }

    /** The low end of the range the ticks were placed on (for {@link #roundedOut}, the first tick). */
    public double lo() {
        return lo;
    }

    /** The high end of the range (for {@link #roundedOut}, the last tick). */
    public double hi() {
        return hi;
    }

    /** The distance between two ticks; NaN when there are none. */
    public double step() {
        return step;
    }

    /** The ticks' values, lowest first. */
    public double[] values() {
        return values;
    }

    /** The ticks' labels, in the order of {@link #values()}. */
    public String[] labels() {
        return labels;
    }
}
