package org.backpropstudio.app.boundary;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.backpropstudio.app.plot.Canvases;
import org.backpropstudio.app.plot.PlotArea;
import org.backpropstudio.core.Dataset;

/**
 * Draws the decision boundary on its three stacked canvases, each only when what it shows has
 * changed: under, the heatmap and the boundary traced through it (each result); in the middle, the
 * grid, the data points and the axes (when the data or the size change); over, the fitted curve,
 * the ring round the current sample and the marks under the mouse (each result, step or move).
 */
final class BoundaryRenderer {
    /** The mouse over the plot, in canvas pixels (NaN: not over it), and ŷ there on a curve (else null). */
    record Hover(double x, double y, double[] outputs) {
        static final Hover NONE = new Hover(Double.NaN, Double.NaN, null);

        boolean isOver() {
            return !Double.isNaN(x);
        }
    }

    private final Canvas under;
    private final Canvas middle;
    private final Canvas over;
    private final BoundaryStyle style;

    BoundaryRenderer(Canvas under, Canvas middle, Canvas over, BoundaryStyle style) {
        this.under = under;
        this.middle = middle;
        this.over = over;
        this.style = style;
    }

    /** Clears the heatmap and the curve (there is nothing to plot). */
    void clearUnderAndOver() {
        Canvases.clear(under);
        Canvases.clear(over);
    }

    /**
     * The heatmap {@code heatmap} of result {@code r} and its boundary, placed where the job's
     * region falls in the frame.
     */
    void drawUnder(Evaluation.Result r, Image heatmap, Frame frame, boolean plane) {
        Canvases.clear(under);
        if (r == null || r.argb() == null || heatmap == null || !plane) {
            return;
        }
        PlotArea area = frame.area();
        Evaluation.Job job = r.job();
        GraphicsContext g = under.getGraphicsContext2D();
        g.save();
        g.beginPath();
        g.rect(area.left(), area.top(), area.width(), area.height());
        g.clip();
        double left = area.px(job.x0());
        double top = area.py(job.y1());
        double width = area.px(job.x1()) - left;
        double height = area.py(job.y0()) - top;
        g.setImageSmoothing(true);
        g.drawImage(heatmap, left, top, width, height);

        float[] s = r.boundary();
        double cellW = width / job.cols();
        double cellH = height / job.rows();
        g.setStroke(style.boundary.getValue());
        g.setLineWidth(style.boundaryWidth.getValue().doubleValue());
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        for (int i = 0; i + 3 < s.length; i += 4) {
            g.moveTo(left + (s[i] + 0.5) * cellW, top + (s[i + 1] + 0.5) * cellH);
            g.lineTo(left + (s[i + 2] + 0.5) * cellW, top + (s[i + 3] + 0.5) * cellH);
        }
        g.stroke();
        g.restore();
    }

    /** Grid, data points (coloured by their class, outlined) and axes; returns how many points it drew. */
    int drawMiddle(Frame frame, Dataset data, Outputs outputs, boolean plane) {
        Canvases.clear(middle);
        if (frame == null || !frame.isDrawable()) {
            return 0;
        }
        PlotArea area = frame.area();
        GraphicsContext g = middle.getGraphicsContext2D();
        if (!plane) {
            frame.drawGrid(g);
            if (outputs.sigmoid()) {
                g.setStroke(style.grid.getValue());
                g.setLineWidth(1.5);
                g.setLineDashes(6, 5);
                double y = area.py(0.5);
                g.strokeLine(area.left(), y, area.right(), y);
                g.setLineDashes();
            }
        }
        double r = style.pointRadius(data.size());
        g.setLineWidth(Math.max(1, r / 3.5));
        g.setStroke(style.pointOutline.getValue());
        int drawn = 0;
        double[] y = new double[data.targetWidth()];
        for (int s = 0; s < data.size(); s++) {
            double px = area.px(data.input(s, 0));
            for (int k = 0; k < y.length; k++) {
                y[k] = data.target(s, k);
            }
            if (plane) {
                g.setFill(style.classPaint(outputs, outputs.classOf(y)));
                double py = area.py(data.input(s, 1));
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                for (int k = 0; k < y.length; k++) {
                    g.setFill(outputs.isMultiClass() ? style.categoryPaint(k) : style.point.getValue());
                    double py = area.py(y[k]);
                    g.fillOval(px - r, py - r, 2 * r, 2 * r);
                    g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                }
            }
            drawn++;
        }
        frame.drawAxes(g);
        return drawn;
    }

    /**
     * The fitted curve of result {@code r} (one input), the ring round sample {@code sample} and
     * the marks of {@code hover}.
     */
    void drawOver(Evaluation.Result r, Frame frame, Dataset data, Outputs outputs, boolean plane, int sample,
                  Hover hover) {
        Canvases.clear(over);
        PlotArea area = frame.area();
        GraphicsContext g = over.getGraphicsContext2D();
        if (r != null && r.curve() != null && !plane) {
            drawCurve(g, r, area, outputs);
        }
        if (sample >= 0 && sample < data.size()) {
            double ring = style.pointRadius(data.size()) + 4.5;
            g.setStroke(style.current.getValue());
            g.setLineWidth(2.5);
            double px = area.px(data.input(sample, 0));
            if (plane) {
                double py = area.py(data.input(sample, 1));
                g.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
            } else {
                for (int k = 0; k < data.targetWidth(); k++) {
                    double py = area.py(data.target(sample, k));
                    g.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
                }
            }
        }
        if (hover.isOver()) {
            drawHover(g, area, outputs, plane, hover);
        }
    }

    private void drawCurve(GraphicsContext g, Evaluation.Result r, PlotArea area, Outputs outputs) {
        g.save();
        g.beginPath();
        g.rect(area.left(), area.top(), area.width(), area.height());
        g.clip();
        g.setLineWidth(style.curveWidth.getValue().doubleValue());
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        double[][] curve = r.curve();
        for (int k = 0; k < curve.length; k++) {
            g.setStroke(style.curvePaint(outputs, k));
            g.beginPath();
            boolean drawing = false;
            for (int i = 0; i < curve[k].length; i++) {
                double v = curve[k][i];
                if (!Double.isFinite(v)) {
                    drawing = false;
                    continue;
                }
                double x = area.px(r.job().curveX(i));
                double y = area.py(Math.max(area.y0() - 1e6, Math.min(area.y1() + 1e6, v)));
                if (drawing) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    drawing = true;
                }
            }
            g.stroke();
        }
        g.restore();
    }

    /** A cross at the mouse on the plane; on a curve, a dot on each output's curve at the mouse's x. */
    private void drawHover(GraphicsContext g, PlotArea area, Outputs outputs, boolean plane, Hover hover) {
        g.setStroke(style.current.getValue());
        g.setLineWidth(1.5);
        if (plane) {
            double arm = 7;
            g.strokeLine(hover.x() - arm, hover.y(), hover.x() + arm, hover.y());
            g.strokeLine(hover.x(), hover.y() - arm, hover.x(), hover.y() + arm);
            return;
        }
        double[] out = hover.outputs();
        double r = 5;
        for (int k = 0; k < out.length; k++) {
            if (!Double.isFinite(out[k])) {
                continue;
            }
            double y = area.py(out[k]);
            if (y < area.top() || y > area.bottom()) {
                continue;
            }
            g.setFill(style.curvePaint(outputs, k));
            g.fillOval(hover.x() - r, y - r, 2 * r, 2 * r);
            g.strokeOval(hover.x() - r, y - r, 2 * r, 2 * r);
        }
    }
}
