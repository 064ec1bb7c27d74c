package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.model.HistoryOutcome;
import org.backpropstudio.model.SavedState;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saving a session with its history and opening it again puts everything back where it was. */
@ExtendWith(ApplicationExtension.class)
class SessionDocumentsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final ScheduledExecutorService engine = StudioApp.newEngineThread();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
    }

    private static void settle(StudioModel model) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, model.idle());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void save_then_open_gives_the_same_session_history_position_included() throws Exception {
        Documents documents = new Documents(stage, new RecentFiles(dir.resolve("recent.txt")));
        Documents.Opened xor = documents.preset(
                documents.presets().stream().filter(p -> p.id().equals("xor")).findFirst().orElseThrow());
        StudioModel model = new StudioModel(xor.session(), engine, FxThread.UI);
        Fx.run(() -> model.iterations(40));
        Fx.call(() -> model.edit(new Edit.SetWeight(1, 0, 1, 0.25))).get(5, TimeUnit.SECONDS);
        Fx.run(() -> model.iterations(3));
        for (int i = 0; i < 5; i++) {
            Fx.run(() -> model.stepForward());
        }
        Fx.run(() -> model.stepBack());
        settle(model);
        Snapshot before = model.snapshotProperty().get();

        Path file = dir.resolve("lecture.backprop.json");
        Documents.Opened withFile = new Documents.Opened(xor.session(), file, xor.document());
        SavedState state = model.state().get(5, TimeUnit.SECONDS);
        Optional<Documents.Opened> saved = WaitForAsyncUtils
                .asyncFx(() -> documents.save(state, xor.document(), withFile, false)).get()
                .get(10, TimeUnit.SECONDS);
        assertThat(saved).isPresent();
        assertThat(documents.recentFiles()).containsExactly(file);

        Documents.Opened reopened = WaitForAsyncUtils.asyncFx(() -> documents.open(file)).get()
                .get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(reopened.history()).isNotNull();
        StudioModel again = new StudioModel(reopened.session(), engine, FxThread.UI);
        assertThat(Fx.call(() -> again.open(reopened.session(), reopened.history(), reopened.session().name()))
                .get(5, TimeUnit.SECONDS).restored())
                .isEqualTo(HistoryOutcome.Restored.RESTORED);
        settle(again);
        Snapshot after = again.snapshotProperty().get();
        assertThat(after.position()).isEqualTo(before.position());
        assertThat(after.length()).isEqualTo(before.length());
        assertThat(after.network()).isEqualTo(before.network());
        assertThat(after.step()).isEqualTo(before.step());
        assertThat(after.losses()).usingRecursiveComparison().isEqualTo(before.losses());
        Fx.run(again::reset);
        settle(again);
        assertThat(again.snapshotProperty().get().network()).as("reset goes to the saved start")
                .isEqualTo(xor.session().network());
    }
}
