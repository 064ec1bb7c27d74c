package org.backpropstudio.cli;

import org.backpropstudio.core.Words;

/**
 * The words of the command line: the help of its commands and options ({@link CliHelp}) and the one
 * line it tells about a problem or a checked file, from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/cli/words.properties}, English). A translation is a
 * file beside it named for its locale ({@code words_de.properties}); the default locale picks it, a
 * key it lacks falls back to English, and no code changes. Picocli's own words (its usage layout,
 * "Missing required option", "Unknown option") are picocli's.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings).
 */
final class CliWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.cli.words";
    private static final Words WORDS = new Words(BUNDLE);

    private CliWords() {
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
