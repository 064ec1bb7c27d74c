package org.backpropstudio.model;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The model's sentences (a number typed that is refused and why, why training stopped or paused, a
 * command that failed), from the resource bundle {@value #BUNDLE}
 * ({@code src/main/resources/org/backpropstudio/model/words.properties}, English). A translation is
 * a file beside it named for its locale ({@code words_de.properties}); the default locale picks it,
 * a key it lacks falls back to English, and no code changes.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted, as
 * strings).
 */
final class ModelWords {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.model.words";

    private ModelWords() {
    }

    /** The text of {@code key} in the default locale. */
    static String get(String key) {
        return bundle().getString(key);
    }

    /** The pattern of {@code key} in the default locale with {@code args} put in. */
    static String format(String key, Object... args) {
        ResourceBundle bundle = bundle();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    /** The bundle for the default locale as it is now (ResourceBundle caches it). */
    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }
}
