package org.backpropstudio.app.editor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.Names;
import org.backpropstudio.app.draw.DataMenu;
import org.backpropstudio.core.DataGenerator;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.DatasetCsv;
import org.backpropstudio.io.MnistCsv;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dataset as an editable table: a cell edit is a hand edit on the timeline; rows are added and
 * removed; CSV is imported and exported; generated sets (with a seed and a noise level) replace the
 * data. Every refusal is said below the table and changes nothing.
 */
public final class DataEditor extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final StudioModel model;
    private final TableView<Integer> table = new TableView<>();
    private final Label problem = new Label();
    private final ComboBox<DataGenerator> generator = new ComboBox<>();
    private final Spinner<Integer> samples = new Spinner<>(1, 5000, 200);
    private final TextField noise = new TextField("0.1");
    private final TextField seed = new TextField("1");
    private Dataset shown;
    private int currentSample = -1;

    public DataEditor(StudioModel model) {
        this.model = model;
        getStyleClass().add("editor");
        setId("data-editor");
        createView();
        model.snapshotProperty().addListener((obs, old, now) -> showIfChanged(now));
        showIfChanged(model.snapshotProperty().get());
    }

    private void createView() {
        Label title = new Label(Messages.get("data.title"));
        title.getStyleClass().add("editor-title");
        table.setId("data-table");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Integer sample, boolean empty) {
                super.updateItem(sample, empty);
                pseudoClassStateChanged(CURRENT, !empty && sample != null && sample == currentSample);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(Messages.get("data.addSample"), new FontIcon("mdal-add"));
        add.setId("add-sample");
        add.setOnAction(e -> addSample());
        Button remove = new Button(Messages.get("data.remove"), new FontIcon("mdal-delete"));
        remove.setId("remove-sample");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected());
        Button importCsv = new Button(Messages.get("data.importCsv"), new FontIcon("mdal-file_upload"));
        importCsv.setOnAction(e -> importCsv());
        Button exportCsv = new Button(Messages.get("data.exportCsv"), new FontIcon("mdal-get_app"));
        exportCsv.setOnAction(e -> exportCsv());
        FlowPane rowButtons = new FlowPane(add, remove, importCsv, exportCsv);
        rowButtons.getStyleClass().add("buttons");

        generator.setId("generator");
        generator.setConverter(Names.converter(Names::of));
        samples.setEditable(true);
        samples.getValueFactory().setConverter(Problems.wholeNumbers(samples));
        noise.setId("noise");
        seed.setId("data-seed");
        noise.setPrefColumnCount(4);
        seed.setPrefColumnCount(4);
        Button generate = new Button(Messages.get("data.generate"));
        generate.setId("generate");
        generate.setOnAction(e -> generate());
        generator.setMinWidth(Region.USE_PREF_SIZE);
        generate.setMinWidth(Region.USE_PREF_SIZE);
        // each field with its label, never cut: a narrow column wraps the row instead
        FlowPane generateRow = new FlowPane(generator, labelled(Messages.get("data.samples"), samples),
                labelled(Messages.get("data.noise"), noise),
                labelled(Messages.get("data.seed"), seed), generate);
        generateRow.setAlignment(Pos.CENTER_LEFT);
        generateRow.getStyleClass().addAll("buttons", "generator-row");

        problem.setId("data-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        getChildren().addAll(title, table, rowButtons, generateRow, problem);
    }

    /** {@code field} after its label {@code text}, kept whole: the pair wraps as one. */
    private static HBox labelled(String text, Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(label, field);
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.getStyleClass().add("labelled-field");
        return pair;
    }

    /** Rebuilds the table when the data changed, and marks the current sample. */
    private void showIfChanged(Snapshot s) {
        if (s == null) {
            return;
        }
        Dataset data = s.session().dataset();
        if (data != shown) {
            boolean sameShape = shown != null && shown.inputWidth() == data.inputWidth()
                    && shown.targetWidth() == data.targetWidth();
            shown = data;
            if (!sameShape) {
                rebuildColumns(data);
            }
            table.getItems().setAll(IntStream.range(0, data.size()).boxed().toList());
            table.refresh();
        }
        if (s.currentSample() != currentSample) {
            currentSample = s.step() == 0 ? -1 : s.currentSample();
            table.refresh();
        }
    }

    private void rebuildColumns(Dataset data) {
        TableColumn<Integer, Number> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() + 1));
        index.setEditable(false);
        index.setSortable(false);
        table.getColumns().setAll(java.util.List.of(index));
        for (int i = 0; i < data.inputWidth(); i++) {
            table.getColumns().add(column("x" + (i + 1), i, true));
        }
        for (int k = 0; k < data.targetWidth(); k++) {
            table.getColumns().add(column("y" + (k + 1), k, false));
        }
        generator.setItems(FXCollections.observableArrayList(Arrays.stream(DataGenerator.values())
                .filter(g -> g.inputs() == data.inputWidth() && g.outputs() == data.targetWidth()).toList()));
        generator.getSelectionModel().selectFirst();
    }

    private TableColumn<Integer, Double> column(String name, int index, boolean input) {
        TableColumn<Integer, Double> column = new TableColumn<>(name);
        column.setId("column-" + name);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                input ? shown.input(c.getValue(), index) : shown.target(c.getValue(), index)));
        column.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Double.toString(value);
            }

            @Override
            public Double fromString(String text) {
                try {
                    problem.setText("");
                    return Inputs.parseNumber(text);
                } catch (IllegalArgumentException e) {
                    problem.setText(e.getMessage());
                    return null;
                }
            }
        }));
        column.setOnEditCommit(e -> {
            if (e.getNewValue() == null) {
                table.refresh();
                return;
            }
            int sample = e.getRowValue();
            Edit edit = input ? new Edit.SetInput(sample, index, e.getNewValue())
                    : new Edit.SetTarget(sample, index, e.getNewValue());
            report(model.edit(edit));
        });
        return column;
    }

    private void addSample() {
        double[][] x = shown.inputsCopy();
        double[][] y = shown.targetsCopy();
        if (x.length >= Limits.MAX_SAMPLES) {
            problem.setText(Messages.format("data.tooManySamples", String.valueOf(Limits.MAX_SAMPLES)));
            return;
        }
        double[][] newX = Arrays.copyOf(x, x.length + 1);
        double[][] newY = Arrays.copyOf(y, y.length + 1);
        newX[x.length] = x[x.length - 1].clone();
        newY[y.length] = y[y.length - 1].clone();
        report(model.replaceDataset(shown.withSamples(newX, newY)));
    }

    private void removeSelected() {
        Integer selected = table.getSelectionModel().getSelectedItem();
        if (shown.size() == 1) {
            problem.setText(Messages.get("data.lastSample"));
            return;
        }
        double[][] x = shown.inputsCopy();
        double[][] y = shown.targetsCopy();
        int s = selected;
        double[][] newX = IntStream.range(0, x.length).filter(i -> i != s).mapToObj(i -> x[i]).toArray(double[][]::new);
        double[][] newY = IntStream.range(0, y.length).filter(i -> i != s).mapToObj(i -> y[i]).toArray(double[][]::new);
        report(model.replaceDataset(shown.withSamples(newX, newY)));
    }

    private void generate() {
        DataGenerator g = generator.getValue();
        if (g == null) {
            problem.setText(Messages.format("data.noGenerator", String.valueOf(shown.inputWidth()),
                    String.valueOf(shown.targetWidth())));
            return;
        }
        try {
            samples.commitValue();
            double n = Inputs.parseNumber(noise.getText());
            long s = Inputs.parseWhole(seed.getText(), Long.MIN_VALUE, Long.MAX_VALUE);
            report(model.replaceDataset(g.generate(samples.getValue(), n, s)));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("data.import.title"));
        chooser.getExtensionFilters().add(csvFiles());
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (MnistCsv.hasLayout(file.toPath())) {
                // MNIST's pictures (a digit and 784 pixels a line) need their own import: N, a set, a network
                DataMenu.importMnist(getScene().getWindow(), model, file.toPath());
                return;
            }
            String text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
            report(model.replaceDataset(DatasetCsv.read(text, shown.inputWidth(), shown.targetWidth())));
        } catch (CsvFormatException e) {
            problem.setText(Messages.format("data.csvProblem", file.getName(), e.getMessage()));
        } catch (IOException e) {
            problem.setText(Messages.format("data.readFailed", file.getName(), e.getMessage()));
        }
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("data.export.title"));
        chooser.getExtensionFilters().add(csvFiles());
        chooser.setInitialFileName("data.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            String csv = DatasetCsv.write(shown);
            AtomicFile.writeText(file.toPath(), out -> out.write(csv));
            problem.setText("");
        } catch (IOException e) {
            problem.setText(Messages.format("data.writeFailed", file.getName(), e.getMessage()));
        }
    }

    private static FileChooser.ExtensionFilter csvFiles() {
        return new FileChooser.ExtensionFilter(Messages.get("data.csvFiles"), "*.csv");
    }

    private void report(CompletableFuture<?> command) {
        problem.setText("");
        command.whenComplete((ok, refused) -> Platform.runLater(() -> {
            problem.setText(Problems.message(refused));
            if (refused != null) {
                table.refresh();
            }
        }));
    }
}
