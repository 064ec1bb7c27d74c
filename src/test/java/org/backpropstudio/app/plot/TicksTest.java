package org.backpropstudio.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/** The plots' axis maths, without a screen: nice steps, ticks inside a range or rounded out, and labels. */
class TicksTest {

    @Test
    void nice_steps_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(Ticks.niceStep(0.013)).isCloseTo(0.02, within(Tolerance.ROUNDING));
        assertThat(Ticks.niceStep(3)).isEqualTo(5);
        assertThat(Ticks.niceStep(7)).isEqualTo(10);
        assertThat(Ticks.niceStep(1)).isEqualTo(1);
        assertThat(Ticks.niceStep(180)).isEqualTo(200);
        assertThat(Ticks.niceStep(0.08 / 4)).as("0.020000000000000004 is still a 2").isEqualTo(0.02);
    }

    @Test
    void ticks_inside_the_range_with_fixed_decimals_are_the_decision_boundarys() {
        Ticks t = Ticks.inside(-1.3, 2.2, 8, 3, TickLabel.FIXED);
        assertThat(t.values()).containsExactly(-1, -0.5, 0, 0.5, 1, 1.5, 2);
        assertThat(t.labels()).containsExactly("−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0");
        assertThat(Ticks.inside(-1.3, 2.2, 4, 3, TickLabel.FIXED).labels()).containsExactly("−1", "0", "1", "2");
        assertThat(Ticks.inside(0, 100, 5, 3, TickLabel.FIXED).labels())
                .containsExactly("0", "20", "40", "60", "80", "100");
        assertThat(Ticks.inside(1, 1, 4, 3, TickLabel.FIXED).values()).isEmpty();
    }

    @Test
    void a_range_that_one_step_would_leave_with_a_tick_or_two_gets_a_finer_step() {
        assertThat(Ticks.inside(0.1, 0.9, 1, 3, TickLabel.FIXED).labels()).containsExactly("0.2", "0.4", "0.6", "0.8");
    }

    @Test
    void short_labels_are_the_what_if_plots() {
        Ticks t = Ticks.inside(-0.6, 1.4, 4, 2, TickLabel.SHORT);
        assertThat(t.lo()).isEqualTo(-0.6);
        assertThat(t.hi()).isEqualTo(1.4);
        assertThat(t.labels()).containsExactly("−0.5", "0", "0.5", "1");
        assertThat(Ticks.inside(0.26, 0.34, 4, 2, TickLabel.SHORT).labels())
                .containsExactly("0.26", "0.28", "0.3", "0.32", "0.34");
        assertThat(TickLabel.SHORT.of(2e-7, 1e-7)).isEqualTo("2e-7");
        assertThat(TickLabel.SHORT.of(-1.5e-6, 5e-7)).isEqualTo("−1.5e-6");
    }

    @Test
    void an_empty_or_non_finite_range_widened_still_gets_ticks() {
        double[] empty = Ticks.widened(0.3, 0.3);
        assertThat(Ticks.inside(empty[0], empty[1], 3, 2, TickLabel.SHORT).values()).isNotEmpty();
        double[] nan = Ticks.widened(Double.NaN, 1);
        assertThat(Ticks.inside(nan[0], nan[1], 3, 2, TickLabel.SHORT).values()).isNotEmpty();
    }

    @Test
    void rounded_out_ticks_begin_and_end_the_axis() {
        Ticks t = Ticks.roundedOut(0, 0.126, 3, TickLabel.FIXED);
        assertThat(t.lo()).isZero();
        assertThat(t.hi()).isCloseTo(0.15, within(Tolerance.ROUNDING));
        assertThat(t.labels()).containsExactly("0.00", "0.05", "0.10", "0.15");
        assertThat(Ticks.roundedOut(-0.3, 0.3, 3, TickLabel.SHORT).labels())
                .containsExactly("−0.4", "−0.2", "0", "0.2", "0.4");
    }

    @Test
    void fixed_labels_never_read_minus_zero() {
        assertThat(TickLabel.fixed(-0.001, 2)).isEqualTo("0.00");
        assertThat(TickLabel.fixed(-0.532, 2)).isEqualTo("−0.53");
        assertThat(TickLabel.fixed(0.8316, 3)).isEqualTo("0.832");
    }
}
