package org.backpropstudio.app;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.backpropstudio.app.present.SystemTheme;
import org.backpropstudio.app.present.Theme;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;

/** The desktop application: one main window on one session. */
public final class StudioApp extends Application {
    /**
     * With {@code -Dbackprop.studio.firstFrame=exit}, the app logs the time from the JVM's start to
     * its first frame on screen, then exits: for measuring start-up.
     */
    public static final String FIRST_FRAME_PROPERTY = "backprop.studio.firstFrame";
    private static final System.Logger LOG = System.getLogger(StudioApp.class.getName());

    private ScheduledExecutorService engineThread;

    /** Opens the window (blocking until it closes), with the session in {@code file} if given. */
    public static void launchWindow(Optional<Path> file) {
        Application.launch(StudioApp.class, file.map(p -> new String[] {p.toString()}).orElse(new String[0]));
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engineThread = newEngineThread();
        Documents documents = new Documents(stage);
        RecoveryFile recovery = RecoveryFile.standard();
        Optional<Documents.Opened> restored = documents.offerRecovery(recovery);
        Documents.Opened initial = restored.orElseGet(() -> documents.initialSession(firstFile()));
        StudioModel model = new StudioModel(initial.session(), engineThread, FxThread.UI);
        MainWindow window = new MainWindow(model, documents, initial, recovery);
        window.show(stage);
        Theme theme = SystemTheme.atStartUp();
        if (theme != Theme.LIGHT) {
            window.useTheme(theme); // the light theme is in place already
        }
        if ("exit".equals(System.getProperty(FIRST_FRAME_PROPERTY))) {
            exitAfterFirstFrame();
        }
    }

    /** Logs the time from the JVM's start to the first frame after the window is shown, then exits. */
    private static void exitAfterFirstFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.log(System.Logger.Level.INFO, "first frame " + millis + " ms after the JVM started");
                Platform.exit();
            }
        }.start();
    }

    /** The single thread that owns the step machine; a daemon, so that it never keeps the JVM alive. */
    static ScheduledExecutorService newEngineThread() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine");
            t.setDaemon(true);
            return t;
        });
    }

    private Optional<Path> firstFile() {
        List<String> raw = getParameters().getRaw();
        return raw.isEmpty() ? Optional.empty() : Optional.of(Path.of(raw.get(0)));
    }

    @Override
    public void stop() {
        if (engineThread != null) {
            engineThread.shutdownNow();
        }
    }
}
