package org.backpropstudio.app;

import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;

/**
 * The app's main window for a UI test, made as the app makes it: the theme, an engine thread, the
 * seed example, 1280 × 800 on the whole of the test's stage (the stage the tests before used, which
 * may have been left small or elsewhere), and a watch for uncaught exceptions on the FX thread.
 * Make it in the {@code @Start} method; {@link #close()} after each test.
 */
final class TestWindow {
    final Documents documents;
    final StudioModel model;
    final MainWindow window;
    final Scene scene;
    private final ScheduledExecutorService engineThread;
    private final FxErrors fxErrors = new FxErrors();

    /**
     * @param recent   the recent-files list the window uses
     * @param recovery the recovery file the window writes
     */
    TestWindow(Stage stage, RecentFiles recent, RecoveryFile recovery) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engineThread = StudioApp.newEngineThread();
        documents = new Documents(stage, recent);
        Documents.Opened seed = documents.initialSession(Optional.empty());
        model = new StudioModel(seed.session(), engineThread, FxThread.UI);
        window = new MainWindow(model, documents, seed, recovery);
        scene = new Scene(window.root(), 1280, 800);
        window.install(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** Waits until every command given so far has run and the window shows its result. */
    void settle() {
        Settle.model(model);
    }

    /** Stops the engine thread and asserts that nothing was thrown on the FX thread. */
    void close() {
        engineThread.shutdownNow();
        fxErrors.assertNone();
    }
}
