package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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

/** Help › Keyboard shortcuts (F1): every shortcut, keys and meaning whole, in a dialog that fits the window. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    @TempDir
    Path dir;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryFile(dir.resolve("recovery.backprop.json")));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.lookup(".dialog-pane .button").queryAll().forEach(ok -> robot.interact(() ->
                ((javafx.scene.control.Button) ok).fire()));
        test.close();
    }

    @Test
    void f1_lists_every_shortcut_whole_in_a_table_that_fits_the_window(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        GridPane table = robot.lookup("#shortcuts-table").queryAs(GridPane.class);
        assertThat(table.getChildren()).hasSize(2 * Shortcuts.list().size());
        for (var node : table.getChildren()) {
            Label label = (Label) node;
            var shown = (javafx.scene.text.Text) label.lookup(".text");
            assertThat(shown.getText()).as("whole").isEqualTo(label.getText());
        }
        var dialog = table.getScene().getWindow();
        var main = test.scene.getWindow();
        assertThat(dialog.getWidth()).as("no wider than the window").isLessThanOrEqualTo(main.getWidth());
        assertThat(dialog.getHeight()).as("no taller than the window").isLessThanOrEqualTo(main.getHeight());
    }
}
