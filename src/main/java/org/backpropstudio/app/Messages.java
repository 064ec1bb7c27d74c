package org.backpropstudio.app;

import org.backpropstudio.core.Words;

/**
 * The words of the window, from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/app/messages.properties}, English). A translation
 * is a file beside it named for its locale ({@code messages_de.properties}); the default locale
 * picks it, a key it lacks falls back to English, and no code changes.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings, except those a {@code choice} picks a plural by). Keys are grouped by view:
 * {@code menu.…}, {@code stepper.…}, {@code equations.…}.
 */
public final class Messages {
    /** The bundle's base name. */
    public static final String BUNDLE = "org.backpropstudio.app.messages";
    private static final Words WORDS = new Words(BUNDLE);

    private Messages() {
    }

    /** The text of {@code key} in the default locale. */
    public static String get(String key) {
        return WORDS.get(key);
    }

    /** The pattern of {@code key} in the default locale with {@code args} put in. */
    public static String format(String key, Object... args) {
        return WORDS.format(key, args);
    }
}
