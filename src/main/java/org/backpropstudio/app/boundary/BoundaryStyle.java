package org.backpropstudio.app.boundary;

import java.util.List;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.backpropstudio.app.plot.Looks;

/**
 * The decision boundary's looks, set by {@code decision-boundary.css} through styleable properties
 * of the plot: {@code -bp-negative-color} (class 0), {@code -bp-positive-color} (class 1),
 * {@code -bp-class-1-color} … {@code -bp-class-8-color} (several classes),
 * {@code -bp-neutral-color}, {@code -bp-heatmap-strength}, {@code -bp-boundary-color},
 * {@code -bp-boundary-width}, {@code -bp-point-radius}, {@code -bp-point-outline-color},
 * {@code -bp-point-color}, {@code -bp-current-color}, {@code -bp-curve-color},
 * {@code -bp-curve-width}, {@code -bp-axis-color}, {@code -bp-grid-color}, {@code -bp-tick-color},
 * {@code -bp-tick-font} and {@code -bp-title-font}; and what the drawing makes of them (the
 * heatmap's {@link Palette}, a class's colour, the size of a data point).
 */
final class BoundaryStyle {
    final StyleableProperty<Paint> negative;
    final StyleableProperty<Paint> positive;
    /** The colours of classes 1..8 of several; the ninth class takes the first colour again. */
    final List<StyleableProperty<Paint>> classes;
    final StyleableProperty<Paint> neutral;
    final StyleableProperty<Number> heatmapStrength;
    final StyleableProperty<Paint> boundary;
    final StyleableProperty<Number> boundaryWidth;
    final StyleableProperty<Number> pointRadius;
    final StyleableProperty<Paint> pointOutline;
    final StyleableProperty<Paint> point;
    final StyleableProperty<Paint> current;
    final StyleableProperty<Paint> curve;
    final StyleableProperty<Number> curveWidth;
    final StyleableProperty<Paint> axis;
    final StyleableProperty<Paint> grid;
    final StyleableProperty<Paint> tick;
    final StyleableProperty<Font> tickFont;
    final StyleableProperty<Font> titleFont;

    /** The properties, declared on the plot through {@code looks}. */
    BoundaryStyle(Looks<DecisionBoundary> looks) {
        negative = looks.paint("-bp-negative-color", b -> b.style().negative, Color.GRAY);
        positive = looks.paint("-bp-positive-color", b -> b.style().positive, Color.GRAY);
        classes = List.of(
                looks.paint("-bp-class-1-color", b -> b.style().classes.get(0), Color.GRAY),
                looks.paint("-bp-class-2-color", b -> b.style().classes.get(1), Color.GRAY),
                looks.paint("-bp-class-3-color", b -> b.style().classes.get(2), Color.GRAY),
                looks.paint("-bp-class-4-color", b -> b.style().classes.get(3), Color.GRAY),
                looks.paint("-bp-class-5-color", b -> b.style().classes.get(4), Color.GRAY),
                looks.paint("-bp-class-6-color", b -> b.style().classes.get(5), Color.GRAY),
                looks.paint("-bp-class-7-color", b -> b.style().classes.get(6), Color.GRAY),
                looks.paint("-bp-class-8-color", b -> b.style().classes.get(7), Color.GRAY));
        neutral = looks.paint("-bp-neutral-color", b -> b.style().neutral, Color.GRAY);
        heatmapStrength = looks.number("-bp-heatmap-strength", b -> b.style().heatmapStrength, 0.7);
        boundary = looks.paint("-bp-boundary-color", b -> b.style().boundary, Color.GRAY);
        boundaryWidth = looks.number("-bp-boundary-width", b -> b.style().boundaryWidth, 2);
        pointRadius = looks.number("-bp-point-radius", b -> b.style().pointRadius, 5);
        pointOutline = looks.paint("-bp-point-outline-color", b -> b.style().pointOutline, Color.GRAY);
        point = looks.paint("-bp-point-color", b -> b.style().point, Color.GRAY);
        current = looks.paint("-bp-current-color", b -> b.style().current, Color.GRAY);
        curve = looks.paint("-bp-curve-color", b -> b.style().curve, Color.GRAY);
        curveWidth = looks.number("-bp-curve-width", b -> b.style().curveWidth, 3);
        axis = looks.paint("-bp-axis-color", b -> b.style().axis, Color.GRAY);
        grid = looks.paint("-bp-grid-color", b -> b.style().grid, Color.GRAY);
        tick = looks.paint("-bp-tick-color", b -> b.style().tick, Color.GRAY);
        tickFont = looks.font("-bp-tick-font", b -> b.style().tickFont);
        titleFont = looks.font("-bp-title-font", b -> b.style().titleFont);
    }

    /** The axes' colours and fonts. */
    Frame.Style axes() {
        return new Frame.Style(axis.getValue(), grid.getValue(), tick.getValue(), tick.getValue(), tickFont.getValue(),
                titleFont.getValue());
    }

    /** The heatmap's colours, for the evaluation thread. */
    Palette palette() {
        int[] colours = new int[classes.size()];
        for (int k = 0; k < colours.length; k++) {
            colours[k] = argb(classes.get(k).getValue());
        }
        return new Palette(argb(neutral.getValue()), argb(negative.getValue()), argb(positive.getValue()), colours,
                heatmapStrength.getValue().doubleValue());
    }

    /** Class 0 or 1 of one output, or class k of several. */
    Paint classPaint(Outputs outputs, int k) {
        if (!outputs.isMultiClass()) {
            return k == 1 ? positive.getValue() : negative.getValue();
        }
        return categoryPaint(k);
    }

    /** The colour of class (or output) {@code k} of several. */
    Paint categoryPaint(int k) {
        return classes.get(k % classes.size()).getValue();
    }

    /** The colour of output {@code k}'s curve: the curve colour for one output, the class colours for several. */
    Paint curvePaint(Outputs outputs, int k) {
        return outputs.isMultiClass() ? categoryPaint(k) : curve.getValue();
    }

    /**
     * The radius of a data point among {@code samples}: the stylesheet's, larger for a handful of
     * points (XOR's four should be seen from the back of the room) and smaller for thousands.
     */
    double pointRadius(int samples) {
        double r = pointRadius.getValue().doubleValue();
        return samples <= 16 ? r * 1.6 : samples > 2000 ? r * 0.6 : samples > 500 ? r * 0.8 : r;
    }

    private static int argb(Paint paint) {
        Color c = paint instanceof Color ? (Color) paint : Color.GRAY;
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
