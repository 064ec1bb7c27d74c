package org.backpropstudio.app.present;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content magnified by {@link #scaleProperty()} (1 = 100 %, 3 = 300 %): the content is
 * laid out in the pane's size divided by the scale, then drawn scaled up, so that everything
 * (text, lines, controls) grows together and stays sharp. For presentation mode's zoom.
 */
public final class ScaledPane extends Region {
    /** The smallest and largest zoom. */
    public static final double MIN = 1.0;
    public static final double MAX = 3.0;

    private final Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "scale", 1.0) {
        @Override
        protected void invalidated() {
            double clamped = Math.max(MIN, Math.min(MAX, get()));
            if (clamped != get()) {
                set(clamped);
                return;
            }
            scale.setX(clamped);
            scale.setY(clamped);
            requestLayout();
        }
    };

    public ScaledPane(Parent content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("scaled-pane");
    }

    /** The zoom: 1.0 (100 %) to 3.0 (300 %). */
    public DoubleProperty scaleProperty() {
        return zoom;
    }

    @Override
    protected void layoutChildren() {
        double s = zoom.get();
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * zoom.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
