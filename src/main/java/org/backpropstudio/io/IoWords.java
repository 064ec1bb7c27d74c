package org.backpropstudio.io;

import org.backpropstudio.core.Words;

/**
 * The words of the files: why a session, history or CSV file is refused, and the handout's, from
 * the resource bundle {@value #BUNDLE} ({@code src/main/resources/org/backpropstudio/io/words.properties},
 * English). A translation is a file beside it named for its locale ({@code words_de.properties});
 * the default locale picks it, a key it lacks falls back to English, and no code changes.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings, except those a {@code choice} picks a plural by). The names of the format itself (JSON
 * members, ids such as {@code squared-error}) are not words and stay in the code.
 */
final class IoWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.io.words";
    private static final Words WORDS = new Words(BUNDLE);

    private IoWords() {
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
