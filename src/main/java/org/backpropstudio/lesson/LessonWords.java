package org.backpropstudio.lesson;

import org.backpropstudio.core.Words;

/**
 * The words of the lessons and the quiz: why a lesson file is refused, when a card applies, and
 * what the quiz asks, from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/lesson/words.properties}, English). A translation is
 * a file beside it named for its locale ({@code words_de.properties}); the default locale picks it,
 * a key it lacks falls back to English, and no code changes. The lessons' own texts are in their
 * files, the format's member names and ids stay in the code.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings, except those a {@code choice} picks a plural by).
 */
final class LessonWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.lesson.words";
    private static final Words WORDS = new Words(BUNDLE);

    private LessonWords() {
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
