package org.backpropstudio.app.present;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import org.backpropstudio.app.Messages;

/**
 * The window's themes, switchable at run time: AtlantaFX's Primer light and dark, and a high
 * contrast one (Primer dark with {@code high-contrast.css} on top). All colours live in CSS: the
 * views read AtlantaFX's colour variables and the named colours of {@code palette.css}, whose
 * values for the dark and high-contrast themes follow the root's {@code :dark} and
 * {@code :high-contrast}.
 */
public enum Theme {
    LIGHT,
    DARK,
    HIGH_CONTRAST;

    private static final String HIGH_CONTRAST_CSS =
            Objects.requireNonNull(Theme.class.getResource("high-contrast.css")).toExternalForm();
    /** Set on the scene's root in the dark themes, for views' dark-only touches ({@code .root:dark …}). */
    public static final PseudoClass DARK_STATE = PseudoClass.getPseudoClass("dark");
    /** Set on the scene's root in the high-contrast theme, for the palette's values ({@code .root:high-contrast}). */
    public static final PseudoClass HIGH_CONTRAST_STATE = PseudoClass.getPseudoClass("high-contrast");

    /** The name in the View menu. */
    public String title() {
        return switch (this) {
            case LIGHT -> Messages.get("theme.light");
            case DARK -> Messages.get("theme.dark");
            case HIGH_CONTRAST -> Messages.get("theme.highContrast");
        };
    }

    /** Makes this the theme of the application and of {@code scene}. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
        scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        if (this == HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS);
        }
        scene.getRoot().pseudoClassStateChanged(DARK_STATE, this != LIGHT);
        scene.getRoot().pseudoClassStateChanged(HIGH_CONTRAST_STATE, this == HIGH_CONTRAST);
    }
}
