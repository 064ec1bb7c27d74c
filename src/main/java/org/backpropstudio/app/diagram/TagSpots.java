package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a plan's weight tags go, as plain geometry: a tag is centred on a point of its edge, a
 * fraction t of the way, and may stand anywhere along it where it stays inside the drawing (below
 * the column headers) and keeps the plan's tag margin clear of every card of the two
 * columns it joins and of every tag already placed. Tags are placed a layer at a time, all of a
 * layer or none ({@link #placeLayer}); afterwards, in a layer that has none, single tags go where
 * there is still room ({@link #spot}).
 */
final class TagSpots {
    /** Where along an edge its tag is tried first (fractions of its length), in order of preference. */
    private static final double[] PREFERRED = {
        0.3, 0.5, 0.7, 0.2, 0.4, 0.6, 0.8, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75,
    };
    /** Then every twentieth of the way, close to the cards too (beside or between them, where one is free). */
    private static final int SWEEP = 20;

    private final DiagramLayout.Plan plan;
    /** The centres (x, y) of the tags placed for good. */
    private final List<double[]> placed = new ArrayList<>();

    TagSpots(DiagramLayout.Plan plan) {
        this.plan = plan;
    }

    /**
     * Places a tag on every edge into layer l, each edge in turn (by target j, then source k)
     * taking the first free spot; returns where along each edge its tag goes, or null (and places
     * none) if some edge finds no spot.
     */
    double[] placeLayer(int l) {
        int edges = plan.units(l) * plan.units(l - 1);
        double[] t = new double[edges];
        List<double[]> layer = new ArrayList<>(edges);
        for (int i = 0; i < edges; i++) {
            t[i] = spot(l, i, layer);
            if (Double.isNaN(t[i])) {
                return null;
            }
            layer.add(centre(l, i, t[i]));
        }
        placed.addAll(layer);
        return t;
    }

    /**
     * The first free spot along edge i into layer l (clear of the tags placed for good and of
     * {@code also}, centres of tags placed for the moment), as a fraction of its length; NaN if
     * there is none.
     */
    double spot(int l, int i, List<double[]> also) {
        if (plan.density() == Density.DOT) {
            return Double.NaN;
        }
        double lo = (plan.tagWidth() / 2 + plan.tagMargin()) / (plan.edgeRight(l) - plan.edgeLeft(l));
        for (double preferred : PREFERRED) {
            double t = Math.max(lo, Math.min(1 - lo, preferred));
            if (lo <= 1 - lo && free(l, centre(l, i, t), also)) {
                return t;
            }
        }
        for (int s = 1; s < SWEEP; s++) {
            double t = (double) s / SWEEP;
            if (free(l, centre(l, i, t), also)) {
                return t;
            }
        }
        return Double.NaN;
    }

    /** The centre of edge i's tag in layer l at the fraction t of the way. */
    double[] centre(int l, int i, double t) {
        int from = plan.units(l - 1);
        double x0 = plan.edgeLeft(l);
        double y0 = plan.y(l - 1, i % from);
        return new double[] {x0 + t * (plan.edgeRight(l) - x0), y0 + t * (plan.y(l, i / from) - y0)};
    }

    private boolean free(int l, double[] c, List<double[]> also) {
        double w = plan.tagWidth();
        double h = plan.tagHeight();
        double m = plan.tagMargin();
        if (c[0] - w / 2 < plan.left() || c[0] + w / 2 > plan.right()
                || c[1] - h / 2 < plan.headerTop() + plan.headerHeight() || c[1] + h / 2 > plan.bottom()) {
            return false;
        }
        for (int col = l - 1; col <= l; col++) {
            double dx = (w + plan.cardWidth(col)) / 2 + m;
            double dy = (h + plan.cardHeight(col)) / 2 + m;
            if (Math.abs(c[0] - plan.x(col)) < dx) {
                for (int j = 0; j < plan.units(col); j++) {
                    if (Math.abs(c[1] - plan.y(col, j)) < dy) {
                        return false;
                    }
                }
            }
        }
        return clear(c, placed) && clear(c, also);
    }

    private boolean clear(double[] c, List<double[]> others) {
        double w = plan.tagWidth() + plan.tagMargin();
        double h = plan.tagHeight() + plan.tagMargin();
        for (double[] o : others) {
            if (Math.abs(o[0] - c[0]) < w && Math.abs(o[1] - c[1]) < h) {
                return false;
            }
        }
        return true;
    }
}
