package org.backpropstudio.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/** The mapping between a plot's data and its pixels, and the names of styleable properties. */
class PlotAreaTest {

    @Test
    void data_and_pixels_map_both_ways_with_y_upward() {
        PlotArea area = new PlotArea(40, 10, 240, 110, -1, 1, 0, 0.5);
        assertThat(area.width()).isEqualTo(200);
        assertThat(area.height()).isEqualTo(100);
        assertThat(area.px(0)).isEqualTo(140);
        assertThat(area.py(0)).as("the lowest y at the bottom").isEqualTo(110);
        assertThat(area.py(0.5)).isEqualTo(10);
        assertThat(area.xAt(area.px(0.37))).isCloseTo(0.37, within(Tolerance.ROUNDING));
        assertThat(area.yAt(area.py(0.21))).isCloseTo(0.21, within(Tolerance.ROUNDING));
        assertThat(area.contains(40, 110)).isTrue();
        assertThat(area.contains(39, 50)).isFalse();
        assertThat(new PlotArea(50, 0, 40, 10, 0, 1, 0, 1).width()).as("no room").isZero();
    }

    @Test
    void a_styleable_property_is_named_after_its_css_name() {
        assertThat(Looks.name("-bp-tick-font")).isEqualTo("tickFont");
        assertThat(Looks.name("-bp-class-1-color")).isEqualTo("class1Color");
        assertThat(Looks.name("-bp-heatmap-strength")).isEqualTo("heatmapStrength");
    }
}
