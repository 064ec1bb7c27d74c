package org.backpropstudio.app.diagram;

/**
 * How much of each neuron the diagram shows, from roomy to packed; it picks the first that fits.
 * Font sizes belong to the style class ({@code .density-large} …) in diagram.css; which rows a
 * neuron keeps belongs here.
 */
public enum Density {
    /** Every row, type for the back of a lecture hall. */
    EXTRA_LARGE(Rows.ALL, 7),
    /** Every row, large type. */
    LARGE(Rows.ALL, 7),
    /** Every row, medium type. */
    MEDIUM(Rows.ALL, 6),
    /** Every row, small type and tight cards: every number kept, to make room for the weight tags. */
    FULL_SMALL(Rows.ALL, 5),
    /** z, a, δ (and y) without title and bias, medium type. */
    COMPACT(Rows.VALUES, 5),
    /** z, a, δ (and y), small type. */
    SMALL(Rows.VALUES, 4),
    /** The activation a (x for inputs) only, to two decimals. */
    MINIMAL(Rows.ACTIVATION, 3),
    /** A dot per neuron; values in tooltips and on zoom. */
    DOT(Rows.NONE, 2);

    /** The rows of a neuron kept at a density. */
    enum Rows {
        /** Title, z, a, δ, y, bias and its gradient. */
        ALL,
        /** z, a, δ and y. */
        VALUES,
        /** a (x for an input). */
        ACTIVATION,
        /** None: a dot. */
        NONE
    }

    private final Rows rows;
    private final double maxStroke;

    Density(Rows rows, double maxStroke) {
        this.rows = rows;
        this.maxStroke = maxStroke;
    }

    /** The stroke width of the heaviest weight, px (the lightest gets 1 px). */
    double maxStroke() {
        return maxStroke;
    }

    /** The rows a neuron shows. */
    Rows rows() {
        return rows;
    }

    /** Its style class, e.g. {@code density-large}. */
    public String styleClass() {
        return "density-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
