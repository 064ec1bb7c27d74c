package org.backpropstudio.app.whatif;

/**
 * The data the what-if plot shows: θₚ over the slice, and J over the curve's finite values with a
 * margin, widened to take in the tangent's prediction for the value tried when it is not far out
 * (a far one is clipped: its line runs off the plot). Plain Java; {lo, hi} pairs.
 */
final class SliceRanges {
    /** The margin above and below J's range, as a fraction of it. */
    static final double MARGIN = 0.08;

    private SliceRanges() {
    }

    /** θₚ from the slice's first point to its last; [−1, 1] without a slice. */
    static double[] x(WhatIf.Curve curve) {
        if (curve == null || !(curve.halfWidth() > 0) || !Double.isFinite(curve.value())) {
            return new double[] {-1, 1};
        }
        double[] x = curve.xs();
        return new double[] {x[0], x[x.length - 1]};
    }

    /**
     * J's range to show for {@code curve} and the value tried {@code point} (either may be null);
     * [0, 1] without finite J.
     */
    static double[] j(WhatIf.Curve curve, WhatIf.Point point) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (curve != null) {
            for (double j : curve.js()) {
                if (Double.isFinite(j)) {
                    lo = Math.min(lo, j);
                    hi = Math.max(hi, j);
                }
            }
        }
        if (!(lo <= hi)) {
            return new double[] {0, 1};
        }
        if (point != null && curve != null) {
            double predicted = curve.loss() + point.predicted();
            double reach = Math.max(hi - lo, Math.abs(hi) * 1e-3);
            if (Double.isFinite(predicted) && predicted >= lo - reach && predicted <= hi + reach) {
                lo = Math.min(lo, predicted);
                hi = Math.max(hi, predicted);
            }
        }
        double span = hi - lo;
        if (span <= Math.abs(hi) * 1e-9 || span == 0) {
            span = Math.max(Math.abs(hi) * 0.1, 1e-3);
            lo -= span / 2;
            hi += span / 2;
        }
        return new double[] {lo - MARGIN * span, hi + MARGIN * span};
    }
}
