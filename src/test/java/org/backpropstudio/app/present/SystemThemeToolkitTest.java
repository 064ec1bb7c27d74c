package org.backpropstudio.app.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The platform's answer, asked of the running toolkit: the reflective call reaches JavaFX 21's
 * toolkit, and a toolkit other than Windows' (here Monocle, as on Linux and macOS) has no
 * high-contrast scheme to give, so the window starts light unless told otherwise.
 */
@ExtendWith(ApplicationExtension.class)
class SystemThemeToolkitTest {
    @Test
    void javafx_21_s_toolkit_answers_and_off_windows_it_has_no_high_contrast_scheme() throws Exception {
        String name = WaitForAsyncUtils.asyncFx(SystemTheme::toolkitThemeName).get(5, TimeUnit.SECONDS);
        assertThat(name).isNull();
        assertThat(SystemTheme.choose(null, name)).isEqualTo(Theme.LIGHT);
    }
}
