package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bar shown while a test digit is studied, and its way back to training. */
@ExtendWith(ApplicationExtension.class)
class StudyBarTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    private StudioModel model;
    private Session digits;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        digits = SessionFile.read(Path.of("assets/presets/digits.backprop.json")).session();
        model = new StudioModel(digits, engine, FxThread.UI);
        StudyBar bar = new StudyBar(model);
        bar.getStylesheets().add(MainWindow.class.getResource("studio.css").toExternalForm());
        stage.setScene(new Scene(bar, 900, 80));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        fxErrors.assertNone();
    }

    @Test
    void the_bar_names_the_digit_and_back_to_training_restores_the_session(FxRobot robot) {
        Label text = robot.lookup("#study-text").queryAs(Label.class);
        assertThat(text.getParent().isVisible()).isFalse();
        Fx.run(() -> model.study(41));
        Settle.model(model);
        assertThat(text.getParent().isVisible()).isTrue();
        assertThat(text.getText()).startsWith("Studying test sample 42 of \"Handwritten digits (64-32-10)\"");
        assertThat(model.snapshotProperty().get().samplesPerIteration()).isEqualTo(1);

        robot.clickOn("#end-study");
        Settle.model(model);
        assertThat(text.getParent().isVisible()).isFalse();
        assertThat(model.snapshotProperty().get().session().dataset()).isEqualTo(digits.dataset());
        assertThat(model.snapshotProperty().get().samplesPerIteration()).isEqualTo(32);
    }
}
