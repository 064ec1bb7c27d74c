package org.backpropstudio.app.whatif;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.backpropstudio.app.Messages;

/**
 * The loss along one parameter, drawn on a canvas: the curve J(θₚ) of a {@link WhatIf.Curve}, the
 * current point on it, the tangent there (dashed) whose slope is backprop's ∂J/∂θₚ, and for a
 * {@link WhatIf.Point} being tried a marker on the curve with, on the tangent above or below it,
 * what the first-order prediction expected. Axes are labelled with the parameter's name and "J".
 *
 * <p>Colours, fonts and widths come from CSS ({@code what-if.css}): {@code -bp-curve-color},
 * {@code -bp-tangent-color}, {@code -bp-point-color}, {@code -bp-marker-color},
 * {@code -bp-prediction-color}, {@code -bp-axis-color}, {@code -bp-grid-color},
 * {@code -bp-tick-color}, {@code -bp-label-color}, {@code -bp-halo-color}, {@code -bp-tick-font},
 * {@code -bp-label-font} and {@code -bp-curve-width}.
 */
public final class WhatIfPlot extends Region {
    private static final StyleablePropertyFactory<WhatIfPlot> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String STYLESHEET =
            Objects.requireNonNull(WhatIfPlot.class.getResource("what-if.css")).toExternalForm();
    /** The radius of the current point and of the marker, px. */
    private static final double DOT = 5;
    /** Space between tick labels and the plot area, px. */
    private static final double GAP = 6;

    private final StyleableProperty<Paint> curveColor =
            CSS.createStyleablePaintProperty(this, "curveColor", "-bp-curve-color", c -> c.curveColor, Color.BLACK);
    private final StyleableProperty<Paint> tangentColor =
            CSS.createStyleablePaintProperty(this, "tangentColor", "-bp-tangent-color", c -> c.tangentColor, Color.GRAY);
    private final StyleableProperty<Paint> pointColor =
            CSS.createStyleablePaintProperty(this, "pointColor", "-bp-point-color", c -> c.pointColor, Color.BLACK);
    private final StyleableProperty<Paint> markerColor =
            CSS.createStyleablePaintProperty(this, "markerColor", "-bp-marker-color", c -> c.markerColor, Color.GRAY);
    private final StyleableProperty<Paint> predictionColor =
            CSS.createStyleablePaintProperty(this, "predictionColor", "-bp-prediction-color", c -> c.predictionColor, Color.GRAY);
    private final StyleableProperty<Paint> axisColor =
            CSS.createStyleablePaintProperty(this, "axisColor", "-bp-axis-color", c -> c.axisColor, Color.GRAY);
    private final StyleableProperty<Paint> gridColor =
            CSS.createStyleablePaintProperty(this, "gridColor", "-bp-grid-color", c -> c.gridColor, Color.LIGHTGRAY);
    private final StyleableProperty<Paint> tickColor =
            CSS.createStyleablePaintProperty(this, "tickColor", "-bp-tick-color", c -> c.tickColor, Color.GRAY);
    private final StyleableProperty<Paint> labelColor =
            CSS.createStyleablePaintProperty(this, "labelColor", "-bp-label-color", c -> c.labelColor, Color.BLACK);
    private final StyleableProperty<Paint> haloColor =
            CSS.createStyleablePaintProperty(this, "haloColor", "-bp-halo-color", c -> c.haloColor, Color.WHITE);
    private final StyleableProperty<Font> tickFont =
            CSS.createStyleableFontProperty(this, "tickFont", "-bp-tick-font", c -> c.tickFont, Font.getDefault());
    private final StyleableProperty<Font> labelFont =
            CSS.createStyleableFontProperty(this, "labelFont", "-bp-label-font", c -> c.labelFont, Font.getDefault());
    private final StyleableProperty<Number> curveWidth =
            CSS.createStyleableNumberProperty(this, "curveWidth", "-bp-curve-width", c -> c.curveWidth, 2);

    private final Canvas canvas = new Canvas();
    private WhatIf.Curve curve;
    private WhatIf.Point point;
    private String xLabel = "θ";
    private String yLabel = "J";
    /** The tangent as last drawn, in data units (x0, J0, x1, J1); NaN when none. */
    private final double[] drawnTangent = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private boolean markerDrawn;

    public WhatIfPlot() {
        getStyleClass().add("what-if-plot");
        getStylesheets().add(STYLESHEET);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        for (StyleableProperty<?> p : List.of(curveColor, tangentColor, pointColor, markerColor, predictionColor,
                axisColor, gridColor, tickColor, labelColor, haloColor, tickFont, labelFont, curveWidth)) {
            ((javafx.beans.Observable) p).addListener(o -> draw());
        }
    }

    // ----------------------------------------------------------------------------------------
    // What is drawn
    // ----------------------------------------------------------------------------------------

    /** The slice to draw, with its current point and tangent; null draws an empty frame. */
    public void setCurve(WhatIf.Curve value) {
        curve = value;
        draw();
    }

    public WhatIf.Curve getCurve() {
        return curve;
    }

    /** The value being tried, marked on the curve and on the tangent; null for none. */
    public void setPoint(WhatIf.Point value) {
        point = value;
        draw();
    }

    public WhatIf.Point getPoint() {
        return point;
    }

    /** The axes' names, e.g. {@code w₁₁⁽²⁾} and {@code J}. */
    public void setAxisLabels(String x, String y) {
        xLabel = x;
        yLabel = y;
        draw();
    }

    /**
     * The slope ΔJ/Δθ of the tangent as drawn (from its two ends in data units), NaN when none is
     * drawn: equals backprop's ∂J/∂θₚ of the curve.
     */
    public double drawnTangentSlope() {
        return (drawnTangent[3] - drawnTangent[1]) / (drawnTangent[2] - drawnTangent[0]);
    }

    /** Whether the marker of a value tried is drawn. */
    public boolean isMarkerDrawn() {
        return markerDrawn;
    }

    // ----------------------------------------------------------------------------------------
    // Drawing
    // ----------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, snapSizeX(getWidth() - in.getLeft() - in.getRight()));
        double h = Math.max(0, snapSizeY(getHeight() - in.getTop() - in.getBottom()));
        canvas.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        Arrays.fill(drawnTangent, Double.NaN);
        markerDrawn = false;
        if (w < 40 || h < 40) {
            return;
        }
        Font ticks = tickFont.getValue();
        Font labels = labelFont.getValue();
        double tickHeight = textHeight("0", ticks);
        double labelHeight = textHeight(yLabel, labels);

        Range xs = xRange();
        Range js = jRange();
        Ticks xTicks = Ticks.of(xs.lo, xs.hi, Math.max(2, (int) (w / 90)));
        Ticks jTicks = Ticks.of(js.lo, js.hi, Math.max(3, (int) (h / 45)));
        double left = GAP;
        for (String s : jTicks.labels()) {
            left = Math.max(left, textWidth(s, ticks) + 2 * GAP);
        }
        left = Math.max(left, textWidth(yLabel, labels) + GAP);
        double top = labelHeight + GAP;
        double right = w - 10;
        double bottom = h - tickHeight - GAP - labelHeight - 2;
        Frame f = new Frame(left, top, right, bottom, xTicks.lo(), xTicks.hi(), jTicks.lo(), jTicks.hi());
        if (f.width() < 20 || f.height() < 20) {
            return;
        }

        drawGridAndAxes(g, f, xTicks, jTicks, ticks, tickHeight);
        g.setFont(labels);
        g.setFill(labelColor.getValue());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(yLabel, 0, 0);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, right, h);

        if (curve == null) {
            return;
        }
        if (Arrays.stream(curve.js()).noneMatch(Double::isFinite)) {
            g.setFont(labels);
            g.setFill(labelColor.getValue());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(Messages.get("whatif.plot.nonFinite"), (f.left() + f.right()) / 2, (f.top() + f.bottom()) / 2);
            return;
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
        drawDot(g, f.x(curve.value()), f.y(curve.loss()), pointColor.getValue(), true);
        g.restore();
    }

    private void drawGridAndAxes(GraphicsContext g, Frame f, Ticks xTicks, Ticks jTicks, Font font, double tickHeight) {
        g.setLineWidth(1);
        g.setStroke(gridColor.getValue());
        g.setLineDashes();
        for (double t : xTicks.values()) {
            double x = crisp(f.x(t));
            g.strokeLine(x, f.top(), x, f.bottom());
        }
        for (double t : jTicks.values()) {
            double y = crisp(f.y(t));
            g.strokeLine(f.left(), y, f.right(), y);
        }
        g.setStroke(axisColor.getValue());
        g.strokeLine(crisp(f.left()), f.top(), crisp(f.left()), f.bottom());
        g.strokeLine(f.left(), crisp(f.bottom()), f.right(), crisp(f.bottom()));
        g.setFont(font);
        g.setFill(tickColor.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < xTicks.values().length; i++) {
            g.fillText(xTicks.labels()[i], f.x(xTicks.values()[i]), f.bottom() + GAP / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < jTicks.values().length; i++) {
            g.fillText(jTicks.labels()[i], f.left() - GAP, f.y(jTicks.values()[i]));
        }
    }

    /** J(θₚ) as a polyline, broken where it is not a finite number. */
    private void drawCurve(GraphicsContext g, Frame f) {
        g.setStroke(curveColor.getValue());
        g.setLineWidth(curveWidth.getValue().doubleValue());
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
                g.lineTo(f.x(x[i]), f.y(j[i]));
            } else {
                g.moveTo(f.x(x[i]), f.y(j[i]));
                open = true;
            }
        }
        g.stroke();
    }

    /** The tangent through the current point across the whole plot, dashed. */
    private void drawTangent(GraphicsContext g, Frame f) {
        double x0 = f.xLo();
        double x1 = f.xHi();
        double j0 = curve.loss() + curve.slope() * (x0 - curve.value());
        double j1 = curve.loss() + curve.slope() * (x1 - curve.value());
        if (!Double.isFinite(j0) || !Double.isFinite(j1)) {
            return;
        }
        g.setStroke(tangentColor.getValue());
        g.setLineWidth(2);
        g.setLineDashes(8, 6);
        g.strokeLine(f.x(x0), f.y(j0), f.x(x1), f.y(j1));
        g.setLineDashes();
        drawnTangent[0] = x0;
        drawnTangent[1] = j0;
        drawnTangent[2] = x1;
        drawnTangent[3] = j1;
    }

    /**
     * The value tried: a thin line up from the axis to the curve, the curve's J there (a ring), and
     * the tangent's prediction (a diamond), joined so that the gap between the two shows how far
     * the first-order prediction is off.
     */
    private void drawMarker(GraphicsContext g, Frame f) {
        double x = f.x(point.value());
        double actual = f.y(point.loss());
        double predicted = f.y(curve.loss() + point.predicted());
        if (!Double.isFinite(x) || !Double.isFinite(actual)) {
            return;
        }
        g.setStroke(markerColor.getValue());
        g.setLineWidth(1.5);
        g.setLineDashes(3, 4);
        g.strokeLine(x, f.bottom(), x, actual);
        g.setLineDashes();
        if (Double.isFinite(predicted)) {
            g.setStroke(predictionColor.getValue());
            g.setLineWidth(2);
            g.strokeLine(x, predicted, x, actual);
            diamond(g, x, predicted);
        }
        drawDot(g, x, actual, markerColor.getValue(), false);
        markerDrawn = true;
    }

    private void diamond(GraphicsContext g, double x, double y) {
        double r = DOT + 1;
        double[] px = {x, x + r, x, x - r};
        double[] py = {y - r, y, y + r, y};
        g.setFill(haloColor.getValue());
        g.fillPolygon(px, py, 4);
        g.setStroke(predictionColor.getValue());
        g.setLineWidth(2);
        g.strokePolygon(px, py, 4);
    }

    private void drawDot(GraphicsContext g, double x, double y, Paint paint, boolean filled) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        g.setFill(haloColor.getValue());
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

    // ----------------------------------------------------------------------------------------
    // Ranges
    // ----------------------------------------------------------------------------------------

    private record Range(double lo, double hi) {
    }

    /** Where data map to pixels: [xLo, xHi] × [jLo, jHi] onto the rectangle left..right × top..bottom. */
    private record Frame(double left, double top, double right, double bottom,
                         double xLo, double xHi, double jLo, double jHi) {
        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        double x(double v) {
            return left + (v - xLo) / (xHi - xLo) * width();
        }

        double y(double j) {
            return bottom - (j - jLo) / (jHi - jLo) * height();
        }
    }

    private Range xRange() {
        if (curve == null || !(curve.halfWidth() > 0) || !Double.isFinite(curve.value())) {
            return new Range(-1, 1);
        }
        double[] x = curve.xs();
        return new Range(x[0], x[x.length - 1]);
    }

    /**
     * The finite J of the curve with a margin, and the tangent's prediction for the value tried if
     * it is not far out (a far one is clipped: its line runs off the plot).
     */
    private Range jRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (curve != null) {
            for (double j : curve.js()) {
                if (Double.isFinite(j)) {
                    lo = Math.min(lo, j);
                    hi = Math.max(hi, j);
                }
            }
        }
        if (!(lo <= hi)) {
            return new Range(0, 1);
        }
        if (point != null && curve != null) {
            double predicted = curve.loss() + point.predicted();
            double reach = Math.max(hi - lo, Math.abs(hi) * 1e-3);
            if (Double.isFinite(predicted) && predicted >= lo - reach && predicted <= hi + reach) {
                lo = Math.min(lo, predicted);
                hi = Math.max(hi, predicted);
            }
        }
        double span = hi - lo;
        if (span <= Math.abs(hi) * 1e-9 || span == 0) {
            span = Math.max(Math.abs(hi) * 0.1, 1e-3);
            lo -= span / 2;
            hi += span / 2;
        }
        return new Range(lo - 0.08 * span, hi + 0.08 * span);
    }

    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static double textHeight(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 190;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
