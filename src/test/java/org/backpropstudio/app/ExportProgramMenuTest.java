package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.core.Session;
import org.backpropstudio.export.Framework;
import org.backpropstudio.export.PythonProgram;
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
 * File › Export › Python program (NumPy) and (PyTorch): each asks where to write, proposing a name
 * from the session's, and writes the program of the session at the cursor; a file that cannot be
 * written is told in a dialog. The save dialog is the test's own ({@link Documents#useSaveDialog}).
 */
@ExtendWith(ApplicationExtension.class)
class ExportProgramMenuTest {
    @TempDir
    Path dir;
    private TestWindow test;
    private final List<String> proposed = new ArrayList<>();
    private Path answer;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, new RecentFiles(dir.resolve("recent.txt")),
                new RecoveryFile(dir.resolve("recovery.backprop.json")));
        test.documents.useSaveDialog((title, name, description, extension) -> {
            proposed.add(title + " | " + name + " | " + description + " | " + extension);
            return Optional.ofNullable(answer);
        });
    }

    @AfterEach
    void stop() {
        Fx.run(() -> Window.getWindows().stream().filter(w -> w != test.scene.getWindow()).toList()
                .forEach(Window::hide));
        test.close();
    }

    @Test
    void both_items_write_the_program_of_the_session_at_the_cursor(FxRobot robot) throws Exception {
        Fx.run(() -> test.model.iterations(2));
        test.settle();
        Session current = test.model.state().get(5, TimeUnit.SECONDS).current();
        assertThat(current.network().weight(1, 0, 0)).as("trained: not the seed's 0.15").isNotEqualTo(0.15);
        for (Framework framework : Framework.values()) {
            answer = dir.resolve("seed-" + framework.id() + ".py");
            Menus.chooseInFileSubmenu(robot, "Export", "#export-" + framework.id());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(answer));
            assertThat(Files.readString(answer))
                    .isEqualTo(PythonProgram.of(current, framework, answer.getFileName().toString()));
        }
        assertThat(proposed).containsExactly(
                "Export Python program | seed-example-2-2-1-numpy.py | Python programs | py",
                "Export Python program | seed-example-2-2-1-pytorch.py | Python programs | py");
        assertThat(problem(robot)).as("no dialog").isEmpty();
    }

    @Test
    void cancelling_writes_nothing_and_a_file_that_cannot_be_written_is_told(FxRobot robot) throws Exception {
        answer = null;
        Menus.chooseInFileSubmenu(robot, "Export", "#export-numpy");
        test.settle();
        assertThat(proposed).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".py"))).isEmpty();
        }

        answer = dir.resolve("no-such-folder").resolve("seed.py");
        Menus.chooseInFileSubmenu(robot, "Export", "#export-pytorch");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem(robot).isPresent());
        assertThat(Fx.call(() -> problem(robot).orElseThrow().getHeaderText())).isEqualTo("Could not write seed.py");
        assertThat(answer).doesNotExist();
    }

    private static Optional<DialogPane> problem(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class)
                .filter(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing());
    }
}
