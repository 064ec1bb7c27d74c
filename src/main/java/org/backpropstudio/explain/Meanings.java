package org.backpropstudio.explain;

import org.backpropstudio.core.Words;

/**
 * The words of the explanations (each equation's meaning, {@link Equations#describe}), from the
 * resource bundle {@value #BUNDLE} ({@code src/main/resources/org/backpropstudio/explain/meanings.properties},
 * English). A translation is a file beside it named for its locale ({@code meanings_de.properties});
 * the default locale picks it, and no code changes. The notation itself (symbols, LaTeX) is not
 * words and stays in {@link Typeset}.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link java.text.MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments (numbers come already formatted).
 */
final class Meanings {
    /** The bundle's base name. */
    static final String BUNDLE = "org.backpropstudio.explain.meanings";
    private static final Words WORDS = new Words(BUNDLE);

    private Meanings() {
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
