package org.backpropstudio.app.boundary;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The boundary plot laid out in a canvas of a given size: the plot rectangle, the data region it
 * shows, the mapping between the two, and the axes with their ticks and titles. Immutable; made
 * anew when the size, the data or the fonts change.
 *
 * <p>The region is the data's range with a margin on every side. On the input plane both axes have
 * the same scale, so a circle in the data looks round: the shorter side of the region is widened to
 * the plot's shape.
 */
final class Frame {
    /** The colours and fonts of the axes, from the plot's CSS. */
    record Style(Paint axis, Paint grid, Paint tick, Paint title, Font tickFont, Font titleFont) {
    }

    /** The margin around the data, as a fraction of its range on each side. */
    static final double MARGIN = 0.12;
    private static final double TICK_LENGTH = 5;
    private static final double GAP = 8;
    /** Pixels between x ticks and between y ticks, about. */
    private static final double X_TICK_SPACING = 90;
    private static final double Y_TICK_SPACING = 56;

    private final Style style;
    private final String xTitle;
    private final String yTitle;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final Ticks xTicks;
    private final Ticks yTicks;

    /**
     * Lays out a {@code width} × {@code height} canvas showing data over [xLo, xHi] × [yLo, yHi]
     * (plus margins), with equal scales when {@code equalScale}.
     */
    Frame(double width, double height, double xLo, double xHi, double yLo, double yHi, boolean equalScale,
          String xTitle, String yTitle, Style style) {
        this.style = style;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        double tickHeight = size("0", style.tickFont())[1];
        double titleWidth = size(yTitle, style.titleFont())[0];
        double titleHeight = size(xTitle, style.titleFont())[1];
        this.top = Math.ceil(tickHeight / 2 + 2);
        this.bottom = Math.floor(height - tickHeight - TICK_LENGTH - GAP / 2 - titleHeight - GAP / 2);
        double[] xr = widen(xLo, xHi);
        double[] yr = widen(yLo, yHi);

        // Two passes: the left margin depends on the y tick labels, which depend on the region.
        double labelWidth = size("−0.0", style.tickFont())[0];
        double[] region = null;
        Ticks ys = null;
        double l = 0;
        double r = 0;
        for (int pass = 0; pass < 2; pass++) {
            l = Math.ceil(titleWidth + GAP * 1.5 + labelWidth + GAP + TICK_LENGTH);
            r = Math.floor(width - Math.max(size("−0.0", style.tickFont())[0] / 2 + 4, 12));
            region = region(xr, yr, Math.max(1, r - l), Math.max(1, bottom - top), equalScale);
            ys = Ticks.of(region[2], region[3], (int) Math.max(2, (bottom - top) / Y_TICK_SPACING));
            labelWidth = 0;
            for (String label : ys.labels()) {
                labelWidth = Math.max(labelWidth, size(label, style.tickFont())[0]);
            }
        }
        this.left = l;
        this.right = r;
        this.x0 = region[0];
        this.x1 = region[1];
        this.y0 = region[2];
        this.y1 = region[3];
        this.yTicks = ys;
        this.xTicks = Ticks.of(x0, x1, (int) Math.max(2, (right - left) / X_TICK_SPACING));
    }

    /** [lo, hi] with the margin, or lo ± 1 around a single value. */
    private static double[] widen(double lo, double hi) {
        double span = hi - lo;
        if (!(span > 1e-12)) {
            return new double[] {lo - 1, hi + 1};
        }
        return new double[] {lo - MARGIN * span, hi + MARGIN * span};
    }

    /** The region {x0, x1, y0, y1} to show in a plot of {@code w} × {@code h} pixels. */
    private static double[] region(double[] xr, double[] yr, double w, double h, boolean equalScale) {
        if (!equalScale) {
            return new double[] {xr[0], xr[1], yr[0], yr[1]};
        }
        double perPixel = Math.max((xr[1] - xr[0]) / w, (yr[1] - yr[0]) / h);
        double cx = (xr[0] + xr[1]) / 2;
        double cy = (yr[0] + yr[1]) / 2;
        return new double[] {cx - perPixel * w / 2, cx + perPixel * w / 2, cy - perPixel * h / 2, cy + perPixel * h / 2};
    }

    /** The width and height of {@code text} in {@code font}. */
    static double[] size(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return new double[] {t.getLayoutBounds().getWidth(), t.getLayoutBounds().getHeight()};
    }

    // ----- Mapping

    double px(double x) {
        return left + (x - x0) / (x1 - x0) * (right - left);
    }

    double py(double y) {
        return bottom - (y - y0) / (y1 - y0) * (bottom - top);
    }

    /** The input x at pixel column {@code px}. */
    double xAt(double px) {
        return x0 + (px - left) / (right - left) * (x1 - x0);
    }

    /** The value y at pixel row {@code py}. */
    double yAt(double py) {
        return y0 + (bottom - py) / (bottom - top) * (y1 - y0);
    }

    double left() {
        return left;
    }

    double top() {
        return top;
    }

    double right() {
        return right;
    }

    double bottom() {
        return bottom;
    }

    double plotWidth() {
        return Math.max(0, right - left);
    }

    double plotHeight() {
        return Math.max(0, bottom - top);
    }

    double x0() {
        return x0;
    }

    double x1() {
        return x1;
    }

    double y0() {
        return y0;
    }

    double y1() {
        return y1;
    }

    /** Whether the plot has room to draw in. */
    boolean isDrawable() {
        return right - left >= 8 && bottom - top >= 8;
    }

    // ----- Drawing

    /** Light grid lines at the ticks, under the data. */
    void drawGrid(GraphicsContext g) {
        g.setStroke(style.grid());
        g.setLineWidth(1);
        for (double v : xTicks.values()) {
            double x = crisp(px(v));
            g.strokeLine(x, top, x, bottom);
        }
        for (double v : yTicks.values()) {
            double y = crisp(py(v));
            g.strokeLine(left, y, right, y);
        }
    }

    /** The frame around the plot, the ticks with their labels, and the axis titles. */
    void drawAxes(GraphicsContext g) {
        g.setStroke(style.axis());
        g.setLineWidth(1);
        g.strokeRect(crisp(left), crisp(top), Math.round(right - left), Math.round(bottom - top));
        g.setFill(style.tick());
        g.setFont(style.tickFont());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double[] xs = xTicks.values();
        for (int i = 0; i < xs.length; i++) {
            double x = crisp(px(xs[i]));
            g.strokeLine(x, bottom, x, bottom + TICK_LENGTH);
            g.fillText(xTicks.labels()[i], x, bottom + TICK_LENGTH + GAP / 2);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double[] ys = yTicks.values();
        for (int i = 0; i < ys.length; i++) {
            double y = crisp(py(ys[i]));
            g.strokeLine(left - TICK_LENGTH, y, left, y);
            g.fillText(yTicks.labels()[i], left - TICK_LENGTH - GAP / 2, y);
        }
        g.setFill(style.title());
        g.setFont(style.titleFont());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xTitle, (left + right) / 2, bottom + size("0", style.tickFont())[1] + TICK_LENGTH + GAP
                + size(xTitle, style.titleFont())[1]);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yTitle, 0, (top + bottom) / 2);
    }

    /** The pixel centre nearest {@code v}, so one-pixel lines are sharp. */
    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
