package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.app.present.Theme;
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

/** The Data menu of the main window: Draw a digit opens its own window, which wears the window's theme. */
@ExtendWith(ApplicationExtension.class)
class DataMenuTest {
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
        Fx.run(() -> Window.getWindows().stream().filter(w -> w != test.scene.getWindow()).toList()
                .forEach(Window::hide));
        Fx.run(() -> test.window.useTheme(Theme.LIGHT));
        test.close();
    }

    private Parent drawWindowRoot() {
        return Fx.call(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(r -> "draw-digit".equals(r.getId())).findFirst()
                .orElse(null));
    }

    @Test
    void draw_a_digit_opens_a_window_of_its_own_that_follows_the_theme(FxRobot robot) {
        robot.clickOn("Data").clickOn("Draw a digit…");
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = drawWindowRoot();
        assertThat(root).as("the drawing window").isNotNull();
        Node placeholder = root.lookup("#draw-placeholder");
        assertThat(placeholder.isVisible()).as("the seed example's inputs are not a picture").isTrue();
        assertThat(((Label) placeholder).getText()).contains("New from preset");

        Fx.run(() -> test.window.useTheme(Theme.DARK));
        assertThat(root.getPseudoClassStates()).contains(Theme.DARK_STATE);
        Fx.run(() -> test.window.useTheme(Theme.HIGH_CONTRAST));
        assertThat(root.getPseudoClassStates()).contains(Theme.DARK_STATE, Theme.HIGH_CONTRAST_STATE);
        assertThat(Fx.call(() -> root.getScene().getStylesheets())).isEqualTo(test.scene.getStylesheets());
        Fx.run(() -> test.window.useTheme(Theme.LIGHT));
        assertThat(root.getPseudoClassStates()).doesNotContain(Theme.DARK_STATE, Theme.HIGH_CONTRAST_STATE);

        robot.clickOn("Data").clickOn("Draw a digit…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> "draw-digit".equals(w.getScene().getRoot().getId())).count()))
                .as("one drawing window, brought to the front").isEqualTo(1L);
    }
}
