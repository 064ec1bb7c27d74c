package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the diagram's things go, as plain geometry (px, no nodes): one column per layer, evenly
 * spaced from the area's left edge to its right edge, units centred vertically at one pitch; the
 * column headers above; edges from each card's right side to the next column's left side, each
 * with its weight tag somewhere along it; the loss under the output column.
 *
 * <p>{@link #plan} picks the roomiest {@link Density} whose cards fit and whose weight tags can
 * all be placed without overlapping a card or one another ({@link TagSpots}), taking smaller
 * cards that still show every row before it drops a tag; failing that, the roomiest whose cards
 * fit with a slim tag (the weight alone, in small type) on every edge, in bands across each gap
 * ({@link TagBands}), the gaps as wide as their tags need; failing that, the roomiest whose cards
 * fit, with the tags of crowded layers hidden ({@link Plan#extraTags} then says which few to
 * show). The same units, area and metrics always give the same plan. Where the inputs are a
 * picture, column 0 is that picture (one unit, the input card's size in the metrics) and the
 * edges into layer 1 carry no tags.
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
    /** Space kept around a slim weight tag, px: its coloured border already sets it apart. */
    static final double SLIM_TAG_MARGIN = 4;
    /** Space between the output column's last card and the loss, px. */
    static final double LOSS_GAP = 10;
    /**
     * The sizes of things at one density, px, as measured on cards holding the widest texts:
     * a card per {@link Role} (indexed by its ordinal), a column header, a weight tag, a slim one.
     */
    record Metrics(Density density, double[] cardWidths, double[] cardHeights, double headerHeight,
                   double tagWidth, double tagHeight, double slimTagWidth, double slimTagHeight) {
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

    /** The edge numbered {@code index} into {@code layer} (j·units(l − 1) + k). */
    record Edge(int layer, int index) {
    }

    /** A horizontal extent: from {@code x}, {@code width} wide. */
    record Span(double x, double width) {
    }

    private DiagramLayout() {
    }

    /**
     * The plan for a network of {@code units[l]} units in column l (at least two columns) in
     * {@code area}, measuring each density with {@code measure} as it is tried (roomiest first);
     * column 0 a picture if {@code picture}.
     */
    static Plan plan(int[] units, Area area, Function<Density, Metrics> measure, boolean picture) {
        Plan fallback = null;
        for (Density d : Density.values()) {
            Plan plan = new Plan(units, measure.apply(d), area, false, picture);
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
                break; // full tags are not worth cards that drop rows
            }
        }
        for (Density d : Density.values()) {
            if (d == Density.DOT) {
                break; // cards without a number: not worth the tags
            }
            Plan plan = new Plan(units, measure.apply(d), area, true, picture);
            if (plan.cardsFit() && plan.allTagsShown()) {
                return plan;
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
        /** The tags placed, to find room for more. */
        private final TagSpots spots;
        /** Whether the tags are slim, in bands across each gap. */
        private final boolean slim;
        /** The layer whose edges carry no tags: 1 where column 0 is a picture, else none (0). */
        private final int untagged;

        /** The plan at {@code m}, slim tags in bands if {@code slim}; column 0 a picture if {@code picture}. */
        Plan(int[] units, Metrics m, Area area, boolean slim, boolean picture) {
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
            this.slim = slim;
            this.untagged = picture ? 1 : 0;
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
                Arrays.fill(tagT[l], 0.5);
            }
            spots = new TagSpots(this);
            if (slim) {
                placeInBands();
                return;
            }
            for (int l = 1; l < n; l++) {
                double[] t = fit && l != untagged ? spots.placeLayer(l) : null;
                tagsFit[l] = t != null || l == untagged;
                tagT[l] = t != null ? t : tagT[l];
            }
        }

        /**
         * Slim tags in bands ({@link TagBands}): each gap takes the least width its tags need and
         * an even share of what is left, if the cards leave enough; else no tags are shown.
         */
        private void placeInBands() {
            int n = units.length;
            double spare = area.width();
            for (int l = 0; l < n; l++) {
                spare -= cw[l];
            }
            double[] least = new double[n];
            for (int l = 1; l < n && cardsFit && spare >= 0; l++) {
                least[l] = l == untagged ? MIN_PACKED_COLUMN_GAP
                        : TagBands.leastWidth(ys(l - 1), ys(l), spare, tagWidth(), tagHeight(), SLIM_TAG_MARGIN);
                spare = Double.isNaN(least[l]) ? -1 : spare - least[l];
            }
            if (!cardsFit || spare < 0) {
                return;
            }
            for (int l = 1; l < n; l++) {
                // placed in the least width, the tags only move further apart in a wider gap
                tagT[l] = l == untagged ? tagT[l]
                        : TagBands.place(ys(l - 1), ys(l), least[l], tagWidth(), tagHeight(), SLIM_TAG_MARGIN);
                tagsFit[l] = true;
                x[l] = x[l - 1] + cw[l - 1] / 2 + least[l] + spare / (n - 1) + cw[l] / 2;
            }
        }

        /** The centres of column l's units, top to bottom. */
        private double[] ys(int l) {
            double[] y = new double[units[l]];
            for (int j = 0; j < y.length; j++) {
                y[j] = y(l, j);
            }
            return y;
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

        /** Whether the weight tags are slim (the weight alone, in small type), in bands across each gap. */
        boolean slim() {
            return slim;
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

        /** The tag's size at this density, slim or full (each tag is at most this large). */
        double tagWidth() {
            return slim ? m.slimTagWidth() : m.tagWidth();
        }

        double tagHeight() {
            return slim ? m.slimTagHeight() : m.tagHeight();
        }

        /** The space kept around each tag. */
        double tagMargin() {
            return slim ? SLIM_TAG_MARGIN : TAG_MARGIN;
        }

        /** The drawing's left and right edges and its bottom. */
        double left() {
            return area.left();
        }

        double right() {
            return area.left() + area.width();
        }

        double bottom() {
            return bodyTop + bodyHeight;
        }

        /**
         * The tags to show besides those of the layers whose tags all fit: the tags of the
         * {@code kept} edges, always (at a free spot along the edge if there is one, else half-way),
         * then those of the {@code wanted} edges, in order, each only where a free spot remains.
         * Edges of layers whose tags are shown are passed over. Gives each tag's edge and where
         * along it the tag goes, in the order placed.
         */
        Map<Edge, Double> extraTags(Collection<Edge> kept, Collection<Edge> wanted) {
            Map<Edge, Double> extra = new LinkedHashMap<>();
            List<double[]> placed = new ArrayList<>();
            for (Edge e : kept) {
                if (!tagsShown(e.layer()) && !extra.containsKey(e)) {
                    double t = spots.spot(e.layer(), e.index(), placed);
                    extra.put(e, Double.isNaN(t) ? 0.5 : t);
                    placed.add(spots.centre(e.layer(), e.index(), extra.get(e)));
                }
            }
            for (Edge e : wanted) {
                if (!tagsShown(e.layer()) && !extra.containsKey(e)) {
                    double t = spots.spot(e.layer(), e.index(), placed);
                    if (!Double.isNaN(t)) {
                        extra.put(e, t);
                        placed.add(spots.centre(e.layer(), e.index(), t));
                    }
                }
            }
            return extra;
        }

        /** The top of the column headers, and their height. */
        double headerTop() {
            return area.top();
        }

        double headerHeight() {
            return m.headerHeight();
        }

        /** Where the column headers go, each {@code preferred[l]} px wide where there is room ({@link HeaderSpans}). */
        Span[] headers(double[] preferred) {
            return HeaderSpans.place(x, preferred, area.left(), area.left() + area.width());
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
            return "Plan[" + m.density() + (slim ? " slim" : "") + ", x " + Arrays.toString(x)
                    + ", tags " + Arrays.toString(tagsFit) + "]";
        }
    }
}
