package org.backpropstudio.app.diagram;

import java.math.BigDecimal;

/**
 * Arithmetic on typed-looking numbers: 0.4 + 0.01 is 0.41, not 0.41000000000000003, so that a
 * nudged or slid value reads as a person would write it (computed on the shortest decimals that
 * name the doubles).
 */
final class Steps {
    private Steps() {
    }

    /** {@code value + delta} in decimal. */
    static double add(double value, double delta) {
        if (!Double.isFinite(value) || !Double.isFinite(delta)) {
            return value + delta;
        }
        return BigDecimal.valueOf(value).add(BigDecimal.valueOf(delta)).doubleValue();
    }

    /** {@code value} rounded to a whole multiple of {@code step} (a step such as 0.01 or 0.5). */
    static double snap(double value, double step) {
        if (!Double.isFinite(value) || !(step > 0)) {
            return value;
        }
        return BigDecimal.valueOf(Math.round(value / step)).multiply(BigDecimal.valueOf(step)).doubleValue();
    }
}
