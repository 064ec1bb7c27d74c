package org.backpropstudio.app.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import org.backpropstudio.core.EpochScores;

/**
 * The test set's loss at each epoch end drawn over the training loss curve, on its axes: a dashed
 * line through the epoch ends, with a dot on each where they are far enough apart to tell. The
 * points outside the plot's loss range are cut at its edges.
 */
final class EpochOverlay {
    /** Dots are drawn where epoch ends lie at least this far apart, px. */
    private static final double DOT_SPACING = 10;
    private static final double DOT = 5;

    private EpochOverlay() {
    }

    /** Draws the test losses of {@code scores} on {@code plot}'s axes in {@code color}. */
    static void draw(GraphicsContext g, LossPlot plot, EpochScores.View scores, Paint color, double lineWidth) {
        int n = scores.count();
        if (n == 0) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(plot.plotLeft(), plot.plotTop(), plot.plotRight() - plot.plotLeft(), plot.plotBottom() - plot.plotTop());
        g.clip();
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(lineWidth);
        g.setLineDashes(3 * lineWidth, 2 * lineWidth);
        g.beginPath();
        boolean open = false;
        double[] loss = scores.testLoss();
        for (int i = 0; i < n; i++) {
            double y = loss[i];
            if (!Double.isFinite(y)) {
                open = false;
                continue;
            }
            double px = plot.xOf(scores.iteration(i));
            double py = plot.yOf(y);
            if (open) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                open = true;
            }
        }
        g.stroke();
        g.setLineDashes();
        double spacing = n < 2 ? Double.POSITIVE_INFINITY
                : plot.xOf(scores.iteration(n - 1)) - plot.xOf(scores.iteration(n - 2));
        if (spacing >= DOT_SPACING) {
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(loss[i])) {
                    g.fillOval(plot.xOf(scores.iteration(i)) - DOT / 2, plot.yOf(loss[i]) - DOT / 2, DOT, DOT);
                }
            }
        }
        g.restore();
    }
}
