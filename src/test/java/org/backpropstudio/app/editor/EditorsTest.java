package org.backpropstudio.app.editor;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The network and data editors, through their real controls. */
@ExtendWith(ApplicationExtension.class)
class EditorsTest {
    private ScheduledExecutorService engine;
    private StudioModel model;

    @Start
    void start(Stage stage) {
        engine = Executors.newSingleThreadScheduledExecutor();
        model = new StudioModel(TestSessions.xor(1), engine, FxThread.UI);
        stage.setScene(new Scene(new HBox(new NetworkEditor(model), new DataEditor(model)), 1100, 700));
        stage.show();
    }

    @BeforeEach
    void settle() {
        Settle.model(model);
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @Test
    void the_architecture_editor_builds_the_network_it_shows(FxRobot robot) throws Exception {
        robot.clickOn("#add-layer");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> units = robot.lookup("#layer-row-2 .spinner").queryAs(Spinner.class);
            units.getValueFactory().setValue(5);
            comboBox(robot, "#layer-row-2 .combo-box").setValue(Activation.RELU);
        });
        robot.clickOn("#apply-architecture");
        settle();
        assertThat(model.snapshotProperty().get().layers()).as("L, after the input layer").isEqualTo(3);
        assertThat(model.snapshotProperty().get().units(2)).isEqualTo(5);
        assertThat(model.snapshotProperty().get().activation(2)).isEqualTo(Activation.RELU);
        assertThat(robot.lookup("#architecture-problem").queryAs(Label.class).getText()).isEmpty();

        Fx.run(() -> model.undo());
        settle();
        assertThat(model.snapshotProperty().get().layers()).isEqualTo(2);
        assertThat(robot.lookup("#layer-row-3").tryQuery()).isEmpty();
    }

    @Test
    void a_rule_broken_is_said_and_changes_nothing(FxRobot robot) throws Exception {
        robot.interact(() -> comboBox(robot, "#architecture-loss").setValue(Loss.CROSS_ENTROPY));
        robot.interact(() -> comboBox(robot, "#layer-row-2 .combo-box").setValue(Activation.TANH));
        robot.clickOn("#apply-architecture");
        settle();
        assertThat(robot.lookup("#architecture-problem").queryAs(Label.class).getText()).contains("sigmoid or softmax");
        assertThat(model.lengthProperty().get()).isZero();

        robot.doubleClickOn("#learning-rate").eraseText(8).write("abc");
        robot.clickOn("#apply-architecture");
        assertThat(robot.lookup("#architecture-problem").queryAs(Label.class).getText()).contains("not a number");
        assertThat(model.lengthProperty().get()).isZero();
    }

    @Test
    void a_cell_edit_is_a_hand_edit_and_a_bad_entry_is_refused(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#data-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        robot.interact(() -> table.edit(1, table.getColumns().get(3)));
        robot.write("0,5").type(KeyCode.ENTER);
        settle();
        assertThat(model.snapshotProperty().get().session().dataset().target(1, 0)).isEqualTo(0.5);
        assertThat(model.lengthProperty().get()).isEqualTo(1);

        robot.interact(() -> table.edit(2, table.getColumns().get(1)));
        robot.write("NaN").type(KeyCode.ENTER);
        settle();
        assertThat(robot.lookup("#data-problem").queryAs(Label.class).getText()).contains("not a number");
        assertThat(model.lengthProperty().get()).isEqualTo(1);
    }

    @Test
    void rows_are_added_and_removed_and_data_is_generated(FxRobot robot) throws Exception {
        robot.clickOn("#add-sample");
        settle();
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(5);
        TableView<?> table = robot.lookup("#data-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#remove-sample");
        settle();
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(4);

        robot.interact(() -> comboBox(robot, "#generator").setValue(org.backpropstudio.core.DataGenerator.CIRCLE));
        robot.clickOn("#generate");
        settle();
        assertThat(model.snapshotProperty().get().session().dataset().size()).isEqualTo(200);
        assertThat(table.getItems()).hasSize(200);
    }
}
