package org.backpropstudio.explain;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The words of the explanations (each equation's meaning, {@link Equations#describe}), from the
 * resource bundle {@value #BUNDLE} ({@code src/main/resources/org/backpropstudio/explain/meanings.properties},
 * English). A translation is a file beside it named for its locale ({@code meanings_de.properties});
 * the default locale picks it, and no code changes. The notation itself (symbols, LaTeX) is not
 * words and stays in {@link Typeset}.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted).
 */
final class Meanings {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.explain.meanings";

    private Meanings() {
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
