package org.backpropstudio.app.diagram;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Where the diagram's things go, as plain geometry (px, no nodes): one column per layer, evenly
 * spaced from the area's left edge to its right edge, units centred vertically at one pitch; the
 * column headers above; edges from each card's right side to the next column's left side, each
 * with its weight tag somewhere along it; the loss under the output column.
 *
 * <p>{@link #plan} picks the roomiest {@link Density} whose cards fit and whose weight tags can
 * all be placed without overlapping one another, taking smaller cards that still show every row
 * before it drops a tag; failing that, the roomiest whose cards fit, with the tags of crowded
 * layers hidden. The same units, area and metrics always give the same plan.
 *
 * <p>Indices: column l = 0..L (0 the inputs), unit j = 0..units[l] − 1; the edges into layer l are
 * numbered i = j·units[l − 1] + k for the weight from unit k of layer l − 1 to unit j of layer l.
 */
final class DiagramLayout {
    /** The least free space between the cards of two adjacent columns, px: room for weight tags, or for edges only. */
    static final double MIN_COLUMN_GAP = 56;
    static final double MIN_PACKED_COLUMN_GAP = 28;
    /** The least and the most free space between two cards of a column, px. */
    static final double MIN_ROW_GAP = 4;
    static final double MAX_ROW_GAP = 44;
    /** Space under the column headers, px. */
    static final double HEADER_GAP = 14;
    /** Space kept around a weight tag, px. */
    static final double TAG_MARGIN = 6;
    /** Space between the output column's last card and the loss, px. */
    static final double LOSS_GAP = 10;
    /** Where along an edge its weight tag may go (fractions of its length), in order of preference. */
    private static final double[] TAG_POSITIONS = {
        0.3, 0.5, 0.7, 0.2, 0.4, 0.6, 0.8, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75,
    };

    /**
     * The sizes of things at one density, px, as measured on cards holding the widest texts:
     * a card per {@link Role} (indexed by its ordinal), a column header, a weight tag.
     */
    record Metrics(Density density, double[] cardWidths, double[] cardHeights, double headerHeight,
                   double tagWidth, double tagHeight) {
        double cardWidth(Role role) {
            return cardWidths[role.ordinal()];
        }

        double cardHeight(Role role) {
            return cardHeights[role.ordinal()];
        }
    }

    /** The rectangle to lay out in, px. */
    record Area(double left, double top, double width, double height) {
    }

    /** A horizontal extent: from {@code x}, {@code width} wide. */
    record Span(double x, double width) {
    }

    private DiagramLayout() {
    }

    /**
     * The plan for a network of {@code units[l]} units in column l (at least two columns) in
     * {@code area}, measuring each density with {@code measure} as it is tried (roomiest first).
     */
    static Plan plan(int[] units, Area area, Function<Density, Metrics> measure) {
        Plan fallback = null;
        for (Density d : Density.values()) {
            Plan plan = new Plan(units, measure.apply(d), area);
            if (!plan.cardsFit() && d != Density.DOT) {
                continue;
            }
            if (fallback == null) {
                fallback = plan;
            }
            if (plan.allTagsShown()) {
                return plan;
            }
            if (d.rows() != Density.Rows.ALL || d == Density.FULL_SMALL) {
                break; // cards that drop rows only to make room for weight tags: not worth it
            }
        }
        return fallback;
    }

    /** Where everything goes at one density, and whether it fits. */
    static final class Plan {
        private final int[] units;
        private final Metrics m;
        private final Area area;
        private final double[] x;
        private final double[] cw;
        private final double[] ch;
        private final double step;
        private final double bodyTop;
        private final double bodyHeight;
        /** Per column: the common pitch, or a little more where the cards are taller than elsewhere. */
        private final double[] columnPitch;
        private final double middle;
        private final boolean cardsFit;
        private final boolean[] tagsFit;
        /** tagT[l][i]: where along edge i into layer l its tag goes. */
        private final double[][] tagT;

        Plan(int[] units, Metrics m, Area area) {
            this.units = units.clone();
            this.m = m;
            this.area = area;
            int n = units.length;
            x = new double[n];
            cw = new double[n];
            ch = new double[n];
            for (int l = 0; l < n; l++) {
                cw[l] = m.cardWidth(Role.of(l, n - 1));
                ch[l] = m.cardHeight(Role.of(l, n - 1));
            }
            step = (area.width() - cw[0] / 2 - cw[n - 1] / 2) / (n - 1);
            for (int l = 0; l < n; l++) {
                x[l] = area.left() + cw[0] / 2 + l * step;
            }
            bodyTop = area.top() + m.headerHeight() + HEADER_GAP;
            bodyHeight = Math.max(0, area.height() - m.headerHeight() - HEADER_GAP);
            double pitch = pitch();
            middle = bodyTop + bodyHeight / 2;
            columnPitch = new double[n];
            boolean fit = true;
            for (int l = 0; l < n; l++) {
                double most = units[l] == 1 ? pitch : (bodyHeight - ch[l]) / (units[l] - 1);
                columnPitch[l] = Math.min(most, Math.max(pitch, ch[l] + MIN_ROW_GAP));
                fit &= ch[l] <= bodyHeight && (units[l] == 1 || most >= ch[l] + MIN_ROW_GAP);
                double least = m.density().rows() == Density.Rows.ALL ? MIN_COLUMN_GAP : MIN_PACKED_COLUMN_GAP;
                fit &= l == 0 || step - cw[l - 1] / 2 - cw[l] / 2 >= least;
            }
            cardsFit = fit;
            tagsFit = new boolean[n];
            tagT = new double[n][];
            tagT[0] = new double[0];
            for (int l = 1; l < n; l++) {
                tagT[l] = new double[units[l] * units[l - 1]];
                tagsFit[l] = fit && placeTags(l);
            }
        }

        /** The distance between the centres of two units of a column: the same in every column. */
        private double pitch() {
            double tallest = 0;
            double pitch = Double.MAX_VALUE;
            for (int l = 0; l < units.length; l++) {
                tallest = Math.max(tallest, ch[l]);
                if (units[l] > 1) {
                    pitch = Math.min(pitch, (bodyHeight - ch[l]) / (units[l] - 1));
                }
            }
            return Math.max(0, Math.min(pitch, tallest + Math.max(MAX_ROW_GAP, tallest / 2)));
        }

        /**
         * Whether the weight tags into layer l fit, and where along its edges they go. Each edge in
         * turn (by target j, then source k) takes the first of a few fractions t of its length where
         * its tag (sized for the weight and ∂J/∂w) stays inside the gap between the columns and
         * overlaps no tag already placed; if some edge finds none, the layer's tags are hidden (the
         * tooltip, zoom or selecting the edge shows them).
         */
        private boolean placeTags(int l) {
            int edges = tagT[l].length;
            double x0 = edgeLeft(l);
            double x1 = edgeRight(l);
            double width = m.tagWidth() + TAG_MARGIN;
            double height = m.tagHeight() + TAG_MARGIN;
            double lo = (m.tagWidth() / 2 + TAG_MARGIN) / (x1 - x0);
            double hi = 1 - lo;
            boolean fits = m.density() != Density.DOT && lo <= hi;
            double[] placedX = new double[edges];
            double[] placedY = new double[edges];
            for (int i = 0; i < edges; i++) {
                double y0 = y(l - 1, i % units[l - 1]);
                double y1 = y(l, i / units[l - 1]);
                double chosen = Double.NaN;
                for (int c = 0; fits && c < TAG_POSITIONS.length && Double.isNaN(chosen); c++) {
                    double t = Math.max(lo, Math.min(hi, TAG_POSITIONS[c]));
                    double tx = x0 + t * (x1 - x0);
                    double ty = y0 + t * (y1 - y0);
                    boolean free = true;
                    for (int p = 0; p < i && free; p++) {
                        free = Math.abs(placedX[p] - tx) >= width || Math.abs(placedY[p] - ty) >= height;
                    }
                    if (free) {
                        chosen = t;
                        placedX[i] = tx;
                        placedY[i] = ty;
                    }
                }
                fits &= !Double.isNaN(chosen);
                tagT[l][i] = Double.isNaN(chosen) ? 0.5 : chosen;
            }
            return fits;
        }

        /** The density planned for. */
        Density density() {
            return m.density();
        }

        /** The number of columns, L + 1. */
        int columns() {
            return units.length;
        }

        /** The units of column l. */
        int units(int l) {
            return units[l];
        }

        /** The centre of column l. */
        double x(int l) {
            return x[l];
        }

        /** The centre of unit j of column l. */
        double y(int l, int j) {
            return middle + (j - (units[l] - 1) / 2.0) * columnPitch[l];
        }

        double cardWidth(int l) {
            return cw[l];
        }

        double cardHeight(int l) {
            return ch[l];
        }

        /** Where the edges into layer l start: the right side of column l − 1's cards. */
        double edgeLeft(int l) {
            return x[l - 1] + cw[l - 1] / 2;
        }

        /** Where the edges into layer l end: the left side of column l's cards. */
        double edgeRight(int l) {
            return x[l] - cw[l] / 2;
        }

        /** Whether every card fits, with the least gaps between them. */
        boolean cardsFit() {
            return cardsFit;
        }

        /** Whether the weight tags of the edges into layer l are shown. */
        boolean tagsShown(int l) {
            return tagsFit[l];
        }

        /** Whether the tags of every layer are shown. */
        boolean allTagsShown() {
            for (int l = 1; l < tagsFit.length; l++) {
                if (!tagsFit[l]) {
                    return false;
                }
            }
            return true;
        }

        /** Where along edge i into layer l (a fraction of its length) its tag's weight is centred. */
        double tagPosition(int l, int i) {
            return tagT[l][i];
        }

        /** The tag's size at this density (each tag is at most this large). */
        double tagWidth() {
            return m.tagWidth();
        }

        double tagHeight() {
            return m.tagHeight();
        }

        /** The top of the column headers, and their height. */
        double headerTop() {
            return area.top();
        }

        double headerHeight() {
            return m.headerHeight();
        }

        /**
         * Where the header of column l goes, {@code preferred} px wide if there is room: centred
         * on its column, kept to the column's share of the width (half-way to each neighbour).
         */
        Span header(int l, double preferred) {
            double from = Math.max(area.left(), x[l] - step / 2 + 4);
            double to = Math.min(area.left() + area.width(), x[l] + step / 2 - 4);
            double w = Math.min(preferred, to - from);
            return new Span(Math.max(from, Math.min(x[l] - w / 2, to - w)), w);
        }

        /** The loss's right edge (the output cards' right side), its top, and the height left for it. */
        double lossRight() {
            int last = units.length - 1;
            return x[last] + cw[last] / 2;
        }

        double lossTop() {
            int last = units.length - 1;
            return y(last, units[last] - 1) + ch[last] / 2 + LOSS_GAP;
        }

        double lossRoom() {
            return bodyTop + bodyHeight - lossTop();
        }

        @Override
        public String toString() {
            return "Plan[" + m.density() + ", x " + Arrays.toString(x) + ", tags " + Arrays.toString(tagsFit) + "]";
        }
    }
}
