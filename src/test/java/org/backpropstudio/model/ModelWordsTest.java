package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.core.MicroStep;
import org.junit.jupiter.api.Test;

/**
 * The model's sentences in {@code words.properties}: every key the code reads is there, every key
 * there is read, each value suits the way it is read, and a translation beside it is used for its
 * locale without a change to the code.
 */
class ModelWordsTest extends BundleContract {

    ModelWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/model/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/model/words_xx.properties"),
                "ModelWords", "input.empty", "diverged");
    }

    @Test
    void english_reads_as_before() {
        assertThatThrownBy(() -> Inputs.parseNumber(" ")).hasMessage("Type a number.");
        assertThatThrownBy(() -> Inputs.parseNumber("abc ")).hasMessage("\"abc\" is not a number.");
        assertThatThrownBy(() -> Inputs.parseNumber("2e6")).hasMessage("Use a number between -1e6 and 1e6.");
        assertThatThrownBy(() -> Inputs.parseWhole("", 1, 9)).hasMessage("Type a whole number.");
        assertThatThrownBy(() -> Inputs.parseWhole("1.5", 1, 9)).hasMessage("\"1.5\" is not a whole number.");
        assertThatThrownBy(() -> Inputs.parseWhole("10", 1, 9)).hasMessage("Use a whole number from 1 to 9.");
        assertThat(Player.divergenceMessage(new MicroStep(MicroStep.Kind.DELTA, 2, 0)))
                .isEqualTo("Training paused: δ of layer 2 is no longer a finite number (NaN or ∞). The values have "
                        + "exploded, most likely because the learning rate is too large. Step back, lower the "
                        + "learning rate, or reset.");
        assertThat(Player.divergenceMessage(new MicroStep(MicroStep.Kind.GRADIENT, 1, 0)))
                .startsWith("Training paused: the gradients of layer 1 is no longer");
        assertThat(ModelWords.format("command.failed", "x")).isEqualTo("That did not work: x");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThatThrownBy(() -> Inputs.parseNumber("")).hasMessage("[xx] 0-9?");
            assertThat(Player.divergenceMessage(new MicroStep(MicroStep.Kind.LOSS, 2, 0)))
                    .as("a key the translation lacks").startsWith("Training paused: [xx] J is no longer");
        } finally {
            Locale.setDefault(before);
        }
    }
}
