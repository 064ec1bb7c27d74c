package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.backpropstudio.core.Stride;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The column beside the diagram as a student meets it (1280 × 800, the seed example): plots with
 * nothing to show folded to their tabs, opened and folded by a click, by the keyboard and the View
 * menu, and the student's choice and divider kept for the next run.
 */
@ExtendWith(ApplicationExtension.class)
class SideColumnTest {
    @TempDir
    Path dir;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryFile(dir.resolve("recovery.backprop.json")));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private double plotsHeight(FxRobot robot) {
        Node plots = robot.lookup("#plots").query();
        return plots.getLayoutBounds().getHeight();
    }

    @Test
    void plots_with_nothing_to_show_are_folded_and_a_click_on_a_tab_or_the_button_opens_and_folds_them(
            FxRobot robot) throws Exception {
        assertThat(plotsHeight(robot)).as("no loss, one sample: folded to the tab strip").isLessThan(50);
        Node fold = robot.lookup("#plots-fold").query();
        assertThat(Fx.call(() -> fold.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .startsWith("Open the plots");

        robot.clickOn("Decision boundary");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plotsHeight(robot)).as("a click on a folded tab opens the plots")
                .isGreaterThan(SideColumn.MIN_PANE_HEIGHT - 1);
        assertThat(robot.lookup("#plots").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-boundary");
        assertThat(Fx.call(() -> fold.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .startsWith("Fold the plots");

        robot.clickOn(fold);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plotsHeight(robot)).isLessThan(50);
    }

    @Test
    void the_keyboard_opens_folds_and_sizes_the_plots_and_the_choice_is_kept_for_the_next_run(FxRobot robot)
            throws Exception {
        Fx.run(() -> {
            test.model.strideProperty().set(Stride.ITERATION);
            test.model.strideForward();
        });
        test.settle();
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane side = robot.lookup(".side").queryAs(SplitPane.class);
        boolean roomy = side.getHeight() >= SideColumn.READER_HEIGHT + SideColumn.PLOTS_HEIGHT;
        assertThat(roomy).as("1280 × 800 gives the reader first").isFalse();
        assertThat(plotsHeight(robot)).as("a loss, but no room below a whole equation block: still folded")
                .isLessThan(50);

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double opened = plotsHeight(robot);
        assertThat(opened).as("Ctrl+L opens them").isGreaterThan(SideColumn.MIN_PANE_HEIGHT - 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double taller = plotsHeight(robot);
        assertThat(taller).as("Ctrl+Shift+↑: the plots taller, as dragging the divider up").isGreaterThan(opened + 20);

        robot.interact(test.window::rememberLayout);
        Path kept = dir.resolve("window.properties");
        assertThat(kept).exists();
        assertThat(Files.readString(kept)).contains("plots=OPEN");
        LayoutMemory memory = new LayoutMemory(kept);
        assertThat(memory.share(LayoutMemory.READER_SHARE)).hasValueSatisfying(share -> assertThat(
                share * side.getHeight()).isCloseTo(side.getHeight() - taller, Offset.offset(30.0)));

        // the next run: a new column on the same memory opens the plots at once
        SideColumn next = Fx.call(() -> new SideColumn(test.model, new TabPane(new Tab("Equations")),
                new TabPane(new Tab("Loss"), new Tab("Decision boundary")), memory));
        assertThat(next.shownProperty().get()).as("opened by hand last time: open again").isTrue();
    }

    @Test
    void plots_opened_before_the_first_loss_stay_open_and_folded_ones_keep_nothing_in_the_tab_order(FxRobot robot)
            throws Exception {
        Node chart = robot.lookup("#loss-chart").query();
        assertThat(chart.isVisible()).as("folded: the chart takes no focus").isFalse();
        robot.clickOn("#plots-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.isVisible()).isTrue();
        Fx.run(() -> {
            test.model.strideProperty().set(Stride.ITERATION);
            test.model.strideForward();
        });
        test.settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plotsHeight(robot)).as("opened by hand, still open once the loss appears")
                .isGreaterThan(SideColumn.MIN_PANE_HEIGHT - 1);
    }

    @Test
    void presenting_leaves_the_plots_alone_and_gives_them_back_where_the_student_left_the_divider(FxRobot robot)
            throws Exception {
        SplitPane side = robot.lookup(".side").queryAs(SplitPane.class);
        robot.clickOn("#plots-fold");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> side.setDividerPositions(0.3)); // as a drag of the divider does
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = (Stage) test.scene.getWindow();
        robot.interact(() -> test.window.presentation().enter(stage));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> test.window.presentation().exit(stage));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plotsHeight(robot)).as("still open").isGreaterThan(SideColumn.MIN_PANE_HEIGHT - 1);
        assertThat(side.getDividerPositions()[0]).as("where the student left it").isCloseTo(0.3, Offset.offset(0.02));
    }

    @Test
    void a_layout_file_that_cannot_be_read_is_as_if_none_was_kept() throws Exception {
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "reader.share=0.5\nwindow.width=\\u12");
        assertThat(new LayoutMemory(broken).share(LayoutMemory.READER_SHARE)).as("a malformed file: nothing")
                .isEmpty();

        Path file = dir.resolve("odd.properties");
        Files.writeString(file, "reader.share=0.99\ndiagram.share=abc\nplots=SIDEWAYS\nwindow.width=NaN\n");
        LayoutMemory memory = new LayoutMemory(file);
        assertThat(memory.share(LayoutMemory.READER_SHARE)).as("too near the edge").isEmpty();
        assertThat(memory.share(LayoutMemory.DIAGRAM_SHARE)).as("not a number").isEmpty();
        assertThat(memory.choice(LayoutMemory.PLOTS, SideColumn.Choice.class)).as("no such choice").isEmpty();
        assertThat(memory.number(LayoutMemory.WINDOW_WIDTH, 900, 4000)).isEmpty();
        memory.put(LayoutMemory.DIAGRAM_SHARE, 0.55);
        memory.save();
        assertThat(new LayoutMemory(file).share(LayoutMemory.DIAGRAM_SHARE)).contains(0.55);
    }
}
