package org.backpropstudio.app.present;

/**
 * The pairs of Draw a digit and the MNIST import ({@code draw/draw.css}). Left out on purpose, as
 * decoration: the faint lines between the pad's 4 × 4 blocks (the ink carries the drawing, and the
 * pad's border its edge) and the preview's frame.
 */
final class DrawPairs {
    private static final String D = "draw/draw.css";
    private static final String TEXT_FILL = "-fx-text-fill";

    private DrawPairs() {
    }

    static void draw(Pairs p) {
        p.on(".draw-digit");
        String bg = p.css(D, ".draw-digit", "-fx-background-color");
        p.text("draw: the reading", p.css(D, ".draw-digit .draw-reading", TEXT_FILL), bg)
                .text("draw: a heading", p.css(D, ".draw-digit .draw-heading", TEXT_FILL), bg)
                .text("draw: a refusal", p.css(D, ".draw-message:problem", TEXT_FILL), bg);
        p.on(".draw-digit .draw-bars");
        p.text("draw: a class's share", p.css(D, ".draw-bars .draw-bar-value", TEXT_FILL), bg)
                .text("draw: the share of the class read", p.css(D, ".draw-bars .draw-bar-value:best", TEXT_FILL), bg);
        p.on(".draw-digit .drawing-pad");
        String paper = p.css(D, ".drawing-pad", "-bp-pad-paper");
        p.graphic("draw: ink on the pad", p.css(D, ".drawing-pad", "-bp-pad-ink"), paper)
                .graphic("draw: the pad's cursor", p.css(D, ".drawing-pad", "-bp-pad-cursor"), paper)
                .graphic("draw: the pad's focus ring", p.css(D, ".drawing-pad:focused", "-fx-border-color"), bg);
    }
}
