package org.backpropstudio.app.draw;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.MnistCsv;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;

/**
 * Data › Import MNIST CSV: a file of MNIST's CSV layout ({@link MnistCsv}), the first N pictures
 * (2,000 unless the student asks for another number, at most the dataset limit), as the training or
 * the test set ({@link MnistPlacement} says which, and what happens to the network, before the
 * student imports). The file is read on a worker, never on the FX thread; after a moment a bar
 * shows how far it has come, and Cancel stops it. The result is one edit on the timeline; every
 * refusal (a bad cell named by line and column, a number of pictures out of range) is said here and
 * changes nothing.
 */
public final class MnistImportPane extends VBox {
    /** Pictures read unless the student asks for another number. */
    static final int DEFAULT_ROWS = 2_000;
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** How long reading goes on before the bar shows. */
    private static final Duration A_MOMENT = Duration.millis(300);

    private final StudioModel model;
    private final Executor worker;
    private final Runnable close;
    private final Label file = new Label();
    private final TextField rows = new TextField(String.valueOf(DEFAULT_ROWS));
    private final ToggleGroup use = new ToggleGroup();
    private final RadioButton training = new RadioButton(Messages.get("mnist.training"));
    private final RadioButton test = new RadioButton(Messages.get("mnist.test"));
    private final Label explanation = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Label message = new Label();
    private final Button importButton = new Button(Messages.get("mnist.import"));
    private final Button cancel = new Button(Messages.get("mnist.cancel"));
    private final InvalidationListener snapshotChanged = o -> explain();
    private Path chosen;
    private Task<Dataset> reading;

    /**
     * @param worker reads the file (a test may hold the work back)
     * @param close  closes the window the pane is in
     */
    public MnistImportPane(StudioModel model, Executor worker, Path file, Runnable close) {
        this.model = model;
        this.worker = worker;
        this.close = close;
        this.chosen = file;
        createView();
        init();
    }

    private void createView() {
        setId("mnist-import");
        getStyleClass().addAll("editor", "mnist-import");
        getStylesheets().add(DrawDigitPane.STYLESHEET);
        Label title = new Label(Messages.get("mnist.title"));
        title.getStyleClass().add("editor-title");
        Label about = note(Messages.get("mnist.about"));

        file.setId("mnist-file");
        Button choose = new Button(Messages.get("mnist.choose"));
        choose.setId("mnist-choose");
        choose.setOnAction(e -> choose());
        HBox fileRow = row(new Label(Messages.get("mnist.file")), file, choose);

        rows.setId("mnist-rows");
        rows.setPrefColumnCount(7);
        Label rowsName = new Label(Messages.get("mnist.rows"));
        rowsName.setLabelFor(rows);
        HBox rowsRow = row(rowsName, rows, note(Messages.format("mnist.rows.most", Limits.MAX_SAMPLES)));

        training.setId("mnist-training");
        test.setId("mnist-test");
        training.setToggleGroup(use);
        test.setToggleGroup(use);
        training.setSelected(true);
        HBox useRow = row(new Label(Messages.get("mnist.use")), training, test);

        explanation.setId("mnist-explanation");
        explanation.getStyleClass().add("note");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);

        bar.setId("mnist-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        status.setId("mnist-status");
        status.getStyleClass().add("note");
        VBox progress = new VBox(bar, status);
        progress.getStyleClass().add("mnist-progress");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());

        message.setId("mnist-message");
        message.getStyleClass().add("draw-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        importButton.setId("mnist-import-button");
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> start(progress));
        cancel.setId("mnist-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        FlowPane buttons = new FlowPane(importButton, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("buttons");
        getChildren().setAll(title, about, fileRow, rowsRow, useRow, explanation, progress, message, buttons);
    }

    private void init() {
        use.selectedToggleProperty().addListener(o -> explain());
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        showFile();
        explain();
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("labelled-field");
        return row;
    }

    private MnistPlacement.Use chosenUse() {
        return test.isSelected() ? MnistPlacement.Use.TEST : MnistPlacement.Use.TRAINING;
    }

    private void explain() {
        Snapshot s = model.snapshotProperty().get();
        if (s != null) {
            explanation.setText(MnistPlacement.explain(s.session(), chosenUse()));
        }
    }

    private void showFile() {
        file.setText(chosen == null ? Messages.get("mnist.noFile") : chosen.getFileName().toString());
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("mnist.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("data.csvFiles"), "*.csv"));
        java.io.File picked = chooser.showOpenDialog(getScene().getWindow());
        if (picked != null) {
            chosen = picked.toPath();
            showFile();
            say("", false);
        }
    }

    /** Checks what can be checked at once, then reads the file on the worker. */
    private void start(VBox progress) {
        if (reading != null) {
            return;
        }
        int n;
        try {
            if (chosen == null) {
                throw new IllegalArgumentException(Messages.get("mnist.noFile.problem"));
            }
            n = (int) Inputs.parseWhole(rows.getText(), 1, Limits.MAX_SAMPLES);
            Snapshot s = model.snapshotProperty().get();
            if (chosenUse() == MnistPlacement.Use.TEST && !MnistPlacement.fits(s.session())) {
                throw new IllegalArgumentException(MnistPlacement.explain(s.session(), MnistPlacement.Use.TEST));
            }
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        Path path = chosen;
        reading = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    return MnistCsv.read(in, n, (done, total) -> {
                        updateProgress(done, total);
                        updateMessage(Messages.format("mnist.progress", done, total));
                        return !isCancelled();
                    });
                }
            }
        };
        bar.progressProperty().bind(reading.progressProperty());
        status.textProperty().bind(reading.messageProperty());
        reading.setOnSucceeded(e -> finished(reading.getValue(), null, progress));
        reading.setOnFailed(e -> finished(null, reading.getException(), progress));
        reading.setOnCancelled(e -> finished(null, new CancellationException(), progress));
        setBusy(true);
        say(Messages.get("mnist.reading"), false);
        PauseTransition moment = new PauseTransition(A_MOMENT);
        moment.setOnFinished(e -> progress.setVisible(reading != null));
        moment.play();
        worker.execute(reading);
    }

    /** The reading is over: the pictures placed, or why not. */
    private void finished(Dataset pictures, Throwable failure, VBox progress) {
        reading = null;
        progress.setVisible(false);
        bar.progressProperty().unbind();
        status.textProperty().unbind();
        if (failure != null) {
            setBusy(false);
            say(problem(failure), true);
            return;
        }
        Session session = model.snapshotProperty().get().session();
        MnistPlacement.Change change;
        try {
            change = MnistPlacement.place(session, pictures, chosenUse());
        } catch (IllegalArgumentException e) {
            setBusy(false);
            say(e.getMessage(), true);
            return;
        }
        var applied = change instanceof MnistPlacement.NewNetwork fresh
                ? model.edit(new Edit.Replace(fresh.session()))
                : model.replaceDataset(((MnistPlacement.NewData) change).data());
        applied.whenComplete((ok, refused) -> Platform.runLater(() -> {
            setBusy(false);
            if (refused != null) {
                Throwable t = refused instanceof CompletionException && refused.getCause() != null
                        ? refused.getCause() : refused;
                say(t.getMessage(), true);
            } else {
                say(Messages.format("mnist.done", pictures.size()), false);
                close.run();
            }
        }));
    }

    private String problem(Throwable failure) {
        String name = chosen.getFileName().toString();
        if (failure instanceof CancellationException) {
            return Messages.get("mnist.cancelled");
        }
        if (failure instanceof CsvFormatException e) {
            return Messages.format("data.csvProblem", name, e.getMessage());
        }
        if (failure instanceof IOException e) {
            return Messages.format("data.readFailed", name, e.getMessage());
        }
        return Messages.format("data.readFailed", name, String.valueOf(failure.getMessage()));
    }

    /** Stops the reading if there is one (its window is closing): nothing is imported. */
    void stop() {
        if (reading != null) {
            reading.cancel();
        }
    }

    /** Cancel: stops the reading if there is one, else closes the window. */
    private void cancel() {
        if (reading != null) {
            reading.cancel();
        } else {
            close.run();
        }
    }

    private void setBusy(boolean busy) {
        importButton.setDisable(busy);
        rows.setDisable(busy);
        training.setDisable(busy);
        test.setDisable(busy);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.pseudoClassStateChanged(PROBLEM, problem);
    }
}
