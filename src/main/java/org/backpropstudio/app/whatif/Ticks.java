package org.backpropstudio.app.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * "Nice" ticks for an axis over [lo, hi]: the multiples of 1, 2 or 5 × 10ᵏ inside it, with labels
 * written to the step's precision and a true minus sign (0.25 → "0.25", −1 → "−1"; 2e-7 → "2e-7"
 * where a plain label would be too long).
 */
record Ticks(double lo, double hi, double[] values, String[] labels) {

    /**
     * About {@code target} ticks inside [lo, hi], at least two (an empty or non-finite range is
     * widened first).
     */
    static Ticks of(double lo, double hi, int target) {
        return of(lo, hi, target, 0);
    }

    private static Ticks of(double lo, double hi, int target, int tries) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo) * 0.1, 1e-3);
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / Math.max(1, target));
        double first = Math.ceil(lo / step - 1e-9) * step;
        double last = Math.floor(hi / step + 1e-9) * step;
        int n = Math.max(0, (int) Math.round((last - first) / step) + 1);
        double[] values = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = first + i * step;
            labels[i] = label(values[i], step);
        }
        if (n < 2 && tries < 4) {
            return of(lo, hi, 2 * Math.max(1, target), tries + 1);
        }
        return new Ticks(lo, hi, values, labels);
    }

    /** 1, 2 or 5 × 10ᵏ, the smallest at least {@code raw}. */
    static double niceStep(double raw) {
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / decade;
        double fuzz = 1 + 1e-9; // 0.08 / 4 is 0.020000000000000004: still a 2
        double nice = m <= fuzz ? 1 : m <= 2 * fuzz ? 2 : m <= 5 * fuzz ? 5 : 10;
        return nice * decade;
    }

    /** {@code v} to the precision of {@code step}: plain from 1e-4 up to 1e6, else mantissa and power of ten. */
    static String label(double v, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String text;
        if (Math.abs(v) < step / 2) {
            text = "0";
        } else if (step >= 1e-4 && Math.abs(v) < 1e6) {
            text = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } else {
            int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
            int digits = Math.max(0, exponent - (int) Math.floor(Math.log10(step) + 1e-9));
            BigDecimal mantissa = new BigDecimal(v / Math.pow(10, exponent)).setScale(Math.min(digits, 3), RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            text = mantissa.toPlainString() + "e" + exponent;
        }
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }
}
