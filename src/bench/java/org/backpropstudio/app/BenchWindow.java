package org.backpropstudio.app;

import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;

/** The app's main window for a benchmark: as the app builds it, on the model given. */
public final class BenchWindow {
    private BenchWindow() {
    }

    /**
     * Shows the main window on {@code model} (opened on {@code session}) in {@code stage} at
     * {@code width} × {@code height}, with the tab whose id is {@code tabId} selected in each tab pane
     * that has one (e.g. "tab-boundary"); a plot's tab opens the plots if the window folded them.
     */
    public static void show(StudioModel model, Session session, Stage stage, double width, double height,
                            String... tabIds) {
        window(model, session, stage, width, height, tabIds);
    }

    /**
     * {@link #show} that returns how to open a session file in the window as File › Open does
     * (reading it off the UI thread, then opening it; no question, as nothing is unsaved).
     */
    public static java.util.function.Consumer<java.nio.file.Path> showForOpening(
            StudioModel model, Session session, Stage stage, double width, double height) {
        return window(model, session, stage, width, height)::openFile;
    }

    private static MainWindow window(StudioModel model, Session session, Stage stage, double width, double height,
                                     String... tabIds) {
        Documents documents = new Documents(stage);
        Documents.Opened opened = new Documents.Opened(session, null, null);
        MainWindow window = new MainWindow(model, documents, opened, RecoveryFile.standard());
        Scene scene = new Scene(window.root(), width, height);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
        for (var node : scene.getRoot().lookupAll(".tab-pane")) {
            TabPane pane = (TabPane) node;
            for (String id : tabIds) {
                pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                        .ifPresent(t -> pane.getSelectionModel().select(t));
            }
        }
        // a plot asked for is watched: open the plots as a student would (a short window folds them)
        TabPane plots = (TabPane) scene.lookup("#plots");
        boolean plotAsked = plots != null && plots.getTabs().stream()
                .anyMatch(t -> java.util.Arrays.asList(tabIds).contains(t.getId()));
        if (plotAsked && !plots.getSelectionModel().getSelectedItem().getContent().isVisible()) {
            ((javafx.scene.control.Button) scene.lookup("#plots-fold")).fire();
        }
        return window;
    }
}
