package org.backpropstudio.app.check;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.Parameter;

/**
 * The gradient check's table: a row per parameter θ with backprop's ∂J/∂θ, the central
 * difference and their relative error with its verdict's mark; sortable by each column (θ in the
 * network's order, the error by verdict, then size). Rows and error cells carry the verdict's
 * pseudo-class. Node ids {@code #gradient-check-table} and its columns
 * {@code #gradient-check-parameter}, {@code #gradient-check-backprop},
 * {@code #gradient-check-numeric} and {@code #gradient-check-error}.
 */
final class CheckTable extends TableView<GradientCheck.Row> {
    private final ObservableList<GradientCheck.Row> rows = FXCollections.observableArrayList();

    CheckTable() {
        createTable();
    }

    /** Shows {@code result}'s rows. */
    void show(List<GradientCheck.Row> result) {
        rows.setAll(result);
    }

    private void createTable() {
        setId("gradient-check-table");
        getStyleClass().add("gradient-check-table");
        Label placeholder = new Label(Messages.get("check.placeholder"));
        placeholder.getStyleClass().add("gradient-check-placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<GradientCheck.Row, Parameter> parameter = new TableColumn<>("θ");
        parameter.setId("gradient-check-parameter");
        parameter.getStyleClass().add("parameter-column");
        parameter.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().parameter()));
        parameter.setCellFactory(c -> textCell(CheckText::name, "parameter-cell"));
        parameter.setComparator(Comparator.comparingInt(Parameter::layer).thenComparingInt(Parameter::to)
                .thenComparingInt(p -> p.isBias() ? Integer.MAX_VALUE : p.from()));

        TableColumn<GradientCheck.Row, Double> backprop = numberColumn(Messages.get("check.column.backprop"),
                "gradient-check-backprop", GradientCheck.Row::backprop, CheckText::gradient);
        TableColumn<GradientCheck.Row, Double> numeric = numberColumn(Messages.get("check.column.numeric"),
                "gradient-check-numeric", GradientCheck.Row::numeric, CheckText::gradient);

        TableColumn<GradientCheck.Row, GradientCheck.Row> error = new TableColumn<>(Messages.get("check.column.error"));
        error.setId("gradient-check-error");
        error.getStyleClass().add("number-column");
        error.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        error.setCellFactory(c -> new ErrorCell());
        error.setComparator(Comparator.comparing((GradientCheck.Row r) -> Verdict.of(r))
                .thenComparingDouble(
                        r -> Double.isNaN(r.relativeError()) ? Double.POSITIVE_INFINITY : r.relativeError()));

        parameter.setPrefWidth(72);
        backprop.setPrefWidth(125);
        numeric.setPrefWidth(125);
        error.setPrefWidth(125);
        List.of(parameter, backprop, numeric, error).forEach(c -> c.setReorderable(false));
        getColumns().setAll(List.of(parameter, backprop, numeric, error));

        SortedList<GradientCheck.Row> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setRowFactory(t -> new VerdictRow());
    }

    private static TableColumn<GradientCheck.Row, Double> numberColumn(String title, String id,
            java.util.function.ToDoubleFunction<GradientCheck.Row> value,
            java.util.function.DoubleFunction<String> format) {
        TableColumn<GradientCheck.Row, Double> column = new TableColumn<>(title);
        column.setId(id);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> textCell(format::apply, "number-cell"));
        return column;
    }

    private static <T> TableCell<GradientCheck.Row, T> textCell(java.util.function.Function<T, String> format,
                                                                String styleClass) {
        TableCell<GradientCheck.Row, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** A row tinted by its verdict. */
    private static final class VerdictRow extends TableRow<GradientCheck.Row> {
        @Override
        protected void updateItem(GradientCheck.Row item, boolean empty) {
            super.updateItem(item, empty);
            Verdict verdict = empty || item == null ? null : Verdict.of(item);
            for (Verdict v : Verdict.values()) {
                pseudoClassStateChanged(v.pseudoClass(), v == verdict);
            }
        }
    }

    /**
     * The relative error, with its verdict's mark (a tick, a triangle or a cross, in the verdict's
     * colour; a muted tick when the row is good only because it is within rounding); the verdict
     * in words is the tooltip and part of the accessible text.
     */
    private static final class ErrorCell extends TableCell<GradientCheck.Row, GradientCheck.Row> {
        private static final PseudoClass ROUNDING = PseudoClass.getPseudoClass("rounding");
        private final Region mark = new Region();
        private final Tooltip tooltip = new Tooltip();

        ErrorCell() {
            getStyleClass().addAll("number-cell", "error-cell");
            mark.getStyleClass().add("verdict-mark");
            setContentDisplay(ContentDisplay.RIGHT);
        }

        @Override
        protected void updateItem(GradientCheck.Row item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null;
            Verdict verdict = none ? null : Verdict.of(item);
            boolean rounding = !none && Verdict.isWithinRounding(item);
            setText(none ? null : CheckText.relativeError(item.relativeError()));
            setGraphic(none ? null : mark);
            if (!none) {
                String words = rounding
                        ? Messages.format("check.verdict.rounding",
                                CheckText.relativeError(Math.abs(item.backprop() - item.numeric())),
                                CheckText.power(Verdict.ROUNDING))
                        : verdict.text();
                tooltip.setText(words);
                setAccessibleText(getText() + ", " + words);
            }
            setTooltip(none ? null : tooltip);
            for (Verdict v : Verdict.values()) {
                pseudoClassStateChanged(v.pseudoClass(), v == verdict);
            }
            pseudoClassStateChanged(ROUNDING, rounding);
        }
    }
}
