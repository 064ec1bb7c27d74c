package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.backpropstudio.architecture.BundleKeys;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.junit.jupiter.api.Test;

/**
 * The explanations' words in {@code meanings.properties}: every key the code reads is there, every
 * key there is read, each value suits the way it is read, and a translation beside it is used for
 * its locale without a change to the code, the notation staying as it is.
 */
class MeaningsTest {
    private static final Path ENGLISH = Path.of("src/main/resources/org/backpropstudio/explain/meanings.properties");
    /** A pseudo-translation for the test locale "xx", on the test class path only. */
    private static final Path PSEUDO = Path.of("src/test/resources/org/backpropstudio/explain/meanings_xx.properties");
    private static final BundleKeys.Usage USAGE = BundleKeys.scan("Meanings");

    @Test
    void every_key_is_written_as_a_literal() {
        assertThat(USAGE.dynamic()).as("calls of Meanings.get/format whose key is not a string literal").isEmpty();
    }

    @Test
    void every_key_the_code_reads_is_in_the_english_bundle() {
        Set<String> missing = new TreeSet<>(USAGE.keys());
        missing.removeAll(BundleKeys.read(ENGLISH).keySet());
        assertThat(missing).as("keys read by the code but missing from %s", ENGLISH).isEmpty();
        assertThat(USAGE.keys()).as("the scan finds the meanings' keys").contains("meaning.z", "describe.sample");
    }

    @Test
    void every_key_in_the_english_bundle_is_read() {
        Set<String> unused = new TreeSet<>(BundleKeys.read(ENGLISH).keySet());
        unused.removeAll(USAGE.keys());
        assertThat(unused).as("keys in %s that no code reads", ENGLISH).isEmpty();
    }

    @Test
    void values_suit_how_they_are_read_in_english_and_every_translation() {
        List<String> problems = new ArrayList<>(BundleKeys.misuses(ENGLISH.toString(), BundleKeys.read(ENGLISH), USAGE));
        List<Path> translations = new ArrayList<>(BundleKeys.translations(ENGLISH));
        translations.add(PSEUDO);
        for (Path translation : translations) {
            Map<String, String> values = BundleKeys.read(translation);
            problems.addAll(BundleKeys.misuses(translation.toString(), values, USAGE));
            problems.addAll(BundleKeys.mismatches(translation.toString(), values, BundleKeys.read(ENGLISH)));
        }
        assertThat(problems).isEmpty();
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
