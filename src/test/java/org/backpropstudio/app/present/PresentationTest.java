package org.backpropstudio.app.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backpropstudio.core.LossSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode, themes and exports, on a small stand-in of the window's parts. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {
    private Label menu;
    private Label status;
    private Label plots;
    private Tab equations;
    private Tab data;
    private TabPane tools;
    private SplitPane side;
    private BorderPane frame;
    private ScaledPane scaled;
    private PresentationMode presentation;
    private Stage stage;

    @Start
    void start(Stage stage) {
        menu = new Label("menu");
        status = new Label("status");
        plots = new Label("plots");
        equations = new Tab("Equations", new Label("z = Wx + b"));
        data = new Tab("Data", new Label("data"));
        tools = new TabPane(equations, data);
        side = new SplitPane(tools, plots);
        SplitPane center = new SplitPane(new Label("diagram"), side);
        frame = new BorderPane(center, menu, null, status, null);
        scaled = new ScaledPane(frame);
        presentation = new PresentationMode(scaled, List.of(menu, status), center, side, plots, tools, equations);
        this.stage = stage;
        stage.setScene(new Scene(scaled, 800, 500));
        stage.show();
        tools.getSelectionModel().select(data);
    }

    @Test
    void presenting_hides_all_but_the_equations_and_zooms_and_leaving_restores_everything(FxRobot robot) {
        robot.interact(() -> presentation.enter(stage));
        assertThat(presentation.onProperty().get()).isTrue();
        assertThat(menu.isVisible()).isFalse();
        assertThat(status.isManaged()).isFalse();
        assertThat(side.getItems()).containsExactly(tools);
        assertThat(tools.getSelectionModel().getSelectedItem()).isEqualTo(equations);
        double start = presentation.zoom();
        assertThat(start).isBetween(ScaledPane.MIN, ScaledPane.MAX);

        robot.interact(presentation::zoomIn);
        assertThat(presentation.zoom()).isEqualTo(Math.min(ScaledPane.MAX, start * PresentationMode.ZOOM_STEP));
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                presentation.zoomIn();
            }
        });
        assertThat(presentation.zoom()).isEqualTo(ScaledPane.MAX);
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                presentation.zoomOut();
            }
        });
        assertThat(presentation.zoom()).isEqualTo(ScaledPane.MIN);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> presentation.exit(stage));
        assertThat(menu.isVisible()).isTrue();
        assertThat(side.getItems()).containsExactly(tools, plots);
        assertThat(tools.getSelectionModel().getSelectedItem()).isEqualTo(data);
        assertThat(presentation.zoom()).isEqualTo(1.0);
    }

    @Test
    void the_zoom_magnifies_the_content_it_lays_out_smaller(FxRobot robot) {
        robot.interact(() -> scaled.scaleProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame.getWidth()).isEqualTo(scaled.getWidth() / 2);
        assertThat(frame.localToScene(frame.getWidth(), 0).getX()).isEqualTo(scaled.getWidth());
    }

    @Test
    void themes_switch_at_run_time(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> theme.apply(stage.getScene()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Application.getUserAgentStylesheet())
                    .contains(theme == Theme.LIGHT ? "primer-light" : "primer-dark");
            assertThat(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")))
                    .isEqualTo(theme == Theme.HIGH_CONTRAST);
        }
        robot.interact(() -> Theme.LIGHT.apply(stage.getScene()));
    }

    @Test
    void exports_write_a_png_that_decodes_and_a_csv_that_parses(FxRobot robot, @TempDir Path dir) throws Exception {
        Path png = dir.resolve("window@2x.png");
        robot.interact(() -> {
            try {
                Exports.png(scaled, 2, png);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(scaled.getWidth() * 2));

        Path csv = dir.resolve("loss.csv");
        Exports.lossCsv(new LossSeries(3, 1, new double[] {0.25, 0.125, 1e-9}, new double[] {0.25, 0.125, 1e-9}), csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).containsExactly("iteration,loss", "1,0.25", "2,0.125", "3,1.0E-9");
        assertThat(Double.parseDouble(lines.get(3).split(",")[1])).isEqualTo(1e-9);
        try (var files = Files.list(dir)) {
            assertThat(files).as("written atomically: no temporary file left").containsExactlyInAnyOrder(png, csv);
        }
    }

    @Test
    void a_loss_history_kept_in_groups_is_exported_a_group_a_row(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("loss.csv");
        Exports.lossCsv(new LossSeries(10, 4, new double[] {0.5, 0.25, 0.125}, new double[] {0.75, 0.5, 0.25}), csv);
        assertThat(Files.readAllLines(csv)).containsExactly("first_iteration,last_iteration,min_loss,max_loss",
                "1,4,0.5,0.75", "5,8,0.25,0.5", "9,10,0.125,0.25");
    }
}
