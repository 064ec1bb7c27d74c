package org.backpropstudio.app.boundary;

import static org.backpropstudio.app.plot.Canvases.crisp;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backpropstudio.app.plot.Canvases;
import org.backpropstudio.app.plot.PlotArea;
import org.backpropstudio.app.plot.TickLabel;
import org.backpropstudio.app.plot.Ticks;
import org.backpropstudio.core.Dataset;

/**
 * The boundary plot laid out in a canvas of a given size: the plot rectangle and the data region it
 * shows ({@link #area()}), and the axes with their ticks and titles. Immutable; made anew when the
 * size, the data or the fonts change.
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
    /** An axis shows at least this many ticks where a finer step allows. */
    private static final int LEAST_TICKS = 3;

    private final Style style;
    private final String xTitle;
    private final String yTitle;
    private final PlotArea area;
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
        double tickHeight = Canvases.height("0", style.tickFont());
        double titleWidth = Canvases.width(yTitle, style.titleFont());
        double titleHeight = Canvases.height(xTitle, style.titleFont());
        double top = Math.ceil(tickHeight / 2 + 2);
        double bottom = Math.floor(height - tickHeight - TICK_LENGTH - GAP / 2 - titleHeight - GAP / 2);
        double[] xr = widen(xLo, xHi);
        double[] yr = widen(yLo, yHi);

        // Two passes: the left margin depends on the y tick labels, which depend on the region.
        double labelWidth = Canvases.width("−0.0", style.tickFont());
        double[] region = null;
        Ticks ys = null;
        double l = 0;
        double r = 0;
        for (int pass = 0; pass < 2; pass++) {
            l = Math.ceil(titleWidth + GAP * 1.5 + labelWidth + GAP + TICK_LENGTH);
            r = Math.floor(width - Math.max(Canvases.width("−0.0", style.tickFont()) / 2 + 4, 12));
            region = region(xr, yr, Math.max(1, r - l), Math.max(1, bottom - top), equalScale);
            ys = Ticks.inside(region[2], region[3], (int) Math.max(2, (bottom - top) / Y_TICK_SPACING), LEAST_TICKS,
                    TickLabel.FIXED);
            labelWidth = 0;
            for (String label : ys.labels()) {
                labelWidth = Math.max(labelWidth, Canvases.width(label, style.tickFont()));
            }
        }
        this.area = new PlotArea(l, top, r, bottom, region[0], region[1], region[2], region[3]);
        this.yTicks = ys;
        this.xTicks = Ticks.inside(region[0], region[1], (int) Math.max(2, (r - l) / X_TICK_SPACING), LEAST_TICKS,
                TickLabel.FIXED);
    }

    /**
     * The frame for {@code data} in a {@code width} × {@code height} canvas: on the input plane
     * (two inputs) x₁ across and x₂ up at equal scales; for one input, x across and the targets up,
     * with [0, 1] in view for a sigmoid or softmax output.
     */
    static Frame of(double width, double height, Dataset data, Outputs outputs, boolean plane, Style style) {
        double[] xr = range(data, 0, true);
        double[] yr = plane ? range(data, 1, true) : range(data, 0, false);
        if (!plane && (outputs.sigmoid() || outputs.softmax())) {
            yr = new double[] {Math.min(0, yr[0]), Math.max(1, yr[1])};
        }
        return new Frame(width, height, xr[0], xr[1], yr[0], yr[1], plane,
                plane ? "x₁" : "x", plane ? "x₂" : "y", style);
    }

    /** The smallest and largest input {@code i} (or, not {@code input}, target of any output). */
    private static double[] range(Dataset data, int i, boolean input) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            if (input) {
                lo = Math.min(lo, data.input(s, i));
                hi = Math.max(hi, data.input(s, i));
            } else {
                for (int k = 0; k < data.targetWidth(); k++) {
                    lo = Math.min(lo, data.target(s, k));
                    hi = Math.max(hi, data.target(s, k));
                }
            }
        }
        return new double[] {lo, hi};
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
        return new double[] {
            cx - perPixel * w / 2, cx + perPixel * w / 2, cy - perPixel * h / 2, cy + perPixel * h / 2,
        };
    }

    /** The plot rectangle and the data region it shows. */
    PlotArea area() {
        return area;
    }

    /** Whether the plot has room to draw in. */
    boolean isDrawable() {
        return area.right() - area.left() >= 8 && area.bottom() - area.top() >= 8;
    }

    /** Light grid lines at the ticks, under the data. */
    void drawGrid(GraphicsContext g) {
        g.setStroke(style.grid());
        g.setLineWidth(1);
        for (double v : xTicks.values()) {
            double x = crisp(area.px(v));
            g.strokeLine(x, area.top(), x, area.bottom());
        }
        for (double v : yTicks.values()) {
            double y = crisp(area.py(v));
            g.strokeLine(area.left(), y, area.right(), y);
        }
    }

    /** The frame around the plot, the ticks with their labels, and the axis titles. */
    void drawAxes(GraphicsContext g) {
        double left = area.left();
        double top = area.top();
        double right = area.right();
        double bottom = area.bottom();
        g.setStroke(style.axis());
        g.setLineWidth(1);
        g.strokeRect(crisp(left), crisp(top), Math.round(right - left), Math.round(bottom - top));
        g.setFill(style.tick());
        g.setFont(style.tickFont());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double[] xs = xTicks.values();
        for (int i = 0; i < xs.length; i++) {
            double x = crisp(area.px(xs[i]));
            g.strokeLine(x, bottom, x, bottom + TICK_LENGTH);
            g.fillText(xTicks.labels()[i], x, bottom + TICK_LENGTH + GAP / 2);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double[] ys = yTicks.values();
        for (int i = 0; i < ys.length; i++) {
            double y = crisp(area.py(ys[i]));
            g.strokeLine(left - TICK_LENGTH, y, left, y);
            g.fillText(yTicks.labels()[i], left - TICK_LENGTH - GAP / 2, y);
        }
        g.setFill(style.title());
        g.setFont(style.titleFont());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xTitle, (left + right) / 2, bottom + Canvases.height("0", style.tickFont()) + TICK_LENGTH + GAP
                + Canvases.height(xTitle, style.titleFont()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yTitle, 0, (top + bottom) / 2);
    }
}
