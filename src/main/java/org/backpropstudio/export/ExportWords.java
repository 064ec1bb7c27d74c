package org.backpropstudio.export;

import org.backpropstudio.core.Words;

/**
 * The words of the exported programs and of a refused export, from the resource bundle
 * {@value #BUNDLE} ({@code src/main/resources/org/backpropstudio/export/words.properties}, English).
 * {@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern. Python code and the equations' notation are not words and stay in the templates.
 */
final class ExportWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.export.words";
    private static final Words WORDS = new Words(BUNDLE);

    private ExportWords() {
    }

    /** The text of {@code key} in the default locale. */
    static String get(String key) {
        return WORDS.get(key);
    }

    /** The pattern of {@code key} in the default locale with {@code args} put in. */
    static String format(String key, Object... args) {
        return WORDS.format(key, args);
    }
}
