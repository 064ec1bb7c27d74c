package org.backpropstudio.app.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Colour and contrast (issue 13, part 5): in every theme, text is at least 4.5:1 against its
 * background and graphics at least 3:1 (WCAG 2.1 AA, 1.4.3 and 1.4.11). The colours are read from
 * the stylesheets as the theme applies them ({@link ThemeColours}); each pair is named, with its
 * ratio, in the test's name: "DARK: diagram: a card's border 3.41:1 (3:1)".
 */
class ContrastTest {
    private static final String[] SHEETS = {"diagram/diagram.css", "diagram/editor.css", "whatif/what-if.css",
        "equations/equations.css", "chart/loss-chart.css", "boundary/decision-boundary.css", "lesson/lesson.css",
        "quiz/quiz.css", "check/gradient-check.css", "images/pictures.css", "draw/draw.css",
        "worksheet/worksheet.css"};

    static List<Pairs.Pair> pairs(Theme theme) {
        Pairs p = new Pairs(ThemeColours.of(theme, SHEETS));
        DiagramPairs.diagram(p);
        DiagramPairs.editor(p);
        PanelPairs.frame(p);
        PanelPairs.equations(p);
        PanelPairs.lossChart(p);
        PanelPairs.decisionBoundary(p);
        PanelPairs.lesson(p);
        PanelPairs.quiz(p);
        PanelPairs.gradientCheck(p);
        PanelPairs.pictures(p);
        DrawPairs.draw(p);
        WorksheetPairs.worksheet(p);
        return p.all();
    }

    @TestFactory
    List<DynamicTest> every_pair_in_every_theme_has_its_contrast() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (Pairs.Pair pair : pairs(theme)) {
                String name = String.format(Locale.ROOT, "%s: %s %.2f:1 (%s:1)", theme, pair.name(), pair.ratio(),
                        pair.minimum() == Pairs.TEXT ? "4.5" : "3");
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(pair.ratio())
                        .as("%s: %s, %s on %s", theme, pair.name(), pair.fg(), pair.bg())
                        .isGreaterThanOrEqualTo(pair.minimum())));
            }
        }
        return tests;
    }
}
