package org.backpropstudio.app.chart;

import static org.backpropstudio.app.plot.Canvases.crisp;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backpropstudio.app.plot.Canvases;
import org.backpropstudio.core.LossSeries;

/**
 * One frame of the loss chart laid out in a canvas of a given size: the axes chosen for the data,
 * the plot rectangle, and the curve cut down to at most one point per pixel column. Each column
 * keeps the smallest and largest J of the iterations it covers, so the band between them shows
 * every spike while the line through its middle shows the trend; where a column covers one
 * iteration the two coincide and the line is exact.
 *
 * <p>Non-finite losses (a diverged run) leave a gap. On a log axis a column whose largest J is not
 * positive leaves a gap and a non-positive smallest J is drawn at the bottom of the axis.
 */
final class LossPlot {
    /** The colours, font and line width, all from the chart's CSS. */
    record Style(Paint line, Paint band, Paint grid, Paint axis, Paint tick, Paint crosshair, Paint halo,
                 Font font, double lineWidth) {
    }

    private static final double TICK_LENGTH = 5;
    private static final double LABEL_GAP = 8;
    /** Draw a dot on every point when points are at least this far apart. */
    private static final double DOT_SPACING = 14;

    private final LossSeries series;
    private final Style style;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private final Axis x;
    private final Axis y;
    /** Per drawn point: its x in pixels, and the y of its largest and smallest J (NaN: a gap). */
    private final double[] px;
    private final double[] pyHi;
    private final double[] pyLo;

    private LossPlot(LossSeries series, boolean log, double width, double height, Style style) {
        this.series = series;
        this.style = style;
        double lineHeight = Canvases.height("0", style.font());
        double[] range = dataRange(series, log);
        boolean logAxis = log && range[0] > 0;
        double plotHeight = Math.max(1, height - lineHeight - TICK_LENGTH - LABEL_GAP - lineHeight / 2);
        int yTicks = Math.max(2, (int) (plotHeight / (lineHeight * 3.2)));
        this.y = !(range[1] >= range[0]) ? Axis.linear(0, 1, yTicks)
                : logAxis ? Axis.logarithmic(range[0], range[1], yTicks)
                : Axis.linear(range[0], range[1], yTicks);
        double labelWidth = 0;
        for (String label : y.labels()) {
            labelWidth = Math.max(labelWidth, Canvases.width(label, style.font()));
        }
        this.left = Math.ceil(labelWidth + LABEL_GAP + TICK_LENGTH);
        this.top = Math.ceil(lineHeight / 2);
        this.bottom = Math.floor(height - lineHeight - TICK_LENGTH - LABEL_GAP / 2);
        double sample = Canvases.width(ChartFormat.iterationTick(Math.max(series.count(), 10)), style.font());
        int xTicks = Math.max(1, (int) ((width - left - sample / 2) / (sample + 5 * lineHeight)));
        this.x = Axis.iterations(series.count(), xTicks);
        String lastLabel = x.labels()[x.labels().length - 1];
        this.right = Math.floor(width - Math.max(Canvases.width(lastLabel, style.font()) / 2 + 2, 12));

        int buckets = series.buckets();
        double plotWidth = Math.max(1, right - left);
        boolean perBucket = buckets <= plotWidth / 1.5;
        int n = perBucket ? buckets : (int) Math.ceil(plotWidth) + 1;
        double[] hi = new double[n];
        double[] lo = new double[n];
        double[] xs = new double[n];
        java.util.Arrays.fill(hi, Double.NaN);
        java.util.Arrays.fill(lo, Double.NaN);
        java.util.Arrays.fill(xs, Double.NaN);
        for (int b = 0; b < buckets; b++) {
            double bx = xOf(center(b));
            int i = perBucket ? b : (int) Math.max(0, Math.min(n - 1, Math.round(bx - left)));
            double bLo = series.min()[b];
            double bHi = series.max()[b];
            xs[i] = perBucket ? bx : left + i;
            if (!Double.isFinite(bLo) || !Double.isFinite(bHi) || (logAxis && bHi <= 0)) {
                continue; // a gap, unless another bucket of the column has a value
            }
            if (logAxis && bLo <= 0) {
                bLo = y.lo();
            }
            hi[i] = Double.isNaN(hi[i]) ? bHi : Math.max(hi[i], bHi);
            lo[i] = Double.isNaN(lo[i]) ? bLo : Math.min(lo[i], bLo);
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(xs[i])) {
                xs[kept] = xs[i];
                hi[kept] = Double.isNaN(hi[i]) ? Double.NaN : yOf(hi[i]);
                lo[kept] = Double.isNaN(lo[i]) ? Double.NaN : yOf(lo[i]);
                kept++;
            }
        }
        this.px = java.util.Arrays.copyOf(xs, kept);
        this.pyHi = java.util.Arrays.copyOf(hi, kept);
        this.pyLo = java.util.Arrays.copyOf(lo, kept);
    }

    /** Lays out {@code series} in a {@code width} × {@code height} canvas. */
    static LossPlot of(LossSeries series, boolean log, double width, double height, Style style) {
        return new LossPlot(series, log, width, height, style);
    }

    /** The smallest and largest finite J (positive only when {@code log}); NaN, NaN if none. */
    private static double[] dataRange(LossSeries s, boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double positiveLo = Double.POSITIVE_INFINITY;
        for (int b = 0; b < s.buckets(); b++) {
            double bLo = s.min()[b];
            double bHi = s.max()[b];
            if (Double.isFinite(bLo) && Double.isFinite(bHi)) {
                lo = Math.min(lo, bLo);
                hi = Math.max(hi, bHi);
                if (bLo > 0) {
                    positiveLo = Math.min(positiveLo, bLo);
                } else if (bHi > 0) {
                    positiveLo = Math.min(positiveLo, bHi);
                }
            }
        }
        if (hi == Double.NEGATIVE_INFINITY) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (log) {
            return positiveLo == Double.POSITIVE_INFINITY ? new double[] {lo, hi} : new double[] {positiveLo, hi};
        }
        return new double[] {lo, hi};
    }

    /** The first and last iteration (counting from 1) that bucket {@code b} covers. */
    long[] iterationsOf(int b) {
        long first = (long) b * series.perBucket() + 1;
        long last = Math.min(series.count(), (long) (b + 1) * series.perBucket());
        return new long[] {first, last};
    }

    private double center(int b) {
        long[] span = iterationsOf(b);
        return (span[0] + span[1]) / 2.0;
    }

    /** The x pixel of iteration {@code i}. */
    double xOf(double i) {
        return left + x.fraction(i) * (right - left);
    }

    /** The y pixel of loss {@code j}. */
    double yOf(double j) {
        return bottom - y.fraction(j) * (bottom - top);
    }

    /** Whether the point lies inside the plot rectangle (with a little slack on each side). */
    boolean inPlot(double mx, double my) {
        return mx >= left - 4 && mx <= right + 4 && my >= top - 4 && my <= bottom + 4;
    }

    /** The bucket whose iterations lie under x pixel {@code mx}, or −1 when there is none. */
    int bucketAt(double mx) {
        if (series.count() == 0) {
            return -1;
        }
        double iteration = x.valueAt((mx - left) / (right - left));
        long i = Math.max(1, Math.min(series.count(), Math.round(iteration)));
        return (int) Math.min(series.buckets() - 1, (i - 1) / series.perBucket());
    }

    /** Where the hover marker for bucket {@code b} sits: its centre and the middle of its J range. */
    Point2D anchorOf(int b) {
        double bx = xOf(center(b));
        double[] ys = bucketYs(b);
        return new Point2D(bx, Double.isNaN(ys[0]) ? (top + bottom) / 2 : (ys[0] + ys[1]) / 2);
    }

    /** The y pixels of bucket b's largest and smallest J, clamped for a log axis; NaN if not drawable. */
    private double[] bucketYs(int b) {
        double bLo = series.min()[b];
        double bHi = series.max()[b];
        if (!Double.isFinite(bLo) || !Double.isFinite(bHi) || (y.isLog() && bHi <= 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {yOf(bHi), yOf(y.isLog() && bLo <= 0 ? y.lo() : bLo)};
    }

    /** How many points the curve is drawn through (at most one per pixel column). */
    int points() {
        return px.length;
    }

    double plotLeft() {
        return left;
    }

    double plotRight() {
        return right;
    }

    double plotTop() {
        return top;
    }

    double plotBottom() {
        return bottom;
    }

    /** Draws the frame; {@code hover} is the bucket under the mouse or −1. */
    void draw(GraphicsContext g, double width, double height, int hover) {
        g.clearRect(0, 0, width, height);
        g.setFont(style.font());
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes();
        drawGrid(g);
        drawCurve(g);
        drawAxes(g);
        if (hover >= 0) {
            drawHover(g, hover);
        }
    }

    private void drawGrid(GraphicsContext g) {
        if (style.grid() == null) {
            return;
        }
        g.setStroke(style.grid());
        g.setLineWidth(1);
        for (double t : y.ticks()) {
            double py = crisp(yOf(t));
            g.strokeLine(left, py, right, py);
        }
        for (double t : x.ticks()) {
            double qx = crisp(xOf(t));
            g.strokeLine(qx, top, qx, bottom);
        }
    }

    private void drawCurve(GraphicsContext g) {
        int n = px.length;
        if (n == 0) {
            return;
        }
        if (style.band() != null) {
            g.setFill(style.band());
            for (int start = 0; start < n; ) {
                int end = runEnd(start);
                if (end - start > 1) {
                    g.beginPath();
                    g.moveTo(px[start], pyHi[start]);
                    for (int i = start + 1; i < end; i++) {
                        g.lineTo(px[i], pyHi[i]);
                    }
                    for (int i = end - 1; i >= start; i--) {
                        g.lineTo(px[i], pyLo[i]);
                    }
                    g.closePath();
                    g.fill();
                }
                start = Math.max(end, start + 1);
            }
        }
        if (style.line() == null) {
            return;
        }
        g.setStroke(style.line());
        g.setLineWidth(style.lineWidth());
        for (int start = 0; start < n; ) {
            int end = runEnd(start);
            if (end - start > 1) {
                g.beginPath();
                g.moveTo(px[start], mid(start));
                for (int i = start + 1; i < end; i++) {
                    g.lineTo(px[i], mid(i));
                }
                g.stroke();
            }
            start = Math.max(end, start + 1);
        }
        boolean dots = n == 1 || (n > 1 && (px[n - 1] - px[0]) / (n - 1) >= DOT_SPACING);
        if (dots) {
            g.setFill(style.line());
            double r = style.lineWidth() + 1.5;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(pyHi[i])) {
                    g.fillOval(px[i] - r, mid(i) - r, 2 * r, 2 * r);
                }
            }
        }
    }

    /** The end (exclusive) of the run of drawable points that starts at {@code start}. */
    private int runEnd(int start) {
        int i = start;
        while (i < px.length && !Double.isNaN(pyHi[i])) {
            i++;
        }
        return i;
    }

    private double mid(int i) {
        return (pyHi[i] + pyLo[i]) / 2;
    }

    private void drawAxes(GraphicsContext g) {
        if (style.axis() != null) {
            g.setStroke(style.axis());
            g.setLineWidth(1);
            g.strokeLine(crisp(left), top, crisp(left), crisp(bottom));
            g.strokeLine(crisp(left), crisp(bottom), right, crisp(bottom));
            for (double t : y.ticks()) {
                double py = crisp(yOf(t));
                g.strokeLine(left - TICK_LENGTH, py, left, py);
            }
            for (double t : x.ticks()) {
                double qx = crisp(xOf(t));
                g.strokeLine(qx, bottom, qx, bottom + TICK_LENGTH);
            }
        }
        if (style.tick() == null) {
            return;
        }
        g.setFill(style.tick());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < y.ticks().length; i++) {
            g.fillText(y.labels()[i], left - TICK_LENGTH - LABEL_GAP / 2, yOf(y.ticks()[i]));
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < x.ticks().length; i++) {
            g.fillText(x.labels()[i], xOf(x.ticks()[i]), bottom + TICK_LENGTH + LABEL_GAP / 2);
        }
    }

    private void drawHover(GraphicsContext g, int b) {
        double[] ys = bucketYs(b);
        double bx = xOf(center(b));
        if (style.crosshair() != null) {
            g.setStroke(style.crosshair());
            g.setLineWidth(1);
            g.setLineDashes(4, 4);
            g.strokeLine(crisp(bx), top, crisp(bx), bottom);
            if (!Double.isNaN(ys[0])) {
                double my = crisp((ys[0] + ys[1]) / 2);
                g.strokeLine(left, my, right, my);
            }
            g.setLineDashes();
        }
        if (Double.isNaN(ys[0]) || style.line() == null) {
            return;
        }
        double r = style.lineWidth() + 3;
        if (ys[1] - ys[0] > 1) {
            g.setStroke(style.line());
            g.setLineWidth(style.lineWidth() + 2);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokeLine(bx, ys[0], bx, ys[1]);
        }
        double my = (ys[0] + ys[1]) / 2;
        if (style.halo() != null) {
            g.setFill(style.halo());
            g.fillOval(bx - r - 2, my - r - 2, 2 * r + 4, 2 * r + 4);
        }
        g.setFill(style.line());
        g.fillOval(bx - r, my - r, 2 * r, 2 * r);
    }

}
