package org.backpropstudio.core;

/**
 * The words of the engine's refusals (a network, session, dataset, edit or saved history it does
 * not accept, and why), from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/core/words.properties}, English). A translation is a
 * file beside it named for its locale ({@code words_de.properties}); the default locale picks it,
 * a key it lacks falls back to English, and no code changes.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings, except those a {@code choice} picks a plural by). The guards that only a caller's bug
 * trips (a position or micro-step out of range, arrays of the wrong shape) are not words for a
 * person and stay in the code.
 */
final class CoreWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.core.words";
    private static final Words WORDS = new Words(BUNDLE);

    private CoreWords() {
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
