package org.backpropstudio.app.diagram;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.StudioModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network diagram alone for a UI test: the seed's worked example on an engine thread, the
 * diagram 1000 × 600 on the test's stage, and a watch for uncaught exceptions on the FX thread.
 * Make it in the {@code @Start} method; {@link #close(FxRobot)} after each test.
 */
final class TestDiagram {
    final StudioModel model;
    final NetworkDiagram diagram;
    private final ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService whatIf = Executors.newSingleThreadExecutor();
    private final FxErrors fxErrors = new FxErrors();

    TestDiagram(Stage stage) {
        fxErrors.watch();
        model = new StudioModel(TestSessions.seedExample(), engine, FxThread.UI);
        diagram = new NetworkDiagram(model, whatIf);
        stage.setScene(new Scene(new BorderPane(diagram), 1000, 600));
        stage.show();
    }

    /**
     * The next test replaces the scene under any tooltip or editor showing or about to show: leaves
     * the diagram (no hover, no tooltip timer), closes what is open, stops the threads and asserts
     * that nothing was thrown on the FX thread.
     */
    void close(FxRobot robot) throws TimeoutException {
        Bounds window = diagram.localToScreen(diagram.getLayoutBounds());
        robot.moveTo(new Point2D(window.getMinX() - 20, window.getMinY() - 20));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            diagram.dispose();
            robot.listWindows().stream().filter(w -> w instanceof PopupWindow).forEach(Window::hide);
        }));
        engine.shutdownNow();
        whatIf.shutdownNow();
        fxErrors.assertNone();
    }
}
