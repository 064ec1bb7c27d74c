package org.backpropstudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What every resource bundle of the project promises, checked against the sources: every key the
 * code reads is in the English file, every key there is read, each key is a literal, and each value
 * (in English and in every translation, the test's pseudo-translation included) suits the way it
 * is read. A bundle's test extends this with its files and accessor.
 */
public abstract class BundleContract {
    private final Path english;
    private final Path pseudo;
    private final String accessor;
    private final String[] sampleKeys;
    private final BundleKeys.Usage usage;

    /**
     * @param english    the English (base) bundle file
     * @param pseudo     a pseudo-translation on the test class path
     * @param accessor   the class whose {@code get}/{@code format} calls read the bundle
     * @param sampleKeys keys the scan must find, to show that it reads the right sources
     */
    protected BundleContract(Path english, Path pseudo, String accessor, String... sampleKeys) {
        this.english = english;
        this.pseudo = pseudo;
        this.accessor = accessor;
        this.sampleKeys = sampleKeys;
        this.usage = BundleKeys.scan(accessor);
    }

    @Test
    void every_key_is_written_as_a_literal() {
        assertThat(usage.dynamic()).as("calls of %s.get/format whose key is not a string literal", accessor).isEmpty();
    }

    @Test
    void every_key_the_code_reads_is_in_the_english_bundle() {
        Set<String> missing = new TreeSet<>(usage.keys());
        missing.removeAll(BundleKeys.read(english).keySet());
        assertThat(missing).as("keys read by the code but missing from %s", english).isEmpty();
        assertThat(usage.keys()).as("the scan finds the bundle's keys").contains(sampleKeys);
    }

    @Test
    void every_key_in_the_english_bundle_is_read() {
        Set<String> unused = new TreeSet<>(BundleKeys.read(english).keySet());
        unused.removeAll(usage.keys());
        assertThat(unused).as("keys in %s that no code reads", english).isEmpty();
    }

    @Test
    void values_suit_how_they_are_read_in_english_and_every_translation() {
        List<String> problems =
                new ArrayList<>(BundleKeys.misuses(english.toString(), BundleKeys.read(english), usage));
        List<Path> translations = new ArrayList<>(BundleKeys.translations(english));
        translations.add(pseudo);
        for (Path translation : translations) {
            Map<String, String> values = BundleKeys.read(translation);
            problems.addAll(BundleKeys.misuses(translation.toString(), values, usage));
            problems.addAll(BundleKeys.mismatches(translation.toString(), values, BundleKeys.read(english)));
        }
        assertThat(problems).isEmpty();
    }
}
