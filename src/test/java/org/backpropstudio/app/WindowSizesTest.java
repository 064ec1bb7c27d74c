package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.backpropstudio.app.equations.EquationPanel;
import org.backpropstudio.app.lesson.LessonPanel;
import org.backpropstudio.app.present.Theme;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.io.TestPresets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the screens students and lecturers have (a 1920 × 1080 laptop at 150 % is
 * 1280 × 720; projectors 1280 × 800; 1366 × 768; 1920 × 1080), in each theme: the panel being read
 * shows a whole equation block and a whole lesson card, plots with nothing to show take no room,
 * every weight of the seed example is labelled, and no tab cuts a label short or scrolls sideways;
 * presentation mode (here the test screen's 1920 × 1080 at 150 %) keeps a whole block and every weight.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesTest {
    /** The seed example's weights, by their tags' ids. */
    private static final String[] WEIGHTS = {
        "#tag-1-0-0", "#tag-1-0-1", "#tag-1-1-0", "#tag-1-1-1", "#tag-2-0-0", "#tag-2-0-1",
    };

    /** A line of a lesson card's text, px (16 px type). */
    private static final double LINE = 22;

    @TempDir
    Path dir;
    private TestWindow test;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        test = new TestWindow(stage, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryFile(dir.resolve("recovery.backprop.json")));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            test.window.useTheme(Theme.LIGHT); // the theme is the application's: the tests after this one expect light
            stage.setWidth(1280); // as the tests after this one expect the shared stage
            stage.setHeight(800);
        });
        test.close();
    }

    @ParameterizedTest(name = "{0} × {1}, {2}")
    @CsvSource({
        "1280, 720, LIGHT", "1280, 720, DARK", "1280, 720, HIGH_CONTRAST",
        "1280, 800, LIGHT", "1280, 800, DARK", "1280, 800, HIGH_CONTRAST",
        "1366, 768, LIGHT", "1366, 768, DARK", "1366, 768, HIGH_CONTRAST",
        "1920, 1080, LIGHT", "1920, 1080, DARK", "1920, 1080, HIGH_CONTRAST",
    })
    void the_reader_has_the_room_and_nothing_is_cut_short(int width, int height, Theme theme, FxRobot robot)
            throws Exception {
        robot.interact(() -> {
            test.window.useTheme(theme);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(test.window::resetLayout); // as the window opens at this size
        steps(3);
        Node plots = robot.lookup("#plots").query();
        assertThat(plots.getLayoutBounds().getHeight()).as("no loss yet: the plots fold to their tabs")
                .isLessThan(50);
        assertWhole(robot, "#equation-0", "#equation-scroll");
        for (String weight : WEIGHTS) {
            assertThat(Fx.call(() -> robot.lookup(weight).query().isVisible())).as(weight + " labelled").isTrue();
        }

        TabPane tools = robot.lookup("#tools").query();
        for (Tab tab : tools.getTabs()) {
            robot.interact(() -> tools.getSelectionModel().select(tab));
            settleViews();
            assertThat(cutShort(tab.getContent())).as(tab.getText() + " cuts nothing short").isEmpty();
            assertThat(sidewaysScroll(tab.getContent())).as(tab.getText() + " needs no sideways scroll").isFalse();
        }
        assertThat(cutShort(robot.lookup(".tab-header-area").queryAll().iterator().next().getParent()))
                .as("the tab names").isEmpty();

        robot.interact(() -> tools.getSelectionModel().select(1));
        settleViews();
        assertWhole(robot, "#lesson-card", "#lesson-scroll");

        steps(17); // iteration 2, the hidden layer's δ: the tallest block of the seed's example
        robot.interact(() -> tools.getSelectionModel().select(0));
        settleViews();
        assertWhole(robot, "#equation-0", "#equation-scroll");
        robot.interact(() -> tools.getSelectionModel().select(1));
        settleViews();
        assertWhole(robot, "#lesson-card", "#lesson-scroll");
        double column = robot.lookup(".side").query().getLayoutBounds().getHeight();
        boolean roomy = column >= SideColumn.READER_HEIGHT + SideColumn.PLOTS_HEIGHT;
        assertThat(plots.getLayoutBounds().getHeight()).as("with a loss the plots open where there is room")
                .isGreaterThan(roomy ? SideColumn.PLOTS_HEIGHT - 1 : 0).isLessThan(roomy ? height : 50);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void presenting_keeps_a_whole_equation_block_and_every_weight(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> test.window.useTheme(theme));
        steps(17);
        robot.interact(() -> test.window.presentation().enter(stage));
        try {
            settleViews();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Fx.call(() -> {
                Node tag = robot.lookup(WEIGHTS[0]).query();
                return tag.isVisible() && tag.getParent().isVisible();
            }));
            assertWhole(robot, "#equation-0", "#equation-scroll");
            for (String weight : WEIGHTS) {
                assertThat(Fx.call(() -> robot.lookup(weight).query().isVisible())).as(weight + " labelled")
                        .isTrue();
            }
        } finally {
            robot.interact(() -> test.window.presentation().exit(stage));
        }
    }

    @ParameterizedTest(name = "{0} at {1} × {2}, presenting: {3}")
    @CsvSource({
        "xor, 1280, 720, false", "xor, 1920, 1080, false", "xor, 1920, 1080, true",
        "two-moons, 1280, 720, false", "two-moons, 1920, 1080, false", "two-moons, 1920, 1080, true",
    })
    void every_weight_of_xor_and_two_moons_keeps_its_label(String preset, int width, int height, boolean presenting,
                                                          FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(test.window::resetLayout);
        Fx.run(() -> test.model.open(TestPresets.preset(preset)));
        test.settle();
        if (presenting) {
            robot.interact(() -> test.window.presentation().enter(stage));
        }
        try {
            WaitForAsyncUtils.waitForFxEvents();
            List<Bounds> tags = new ArrayList<>();
            int[] units = Fx.call(() -> test.model.snapshotProperty().get().network().unitsArray());
            for (int l = 1; l < units.length; l++) {
                for (int j = 0; j < units[l]; j++) {
                    for (int k = 0; k < units[l - 1]; k++) {
                        String id = "#tag-" + l + "-" + j + "-" + k;
                        Node tag = robot.lookup(id).query();
                        assertThat(Fx.call(() -> visibleInTree(tag))).as(id + " labelled").isTrue();
                        tags.add(Fx.call(() -> tag.localToScene(tag.getLayoutBounds())));
                    }
                }
            }
            for (int a = 0; a < tags.size(); a++) {
                for (int b = a + 1; b < tags.size(); b++) {
                    Bounds x = tags.get(a);
                    Bounds y = tags.get(b);
                    boolean overlap = x.getMinX() < y.getMaxX() - 0.5 && y.getMinX() < x.getMaxX() - 0.5
                            && x.getMinY() < y.getMaxY() - 0.5 && y.getMinY() < x.getMaxY() - 0.5;
                    assertThat(overlap).as("tags %d and %d apart", a, b).isFalse();
                }
            }
        } finally {
            if (presenting) {
                robot.interact(() -> test.window.presentation().exit(stage));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-walkthrough", "xor", "vanishing-gradients", "learning-rate"})
    void every_card_of_up_to_8_lines_shows_whole_at_1280_x_720(String id, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.interact(test.window::resetLayout);
        TabPane tools = robot.lookup("#tools").query();
        robot.interact(() -> tools.getSelectionModel().select(1));
        LessonPanel panel = robot.lookup("#lesson-panel").queryAs(LessonPanel.class);
        robot.interact(() -> panel.lessons().choose(id));
        robot.interact(() -> panel.lessons().start()); // the lesson's session open: its cards to read
        test.settle();
        settleViews();
        int cards = Fx.call(() -> panel.lessons().getLesson().cards().size());
        int checked = 0;
        for (int c = 0; c < cards; c++) {
            int card = c;
            robot.interact(() -> panel.lessons().goTo(card));
            settleViews();
            Node text = robot.lookup("#lesson-text").query();
            if (Fx.call(() -> text.getLayoutBounds().getHeight()) <= 8 * LINE) {
                assertWhole(robot, "#lesson-card", "#lesson-scroll");
                checked++;
            }
        }
        assertThat(checked).as("cards of up to 8 lines (longer ones may scroll)").isPositive();
    }

    /** Resets and takes {@code n} micro-steps, then waits for the views. */
    private void steps(int n) throws Exception {
        Fx.run(() -> {
            test.model.reset();
            for (int i = 0; i < n; i++) {
                test.model.strideForward();
            }
        });
        test.settle();
        settleViews();
    }

    /** Waits until the equation, lesson and quiz typesetters have nothing left to show. */
    private void settleViews() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(() -> {
            Node equations = test.scene.lookup("#equation-panel");
            Node lesson = test.scene.lookup("#lesson-panel");
            return !(equations instanceof EquationPanel e && e.isTypesetting())
                    && !(lesson instanceof LessonPanel l && l.isTypesetting());
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asserts that {@code inner} lies whole inside {@code outer} (its viewport): no scrolling needed. */
    private static void assertWhole(FxRobot robot, String inner, String outer) throws Exception {
        Node in = robot.lookup(inner).query();
        Node out = robot.lookup(outer).query();
        Bounds a = Fx.call(() -> in.localToScene(in.getLayoutBounds()));
        Bounds b = Fx.call(() -> out.localToScene(out.getLayoutBounds()));
        assertThat(a.getHeight()).as(inner + " has something").isGreaterThan(50);
        assertThat(a.getMinY()).as(inner + " starts in view").isGreaterThanOrEqualTo(b.getMinY() - 0.5);
        assertThat(a.getMaxY()).as(inner + " ends in view (" + a + " in " + b + ")")
                .isLessThanOrEqualTo(b.getMaxY() + 0.5);
    }

    /** The texts under {@code root} a label or button shows cut short ("…"). */
    static List<String> cutShort(Node root) {
        return Fx.call(() -> {
            List<String> cut = new ArrayList<>();
            collectCut(root, cut);
            return cut;
        });
    }

    private static void collectCut(Node node, List<String> cut) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.lookup(".text") instanceof Text shown && !shown.getText().equals(labeled.getText())) {
            cut.add(labeled.getText() + " → " + shown.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectCut(child, cut));
        }
    }

    /** Whether a horizontal scroll bar shows under {@code root}. */
    private static boolean sidewaysScroll(Node root) throws Exception {
        return Fx.call(() -> root.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible() && visibleInTree(bar)));
    }

    private static boolean visibleInTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
