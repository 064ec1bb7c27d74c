package org.backpropstudio.app.whatif;

import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.backpropstudio.app.plot.Looks;

/**
 * The loss along one parameter, drawn on a canvas: the curve J(θₚ) of a {@link WhatIf.Curve}, the
 * current point on it, the tangent there (dashed) whose slope is backprop's ∂J/∂θₚ, and for a
 * {@link WhatIf.Point} being tried a marker on the curve with, on the tangent above or below it,
 * what the first-order prediction expected. Axes are labelled with the parameter's name and "J".
 * The drawing is {@link SliceRenderer}'s; the data ranges shown, {@link SliceRanges}'.
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

    private final Looks<WhatIfPlot> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> curveColor = looks.paint("-bp-curve-color", c -> c.curveColor, Color.BLACK);
    private final StyleableProperty<Paint> tangentColor =
            looks.paint("-bp-tangent-color", c -> c.tangentColor, Color.GRAY);
    private final StyleableProperty<Paint> pointColor = looks.paint("-bp-point-color", c -> c.pointColor, Color.BLACK);
    private final StyleableProperty<Paint> markerColor =
            looks.paint("-bp-marker-color", c -> c.markerColor, Color.GRAY);
    private final StyleableProperty<Paint> predictionColor =
            looks.paint("-bp-prediction-color", c -> c.predictionColor, Color.GRAY);
    private final StyleableProperty<Paint> axisColor = looks.paint("-bp-axis-color", c -> c.axisColor, Color.GRAY);
    private final StyleableProperty<Paint> gridColor = looks.paint("-bp-grid-color", c -> c.gridColor, Color.LIGHTGRAY);
    private final StyleableProperty<Paint> tickColor = looks.paint("-bp-tick-color", c -> c.tickColor, Color.GRAY);
    private final StyleableProperty<Paint> labelColor = looks.paint("-bp-label-color", c -> c.labelColor, Color.BLACK);
    private final StyleableProperty<Paint> haloColor = looks.paint("-bp-halo-color", c -> c.haloColor, Color.WHITE);
    private final StyleableProperty<Font> tickFont = looks.font("-bp-tick-font", c -> c.tickFont);
    private final StyleableProperty<Font> labelFont = looks.font("-bp-label-font", c -> c.labelFont);
    private final StyleableProperty<Number> curveWidth = looks.number("-bp-curve-width", c -> c.curveWidth, 2);

    private final Canvas canvas = new Canvas();
    private WhatIf.Curve curve;
    private WhatIf.Point point;
    private String xLabel = "θ";
    private String yLabel = "J";
    private SliceRenderer.Drawn drawn = SliceRenderer.Drawn.NOTHING;

    public WhatIfPlot() {
        getStyleClass().add("what-if-plot");
        getStylesheets().add(STYLESHEET);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        looks.onChange(o -> draw());
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
        double[] t = drawn.tangent();
        return (t[3] - t[1]) / (t[2] - t[0]);
    }

    /** Whether the marker of a value tried is drawn. */
    public boolean isMarkerDrawn() {
        return drawn.marker();
    }

    // ----------------------------------------------------------------------------------------
    // Drawing and layout
    // ----------------------------------------------------------------------------------------

    private void draw() {
        SliceRenderer.Style style = new SliceRenderer.Style(curveColor.getValue(), tangentColor.getValue(),
                pointColor.getValue(), markerColor.getValue(), predictionColor.getValue(), axisColor.getValue(),
                gridColor.getValue(), tickColor.getValue(), labelColor.getValue(), haloColor.getValue(),
                tickFont.getValue(), labelFont.getValue(), curveWidth.getValue().doubleValue());
        drawn = new SliceRenderer(curve, point, xLabel, yLabel, style)
                .draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

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
