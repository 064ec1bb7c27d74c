package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Stride;
import org.junit.jupiter.api.Test;

/**
 * The window's words in {@code messages.properties}: every key the code reads is there, every key
 * there is read, each value suits the way it is read (plain text or pattern), and a translation
 * dropped beside it is used for its locale without a change to the code.
 */
class MessagesTest extends BundleContract {

    MessagesTest() {
        super(Path.of("src/main/resources/org/backpropstudio/app/messages.properties"),
                Path.of("src/test/resources/org/backpropstudio/app/messages_xx.properties"),
                "Messages", "menu.file.open", "stepper.stepForward");
    }

    @Test
    void english_reads_as_before() {
        assertThat(Messages.get("stepper.stepForward")).isEqualTo("Step forward");
        assertThat(Messages.get("unsaved.discard")).isEqualTo("Don't save");
        assertThat(Messages.format("stepper.step", 3L, 10L)).isEqualTo("Step 3 of 10");
        assertThat(Messages.format("stepper.iteration", 29322L)).as("counters group their digits")
                .isEqualTo("Iteration 29,322");
        assertThat(Messages.format("loss.latest", "0.25", "1", 1L)).isEqualTo("J = 0.25 · 1 iteration");
        assertThat(Messages.format("loss.latest", "0.25", "1,234", 1234L)).isEqualTo("J = 0.25 · 1,234 iterations");
        assertThat(Messages.format("check.explanation", "10⁻⁵", "10⁻⁷", "10⁻⁴", "10⁻⁹"))
                .startsWith("Backprop's ∂J/∂θ").contains("this iteration's samples", "like relu's at 0?");
        assertThat(Names.of(Phase.BACKWARD)).isEqualTo(Phase.BACKWARD.title());
        for (Stride stride : Stride.values()) {
            assertThat(Names.of(stride)).isEqualTo(stride.title());
        }
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThat(Messages.get("stepper.stepForward")).isEqualTo("[xx] Step forward");
            assertThat(Messages.format("stepper.step", 3L, 10L)).isEqualTo("[xx] 3 / 10");
            assertThat(Names.of(Phase.FORWARD)).isEqualTo("[xx] Forward");
            assertThat(Messages.get("stepper.stepBack")).as("a key the translation lacks").isEqualTo("Step backward");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Messages.get("stepper.stepForward")).isEqualTo("Step forward");
    }
}
