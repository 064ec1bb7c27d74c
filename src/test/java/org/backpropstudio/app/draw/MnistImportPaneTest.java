package org.backpropstudio.app.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.app.Settle;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Data › Import MNIST CSV through its real controls, on small files of MNIST's layout made here.
 * The reading is held back by the test's own worker (a list the test runs when it chooses): so
 * the test sees the window while the file is being read, off the FX thread, and can cancel it.
 */
@ExtendWith(ApplicationExtension.class)
class MnistImportPaneTest {
    private final FxErrors errors = new FxErrors();
    private final List<Runnable> held = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService engine;
    private StudioModel model;
    private StackPane root;
    private boolean closed;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        errors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.xor(1), engine, FxThread.UI);
        root = new StackPane();
        stage.setScene(new Scene(root, 640, 440));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        errors.assertNone();
    }

    private void show(FxRobot robot, Path file) {
        robot.interact(() -> root.getChildren().setAll(
                new MnistImportPane(model, held::add, file, () -> closed = true)));
    }

    /** Runs the held reading here, off the FX thread, then waits for the window and the model. */
    private void read() {
        assertThat(held).hasSize(1);
        held.remove(0).run();
        WaitForAsyncUtils.waitForFxEvents();
        Settle.model(model);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Session session() {
        return model.snapshotProperty().get().session();
    }

    @Test
    void a_training_set_for_another_network_is_a_new_network_that_undo_takes_back(FxRobot robot) {
        Path file = DrawSessions.mnistFile(dir.resolve("mnist_train.csv"), 100, true, (s, p) -> (s + p) % 256);
        show(robot, file);
        assertThat(text(robot, "#mnist-explanation")).contains("2 inputs and 1 outputs", "196-32-10");
        robot.doubleClickOn("#mnist-rows").write("40");
        robot.clickOn("#mnist-import-button");
        assertThat(robot.lookup("#mnist-import-button").queryAs(Button.class).isDisabled()).as("while reading")
                .isTrue();
        assertThat(session().network().inputs()).as("nothing changes before the file is read").isEqualTo(2);

        read();
        Session imported = session();
        assertThat(imported.network().unitsArray()).containsExactly(196, 32, 10);
        Dataset data = imported.dataset();
        assertThat(data.size()).isEqualTo(40);
        assertThat(data.image()).contains(new ImageShape(14, 14));
        // picture 3, input (0, 0): pixels (0, 0), (0, 1), (1, 0), (1, 1) are 3, 4, 31, 32
        assertThat(data.input(3, 0)).isEqualTo((3 + 4 + 31 + 32) / 1020.0);
        assertThat(data.targetRow(3)[3]).isEqualTo(1);
        assertThat(model.lengthProperty().get()).as("one edit on the timeline").isEqualTo(1);
        assertThat(closed).isTrue();

        Fx.run(model::undo);
        Settle.model(model);
        assertThat(session().network().inputs()).isEqualTo(2);
    }

    @Test
    void a_test_set_goes_beside_the_training_set_of_a_network_that_takes_the_pictures(FxRobot robot) {
        Fx.run(() -> model.open(MnistPlacement.newSession(new Dataset(new double[3][196],
                new double[][] {{1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, {0, 1, 0, 0, 0, 0, 0, 0, 0, 0},
                    {0, 0, 1, 0, 0, 0, 0, 0, 0, 0}}))));
        Settle.model(model);
        show(robot, DrawSessions.mnistFile(dir.resolve("mnist_test.csv"), 30, false, (s, p) -> p % 7 == 0 ? 255 : 0));
        robot.clickOn("#mnist-test");
        assertThat(text(robot, "#mnist-explanation")).contains("test set of the open network");
        robot.clickOn("#mnist-import-button");
        read();
        assertThat(session().dataset().size()).isEqualTo(3);
        assertThat(session().dataset().test().orElseThrow().size()).isEqualTo(30);
    }

    @Test
    void a_bad_cell_is_named_by_line_and_column_and_changes_nothing(FxRobot robot) {
        Path file = DrawSessions.mnistFile(dir.resolve("bad.csv"), 5, true, (s, p) -> s == 1 && p == 98 ? 300 : 0);
        show(robot, file);
        robot.clickOn("#mnist-import-button");
        read();
        assertThat(text(robot, "#mnist-message")).contains("bad.csv", "line 3, column 100", "\"300\"");
        assertThat(model.lengthProperty().get()).isZero();
        assertThat(closed).isFalse();
        assertThat(robot.lookup("#mnist-import-button").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void cancel_stops_the_reading_and_changes_nothing(FxRobot robot) {
        show(robot, DrawSessions.mnistFile(dir.resolve("mnist.csv"), 200, false, (s, p) -> 0));
        robot.clickOn("#mnist-import-button");
        robot.clickOn("#mnist-cancel");
        read();
        assertThat(text(robot, "#mnist-message")).contains("cancelled");
        assertThat(model.lengthProperty().get()).isZero();
        assertThat(closed).as("Cancel while reading stops the reading, not the window").isFalse();
        robot.clickOn("#mnist-cancel");
        assertThat(closed).isTrue();
    }

    @Test
    void what_cannot_be_done_is_said_before_the_file_is_read(FxRobot robot) {
        show(robot, DrawSessions.mnistFile(dir.resolve("mnist.csv"), 3, false, (s, p) -> 0));
        robot.doubleClickOn("#mnist-rows").write("0");
        robot.clickOn("#mnist-import-button");
        assertThat(text(robot, "#mnist-message")).isNotEmpty();
        robot.doubleClickOn("#mnist-rows").write("100001");
        robot.clickOn("#mnist-import-button");
        assertThat(text(robot, "#mnist-message")).contains("100000");
        robot.doubleClickOn("#mnist-rows").write("10");
        robot.clickOn("#mnist-test");
        robot.clickOn("#mnist-import-button");
        assertThat(text(robot, "#mnist-message")).contains("import them as the training set first");
        assertThat(held).as("nothing read").isEmpty();
        Settle.model(model);
        assertThat(model.lengthProperty().get()).isZero();
    }
}
