package org.backpropstudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

class AxisAndFormatTest {

    @Test
    void the_iteration_axis_runs_from_zero_to_the_first_tick_at_or_past_the_count() {
        Axis x = Axis.iterations(3012, 4);
        assertThat(x.lo()).isZero();
        assertThat(x.hi()).isEqualTo(4000);
        assertThat(x.labels()).containsExactly("0", "1,000", "2,000", "3,000", "4,000");
        assertThat(Axis.iterations(1_000_000, 2).labels()).containsExactly("0", "500k", "1M");
        assertThat(Axis.iterations(1, 5).labels()).containsExactly("0", "1");
    }

    @Test
    void a_linear_loss_axis_starts_at_zero_and_rounds_up_to_a_tick() {
        Axis y = Axis.linear(0.06, 0.126, 3);
        assertThat(y.lo()).isZero();
        assertThat(y.hi()).isCloseTo(0.15, within(Tolerance.ROUNDING));
        assertThat(y.labels()).containsExactly("0.00", "0.05", "0.10", "0.15");
        assertThat(y.fraction(0.075)).isCloseTo(0.5, within(Tolerance.ROUNDING));
    }

    @Test
    void a_log_loss_axis_spans_whole_decades() {
        Axis y = Axis.logarithmic(0.0625, 0.125, 5);
        assertThat(y.lo()).isCloseTo(0.01, within(Tolerance.FEW_ULPS));
        assertThat(y.hi()).isCloseTo(1, within(Tolerance.FEW_ULPS));
        assertThat(y.labels()).containsExactly("0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1");
        assertThat(y.fraction(0.1)).isCloseTo(0.5, within(Tolerance.ROUNDING));
        assertThat(Axis.logarithmic(1e-9, 10, 4).labels()).containsExactly("10⁻⁹", "10⁻⁶", "0.001", "1", "1000");
    }

    @Test
    void numbers_read_well_from_the_back_of_the_room() {
        assertThat(ChartFormat.iteration(1234)).isEqualTo("1,234");
        assertThat(ChartFormat.iterations(999_999)).isEqualTo("999,999");
        assertThat(ChartFormat.iterations(15_139_168)).as("a heading keeps it short").isEqualTo("15.1M");
        assertThat(ChartFormat.iterations(1_999_999)).as("rounded").isEqualTo("2M");
        assertThat(ChartFormat.value(0.012341, 4)).isEqualTo("0.01234");
        assertThat(ChartFormat.value(0.25, 4)).isEqualTo("0.25");
        assertThat(ChartFormat.value(3.21e-7, 2)).isEqualTo("3.2 × 10⁻⁷");
        assertThat(ChartFormat.value(Double.POSITIVE_INFINITY, 4)).isEqualTo("∞");
        assertThat(ChartFormat.range("J", 0.0112, 0.0131)).isEqualTo("J 0.0112–0.0131");
        assertThat(ChartFormat.range("J", 0.063301, 0.063349)).isEqualTo("J 0.06330–0.06335");
        assertThat(ChartFormat.range("J", 0.5, 0.5)).isEqualTo("J = 0.5");
        assertThat(ChartFormat.range("J", 0.0632998, 0.0633002)).isEqualTo("J ≈ 0.0633");
    }
}
