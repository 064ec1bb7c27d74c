package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.app.images.DigitsSessions;
import org.backpropstudio.app.images.PicturesPanel;
import org.backpropstudio.app.present.Theme;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures in the window: an image session puts them in the plots in the place of the decision
 * boundary (which cannot draw 64 inputs) and draws its input as a picture; at 1280 × 720 in every
 * theme they show whole, with no label cut short and no sideways scroll, their grids reached by
 * Tab; a session without a picture shows none of it.
 */
@ExtendWith(ApplicationExtension.class)
class PicturesWindowTest {
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
            test.window.useTheme(Theme.LIGHT);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        test.close();
    }

    private List<String> plotTabs(FxRobot robot) {
        TabPane plots = robot.lookup("#plots").query();
        return Fx.call(() -> plots.getTabs().stream().map(Tab::getId).toList());
    }

    private void openDigits(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(test.window::resetLayout);
        Fx.run(() -> test.model.open(DigitsSessions.digits()));
        test.settle();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PicturesPanel settledPanel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pictures-panel").tryQuery().isPresent());
        PicturesPanel panel = robot.lookup("#pictures-panel").queryAs(PicturesPanel.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.evaluations() > 0 && panel.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        return panel;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void at_1280_x_720_the_pictures_open_from_the_plots_whole_and_reachable_by_tab(Theme theme, FxRobot robot)
            throws Exception {
        robot.interact(() -> test.window.useTheme(theme));
        openDigits(robot, 1280, 720);
        assertThat(plotTabs(robot)).containsExactly("tab-loss", "tab-pictures");
        assertThat(robot.lookup("#input-picture").tryQuery()).isPresent();
        Node plots = robot.lookup("#plots").query();
        assertThat(plots.getLayoutBounds().getHeight()).as("the reader first: folded at 1280 × 720").isLessThan(50);

        robot.clickOn("#plots-fold");
        PicturesPanel panel = settledPanel(robot);
        assertThat(plots.getLayoutBounds().getHeight()).isGreaterThan(SideColumn.MIN_PANE_HEIGHT - 1);
        TabPane tabs = robot.lookup("#plots").query();
        Node content = Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getContent());
        assertThat(WindowSizesTest.cutShort(content)).as("nothing cut short").isEmpty();
        assertThat(sidewaysScroll(content)).as("no sideways scroll").isFalse();
        assertThat(WindowSizesTest.cutShort(robot.lookup("#plots").query())).as("the plots' tab names").isEmpty();
        Bounds column = Fx.call(() -> plots.localToScene(plots.getLayoutBounds()));
        for (String id : List.of("#receptive-fields", "#confusion-matrix", "#output-bars")) {
            Node node = robot.lookup(id).query();
            Bounds b = Fx.call(() -> node.localToScene(node.getLayoutBounds()));
            assertThat(b.getMinX()).as(id + " within the column").isGreaterThanOrEqualTo(column.getMinX());
            assertThat(b.getMaxX()).as(id + " within the column").isLessThanOrEqualTo(column.getMaxX());
        }

        robot.interact(() -> robot.lookup("#receptive-fields").query().requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#confusion-matrix").query().isFocused()).as("Tab from the fields").isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#mistakes").query().isFocused()).as("Tab from the matrix").isTrue();
        assertThat(panel.evaluations()).isPositive();
    }

    @Test
    void at_1920_x_1080_an_image_session_opens_its_pictures_by_themselves(FxRobot robot) throws Exception {
        openDigits(robot, 1920, 1080);
        Node plots = robot.lookup("#plots").query();
        assertThat(plots.getLayoutBounds().getHeight()).isGreaterThan(SideColumn.PLOTS_HEIGHT - 1);
        TabPane tabs = robot.lookup("#plots").query();
        assertThat(Fx.call(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-pictures");
        settledPanel(robot);
    }

    @Test
    void a_session_without_a_picture_shows_none_of_it(FxRobot robot) throws Exception {
        assertThat(plotTabs(robot)).containsExactly("tab-loss", "tab-boundary");
        assertThat(robot.lookup("#input-picture").tryQuery()).isEmpty();

        openDigits(robot, 1920, 1080);
        settledPanel(robot);
        Fx.run(() -> test.model.open(TestSessions.seedExample()));
        test.settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plotTabs(robot)).containsExactly("tab-loss", "tab-boundary");
        assertThat(robot.lookup("#input-picture").tryQuery()).isEmpty();
        assertThat(Fx.call(() -> robot.lookup("#pictures-panel").tryQuery().map(Node::getScene)))
                .as("the pictures out of the window").matches(scene -> scene.isEmpty());
    }

    /** Whether a horizontal scroll bar shows under {@code root}. */
    private static boolean sidewaysScroll(Node root) {
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
