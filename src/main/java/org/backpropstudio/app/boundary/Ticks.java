package org.backpropstudio.app.boundary;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The ticks of one axis of the boundary plot: values 1, 2 or 5 × 10ᵏ apart inside [lo, hi], and
 * their labels with as many decimals as the step needs ("−0.5", "0", "0.5"; U+2212 for minus).
 */
final class Ticks {
    private final double[] values;
    private final String[] labels;

    private Ticks(double[] values, String[] labels) {
        this.values = values;
        this.labels = labels;
    }

    /**
     * About {@code target} ticks inside [lo, hi]; at least three where a step of 1, 2 or 5 × 10ᵏ
     * allows it, since an axis with a single tick has no scale to read.
     */
    static Ticks of(double lo, double hi, int target) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new Ticks(new double[0], new String[0]);
        }
        Ticks ticks = stepped(lo, hi, niceStep((hi - lo) / Math.max(target, 1)));
        for (int finer = 2; ticks.values.length < 3 && finer <= 8; finer *= 2) {
            ticks = stepped(lo, hi, niceStep((hi - lo) / (Math.max(target, 1) * finer)));
        }
        return ticks;
    }

    /** The ticks {@code step} apart inside [lo, hi]. */
    private static Ticks stepped(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        int n = (int) Math.max(0, Math.min(last - first + 1, 100));
        double[] values = new double[n];
        String[] labels = new String[n];
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        for (int i = 0; i < n; i++) {
            values[i] = (first + i) * step;
            labels[i] = label(values[i], decimals);
        }
        return new Ticks(values, labels);
    }

    /** 1, 2 or 5 × 10ᵏ, the smallest such at or above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    /** {@code v} with {@code decimals} decimals, "0" rather than "−0", U+2212 for minus. */
    static String label(double v, int decimals) {
        String s = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).toPlainString();
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    double[] values() {
        return values;
    }

    String[] labels() {
        return labels;
    }
}
