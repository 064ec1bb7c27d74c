package org.backpropstudio.app.draw;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.app.present.Theme;

/**
 * A window of the main window's own (it stays above it and closes with it) that wears the main
 * window's theme as it changes: the scene's stylesheets (the studio's and the high-contrast one)
 * and the root's {@code :dark} and {@code :high-contrast} follow the owner's ({@link Theme}); the
 * theme's user-agent stylesheet is the application's already.
 */
public final class OwnedStage {
    private static final List<PseudoClass> THEME_STATES = List.of(Theme.DARK_STATE, Theme.HIGH_CONTRAST_STATE);

    private OwnedStage() {
    }

    /** A stage owned by {@code owner} showing {@code root} at {@code width} × {@code height}. */
    public static Stage of(Window owner, Parent root, String title, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        Scene main = owner == null ? null : owner.getScene();
        if (main != null) {
            Bindings.bindContent(scene.getStylesheets(), main.getStylesheets());
            Parent mainRoot = main.getRoot();
            for (PseudoClass state : THEME_STATES) {
                root.pseudoClassStateChanged(state, mainRoot.getPseudoClassStates().contains(state));
            }
            SetChangeListener<PseudoClass> follow = change -> {
                PseudoClass state = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
                if (THEME_STATES.contains(state)) {
                    root.pseudoClassStateChanged(state, change.wasAdded());
                }
            };
            // held by the window's root: the main window does not keep a closed window alive
            root.getProperties().put(OwnedStage.class, follow);
            mainRoot.getPseudoClassStates().addListener(new WeakSetChangeListener<>(follow));
        }
        stage.setScene(scene);
        return stage;
    }
}
