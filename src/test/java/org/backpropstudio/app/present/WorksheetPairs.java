package org.backpropstudio.app.present;

/** The pairs of a worksheet's table ({@code worksheet/worksheet.css}): every text on the pane's background. */
final class WorksheetPairs {
    private static final String W = "worksheet/worksheet.css";
    private static final String TEXT_FILL = "-fx-text-fill";

    private WorksheetPairs() {
    }

    static void worksheet(Pairs p) {
        p.on(".worksheet-pane");
        String bg = p.css(W, ".worksheet-pane", "-fx-background-color");
        String w = ".worksheet-pane .worksheet-";
        p.text("worksheet: the title", p.css(W, w + "title", TEXT_FILL), bg)
                .text("worksheet: the facts", p.css(W, w + "facts", TEXT_FILL), bg)
                .text("worksheet: what the student starts from", p.css(W, w + "given", TEXT_FILL), bg)
                .text("worksheet: a column's name", p.css(W, w + "header", TEXT_FILL), bg)
                .text("worksheet: an item's number", p.css(W, w + "number", TEXT_FILL), bg)
                .text("worksheet: what an item is", p.css(W, w + "about", TEXT_FILL), bg)
                .text("worksheet: a right answer", p.css(W, w + "verdict:right", TEXT_FILL), bg)
                .text("worksheet: a wrong answer", p.css(W, w + "verdict:wrong", TEXT_FILL), bg)
                .text("worksheet: not a number", p.css(W, w + "verdict:refused", TEXT_FILL), bg)
                .text("worksheet: the score", p.css(W, w + "score", TEXT_FILL), bg)
                .text("worksheet: a file not read", p.css(W, w + "problem", TEXT_FILL), bg);
    }
}
