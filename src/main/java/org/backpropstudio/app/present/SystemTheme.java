package org.backpropstudio.app.present;

import java.util.Locale;
import java.util.Optional;

/**
 * The theme the window starts in: the one named by {@code -Dbackprop.studio.theme}, else high
 * contrast when the operating system's high-contrast setting is on and JavaFX can tell, else light.
 *
 * <p>What JavaFX 21 can tell: its toolkit's {@code getThemeName()} (internal,
 * {@code com.sun.javafx.tk.Toolkit}) gives the name of Windows' high-contrast scheme while the
 * setting is on ("High Contrast Black", …, in the system's language) and null when it is off; on
 * macOS and Linux it is always null (their glass toolkits do not implement it). The public API for
 * the platform's preferences, {@code Platform.getPreferences()}, came in JavaFX 22. The toolkit is
 * asked through reflection, so that an internal API that moved or is closed (JavaFX on the module
 * path) leaves the light theme rather than a failure.
 */
public final class SystemTheme {
    /** The system property that names the theme to start in: {@code light}, {@code dark} or {@code high-contrast}. */
    public static final String PROPERTY = "backprop.studio.theme";
    private static final System.Logger LOG = System.getLogger(SystemTheme.class.getName());

    private SystemTheme() {
    }

    /**
     * The theme to start in, from the explicit choice {@code override} (the property's value, or
     * null) and the platform's high-contrast scheme {@code highContrastScheme} (null when the
     * setting is off or cannot be read). A choice that names no theme is ignored.
     */
    public static Theme choose(String override, String highContrastScheme) {
        Optional<Theme> chosen = named(override);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        return highContrastScheme == null || highContrastScheme.isBlank() ? Theme.LIGHT : Theme.HIGH_CONTRAST;
    }

    /** The theme {@code name} names ({@code light}, {@code dark}, {@code high-contrast}; any case, - or _), if any. */
    static Optional<Theme> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(key)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** The theme to start in here: {@link #choose} with the property and the platform's answer; on the FX thread. */
    public static Theme atStartUp() {
        String override = System.getProperty(PROPERTY);
        if (override != null && named(override).isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "-D" + PROPERTY + "=" + override
                    + " names no theme (light, dark, high-contrast); ignored");
        }
        return choose(override, platformHighContrastScheme());
    }

    /**
     * The name of Windows' high-contrast scheme while that setting is on, as JavaFX's toolkit reads
     * it; null when it is off, on macOS and Linux, or when the toolkit cannot be asked.
     */
    static String platformHighContrastScheme() {
        try {
            return toolkitThemeName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "the platform's high-contrast setting cannot be read", e);
            return null;
        }
    }

    /** {@code Toolkit.getToolkit().getThemeName()}, through reflection; it throws what the reflection throws. */
    static String toolkitThemeName() throws ReflectiveOperationException {
        Class<?> toolkit = Class.forName("com.sun.javafx.tk.Toolkit");
        Object instance = toolkit.getMethod("getToolkit").invoke(null);
        Object name = toolkit.getMethod("getThemeName").invoke(instance);
        return name instanceof String s ? s : null;
    }
}
