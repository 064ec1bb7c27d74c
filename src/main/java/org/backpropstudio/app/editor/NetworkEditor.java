package org.backpropstudio.app.editor;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.Names;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The architecture editor: layers and units, the activation per layer, the loss, the learning
 * rate, the batch mode and a seeded initialisation. Apply makes a new network on the timeline
 * (undoable); a rule broken is said beside the button and changes nothing.
 */
public final class NetworkEditor extends VBox {
    private final StudioModel model;
    private final VBox layerRows = new VBox();
    private final List<LayerRow> rows = new ArrayList<>();
    private final Label inputs = new Label();
    private final ComboBox<Loss> loss = new ComboBox<>(FXCollections.observableArrayList(Loss.values()));
    private final TextField learningRate = new TextField();
    private final ComboBox<BatchMode> batch = new ComboBox<>(FXCollections.observableArrayList(BatchMode.values()));
    private final TextField batchSize = new TextField("32");
    private final TextField shuffleSeed = new TextField("1");
    private final TextField seed = new TextField("1");
    private final CheckBox reinitialize = new CheckBox(Messages.get("network.reinitialize"));
    private final Label problem = new Label();
    private Architecture shown;

    /** One layer's row: its units and activation. */
    private final class LayerRow extends HBox {
        final Label name = new Label();
        final Spinner<Integer> units = new Spinner<>(1, Limits.MAX_UNITS, 1);
        final ComboBox<Activation> activation = new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
        final Button remove = new Button(null, new FontIcon("mdal-close"));

        LayerRow(Architecture.LayerSpec spec) {
            getStyleClass().add("layer-row");
            setAlignment(Pos.CENTER_LEFT);
            units.setEditable(true);
            units.getValueFactory().setConverter(Problems.wholeNumbers(units));
            units.getValueFactory().setValue(spec.units());
            activation.setConverter(Names.converter(Names::of));
            activation.setValue(spec.activation());
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> removeRow(this));
            getChildren().addAll(name, units, activation, remove);
        }

        Architecture.LayerSpec spec() {
            units.commitValue();
            return new Architecture.LayerSpec(units.getValue(), activation.getValue());
        }
    }

    public NetworkEditor(StudioModel model) {
        this.model = model;
        getStyleClass().add("editor");
        setId("network-editor");
        createView();
        model.snapshotProperty().addListener((obs, old, now) -> showIfChanged(now));
        showIfChanged(model.snapshotProperty().get());
    }

    private void createView() {
        Label title = new Label(Messages.get("network.title"));
        title.getStyleClass().add("editor-title");
        layerRows.getStyleClass().add("layer-rows");
        Button addLayer = new Button(Messages.get("network.addLayer"), new FontIcon("mdal-add"));
        addLayer.setId("add-layer");
        addLayer.setOnAction(e -> addHiddenLayer());

        learningRate.setId("learning-rate");
        seed.setId("architecture-seed");
        loss.setId("architecture-loss");
        loss.setConverter(Names.converter(Names::of));
        batch.setId("architecture-batch");
        batch.setConverter(Names.converter(Names::of));
        batchSize.setId("architecture-batch-size");
        shuffleSeed.setId("architecture-shuffle-seed");
        Label batchSizeLabel = new Label(Messages.get("network.batchSize"));
        Label shuffleLabel = new Label(Messages.get("network.shuffleSeed"));
        for (javafx.scene.Node n : List.of(batchSizeLabel, batchSize, shuffleLabel, shuffleSeed)) {
            n.visibleProperty().bind(batch.valueProperty().isEqualTo(BatchMode.MINI));
            n.managedProperty().bind(n.visibleProperty());
        }
        GridPane settings = new GridPane();
        settings.getStyleClass().add("settings");
        settings.addRow(0, new Label(Messages.get("network.loss")), loss);
        settings.addRow(1, new Label(Messages.get("network.learningRate")), learningRate);
        settings.addRow(2, new Label(Messages.get("network.batch")), batch);
        settings.addRow(3, batchSizeLabel, batchSize);
        settings.addRow(4, shuffleLabel, shuffleSeed);
        settings.addRow(5, new Label(Messages.get("network.seed")), seed);
        settings.add(reinitialize, 1, 6);

        Button apply = new Button(Messages.get("network.apply"));
        apply.setId("apply-architecture");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> apply());
        Button revert = new Button(Messages.get("network.revert"));
        revert.setOnAction(e -> show(shown));
        problem.setId("architecture-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        HBox buttons = new HBox(apply, revert);
        buttons.getStyleClass().add("buttons");
        Label note = new Label(Messages.get("network.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        getChildren().addAll(title, inputs, layerRows, addLayer, settings, buttons, problem, note);
    }

    /** Refills the form when the session's architecture changed (a new network, an undo). */
    private void showIfChanged(Snapshot s) {
        if (s == null) {
            return;
        }
        Session session = s.session().withNetwork(s.network());
        Architecture now = Architecture.of(session, seedOrDefault());
        if (!now.equals(shown)) {
            inputs.setText(Messages.format("network.inputs", String.valueOf(s.units(0))));
            show(now);
        }
    }

    private void show(Architecture a) {
        shown = a;
        rows.clear();
        a.layers().forEach(spec -> rows.add(new LayerRow(spec)));
        layerRows.getChildren().setAll(rows);
        renumber();
        loss.setValue(a.loss());
        learningRate.setText(Double.toString(a.learningRate()));
        batch.setValue(a.batch());
        if (a.batch() == BatchMode.MINI) {
            batchSize.setText(Integer.toString(a.batchSize()));
            shuffleSeed.setText(Long.toString(a.shuffleSeed()));
        }
        reinitialize.setSelected(false);
        problem.setText("");
    }

    private void addHiddenLayer() {
        LayerRow row = new LayerRow(new Architecture.LayerSpec(4, Activation.TANH));
        rows.add(Math.max(0, rows.size() - 1), row);
        layerRows.getChildren().setAll(rows);
        renumber();
    }

    private void removeRow(LayerRow row) {
        rows.remove(row);
        layerRows.getChildren().setAll(rows);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            LayerRow row = rows.get(i);
            row.name.setText(i == rows.size() - 1 ? Messages.get("network.output")
                    : Messages.format("network.hidden", String.valueOf(i + 1)));
            row.setId("layer-row-" + (i + 1));
            row.remove.setDisable(rows.size() == 1);
        }
    }

    private long seedOrDefault() {
        try {
            return Inputs.parseWhole(seed.getText(), Long.MIN_VALUE, Long.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            return 1;
        }
    }

    private void apply() {
        List<Architecture.LayerSpec> specs = new ArrayList<>();
        try {
            rows.forEach(r -> specs.add(r.spec()));
            double eta = Inputs.parseNumber(learningRate.getText());
            long s = Inputs.parseWhole(seed.getText(), Long.MIN_VALUE, Long.MAX_VALUE);
            boolean mini = batch.getValue() == BatchMode.MINI;
            int size = mini ? (int) Inputs.parseWhole(batchSize.getText(), 1, Limits.MAX_SAMPLES) : 1;
            long order = mini ? Inputs.parseWhole(shuffleSeed.getText(), Long.MIN_VALUE, Long.MAX_VALUE) : 0;
            Architecture next = new Architecture(specs, loss.getValue(), eta, batch.getValue(), size, order, s,
                    reinitialize.isSelected());
            problem.setText("");
            model.changeArchitecture(next).whenComplete((ok, refused) -> Platform.runLater(() ->
                    problem.setText(Problems.message(refused))));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }
}
