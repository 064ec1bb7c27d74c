package org.backpropstudio.app.chart;

import org.backpropstudio.app.plot.Ticks;

/**
 * One axis of the loss chart: a domain [lo, hi], linear or logarithmic, mapped onto a span of
 * pixels, with "nice" ticks (1, 2 or 5 × 10ᵏ apart, by {@link Ticks}; whole decades on a log axis)
 * and their labels.
 * Immutable; made fresh for every frame from the data and the plot's size.
 */
final class Axis {
    private final double lo;
    private final double hi;
    private final boolean log;
    private final double[] ticks;
    private final String[] labels;

    private Axis(double lo, double hi, boolean log, double[] ticks, String[] labels) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.ticks = ticks;
        this.labels = labels;
    }

    /**
     * The iteration axis: 0 up to the first tick at or past {@code count}, so the axis stays put
     * while a curve grows into it, with about {@code targetTicks} whole-number ticks.
     */
    static Axis iterations(long count, int targetTicks) {
        double step = Math.max(1, Ticks.niceStep(Math.max(count, 1) / (double) Math.max(targetTicks, 1)));
        double hi = Math.max(step, Math.ceil(Math.max(count, 1) / step) * step);
        int n = (int) Math.round(hi / step) + 1;
        double[] ticks = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = i * step;
            labels[i] = ChartFormat.iterationTick((long) ticks[i]);
        }
        return new Axis(0, hi, false, ticks, labels);
    }

    /**
     * A linear loss axis covering [min(0, dataLo), dataHi], rounded out to whole steps of a
     * nice size, with about {@code targetTicks} ticks.
     */
    static Axis linear(double dataLo, double dataHi, int targetTicks) {
        Ticks ticks = Ticks.roundedOut(Math.min(0, dataLo), dataHi, targetTicks, ChartFormat::linearTick);
        return new Axis(ticks.lo(), ticks.hi(), false, ticks.values(), ticks.labels());
    }

    /**
     * A logarithmic loss axis from the decade at or below {@code dataLo} to the decade at or above
     * {@code dataHi} (both must be positive); a tick per decade (every other one when there are
     * many), with 2 and 5 in between when the axis spans at most two decades.
     */
    static Axis logarithmic(double dataLo, double dataHi, int targetTicks) {
        int e0 = (int) Math.floor(Math.log10(dataLo) + 1e-9);
        int e1 = (int) Math.ceil(Math.log10(dataHi) - 1e-9);
        if (e1 <= e0) {
            e1 = e0 + 1;
        }
        int every = Math.max(1, (int) Math.ceil((e1 - e0) / (double) Math.max(targetTicks, 1)));
        e1 = e0 + (int) Math.ceil((e1 - e0) / (double) every) * every;
        int decades = e1 - e0;
        boolean between = decades <= 2;
        java.util.List<Double> ticks = new java.util.ArrayList<>();
        for (int e = e0; e <= e1; e++) {
            if ((e - e0) % every == 0) {
                ticks.add(Math.pow(10, e));
            }
            if (between && e < e1) {
                ticks.add(2 * Math.pow(10, e));
                ticks.add(5 * Math.pow(10, e));
            }
        }
        double[] t = ticks.stream().mapToDouble(Double::doubleValue).toArray();
        String[] labels = new String[t.length];
        for (int i = 0; i < t.length; i++) {
            labels[i] = ChartFormat.logTick(t[i]);
        }
        return new Axis(Math.pow(10, e0), Math.pow(10, e1), true, t, labels);
    }

    /** Where {@code v} lies on the axis, 0 at lo and 1 at hi (outside for values outside). */
    double fraction(double v) {
        if (log) {
            return (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
        }
        return (v - lo) / (hi - lo);
    }

    /** The value at {@code fraction} of the way from lo to hi. */
    double valueAt(double fraction) {
        if (log) {
            return Math.pow(10, Math.log10(lo) + fraction * (Math.log10(hi) - Math.log10(lo)));
        }
        return lo + fraction * (hi - lo);
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    boolean isLog() {
        return log;
    }

    double[] ticks() {
        return ticks;
    }

    String[] labels() {
        return labels;
    }
}
