package org.backpropstudio.app.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contrast test's own tools: WCAG's ratio ({@link Rgba}) and the stylesheets' colours ({@link ThemeColours}). */
class ThemeColoursTest {
    @Test
    void the_ratio_is_wcag_s() {
        Rgba white = Rgba.parse("#fff");
        Rgba black = Rgba.parse("black");
        assertThat(Rgba.contrast(black, white)).isCloseTo(21.0, within(1e-9));
        assertThat(Rgba.contrast(white, white)).isCloseTo(1.0, within(1e-9));
        // #767676 is the lightest grey with 4.5:1 on white; #777777 falls just short (4.48:1).
        assertThat(Rgba.contrast(Rgba.parse("#767676"), white)).isGreaterThanOrEqualTo(4.5);
        assertThat(Rgba.contrast(Rgba.parse("#777777"), white)).isLessThan(4.5).isCloseTo(4.48, within(0.005));
        // the same either way round
        assertThat(Rgba.contrast(white, Rgba.parse("#0072b2"))).isCloseTo(Rgba.contrast(Rgba.parse("#0072b2"), white),
                within(1e-12));
    }

    @Test
    void a_colour_with_alpha_is_composited_over_its_background() {
        Rgba half = Rgba.parse("rgba(0, 0, 0, 0.5)");
        Rgba white = Rgba.parse("#ffffff");
        assertThat(half.over(white)).isEqualTo(new Rgba(0.5, 0.5, 0.5, 1));
        assertThat(Rgba.contrast(half, white))
                .isCloseTo(Rgba.contrast(new Rgba(0.5, 0.5, 0.5, 1), white), within(1e-12));
        assertThat(Rgba.stack(List.of(white, Rgba.parse("transparent")))).isEqualTo(white);
    }

    @Test
    void looked_up_colours_follow_the_theme_and_the_node() {
        ThemeColours light = ThemeColours.of(Theme.LIGHT, "diagram/diagram.css");
        ThemeColours dark = ThemeColours.of(Theme.DARK, "diagram/diagram.css");
        ThemeColours high = ThemeColours.of(Theme.HIGH_CONTRAST, "diagram/diagram.css");
        // AtlantaFX's own variable, on the root, and high contrast's override of it in palette.css
        assertThat(light.colour("-color-bg-default", "")).isEqualTo(Rgba.parse("#ffffff"));
        assertThat(dark.colour("-color-bg-default", "")).isEqualTo(Rgba.parse("#0d1117"));
        assertThat(high.colour("-color-bg-default", "")).isEqualTo(Rgba.parse("#000000"));
        // the diagram's palette: ink on paper in the light theme, light ink in the dark ones
        assertThat(light.colour("-bp-canvas", ".network-diagram")).isEqualTo(Rgba.parse("#ffffff"));
        assertThat(dark.colour("-bp-canvas", ".network-diagram")).isEqualTo(Rgba.parse("#0d1117"));
        // a reference to another looked-up colour, and a list of layers
        assertThat(light.colour("-bp-positive", ".network-diagram")).isEqualTo(Rgba.parse("#0072b2"));
        assertThat(light.colour("-bp-card, rgba(0, 0, 0, 0.5)", ".network-diagram"))
                .isEqualTo(new Rgba(0.5, 0.5, 0.5, 1));
        assertThat(light.declared("diagram/diagram.css", ".edge.negative .edge-line", "-fx-stroke"))
                .isEqualTo("-bp-negative");
    }
}
