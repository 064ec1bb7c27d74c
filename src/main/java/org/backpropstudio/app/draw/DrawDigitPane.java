package org.backpropstudio.app.draw;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draw a digit: the drawing pad ({@link DrawingPad}) for a session whose inputs are a picture, the
 * picture the network reads from it, and the network's reading as bars, updated as the student
 * draws and as the network changes (one forward pass of the current network, on the FX thread: a
 * 64-32-10 pass is some 2,400 multiply-adds). "Add to training set" and "Add to test set" add the
 * drawing with the chosen label as one undoable edit ({@link StudioModel#replaceDataset}); every
 * refusal is said below them and changes nothing. A session whose inputs are not a picture gets a
 * sentence saying where to find one instead.
 */
public final class DrawDigitPane extends StackPane {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    static final String STYLESHEET =
            Objects.requireNonNull(DrawDigitPane.class.getResource("draw.css")).toExternalForm();

    private final StudioModel model;
    private final DrawingPad pad = new DrawingPad(new ImageShape(8, 8));
    private final PicturePreview preview = new PicturePreview();
    private final PredictionBars bars = new PredictionBars();
    private final Label reading = new Label();
    private final Label padNote = new Label();
    private final ComboBox<Integer> label = new ComboBox<>();
    private final Label message = new Label();
    private final Label placeholder = new Label(Messages.get("draw.notPicture"));
    private final VBox body = new VBox();
    private final NextFrame frame = new NextFrame(this::showSnapshot);
    /** A closed window's pane reads nothing: it catches up when shown again ({@link #refresh}). */
    private final InvalidationListener snapshotChanged = o -> {
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            frame.request();
        }
    };
    /** The picture of the session shown, null if its inputs are not one. */
    private ImageShape shape;
    private Network network;
    private Loss loss;
    /** The data with the last drawing added, while the sentence saying so shows. */
    private Dataset added;

    public DrawDigitPane(StudioModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        setId("draw-digit");
        getStyleClass().addAll("editor", "draw-digit");
        getStylesheets().add(STYLESHEET);

        Label title = new Label(Messages.get("draw.title"));
        title.getStyleClass().add("editor-title");
        Label hint = new Label(Messages.get("draw.hint"));
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        Button clear = new Button(Messages.get("draw.clear"), new FontIcon("mdal-clear"));
        clear.setId("draw-clear");
        clear.setOnAction(e -> {
            pad.clear();
            say("", false);
        });
        padNote.getStyleClass().add("note");
        HBox underPad = new HBox(clear, padNote);
        // the pad column is as wide as the pad whatever the note says (a long note is cut short)
        padNote.setMinWidth(0);
        underPad.setPrefWidth(0);
        underPad.setAlignment(Pos.CENTER_LEFT);
        underPad.getStyleClass().add("buttons");
        VBox padColumn = new VBox(pad, underPad);
        padColumn.getStyleClass().add("draw-pad-column");
        // the pad keeps its size; the reading beside it takes what is left
        pad.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        padColumn.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);

        Label seesTitle = new Label(Messages.get("draw.sees"));
        seesTitle.getStyleClass().add("draw-heading");
        seesTitle.setWrapText(true);
        reading.setId("draw-reading");
        reading.getStyleClass().add("draw-reading");
        reading.setWrapText(true);
        reading.setMinHeight(Region.USE_PREF_SIZE);
        VBox readingText = new VBox(seesTitle, reading);
        readingText.getStyleClass().add("draw-reading-text");
        HBox.setHgrow(readingText, Priority.ALWAYS);
        HBox readingRow = new HBox(preview, readingText);
        readingRow.getStyleClass().add("draw-reading-row");

        Label labelName = new Label(Messages.get("draw.label"));
        labelName.setLabelFor(label);
        label.setId("draw-label");
        label.setPromptText(Messages.get("draw.label.prompt"));
        label.setAccessibleText(Messages.get("draw.label"));
        Button addTraining = new Button(Messages.get("draw.addTraining"), new FontIcon("mdal-add"));
        addTraining.setId("draw-add-training");
        addTraining.setOnAction(e -> add(PadSamples.Destination.TRAINING));
        Button addTest = new Button(Messages.get("draw.addTest"), new FontIcon("mdal-add"));
        addTest.setId("draw-add-test");
        addTest.setOnAction(e -> add(PadSamples.Destination.TEST));
        HBox labelled = new HBox(labelName, label);
        labelled.setAlignment(Pos.CENTER_LEFT);
        labelled.getStyleClass().add("labelled-field");
        FlowPane addRow = new FlowPane(labelled, addTraining, addTest);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.getStyleClass().add("buttons");

        message.setId("draw-message");
        message.getStyleClass().add("draw-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox readingColumn = new VBox(readingRow, bars, addRow, message);
        readingColumn.getStyleClass().add("draw-reading-column");
        HBox.setHgrow(readingColumn, Priority.ALWAYS);
        HBox columns = new HBox(padColumn, readingColumn);
        columns.getStyleClass().add("draw-columns");
        body.getChildren().setAll(title, hint, columns);
        body.getStyleClass().add("draw-body");

        placeholder.setId("draw-placeholder");
        placeholder.getStyleClass().add("draw-placeholder");
        placeholder.setWrapText(true);
        getChildren().setAll(body, placeholder);
    }

    private void init() {
        pad.setOnChange(this::predict);
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        showSnapshot();
    }

    /** Shows the session as it is now (the window is shown again). */
    void refresh() {
        showSnapshot();
    }

    /** Follows the session: its picture's shape (a new empty pad when it changes), network and classes. */
    private void showSnapshot() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        ImageShape image = s.session().dataset().image().orElse(null);
        body.setVisible(image != null);
        placeholder.setVisible(image == null);
        network = s.network();
        loss = s.session().loss();
        if (added != null && s.session().dataset() != added) {
            say("", false); // the drawing added is gone (undone) or the data changed since
        }
        if (image == null) {
            shape = null;
            return;
        }
        if (!image.equals(shape)) {
            shape = image;
            pad.reset(image);
            say("", false);
        }
        int classes = Prediction.classCount(network, loss);
        if (label.getItems().size() != classes) {
            label.setItems(FXCollections.observableArrayList(IntStream.range(0, classes).boxed().toList()));
        }
        predict();
    }

    /** The network's reading of the drawing as it is now. */
    private void predict() {
        if (shape == null || network == null) {
            return;
        }
        PadCells cells = pad.cells();
        double[] picture = cells.picture();
        preview.show(shape, picture);
        padNote.setText(Messages.format("draw.pad.size", cells.width(), cells.height(), shape.width(),
                shape.height(), cells.inkedCount()));
        Prediction p = Prediction.of(network, loss, picture);
        bars.show(p);
        reading.setText(!p.classes() ? Messages.get("draw.outputs")
                : Messages.format(cells.isEmpty() ? "draw.reads.empty" : "draw.reads", p.best(),
                        Math.round(100 * p.shares()[p.best()])));
    }

    /** Adds the drawing to {@code destination} with the chosen label, or says why not. */
    private void add(PadSamples.Destination destination) {
        Snapshot s = model.snapshotProperty().get();
        if (shape == null || s == null) {
            say(Messages.get("draw.notPicture"), true);
            return;
        }
        PadCells cells = pad.cells();
        if (cells.isEmpty()) {
            say(Messages.get("draw.empty"), true);
            return;
        }
        Integer k = label.getValue();
        if (k == null) {
            say(Messages.get("draw.noLabel"), true);
            return;
        }
        Dataset data;
        try {
            double[] y = PadSamples.target(s.network(), s.session().loss(), k);
            data = PadSamples.with(s.session().dataset(), cells.picture(), y, destination);
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        boolean training = destination == PadSamples.Destination.TRAINING;
        int number = training ? data.size() : data.test().map(Dataset::size).orElse(0);
        say("", false);
        model.replaceDataset(data).whenComplete((ok, refused) -> Platform.runLater(() -> {
            if (refused != null) {
                say(reason(refused), true);
            } else {
                pad.clear();
                say(Messages.format(training ? "draw.added.training" : "draw.added.test", number, k), false);
                added = data;
            }
        }));
    }

    private void say(String text, boolean problem) {
        added = null;
        message.setText(text);
        message.pseudoClassStateChanged(PROBLEM, problem);
    }

    private static String reason(Throwable refused) {
        Throwable t = refused instanceof CompletionException && refused.getCause() != null
                ? refused.getCause() : refused;
        return t.getMessage();
    }

    /** The pad, for the window to focus first. */
    Region pad() {
        return pad;
    }
}
