package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * Worksheets in the main window: File › Worksheets opens a shipped one in a window of its own,
 * ready for the keyboard, and File › Export › Worksheet is there for it once one is open.
 */
@ExtendWith(ApplicationExtension.class)
class WorksheetWindowTest {
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
        Fx.run(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getId() != null
                        && w.getScene().getRoot().getId().equals("worksheet-pane"))
                .toList().forEach(javafx.stage.Window::hide));
        test.close();
    }

    private static Menu export(FxRobot robot) {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(m -> m instanceof Menu menu
                && menu.getItems().stream().anyMatch(i -> "menu-export-worksheet".equals(i.getId())))
                .findFirst().orElseThrow();
        return (Menu) export.getItems().stream().filter(i -> "menu-export-worksheet".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void file_worksheets_opens_the_seed_worksheet_ready_to_type_in(FxRobot robot) throws Exception {
        test.settle();
        assertThat(export(robot).isDisable()).as("nothing to export before a worksheet is open").isTrue();
        Menus.chooseInFileSubmenu(robot, "Worksheets", "#worksheet-seed-example");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#worksheet-pane").tryQuery()
                .filter(p -> p.getScene() != null && p.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#worksheet-title").queryAs(Label.class).getText())
                .isEqualTo("The worked example by hand");
        assertThat(robot.lookup("#answer-1").query().isFocused()).as("the first cell has the keyboard").isTrue();
        robot.clickOn("#answer-1").write("0.3775").type(KeyCode.ENTER);
        assertThat(robot.lookup("#verdict-1").queryAs(Label.class).getText()).isEqualTo("✓ Right");
        assertThat(robot.lookup("#worksheet-score").queryAs(Label.class).getText())
                .isEqualTo("1 / 28 right (1 answered)");
        assertThat(export(robot).isDisable()).isFalse();
        assertThat(export(robot).getItems()).extracting(MenuItem::getId).containsExactly(
                "export-worksheet-blank-markdown", "export-worksheet-blank-latex", "export-worksheet-key-markdown",
                "export-worksheet-key-latex", "export-worksheet-results");
    }
}
