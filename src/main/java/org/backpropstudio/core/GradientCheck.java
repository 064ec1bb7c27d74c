package org.backpropstudio.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Backprop checked numerically: for every parameter, ∂J/∂θ by backpropagation beside the central
 * difference (J(θ + h) − J(θ − h)) / 2h and their relative error |g − n| / max(|g|, |n|).
 */
public final class GradientCheck {
    /** The step h of the central difference. */
    public static final double H = 1e-5;

    /** One parameter's row. */
    public record Row(Parameter parameter, double backprop, double numeric) {
        /** |g − n| / max(|g|, |n|), 0 when both are 0. */
        public double relativeError() {
            double scale = Math.max(Math.abs(backprop), Math.abs(numeric));
            return scale == 0 ? 0 : Math.abs(backprop - numeric) / scale;
        }
    }

    private GradientCheck() {
    }

    /** The rows for every parameter of {@code session}'s network, J over {@code iteration}'s samples. */
    public static List<Row> of(Session session, long iteration) {
        return of(new LossProbe(session, iteration));
    }

    /** The rows for every parameter that {@code probe} probes around. */
    public static List<Row> of(LossProbe probe) {
        List<Row> rows = new ArrayList<>();
        for (Parameter p : Parameter.all(probe.network())) {
            rows.add(new Row(p, probe.gradient(p), probe.centralDifference(p, H)));
        }
        return rows;
    }
}
