package org.backpropstudio.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/** What the what-if plot shows of a slice, without a screen. */
class SliceRangesTest {
    private static final Parameter W = Parameter.weight(2, 0, 0);
    private static final WhatIf.Curve CURVE = new WhatIf.Curve(W, 0.4, 0.3, 0.1, 1.0,
            new double[] {-0.6, 0.4, 1.4}, new double[] {0.2, 0.3, Double.NaN});

    @Test
    void x_spans_the_slice_and_j_its_finite_values_with_a_margin() {
        assertThat(SliceRanges.x(CURVE)).containsExactly(-0.6, 1.4);
        double[] j = SliceRanges.j(CURVE, null);
        assertThat(j[0]).isCloseTo(0.2 - SliceRanges.MARGIN * 0.1, within(Tolerance.ROUNDING));
        assertThat(j[1]).isCloseTo(0.3 + SliceRanges.MARGIN * 0.1, within(Tolerance.ROUNDING));
    }

    @Test
    void a_prediction_near_the_curve_is_taken_in_and_a_far_one_is_not() {
        WhatIf.Point near = new WhatIf.Point(W, 1.4, 0.33, 0.03, 0.05); // predicted J 0.35
        assertThat(SliceRanges.j(CURVE, near)[1])
                .isCloseTo(0.35 + SliceRanges.MARGIN * 0.15, within(Tolerance.ROUNDING));
        WhatIf.Point far = new WhatIf.Point(W, 9, 1, 0.7, 40);
        assertThat(SliceRanges.j(CURVE, far)[1]).isCloseTo(0.3 + SliceRanges.MARGIN * 0.1, within(Tolerance.ROUNDING));
    }

    @Test
    void without_a_slice_the_plot_shows_a_unit_frame() {
        assertThat(SliceRanges.x(null)).containsExactly(-1, 1);
        assertThat(SliceRanges.j(null, null)).containsExactly(0, 1);
    }
}
