package org.backpropstudio.app.present;

/**
 * The network diagram's pairs, and those of its parameter editor with the what-if plot.
 *
 * <p>Left out on purpose, as decoration or as a second cue of something checked here: the rule
 * under a card's title; a weight of exactly zero, whose line is faint on purpose (its tag says 0);
 * the yellow and green tints behind marked values, checked as the background of their text, and
 * the halo behind a marked layer's edges, whose cards wear a checked ring; the hover tints and
 * halos, which follow the pointer; the pulses that run along the edges while playing; the faint
 * padlock shown on hover as a hint (the padlock under the pointer, and a locked one, are checked);
 * presentation's spotlight, which dims all but the current computation on purpose; the veil over
 * the edges of a packed diagram; the what-if plot's grid lines; the faint lines from an input
 * picture to the hidden units, a sketch of the connection whose weights the pictures' receptive
 * fields show.
 */
final class DiagramPairs {
    private static final String D = "diagram/diagram.css";
    private static final String E = "diagram/editor.css";
    private static final String W = "whatif/what-if.css";
    private static final String TEXT_FILL = "-fx-text-fill";
    private static final String BACKGROUND = "-fx-background-color";
    private static final String BORDER = "-fx-border-color";

    private DiagramPairs() {
    }

    static void diagram(Pairs p) {
        p.on(".network-diagram");
        String canvas = p.css(D, ".diagram-canvas", BACKGROUND);
        String card = p.css(D, ".neuron", BACKGROUND);
        String input = p.css(D, ".neuron.input", BACKGROUND);
        String tag = p.css(D, ".edge-tag .value", BACKGROUND);
        String value = p.css(D, ".value", TEXT_FILL);
        String muted = p.css(D, ".value.bias", TEXT_FILL);
        String positive = p.css(D, ".edge-tag.positive .weight", TEXT_FILL);
        String negative = p.css(D, ".edge-tag.negative .weight", TEXT_FILL);
        String readTint = p.css(D, ".value:read", BACKGROUND);
        String readTag = p.css(D, ".edge-tag .value:read", BACKGROUND);

        p.text("diagram: a value on a card", value, canvas, card)
                .text("diagram: a value on an input card", value, canvas, input)
                .text("diagram: a card's title", p.css(D, ".neuron .title", TEXT_FILL), canvas, card)
                .text("diagram: an input card's title", p.css(D, ".neuron .title", TEXT_FILL), canvas, input)
                .text("diagram: a column header", p.css(D, ".column-header", TEXT_FILL), canvas)
                .text("diagram: a bias or its gradient", muted, canvas, card)
                .text("diagram: a target", p.css(D, ".value.target", TEXT_FILL), canvas, card)
                .text("diagram: the input of the next sample", p.css(D, ".value.upcoming", TEXT_FILL), canvas, input)
                // "—" says "not computed yet": it carries information, so it is text, not decoration.
                .text("diagram: the dash of a value not yet computed", p.css(D, ".value.pending", TEXT_FILL),
                        canvas, card)
                .text("diagram: the dash of a value not yet computed, input card",
                        p.css(D, ".value.pending", TEXT_FILL), canvas, input)
                .text("diagram: a positive weight on its tag", positive, canvas, tag)
                .text("diagram: a negative weight on its tag", negative, canvas, tag)
                .text("diagram: a weight's gradient on its tag", p.css(D, ".edge-tag .weight-gradient", TEXT_FILL),
                        canvas, tag)
                .text("diagram: a value just computed", p.css(D, ".value:computed-now", TEXT_FILL), canvas, card,
                        p.css(D, ".value:computed-now", BACKGROUND))
                .text("diagram: an input just loaded", p.css(D, ".value:computed-now", TEXT_FILL), canvas, input,
                        p.css(D, ".value:computed-now", BACKGROUND))
                .text("diagram: a weight just updated", p.css(D, ".edge-tag .value:computed-now", TEXT_FILL),
                        canvas, p.css(D, ".edge-tag .value:computed-now", BACKGROUND))
                .text("diagram: a value just read", value, canvas, card, readTint)
                .text("diagram: an input just read", value, canvas, input, readTint)
                .text("diagram: a bias just read", muted, canvas, card, readTint)
                .text("diagram: a positive weight just read", positive, canvas, readTag)
                .text("diagram: a negative weight just read", negative, canvas, readTag)
                .text("diagram: a number being dragged", p.css(D, ".value.editable:scrubbing", TEXT_FILL), canvas,
                        p.css(D, ".value.editable:scrubbing", BACKGROUND))
                .text("diagram: the notice over the diagram", p.css(D, ".diagram-notice", TEXT_FILL), canvas,
                        p.css(D, ".diagram-notice", BACKGROUND))
                .text("diagram: a value no longer finite", p.css(D, ".value:non-finite", TEXT_FILL), canvas, card,
                        p.css(D, ".value:non-finite", BACKGROUND));

        String compactOpacity = p.css(D, ".density-compact .edge-layer", "-fx-opacity");
        p.graphic("diagram: a positive weight's line", p.css(D, ".edge.positive .edge-line", "-fx-stroke"), canvas)
                .graphic("diagram: a negative weight's (dashed) line", p.css(D, ".edge.negative .edge-line",
                        "-fx-stroke"), canvas)
                .fadedGraphic("diagram: a positive weight's line, compact", p.css(D, ".edge.positive .edge-line",
                        "-fx-stroke"), Double.parseDouble(compactOpacity), canvas)
                .fadedGraphic("diagram: a negative weight's line, compact", p.css(D, ".edge.negative .edge-line",
                        "-fx-stroke"), Double.parseDouble(compactOpacity), canvas)
                .graphic("diagram: a card's border", p.css(D, ".neuron", BORDER), canvas)
                .graphic("diagram: an output card's border", p.css(D, ".neuron.output", BORDER), canvas)
                .graphic("diagram: the ring of a card just read", p.css(D, ".neuron .mark:read", BORDER), canvas)
                .graphic("diagram: the ring of a card just read, inside", p.css(D, ".neuron .mark:read", BORDER), card)
                .graphic("diagram: the ring of a card just computed", p.css(D, ".neuron .mark:computed-now", BORDER),
                        canvas)
                .graphic("diagram: the ring of a card just computed, inside",
                        p.css(D, ".neuron .mark:computed-now", BORDER), card)
                .graphic("diagram: the ring of the selected card", Pairs.layer(p.css(D, ".neuron:selected",
                        BACKGROUND), 0), canvas)
                .graphic("diagram: the keyboard's focus ring", Pairs.shadowColour(p.css(D, ".neuron:focused",
                        "-fx-effect")), canvas)
                .graphic("diagram: a positive weight tag's border", p.css(D, ".edge-tag.positive .weight", BORDER),
                        canvas)
                .graphic("diagram: a negative weight tag's border", p.css(D, ".edge-tag.negative .weight", BORDER),
                        canvas)
                .graphic("diagram: a padlock, locked or under the pointer", p.css(D, ".lock:locked", "-fx-icon-color"),
                        canvas, card)
                .graphic("diagram: the line of a weight no longer finite", p.css(D, ".edge:non-finite .edge-line",
                        "-fx-stroke"), canvas)
                .graphic("diagram: the border of a value no longer finite", p.css(D, ".value:non-finite", BORDER),
                        canvas, card)
                .graphic("diagram: the sign of a value no longer finite", p.css(D, ".non-finite-sign",
                        "-fx-icon-color"), canvas, card, p.css(D, ".value:non-finite", BACKGROUND));
        picture(p, canvas);
    }

    /** The input picture of an image session: its card, frame, ink, label, rings. */
    private static void picture(Pairs p, String canvas) {
        String card = p.css(D, ".input-picture", BACKGROUND);
        String frame = ".input-picture .sample-picture";
        p.text("diagram: the input picture's label", p.css(D, ".input-picture .picture-caption", TEXT_FILL), canvas,
                        card)
                .text("diagram: the label of the picture to come", p.css(D,
                        ".input-picture .picture-caption:upcoming", TEXT_FILL), canvas, card)
                .graphic("diagram: the input picture's card", p.css(D, ".input-picture", BORDER), canvas)
                .graphic("diagram: the input picture's frame", p.css(D, frame, BORDER), card)
                .graphic("diagram: the input picture's ink on its paper", p.css(D, frame, "-bp-ink-color"),
                        p.css(D, frame, "-bp-paper-color"))
                .graphic("diagram: the ring of the picture just read", p.css(D, ".input-picture .mark:read", BORDER),
                        canvas)
                .graphic("diagram: the ring of the picture just read, inside",
                        p.css(D, ".input-picture .mark:read", BORDER), card)
                .graphic("diagram: the picture's focus ring", Pairs.shadowColour(p.css(D, ".input-picture:focused",
                        "-fx-effect")), canvas);
    }

    /** The parameter editor: a popup of its own, always in the light palette, with the what-if plot. */
    static void editor(Pairs p) {
        p.on(".popover .parameter-editor");
        String paper = p.css(E, ".popover > .border", "-fx-fill");
        p.text("editor: a label", p.css(E, ".parameter-editor .label", TEXT_FILL), paper)
                .text("editor: what is edited", p.css(E, ".parameter-editor .editor-what", TEXT_FILL), paper)
                .text("editor: the keys and the slider's ends", p.css(E, ".parameter-editor .editor-keys", TEXT_FILL),
                        paper)
                .text("editor: a refusal", p.css(E, ".parameter-editor .editor-error", TEXT_FILL), paper,
                        p.css(E, ".parameter-editor .editor-error", BACKGROUND))
                .text("editor: the loss went down", p.css(E, ".parameter-editor .edit-outcome.lower", TEXT_FILL),
                        paper, p.css(E, ".parameter-editor .edit-outcome.lower", BACKGROUND))
                .text("editor: the loss went up", p.css(E, ".parameter-editor .edit-outcome.higher", TEXT_FILL),
                        paper, p.css(E, ".parameter-editor .edit-outcome.higher", BACKGROUND))
                .graphic("editor: the border of a refused number",
                        p.css(E, ".parameter-editor .editor-field:refused", BORDER), paper);

        p.on(".popover .parameter-editor .what-if-plot");
        String plot = ".what-if-plot";
        p.text("what-if: a tick label", p.css(W, plot, "-bp-tick-color"), paper)
                .text("what-if: an axis label", p.css(W, plot, "-bp-label-color"), paper)
                .graphic("what-if: the loss curve", p.css(W, plot, "-bp-curve-color"), paper)
                .graphic("what-if: the tangent", p.css(W, plot, "-bp-tangent-color"), paper)
                .graphic("what-if: the value being tried", p.css(W, plot, "-bp-marker-color"), paper)
                .graphic("what-if: the first-order prediction", p.css(W, plot, "-bp-prediction-color"), paper)
                .graphic("what-if: the axes", p.css(W, plot, "-bp-axis-color"), paper);
    }
}
