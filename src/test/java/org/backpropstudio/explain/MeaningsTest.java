package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.junit.jupiter.api.Test;

/**
 * The explanations' words in {@code meanings.properties}: every key the code reads is there, every
 * key there is read, each value suits the way it is read, and a translation beside it is used for
 * its locale without a change to the code, the notation staying as it is.
 */
class MeaningsTest extends BundleContract {

    MeaningsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/explain/meanings.properties"),
                Path.of("src/test/resources/org/backpropstudio/explain/meanings_xx.properties"),
                "Meanings", "meaning.z", "describe.sample");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_the_notation_stays() {
        Equations unicode = new Equations(Notation.UNICODE);
        Engine engine = new Engine(Sessions.seedExample());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            MicroStep step = engine.takeStep();
            assertThat(unicode.describe(step, engine)).isEqualTo("[xx] Forward · z⁽¹⁾ · 1");
            Equation z = unicode.forStep(engine, step).get(0);
            assertThat(z.meaning()).isEqualTo("[xx] hidden layer 1 ← the inputs");
            assertThat(z.line()).as("the notation is not translated")
                    .isEqualTo("z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775");
            assertThat(unicode.forStep(engine, engine.takeStep()).get(0).meaning())
                    .as("English where the translation has no key")
                    .startsWith("The activation of a unit in hidden layer 1: the sigmoid");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(unicode.describe(engine.lastStep(), engine)).isEqualTo("Forward: a⁽¹⁾ of sample 1");
    }
}
