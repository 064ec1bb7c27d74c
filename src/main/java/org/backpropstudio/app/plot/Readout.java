package org.backpropstudio.app.plot;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The read-out beside the mouse over a plot: a label outside the layout, above and to the right of
 * the point it reads, flipped to stay inside the plot. Looks in the plot's stylesheet, by its id
 * and style class.
 */
public final class Readout extends Label {
    /** Pixels between the point and the read-out. */
    private static final double GAP = 14;

    /** A hidden read-out with node id {@code id} and style class {@code styleClass}. */
    public Readout(String id, String styleClass) {
        setId(id);
        getStyleClass().add(styleClass);
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
    }

    /**
     * Shows the read-out beside ({@code x}, {@code y}), a point in {@code canvas}'s coordinates,
     * kept right of {@code left}, left of {@code right} where it fits and below {@code top}.
     */
    public void showBeside(double x, double y, double left, double top, double right, Node canvas) {
        setVisible(true);
        applyCss();
        autosize();
        double w = getWidth();
        double h = getHeight();
        double rx = x + GAP;
        double ry = y - GAP - h;
        if (rx + w > right) {
            rx = x - GAP - w;
        }
        if (ry < top) {
            ry = y + GAP;
        }
        rx = Math.max(left, rx);
        relocate(Math.round(canvas.getLayoutX() + rx), Math.round(canvas.getLayoutY() + ry));
    }
}
