package org.backpropstudio.app.boundary;

import org.backpropstudio.app.plot.PlotArea;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Predictor;

/**
 * The network's outputs over the region on screen, computed off the FX thread with a
 * {@link Predictor} of an immutable {@link Network}: for two inputs a grid of cells over the plane,
 * each coloured by its output, with the class boundaries traced through the grid; for one input
 * the output at evenly spaced x for the curve.
 */
final class Evaluation {
    /** The side of a heatmap cell in pixels, unless the plot is large. */
    static final int CELL_PIXELS = 4;
    /** The most cells along a side. */
    static final int MAX_CELLS = 200;
    /** Pixels between two points of the fitted curve. */
    static final int CURVE_PIXELS = 2;

    private Evaluation() {
    }

    /**
     * What to evaluate: the plane [x0, x1] × [y0, y1] in {@code cols} × {@code rows} cells (a
     * cell's colour is the output at its centre), or for one input {@code cols} points from x0 to
     * x1 ({@code rows} unused).
     */
    record Job(Network network, Outputs outputs, Palette palette, double x0, double x1, double y0, double y1,
               int cols, int rows) {
        boolean isPlane() {
            return network.inputs() == 2;
        }

        /**
         * The job for {@code network} over the region {@code area} shows: on the plane, a cell per
         * {@value #CELL_PIXELS} pixels (at most {@value #MAX_CELLS} a side); along a curve, a point
         * per {@value #CURVE_PIXELS} pixels.
         */
        static Job over(Network network, Outputs outputs, Palette palette, PlotArea area) {
            double w = area.width();
            double h = area.height();
            int cols;
            int rows;
            if (network.inputs() == 2) {
                cols = (int) Math.max(2, Math.min(MAX_CELLS, Math.round(w / CELL_PIXELS)));
                rows = (int) Math.max(2, Math.min(MAX_CELLS, Math.round(h / CELL_PIXELS)));
            } else {
                cols = (int) Math.max(2, Math.round(w / CURVE_PIXELS) + 1);
                rows = 1;
            }
            return new Job(network, outputs, palette, area.x0(), area.x1(), area.y0(), area.y1(), cols, rows);
        }

        /** The input x₁ at the centre of column {@code i}. */
        double cellX(int i) {
            return x0 + (i + 0.5) / cols * (x1 - x0);
        }

        /** The input x₂ at the centre of row {@code j}; row 0 at the top (largest x₂). */
        double cellY(int j) {
            return y1 - (j + 0.5) / rows * (y1 - y0);
        }

        /** The x of curve point {@code i}. */
        double curveX(int i) {
            return cols == 1 ? x0 : x0 + (x1 - x0) * i / (cols - 1);
        }
    }

    /**
     * A job's outcome: for a plane, the cells' colours (ARGB, row after row from the top) and the
     * boundary segments in cell coordinates (cell (i, j)'s centre at (i, j)); for a curve, ŷₖ at
     * each point, {@code curve[k][i]}.
     */
    record Result(Job job, int[] argb, float[] boundary, double[][] curve) {
    }

    /** Runs {@code job}. */
    static Result run(Job job) {
        return job.isPlane() ? plane(job) : curve(job);
    }

    private static Result plane(Job job) {
        Predictor predictor = new Predictor(job.network());
        Outputs outputs = job.outputs();
        Palette palette = job.palette();
        int cols = job.cols();
        int rows = job.rows();
        int K = outputs.count();
        int[] argb = new int[cols * rows];
        // The level sets to trace: ŷ − threshold for one output; for several, class k's lead
        // over the best other class, whose zero line is the edge of k's region.
        double[][] fields = new double[K == 1 ? 1 : K][cols * rows];
        double[] x = new double[2];
        double[] y = new double[K];
        for (int j = 0; j < rows; j++) {
            x[1] = job.cellY(j);
            for (int i = 0; i < cols; i++) {
                x[0] = job.cellX(i);
                predictor.predict(x, y);
                int cell = j * cols + i;
                if (K == 1) {
                    double d = y[0] - outputs.threshold();
                    fields[0][cell] = d;
                    int colour = d > 0 ? palette.positive() : palette.negative();
                    argb[cell] = Double.isNaN(d) ? palette.background()
                            : palette.tint(colour, Math.abs(d) / outputs.halfRange());
                } else {
                    int win = Outputs.winner(y);
                    double best = Double.NEGATIVE_INFINITY;
                    double second = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < K; k++) {
                        if (y[k] > best) {
                            second = best;
                            best = y[k];
                        } else if (y[k] > second) {
                            second = y[k];
                        }
                    }
                    for (int k = 0; k < K; k++) {
                        fields[k][cell] = k == win ? best - second : y[k] - best;
                    }
                    double lead = (best - second) / outputs.span();
                    argb[cell] = Double.isNaN(lead) ? palette.background() : palette.tint(palette.category(win), lead);
                }
            }
        }
        Contours contours = new Contours();
        for (double[] field : fields) {
            contours.add(field, cols, rows);
        }
        return new Result(job, argb, contours.segments(), null);
    }

    private static Result curve(Job job) {
        Predictor predictor = new Predictor(job.network());
        int K = job.outputs().count();
        int n = job.cols();
        double[][] curve = new double[K][n];
        double[] x = new double[1];
        double[] y = new double[K];
        for (int i = 0; i < n; i++) {
            x[0] = job.curveX(i);
            predictor.predict(x, y);
            for (int k = 0; k < K; k++) {
                curve[k][i] = y[k];
            }
        }
        return new Result(job, null, null, curve);
    }
}
