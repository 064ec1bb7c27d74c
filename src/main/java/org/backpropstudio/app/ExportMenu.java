package org.backpropstudio.app;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.backpropstudio.app.present.Exports;
import org.backpropstudio.export.Framework;
import org.backpropstudio.io.TraceFormat;
import org.backpropstudio.model.StudioModel;

/**
 * File › Export: the handout of the next iteration (Markdown, LaTeX) and its trace (JSON), the session
 * as a runnable Python program (NumPy, PyTorch) from its current parameters, pictures
 * of the diagram, the loss curve or the whole window at 1× or 2×, and the loss history (CSV). Each
 * asks where to write ({@link Documents}) and tells a failure in a dialog.
 */
final class ExportMenu {
    private final StudioModel model;
    private final Documents documents;

    private ExportMenu(StudioModel model, Documents documents) {
        this.model = model;
        this.documents = documents;
    }

    /**
     * The menu, exporting from {@code model}; the pictures are of {@code diagram},
     * {@code lossCurve} and {@code window}.
     */
    static Menu create(StudioModel model, Documents documents, Node diagram, Node lossCurve, Node window) {
        ExportMenu exports = new ExportMenu(model, documents);
        Menu pictures = new Menu(Messages.get("menu.file.export.picture"));
        for (double scale : new double[] {1, 2}) {
            String times = scale == 1 ? "1" : "2";
            pictures.getItems().addAll(
                    item(Messages.format("menu.file.export.picture.diagram", times),
                            e -> exports.picture(diagram, "diagram", scale)),
                    item(Messages.format("menu.file.export.picture.lossCurve", times),
                            e -> exports.picture(lossCurve, "loss-curve", scale)),
                    item(Messages.format("menu.file.export.picture.window", times),
                            e -> exports.picture(window, "window", scale)));
        }
        return new Menu(Messages.get("menu.file.export"), null,
                item(Messages.get("menu.file.export.markdown"), e -> exports.trace(TraceFormat.MARKDOWN)),
                item(Messages.get("menu.file.export.latex"), e -> exports.trace(TraceFormat.LATEX)),
                item(Messages.get("menu.file.export.json"), e -> exports.trace(TraceFormat.JSON)),
                new SeparatorMenuItem(),
                programItem(Messages.get("menu.file.export.numpy"), Framework.NUMPY, exports),
                programItem(Messages.get("menu.file.export.pytorch"), Framework.PYTORCH, exports),
                new SeparatorMenuItem(), pictures,
                item(Messages.get("menu.file.export.lossCsv"), e -> exports.lossHistory()));
    }

    private static MenuItem item(String text, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(action);
        return item;
    }

    /** The item that exports a program for {@code framework}, with the id {@code export-<framework>}. */
    private static MenuItem programItem(String text, Framework framework, ExportMenu exports) {
        MenuItem item = item(text, e -> exports.program(framework));
        item.setId("export-" + framework.id());
        return item;
    }

    private void picture(Node node, String name, double scale) {
        documents.chooseFile(Messages.get("export.picture.title"), name + (scale == 1 ? "" : "@2x") + ".png",
                Messages.get("export.picture.filter"), "png")
                .ifPresent(file -> documents.reportFailure(file, () -> Exports.png(node, scale, file)));
    }

    private void lossHistory() {
        model.lossHistory().thenAcceptAsync(losses -> documents.chooseFile(Messages.get("export.lossHistory.title"),
                "loss-history.csv", Messages.get("export.lossHistory.filter"), "csv")
                .ifPresent(file -> documents.reportFailure(file, () -> Exports.lossCsv(losses, file))),
                Platform::runLater);
    }

    /** Writes the session, from its current parameters, as a Python program for {@code framework}. */
    private void program(Framework framework) {
        model.state().thenAcceptAsync(state -> documents.exportProgram(state.current(), framework), Platform::runLater);
    }

    /** Writes the step-by-step record of one iteration from the current parameters to a file. */
    private void trace(TraceFormat format) {
        model.state().thenAcceptAsync(state -> documents.exportTrace(state.current(), format), Platform::runLater);
    }
}
