package org.backpropstudio.core;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The sentences of one resource bundle, looked up for the default locale as it is at the time of
 * asking (ResourceBundle caches each locale's bundle): the one place that reads a bundle and fills
 * in a pattern. Each package reads its own bundle through a small accessor of its own
 * ({@code Messages} in the window, {@code CoreWords}, {@code IoWords}, {@code LessonWords},
 * {@code ModelWords}, {@code CliWords}, {@code Meanings}), whose {@code get}/{@code format} calls
 * the bundle contract tests find by name.
 *
 * <p>{@link #get} returns a text as it stands; {@link #format} fills a {@link MessageFormat}
 * pattern's {@code {0}}, {@code {1}}, … with its arguments, formatted for the bundle's locale
 * (numbers come already formatted, as strings, except those a {@code choice} picks a plural by).
 * A key a translation lacks falls back to English, the base bundle.
 */
public final class Words {
    private final String bundle;

    /** The words of the bundle named {@code bundle} (a base name, e.g. {@code org.backpropstudio.core.words}). */
    public Words(String bundle) {
        this.bundle = Objects.requireNonNull(bundle);
    }

    /** The text of {@code key} in the default locale. */
    public String get(String key) {
        return ResourceBundle.getBundle(bundle).getString(key);
    }

    /** The pattern of {@code key} in the default locale with {@code args} put in. */
    public String format(String key, Object... args) {
        ResourceBundle words = ResourceBundle.getBundle(bundle);
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
