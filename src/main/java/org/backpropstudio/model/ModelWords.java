package org.backpropstudio.model;

import org.backpropstudio.core.Words;

/**
 * The model's sentences (a number typed that is refused and why, why training stopped or paused, a
 * command that failed), from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/model/words.properties}, English). A translation is
 * a file beside it named for its locale ({@code words_de.properties}); the default locale picks it,
 * a key it lacks falls back to English, and no code changes.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings).
 */
final class ModelWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.model.words";
    private static final Words WORDS = new Words(BUNDLE);

    private ModelWords() {
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
