package org.backpropstudio.app.present;

/**
 * The pairs of the window's frame (stepper, timeline, status bar) and of the side panels: the
 * equations, the loss chart, the decision boundary, the lesson, the quiz and the gradient check.
 *
 * <p>Left out on purpose, as decoration: the pill round each of the breadcrumb's steps (labels,
 * not controls: the steps are words, and the current one is filled); the plots' grid lines; the
 * loss chart's min–max band behind its line (the line carries the loss); the decision boundary's
 * heatmap, a soft fill whose edge is the checked boundary line; the bullet dots of a lesson's
 * lists; the dots of the lesson's progress (the progress is also written as words, checked).
 */
final class PanelPairs {
    private static final String S = "studio.css";
    private static final String P = "panels.css";
    private static final String Q = "equations/equations.css";
    private static final String L = "chart/loss-chart.css";
    private static final String B = "boundary/decision-boundary.css";
    private static final String LESSON = "lesson/lesson.css";
    private static final String QUIZ = "quiz/quiz.css";
    private static final String CHECK = "check/gradient-check.css";
    private static final String TEXT_FILL = "-fx-text-fill";
    private static final String BACKGROUND = "-fx-background-color";

    private PanelPairs() {
    }

    static void frame(Pairs p) {
        p.on(".stepper-bar");
        String bar = p.css(S, ".stepper-bar", BACKGROUND);
        p.text("stepper: a caption", p.css(S, ".stepper-buttons .caption", TEXT_FILL), bar)
                .text("stepper: the speed", p.css(S, ".speed-label", TEXT_FILL), bar)
                .text("stepper: a step to come", p.css(S, ".crumb", TEXT_FILL), bar, p.css(S, ".crumb", BACKGROUND))
                .text("stepper: a step done", p.css(S, ".crumb:done", TEXT_FILL), bar, p.css(S, ".crumb", BACKGROUND))
                .text("stepper: the current step", p.css(S, ".crumb:active", TEXT_FILL), bar,
                        p.css(S, ".crumb:active", BACKGROUND))
                .text("stepper: the arrow between steps", p.css(S, ".crumb-arrow", TEXT_FILL), bar)
                .text("stepper: the counter", p.css(S, ".counter", TEXT_FILL), bar);
        p.on(".stepper-bar .button");
        p.graphic("stepper: a button's focus ring", Pairs.layer(p.css("primer", ".button:focused", BACKGROUND), 0),
                bar);
        p.on(".timeline");
        p.text("timeline: a caption", p.css(S, ".timeline .caption", TEXT_FILL), p.css(S, ".timeline", BACKGROUND));
        p.on(".status-bar");
        p.text("status bar: a message", p.css(S, ".status-bar .label", TEXT_FILL),
                p.css(S, ".status-bar", BACKGROUND));
        p.on(".study-bar");
        p.text("study bar: what is studied", p.css(S, ".study-bar .label", TEXT_FILL), "-color-bg-default",
                p.css(S, ".study-bar", BACKGROUND));
        p.on(".notification-pane .notification-bar .pane");
        p.text("notification over the diagram", p.css(S, ".notification-pane .notification-bar > .pane .label",
                TEXT_FILL), p.css(S, ".notification-pane .notification-bar > .pane", BACKGROUND));
    }

    static void equations(Pairs p) {
        p.on(".equation-panel");
        String bg = p.css(Q, ".equation-panel", BACKGROUND);
        p.text("equations: the heading", p.css(Q, ".equation-panel .equation-heading", TEXT_FILL), bg)
                .text("equations: the heading of a step to come", p.css(Q, ".equation-panel:upcoming .equation-heading",
                        TEXT_FILL), bg)
                .text("equations: the kicker", p.css(P, ".equation-kicker", TEXT_FILL), bg)
                .text("equations: the subheading", p.css(Q, ".equation-panel .equation-subheading", TEXT_FILL), bg)
                .text("equations: a hint", p.css(Q, ".equation-panel .equation-hint", TEXT_FILL), bg)
                .text("equations: a caption", p.css(Q, ".equation-panel .equation-caption", TEXT_FILL), bg)
                .text("equations: a meaning", p.css(Q, ".equation-panel .equation-meaning", TEXT_FILL), bg)
                .text("equations: the count", p.css(Q, ".equation-panel .equation-count", TEXT_FILL), bg)
                .text("equations: a typeset equation", p.css(Q, ".equation-panel .tex", BACKGROUND), bg)
                .text("equations: the highlighted result", p.css(Q, ".equation-panel .tex.result", BACKGROUND), bg)
                .text("equations: an equation to come", p.css(Q, ".equation-panel:upcoming .tex", BACKGROUND), bg)
                .text("equations: a formula's source, untypeset", p.css(P, ".math-text .math-source", "-fx-fill"), bg)
                .text("equations: waiting to typeset", p.css(Q, ".equation-panel .equation-pending", TEXT_FILL), bg,
                        p.css(Q, ".equation-panel .equation-pending", BACKGROUND));
        p.on(".equation-panel .hyperlink");
        p.text("equations: a link", p.css("primer", ".hyperlink", TEXT_FILL), bg);
    }

    static void lossChart(Pairs p) {
        p.on(".loss-chart");
        String chart = ".loss-chart";
        String bg = p.css(L, chart, BACKGROUND);
        p.text("loss chart: the title", p.css(L, ".loss-chart .loss-chart-title", TEXT_FILL), bg)
                .text("loss chart: the latest loss", p.css(L, ".loss-chart .loss-chart-latest", TEXT_FILL), bg)
                .text("loss chart: nothing to plot yet", p.css(L, ".loss-chart .loss-chart-empty", TEXT_FILL), bg)
                .text("loss chart: the epoch scores", p.css(L, ".loss-chart .loss-chart-scores", TEXT_FILL), bg)
                .text("loss chart: a tick label", p.css(L, chart, "-bp-tick-color"), bg)
                .text("loss chart: the readout", p.css(L, ".loss-chart .loss-readout", TEXT_FILL), bg,
                        p.css(L, ".loss-chart .loss-readout", BACKGROUND))
                .graphic("loss chart: the loss line", p.css(L, chart, "-bp-line-color"), bg)
                .graphic("loss chart: the test loss line", p.css(L, chart, "-bp-test-color"), bg)
                .graphic("loss chart: the axes", p.css(L, chart, "-bp-axis-color"), bg)
                .graphic("loss chart: the crosshair", p.css(L, chart, "-bp-crosshair-color"), bg);
    }

    static void decisionBoundary(Pairs p) {
        p.on(".decision-boundary");
        String plot = ".decision-boundary";
        String bg = p.css(B, plot, BACKGROUND);
        String outline = p.css(B, plot, "-bp-point-outline-color");
        p.text("boundary: the title", p.css(B, ".decision-boundary .decision-boundary-title", TEXT_FILL), bg)
                .text("boundary: a legend label", p.css(B, ".decision-boundary .legend-label", TEXT_FILL), bg)
                .text("boundary: nothing to plot yet", p.css(B, ".decision-boundary .decision-boundary-empty",
                        TEXT_FILL), bg)
                .text("boundary: a tick label", p.css(B, plot, "-bp-tick-color"), bg)
                .text("boundary: the readout", p.css(B, ".decision-boundary .decision-boundary-readout", TEXT_FILL),
                        bg, p.css(B, ".decision-boundary .decision-boundary-readout", BACKGROUND))
                .graphic("boundary: the boundary line", p.css(B, plot, "-bp-boundary-color"), bg)
                .graphic("boundary: the ring round the current sample", p.css(B, plot, "-bp-current-color"), bg)
                .graphic("boundary: the fitted curve", p.css(B, plot, "-bp-curve-color"), bg)
                .graphic("boundary: the axes", p.css(B, plot, "-bp-axis-color"), bg);
        String[] points = {"-bp-negative-color", "-bp-positive-color", "-bp-point-color", "-bp-class-1-color",
            "-bp-class-2-color", "-bp-class-3-color", "-bp-class-4-color", "-bp-class-5-color", "-bp-class-6-color",
            "-bp-class-7-color", "-bp-class-8-color"};
        for (String point : points) {
            p.outlined("boundary: a point of " + point, p.css(B, plot, point), outline, bg);
        }
        String swatchBorder = p.css(B, ".decision-boundary .legend-swatch", "-fx-border-color");
        for (String swatch : new String[] {".legend-swatch.negative", ".legend-swatch.positive", ".category-1",
            ".category-2", ".category-3", ".category-4", ".category-5", ".category-6", ".category-7", ".category-8"}) {
            p.outlined("boundary: the legend's swatch " + swatch, p.css(B, ".decision-boundary " + swatch, BACKGROUND),
                    swatchBorder, bg);
        }
    }

    static void lesson(Pairs p) {
        p.on(".lesson-panel");
        String bg = p.css(LESSON, ".lesson-panel", BACKGROUND);
        String card = p.css(LESSON, ".lesson-panel .lesson-card", BACKGROUND);
        String fresh = p.css(LESSON, ".lesson-panel .lesson-card:fresh", BACKGROUND);
        p.text("lesson: the summary", p.css(LESSON, ".lesson-panel .lesson-summary", TEXT_FILL), bg)
                .text("lesson: a card's words", p.css(P, ".math-text .words", "-fx-fill"), bg, card)
                .text("lesson: when a card shows", p.css(LESSON, ".lesson-panel .lesson-when", TEXT_FILL), bg, card)
                .text("lesson: when a new card shows", p.css(LESSON, ".lesson-panel .lesson-card:fresh .lesson-when",
                        TEXT_FILL), bg, fresh)
                .text("lesson: an earlier card's words", p.css(LESSON,
                        ".lesson-panel .lesson-card:browsing .math-text .words", "-fx-fill"), bg)
                .text("lesson: the progress", p.css(LESSON, ".lesson-panel .lesson-progress", TEXT_FILL), bg)
                .text("lesson: a problem", p.css(LESSON, ".lesson-panel .lesson-error", TEXT_FILL), bg,
                        p.css(LESSON, ".lesson-panel .lesson-error", BACKGROUND))
                .graphic("lesson: a new card's border", p.css(LESSON, ".lesson-panel .lesson-card:fresh",
                        "-fx-border-color"), bg);
    }

    static void quiz(Pairs p) {
        p.on(".quiz-panel");
        String bg = p.css(QUIZ, ".quiz-panel", BACKGROUND);
        p.text("quiz: the streak", p.css(QUIZ, ".quiz-panel .quiz-streak", TEXT_FILL), bg)
                .text("quiz: the quiz is off", p.css(QUIZ, ".quiz-panel .quiz-off", TEXT_FILL), bg)
                .text("quiz: what is asked about", p.css(QUIZ, ".quiz-panel .quiz-context", TEXT_FILL), bg)
                .text("quiz: the question's note", p.css(QUIZ, ".quiz-panel .quiz-about", TEXT_FILL), bg)
                .text("quiz: an answer refused", p.css(QUIZ, ".quiz-panel .quiz-error", TEXT_FILL), bg)
                .text("quiz: no question here", p.css(QUIZ, ".quiz-panel .quiz-none", TEXT_FILL), bg,
                        p.css(QUIZ, ".quiz-panel .quiz-none", BACKGROUND))
                .text("quiz: right", p.css(QUIZ, ".quiz-panel .quiz-feedback:right .quiz-verdict", TEXT_FILL), bg,
                        p.css(QUIZ, ".quiz-panel .quiz-feedback:right", BACKGROUND))
                .text("quiz: wrong", p.css(QUIZ, ".quiz-panel .quiz-feedback:wrong .quiz-verdict", TEXT_FILL), bg,
                        p.css(QUIZ, ".quiz-panel .quiz-feedback:wrong", BACKGROUND))
                .text("quiz: the rule", p.css(QUIZ, ".quiz-panel .quiz-rule", TEXT_FILL), bg);
    }

    static void gradientCheck(Pairs p) {
        p.on(".gradient-check");
        String bg = p.css(CHECK, ".gradient-check", BACKGROUND);
        String g = ".gradient-check .gradient-check-";
        String cell = ".gradient-check .gradient-check-table .error-cell";
        p.text("check: the explanation", p.css(CHECK, g + "explanation", TEXT_FILL), bg)
                .text("check: the status", p.css(CHECK, g + "status", TEXT_FILL), bg)
                .text("check: a summary", p.css(CHECK, g + "summary", TEXT_FILL), bg, p.css(CHECK, g + "summary",
                        BACKGROUND))
                .text("check: a good summary", p.css(CHECK, g + "summary:good", TEXT_FILL), bg,
                        p.css(CHECK, g + "summary:good", BACKGROUND))
                .text("check: a suspicious summary", p.css(CHECK, g + "summary:suspicious", TEXT_FILL), bg,
                        p.css(CHECK, g + "summary:suspicious", BACKGROUND))
                .text("check: a bad summary", p.css(CHECK, g + "summary:bad", TEXT_FILL), bg,
                        p.css(CHECK, g + "summary:bad", BACKGROUND))
                .text("check: a column header", p.css(CHECK, g + "table .column-header .label", TEXT_FILL), bg)
                .text("check: an error within rounding", p.css(CHECK, cell + ":rounding", TEXT_FILL), bg)
                .text("check: a suspicious error", p.css(CHECK, cell + ":suspicious", TEXT_FILL), bg,
                        p.css(CHECK, g + "table .table-row-cell:suspicious", BACKGROUND))
                .text("check: a bad error", p.css(CHECK, cell + ":bad", TEXT_FILL), bg,
                        p.css(CHECK, g + "table .table-row-cell:bad", BACKGROUND))
                .fadedText("check: a number of a stale check", "-color-fg-default", Double.parseDouble(
                        p.css(CHECK, ".gradient-check:stale .gradient-check-table .table-row-cell", "-fx-opacity")), bg)
                .text("check: nothing checked yet", p.css(CHECK, g + "placeholder", TEXT_FILL), bg)
                .graphic("check: the good mark", p.css(CHECK, cell + ":good .verdict-mark", BACKGROUND), bg)
                .graphic("check: the suspicious mark", p.css(CHECK, cell + ":suspicious .verdict-mark", BACKGROUND),
                        bg, p.css(CHECK, g + "table .table-row-cell:suspicious", BACKGROUND))
                .graphic("check: the bad mark", p.css(CHECK, cell + ":bad .verdict-mark", BACKGROUND), bg,
                        p.css(CHECK, g + "table .table-row-cell:bad", BACKGROUND));
    }
}
