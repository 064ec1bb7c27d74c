package org.backpropstudio.app.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The theme the window starts in, decided from the property and the platform's answer. */
class SystemThemeTest {
    @Test
    void with_nothing_read_and_nothing_chosen_the_window_starts_light() {
        assertThat(SystemTheme.choose(null, null)).isEqualTo(Theme.LIGHT);
        assertThat(SystemTheme.choose(null, "")).isEqualTo(Theme.LIGHT);
    }

    @Test
    void windows_high_contrast_scheme_starts_the_high_contrast_theme() {
        assertThat(SystemTheme.choose(null, "High Contrast Black")).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(SystemTheme.choose(null, "High Contrast White")).isEqualTo(Theme.HIGH_CONTRAST);
        // the scheme's name is in the system's language: any name means the setting is on
        assertThat(SystemTheme.choose(null, "Contraste élevé n° 1")).isEqualTo(Theme.HIGH_CONTRAST);
    }

    @Test
    void the_property_wins_over_the_platform() {
        assertThat(SystemTheme.choose("light", "High Contrast Black")).isEqualTo(Theme.LIGHT);
        assertThat(SystemTheme.choose("dark", null)).isEqualTo(Theme.DARK);
        assertThat(SystemTheme.choose("high-contrast", null)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(SystemTheme.choose(" High_Contrast ", null)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(SystemTheme.choose("DARK", "High Contrast Black")).isEqualTo(Theme.DARK);
    }

    @Test
    void a_property_that_names_no_theme_is_ignored() {
        assertThat(SystemTheme.choose("purple", null)).isEqualTo(Theme.LIGHT);
        assertThat(SystemTheme.choose("purple", "High Contrast Black")).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(SystemTheme.choose("", null)).isEqualTo(Theme.LIGHT);
    }
}
