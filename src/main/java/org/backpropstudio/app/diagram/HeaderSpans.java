package org.backpropstudio.app.diagram;

/**
 * Where the column headers of the diagram go, all together: each centred on its column where it
 * can be, moved aside where a neighbour's header needs the room (a narrow gap beside the output
 * column leaves its header room only to the left), and cut to the column's share of the width
 * only when the headers together are wider than the diagram. FX-free.
 */
final class HeaderSpans {
    /** The least space between two headers, px. */
    static final double GAP = 8;

    private HeaderSpans() {
    }

    /**
     * The headers' spans.
     *
     * @param centres   each column's centre, left to right
     * @param preferred each header's preferred width
     * @param left      the diagram's left edge
     * @param right     the diagram's right edge
     */
    static DiagramLayout.Span[] place(double[] centres, double[] preferred, double left, double right) {
        int n = centres.length;
        double[] w = preferred.clone();
        double total = GAP * (n - 1);
        for (double width : w) {
            total += width;
        }
        if (total > right - left) {
            return shares(centres, preferred, left, right);
        }
        double[] x = new double[n];
        for (int l = 0; l < n; l++) {
            x[l] = Math.max(left, Math.min(centres[l] - w[l] / 2, right - w[l]));
        }
        for (int l = 1; l < n; l++) { // push right what overlaps its left neighbour
            x[l] = Math.max(x[l], x[l - 1] + w[l - 1] + GAP);
        }
        x[n - 1] = Math.min(x[n - 1], right - w[n - 1]);
        for (int l = n - 2; l >= 0; l--) { // and back left what now runs into its right neighbour
            x[l] = Math.min(x[l], x[l + 1] - GAP - w[l]);
        }
        DiagramLayout.Span[] spans = new DiagramLayout.Span[n];
        for (int l = 0; l < n; l++) {
            spans[l] = new DiagramLayout.Span(x[l], w[l]);
        }
        return spans;
    }

    /** Too wide together: each header centred on its column, kept to its share (half-way to each neighbour). */
    private static DiagramLayout.Span[] shares(double[] centres, double[] preferred, double left, double right) {
        int n = centres.length;
        DiagramLayout.Span[] spans = new DiagramLayout.Span[n];
        for (int l = 0; l < n; l++) {
            double before = l > 0 ? centres[l] - centres[l - 1] : n > 1 ? centres[1] - centres[0] : right - left;
            double after = l < n - 1 ? centres[l + 1] - centres[l] : before;
            double from = Math.max(left, centres[l] - before / 2 + GAP / 2);
            double to = Math.min(right, centres[l] + after / 2 - GAP / 2);
            double width = Math.max(0, Math.min(preferred[l], to - from));
            spans[l] = new DiagramLayout.Span(Math.max(from, Math.min(centres[l] - width / 2, to - width)), width);
        }
        return spans;
    }
}
