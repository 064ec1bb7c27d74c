package org.backpropstudio.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void ticks_are_nice_multiples_inside_the_range() {
        Ticks t = Ticks.of(-0.6, 1.4, 4);
        assertThat(t.lo()).isEqualTo(-0.6);
        assertThat(t.hi()).isEqualTo(1.4);
        assertThat(t.labels()).containsExactly("−0.5", "0", "0.5", "1");
    }

    @Test
    void labels_follow_the_step_and_use_powers_of_ten_for_tiny_steps() {
        assertThat(Ticks.of(0.26, 0.34, 4).labels()).containsExactly("0.26", "0.28", "0.3", "0.32", "0.34");
        assertThat(Ticks.label(2e-7, 1e-7)).isEqualTo("2e-7");
        assertThat(Ticks.label(-1.5e-6, 5e-7)).isEqualTo("−1.5e-6");
    }

    @Test
    void an_empty_or_non_finite_range_still_gets_ticks() {
        assertThat(Ticks.of(0.3, 0.3, 3).values()).isNotEmpty();
        assertThat(Ticks.of(Double.NaN, 1, 3).values()).isNotEmpty();
    }
}
