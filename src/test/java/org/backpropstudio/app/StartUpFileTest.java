package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backpropstudio.core.Stride;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.io.TestPresets;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A session file given on the command line opens with the stride and speed saved in it. */
@ExtendWith(ApplicationExtension.class)
class StartUpFileTest {
    @TempDir
    static Path dir;
    private ScheduledExecutorService engineThread;
    private StudioModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("lecture.backprop.json");
        String seed = Files.readString(TestPresets.file("seed-example"));
        Files.writeString(file, seed.substring(0, seed.lastIndexOf('}'))
                + ", \"view\": {\"stride\": \"LAYER\", \"speed\": 7.5}}");
        engineThread = StudioApp.newEngineThread();
        Documents documents = new Documents(stage);
        Documents.Opened opened = documents.initialSession(Optional.of(file));
        model = new StudioModel(opened.session(), engineThread, FxThread.UI);
        MainWindow window = new MainWindow(model, documents, opened, new RecoveryFile(dir.resolve("recovery.json")));
        Scene scene = new Scene(window.root(), 1280, 800);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        engineThread.shutdownNow();
    }

    @Test
    void the_saved_stride_and_speed_are_the_windows() {
        assertThat(model.strideProperty().get()).isEqualTo(Stride.LAYER);
        assertThat(model.speedProperty().get()).isEqualTo(7.5);
    }
}
