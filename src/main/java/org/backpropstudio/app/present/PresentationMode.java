package org.backpropstudio.app.present;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Presentation mode for a lecture: full screen, only the stepper, the diagram and the equation
 * panel, everything magnified 100–300 %. The window's parts are hidden and shown again, never
 * rebuilt, so nothing on them is lost.
 */
public final class PresentationMode {
    /** How much one zoom step magnifies. */
    public static final double ZOOM_STEP = 1.25;
    /** The share of the width the diagram takes while presenting. */
    public static final double DIAGRAM_SHARE = 0.58;
    /** Presentation starts at the zoom that lays the window out this wide (1920 px: 150 %). */
    public static final double LAYOUT_WIDTH = 1280;

    private final ScaledPane scaled;
    private final List<Node> hidden;
    private final SplitPane side;
    private final Node plots;
    private final TabPane tools;
    private final Tab equations;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on");
    private final SplitPane center;
    private Tab selectedBefore;
    private double[] dividersBefore;

    /**
     * @param scaled    the window's content, to magnify
     * @param center    the split of the diagram beside {@code side}
     * @param hidden    what presentation hides (the menu bar, the timeline, the status bar)
     * @param side      the split of the tools beside the plots
     * @param plots     the plots, taken out of {@code side} while presenting
     * @param tools     the tools' tab pane, showing only {@code equations} while presenting
     * @param equations the equation panel's tab
     */
    public PresentationMode(ScaledPane scaled, List<Node> hidden, SplitPane center, SplitPane side, Node plots,
                            TabPane tools, Tab equations) {
        this.scaled = scaled;
        this.center = center;
        this.hidden = List.copyOf(hidden);
        this.side = side;
        this.plots = plots;
        this.tools = tools;
        this.equations = equations;
    }

    /** Whether the window is presenting. */
    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    /** Enters presentation mode on {@code stage} (full screen; Esc leaves). */
    public void enter(Stage stage) {
        if (on.get()) {
            return;
        }
        on.set(true);
        hidden.forEach(n -> {
            n.setVisible(false);
            n.setManaged(false);
        });
        side.getItems().remove(plots);
        selectedBefore = tools.getSelectionModel().getSelectedItem();
        tools.getSelectionModel().select(equations);
        tools.getStyleClass().add("presenting");
        scaled.getStyleClass().add("presenting");
        dividersBefore = center.getDividerPositions();
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        scaled.scaleProperty().set(startZoom(stage));
        SplitPane.setResizableWithParent(side, true);
        center.setDividerPositions(DIAGRAM_SHARE);
        Platform.runLater(() -> center.setDividerPositions(DIAGRAM_SHARE));
    }

    /** The zoom that lays the screen's width out as {@link #LAYOUT_WIDTH} pixels, within 100–300 %. */
    static double startZoom(Stage stage) {
        double width = Screen.getScreensForRectangle(stage.getX(), stage.getY(),
                        Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()))
                .stream().findFirst().orElse(Screen.getPrimary()).getBounds().getWidth();
        return Math.max(ScaledPane.MIN, Math.min(ScaledPane.MAX, width / LAYOUT_WIDTH));
    }

    /** Leaves presentation mode: everything as it was. */
    public void exit(Stage stage) {
        if (!on.get()) {
            return;
        }
        on.set(false);
        hidden.forEach(n -> {
            n.setVisible(true);
            n.setManaged(true);
        });
        if (!side.getItems().contains(plots)) {
            side.getItems().add(plots); // the side column places its divider again
        }
        tools.getSelectionModel().select(selectedBefore);
        tools.getStyleClass().remove("presenting");
        scaled.getStyleClass().remove("presenting");
        scaled.scaleProperty().set(1);
        center.setDividerPositions(dividersBefore);
        SplitPane.setResizableWithParent(side, false);
        stage.setFullScreen(false);
    }

    /** Magnifies one step (at most 300 %). */
    public void zoomIn() {
        scaled.scaleProperty().set(scaled.scaleProperty().get() * ZOOM_STEP);
    }

    /** Shrinks one step (at least 100 %). */
    public void zoomOut() {
        scaled.scaleProperty().set(scaled.scaleProperty().get() / ZOOM_STEP);
    }

    /** Back to 100 %. */
    public void zoomReset() {
        scaled.scaleProperty().set(1);
    }

    /** The zoom, 1 to 3. */
    public double zoom() {
        return scaled.scaleProperty().get();
    }
}
