package org.backpropstudio.app.whatif;

import static org.backpropstudio.app.plot.Canvases.crisp;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.plot.Canvases;
import org.backpropstudio.app.plot.PlotArea;
import org.backpropstudio.app.plot.TickLabel;
import org.backpropstudio.app.plot.Ticks;

/**
 * Draws one frame of the what-if plot on a canvas: grid, axes and their names, the curve J(θₚ),
 * the tangent through the current point (dashed), the value tried with the prediction, and the
 * current point. Made per frame from what to draw and the plot's looks.
 */
final class SliceRenderer {
    /** The colours, fonts and widths of the plot, from its CSS. */
    record Style(Paint curve, Paint tangent, Paint point, Paint marker, Paint prediction, Paint axis, Paint grid,
                 Paint tick, Paint label, Paint halo, Font tickFont, Font labelFont, double curveWidth) {
    }

    /** What a frame drew: the tangent's ends in data units (x0, J0, x1, J1; NaN when none) and whether the marker. */
    record Drawn(double[] tangent, boolean marker) {
        static final Drawn NOTHING = new Drawn(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, false);
    }

    /** The radius of the current point and of the marker, px. */
    private static final double DOT = 5;
    /** Space between tick labels and the plot area, px. */
    private static final double GAP = 6;

    private final WhatIf.Curve curve;
    private final WhatIf.Point point;
    private final String xLabel;
    private final String yLabel;
    private final Style style;
    private double[] tangent = Drawn.NOTHING.tangent().clone();
    private boolean marker;

    SliceRenderer(WhatIf.Curve curve, WhatIf.Point point, String xLabel, String yLabel, Style style) {
        this.curve = curve;
        this.point = point;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.style = style;
    }

    /** Clears {@code g}'s {@code w} × {@code h} canvas and draws the frame on it. */
    Drawn draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return Drawn.NOTHING;
        }
        Font ticks = style.tickFont();
        Font labels = style.labelFont();
        double tickHeight = Canvases.height("0", ticks);
        double labelHeight = Canvases.height(yLabel, labels);

        double[] xs = SliceRanges.x(curve);
        double[] js = SliceRanges.j(curve, point);
        xs = Ticks.widened(xs[0], xs[1]);
        js = Ticks.widened(js[0], js[1]);
        Ticks xTicks = Ticks.inside(xs[0], xs[1], Math.max(2, (int) (w / 90)), 2, TickLabel.SHORT);
        Ticks jTicks = Ticks.inside(js[0], js[1], Math.max(3, (int) (h / 45)), 2, TickLabel.SHORT);
        double left = GAP;
        for (String s : jTicks.labels()) {
            left = Math.max(left, Canvases.width(s, ticks) + 2 * GAP);
        }
        left = Math.max(left, Canvases.width(yLabel, labels) + GAP);
        double top = labelHeight + GAP;
        double right = w - 10;
        double bottom = h - tickHeight - GAP - labelHeight - 2;
        PlotArea f = new PlotArea(left, top, right, bottom, xTicks.lo(), xTicks.hi(), jTicks.lo(), jTicks.hi());
        if (f.width() < 20 || f.height() < 20) {
            return Drawn.NOTHING;
        }

        drawGridAndAxes(g, f, xTicks, jTicks);
        g.setFont(labels);
        g.setFill(style.label());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(yLabel, 0, 0);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, right, h);

        if (curve == null) {
            return Drawn.NOTHING;
        }
        if (Arrays.stream(curve.js()).noneMatch(Double::isFinite)) {
            g.setFont(labels);
            g.setFill(style.label());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Messages.get("whatif.plot.nonFinite"), (f.left() + f.right()) / 2, (f.top() + f.bottom()) / 2);
            return Drawn.NOTHING;
        }
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top() - DOT - 2, f.width(), f.height() + 2 * DOT + 4);
        g.clip();
        drawCurve(g, f);
        drawTangent(g, f);
        if (point != null && point.parameter().equals(curve.parameter())) {
            drawMarker(g, f);
        }
        drawDot(g, f.px(curve.value()), f.py(curve.loss()), style.point(), true);
        g.restore();
        return new Drawn(tangent, marker);
    }

    private void drawGridAndAxes(GraphicsContext g, PlotArea f, Ticks xTicks, Ticks jTicks) {
        g.setLineWidth(1);
        g.setStroke(style.grid());
        g.setLineDashes();
        for (double t : xTicks.values()) {
            double x = crisp(f.px(t));
            g.strokeLine(x, f.top(), x, f.bottom());
        }
        for (double t : jTicks.values()) {
            double y = crisp(f.py(t));
            g.strokeLine(f.left(), y, f.right(), y);
        }
        g.setStroke(style.axis());
        g.strokeLine(crisp(f.left()), f.top(), crisp(f.left()), f.bottom());
        g.strokeLine(f.left(), crisp(f.bottom()), f.right(), crisp(f.bottom()));
        g.setFont(style.tickFont());
        g.setFill(style.tick());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < xTicks.values().length; i++) {
            g.fillText(xTicks.labels()[i], f.px(xTicks.values()[i]), f.bottom() + GAP / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < jTicks.values().length; i++) {
            g.fillText(jTicks.labels()[i], f.left() - GAP, f.py(jTicks.values()[i]));
        }
    }

    /** J(θₚ) as a polyline, broken where it is not a finite number. */
    private void drawCurve(GraphicsContext g, PlotArea f) {
        g.setStroke(style.curve());
        g.setLineWidth(style.curveWidth());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineDashes();
        double[] x = curve.xs();
        double[] j = curve.js();
        boolean open = false;
        g.beginPath();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(j[i]) || !Double.isFinite(x[i])) {
                open = false;
                continue;
            }
            if (open) {
                g.lineTo(f.px(x[i]), f.py(j[i]));
            } else {
                g.moveTo(f.px(x[i]), f.py(j[i]));
                open = true;
            }
        }
        g.stroke();
    }

    /** The tangent through the current point across the whole plot, dashed. */
    private void drawTangent(GraphicsContext g, PlotArea f) {
        double x0 = f.x0();
        double x1 = f.x1();
        double j0 = curve.loss() + curve.slope() * (x0 - curve.value());
        double j1 = curve.loss() + curve.slope() * (x1 - curve.value());
        if (!Double.isFinite(j0) || !Double.isFinite(j1)) {
            return;
        }
        g.setStroke(style.tangent());
        g.setLineWidth(2);
        g.setLineDashes(8, 6);
        g.strokeLine(f.px(x0), f.py(j0), f.px(x1), f.py(j1));
        g.setLineDashes();
        tangent = new double[] {x0, j0, x1, j1};
    }

    /**
     * The value tried: a thin line up from the axis to the curve, the curve's J there (a ring), and
     * the tangent's prediction (a diamond), joined so that the gap between the two shows how far
     * the first-order prediction is off.
     */
    private void drawMarker(GraphicsContext g, PlotArea f) {
        double x = f.px(point.value());
        double actual = f.py(point.loss());
        double predicted = f.py(curve.loss() + point.predicted());
        if (!Double.isFinite(x) || !Double.isFinite(actual)) {
            return;
        }
        g.setStroke(style.marker());
        g.setLineWidth(1.5);
        g.setLineDashes(3, 4);
        g.strokeLine(x, f.bottom(), x, actual);
        g.setLineDashes();
        if (Double.isFinite(predicted)) {
            g.setStroke(style.prediction());
            g.setLineWidth(2);
            g.strokeLine(x, predicted, x, actual);
            diamond(g, x, predicted);
        }
        drawDot(g, x, actual, style.marker(), false);
        marker = true;
    }

    private void diamond(GraphicsContext g, double x, double y) {
        double r = DOT + 1;
        double[] px = {x, x + r, x, x - r};
        double[] py = {y - r, y, y + r, y};
        g.setFill(style.halo());
        g.fillPolygon(px, py, 4);
        g.setStroke(style.prediction());
        g.setLineWidth(2);
        g.strokePolygon(px, py, 4);
    }

    private void drawDot(GraphicsContext g, double x, double y, Paint paint, boolean filled) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        g.setFill(style.halo());
        g.fillOval(x - DOT - 2, y - DOT - 2, 2 * DOT + 4, 2 * DOT + 4);
        if (filled) {
            g.setFill(paint);
            g.fillOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
        } else {
            g.setStroke(paint);
            g.setLineWidth(2.5);
            g.strokeOval(x - DOT + 1, y - DOT + 1, 2 * DOT - 2, 2 * DOT - 2);
        }
    }
}
