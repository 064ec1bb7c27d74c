package org.backpropstudio.app.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * Backprop verified numerically: for every parameter θ, the gradient ∂J/∂θ that backpropagation
 * computes beside the central difference (J(θ + h) − J(θ − h)) / 2h and their relative error,
 * over the current iteration's samples at the current parameters ({@link StudioModel#gradientCheck()}).
 *
 * <p>When: on "Check now", and by itself whenever the panel is on screen and the parameters (or the
 * samples of the iteration, or the data) have changed since the last check, at most once per
 * {@link #MIN_INTERVAL}; never while training plays (numbers from before stay, faded, and the
 * status says so), nor for networks so large that a check takes seconds (see
 * {@link #AUTOMATIC_CHECK_BUDGET}; those check on the button). The check runs off the FX thread; a request while one runs is folded into one
 * more check after it, so nothing queues up, however large the network.
 *
 * <p>Node ids: {@code #gradient-check} (this), {@code #run-gradient-check} (the button),
 * {@code #gradient-check-progress}, {@code #gradient-check-status} ("Paused checks while playing"),
 * {@code #gradient-check-summary} and {@code #gradient-check-table}. Rows, the relative error
 * cells and the summary carry the pseudo-class {@code :good}, {@code :suspicious} or {@code :bad}
 * ({@link Verdict}); the panel is {@code :stale} while its numbers are older than the parameters.
 * Looks: {@code gradient-check.css}.
 */
public final class GradientCheckPanel extends VBox {
    private static final System.Logger LOG = System.getLogger(GradientCheckPanel.class.getName());
    private static final String STYLESHEET =
            Objects.requireNonNull(GradientCheckPanel.class.getResource("gradient-check.css")).toExternalForm();
    /** Automatic checks start at most this often. */
    public static final Duration MIN_INTERVAL = Duration.millis(300);
    /**
     * A check costs about (parameters)² × (samples per iteration) multiply-adds, 2 forward passes
     * per parameter: above this many (a second or two), checks run on "Check now" only.
     */
    static final double AUTOMATIC_CHECK_BUDGET = 3e8;
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    /**
     * What a check depends on: the parameters, the samples J averages over (all of them in full
     * batch, the iteration's one sample in sample mode) and the session's data and loss.
     */
    private record Inputs(Network network, long sample, Session session) {
        static Inputs of(Snapshot s) {
            Session session = s.session();
            long sample = session.batch() == BatchMode.SAMPLE ? session.sampleOf(s.iteration(), 0) : -1;
            return new Inputs(s.network(), sample, session);
        }
    }

    private final StudioModel model;
    private final Showing showing = new Showing(this);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ObservableList<GradientCheck.Row> rows = FXCollections.observableArrayList();

    private final Label explanation = new Label();
    private final Button run = new Button(Messages.get("check.run"));
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final Label summary = new Label();
    private final TableView<GradientCheck.Row> table = new TableView<>();

    /** The inputs of the numbers on screen (or of the check on its way); null before the first. */
    private Inputs checked;
    /** Whether "Check now" asked for a check that has not started yet. */
    private boolean wanted;
    /** Checks whose results reached the screen; read by tests on their own thread. */
    private volatile long completed;
    private final PauseTransition interval = new PauseTransition(MIN_INTERVAL);

    private final InvalidationListener snapshotChanged = o -> onStateChanged();
    private final InvalidationListener playingChanged = o -> onStateChanged();

    /** A gradient check of {@code model}'s current parameters. */
    public GradientCheckPanel(StudioModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        setId("gradient-check");
        getStyleClass().add("gradient-check");
        getStylesheets().add(STYLESHEET);

        Label title = new Label(Messages.get("check.title"));
        title.getStyleClass().add("gradient-check-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        run.setId("run-gradient-check");
        run.getStyleClass().add("gradient-check-run");
        run.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("gradient-check-progress");
        progress.getStyleClass().add("gradient-check-progress");
        progress.setVisible(false);
        status.setId("gradient-check-status");
        status.getStyleClass().add("gradient-check-status");
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(title, spacer, status, progress, run);
        titleRow.getStyleClass().add("gradient-check-title-row");
        titleRow.setAlignment(Pos.CENTER_LEFT);

        explanation.setId("gradient-check-explanation");
        explanation.getStyleClass().add("gradient-check-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setText(Messages.format("check.explanation", CheckText.power(GradientCheck.H),
                CheckText.power(Verdict.GOOD_BELOW), CheckText.power(Verdict.SUSPICIOUS_BELOW), CheckText.power(Verdict.ROUNDING)));

        summary.setId("gradient-check-summary");
        summary.getStyleClass().add("gradient-check-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        setText(summary, "");

        VBox header = new VBox(titleRow, explanation, summary);
        header.getStyleClass().add("gradient-check-header");

        createTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    private void createTable() {
        table.setId("gradient-check-table");
        table.getStyleClass().add("gradient-check-table");
        Label placeholder = new Label(Messages.get("check.placeholder"));
        placeholder.getStyleClass().add("gradient-check-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<GradientCheck.Row, Parameter> parameter = new TableColumn<>("θ");
        parameter.setId("gradient-check-parameter");
        parameter.getStyleClass().add("parameter-column");
        parameter.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().parameter()));
        parameter.setCellFactory(c -> textCell(CheckText::name, "parameter-cell"));
        parameter.setComparator(Comparator.comparingInt(Parameter::layer).thenComparingInt(Parameter::to)
                .thenComparingInt(p -> p.isBias() ? Integer.MAX_VALUE : p.from()));

        TableColumn<GradientCheck.Row, Double> backprop = numberColumn(Messages.get("check.column.backprop"), "gradient-check-backprop",
                GradientCheck.Row::backprop, CheckText::gradient);
        TableColumn<GradientCheck.Row, Double> numeric = numberColumn(Messages.get("check.column.numeric"), "gradient-check-numeric",
                GradientCheck.Row::numeric, CheckText::gradient);

        TableColumn<GradientCheck.Row, GradientCheck.Row> error = new TableColumn<>(Messages.get("check.column.error"));
        error.setId("gradient-check-error");
        error.getStyleClass().add("number-column");
        error.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        error.setCellFactory(c -> new ErrorCell());
        error.setComparator(Comparator.comparing((GradientCheck.Row r) -> Verdict.of(r))
                .thenComparingDouble(r -> Double.isNaN(r.relativeError()) ? Double.POSITIVE_INFINITY : r.relativeError()));

        parameter.setPrefWidth(72);
        backprop.setPrefWidth(125);
        numeric.setPrefWidth(125);
        error.setPrefWidth(125);
        List.of(parameter, backprop, numeric, error).forEach(c -> c.setReorderable(false));
        table.getColumns().setAll(List.of(parameter, backprop, numeric, error));

        SortedList<GradientCheck.Row> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new VerdictRow());
    }

    private void init() {
        run.setOnAction(e -> checkNow());
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        model.playingProperty().addListener(new WeakInvalidationListener(playingChanged));
        showing.showingProperty().addListener(o -> onStateChanged());
        interval.setOnFinished(e -> startIfDue());
        onStateChanged();
    }

    // ----------------------------------------------------------------------------------------
    // Commands and properties
    // ----------------------------------------------------------------------------------------

    /** Checks the current parameters now (or as soon as the check running ends). */
    public void checkNow() {
        wanted = true;
        startIfDue();
    }

    /** True while a check is computing. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public boolean isChecking() {
        return checking.get();
    }

    /** How many checks have reached the screen; for tests. */
    long checksCompleted() {
        return completed;
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** After a new snapshot, a play or pause, or the panel shown or hidden: checks again if due. */
    private void onStateChanged() {
        pseudoClassStateChanged(STALE, checked != null && isStale());
        updateStatus();
        startIfDue();
    }

    /** Whether the parameters on screen are not those of the model's latest snapshot. */
    private boolean isStale() {
        Snapshot s = model.snapshotProperty().get();
        return s != null && !Inputs.of(s).equals(checked);
    }

    /**
     * Starts a check unless one is running (the next starts when it ends): the one asked for by
     * "Check now", or else one that is due: the numbers are stale, the panel is on screen, training
     * is not playing and the last check started at least {@link #MIN_INTERVAL} ago.
     */
    private void startIfDue() {
        Snapshot s = model.snapshotProperty().get();
        if (checking.get() || s == null) {
            return;
        }
        boolean due = isStale() && showing.isShowing() && !model.playingProperty().get() && isAffordable(s)
                && interval.getStatus() != Animation.Status.RUNNING;
        if (!wanted && !due) {
            return;
        }
        wanted = false;
        checked = Inputs.of(s);
        checking.set(true);
        pseudoClassStateChanged(STALE, false);
        updateStatus();
        interval.playFromStart();
        model.gradientCheck().whenComplete((result, error) -> Platform.runLater(() -> finished(result, error)));
    }

    /** Whether checking {@code s}'s network is quick enough to do by itself whenever it changes. */
    private static boolean isAffordable(Snapshot s) {
        double parameters = s.network().parameterCount();
        return parameters * parameters * s.samplesPerIteration() <= AUTOMATIC_CHECK_BUDGET;
    }

    /**
     * Shows a check's result (or why it failed) on the FX thread, then starts the next if due (the
     * parameters may have moved on meanwhile: the result shows, faded, until the next arrives).
     */
    private void finished(List<GradientCheck.Row> result, Throwable error) {
        checking.set(false);
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            LOG.log(System.Logger.Level.ERROR, "gradient check failed", cause);
            show(List.of());
            setText(summary, Messages.format("check.failed", cause.getMessage()));
            setVerdict(Verdict.BAD);
        } else {
            show(result);
        }
        completed++;
        onStateChanged();
    }

    /** The progress indicator and the line beside it: checking, paused while playing, or nothing. */
    private void updateStatus() {
        Snapshot s = model.snapshotProperty().get();
        progress.setVisible(checking.get());
        if (checking.get()) {
            status.setText(s == null ? Messages.get("check.status.checking")
                    : Messages.format("check.status.checkingCount", String.valueOf(s.network().parameterCount())));
        } else if (model.playingProperty().get() && isStale()) {
            status.setText(Messages.get("check.status.paused"));
        } else if (s != null && isStale() && !isAffordable(s)) {
            status.setText(Messages.get("check.status.large"));
        } else {
            status.setText("");
        }
    }

    private void show(List<GradientCheck.Row> result) {
        rows.setAll(result);
        setText(summary, CheckText.summary(result));
        setVerdict(result.isEmpty() ? null : CheckText.verdict(result));
    }

    private void setVerdict(Verdict verdict) {
        for (Verdict v : Verdict.values()) {
            summary.pseudoClassStateChanged(v.pseudoClass(), v == verdict);
        }
    }

    private static void setText(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }

    private static TableColumn<GradientCheck.Row, Double> numberColumn(String title, String id,
            java.util.function.ToDoubleFunction<GradientCheck.Row> value, java.util.function.DoubleFunction<String> format) {
        TableColumn<GradientCheck.Row, Double> column = new TableColumn<>(title);
        column.setId(id);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> textCell(format::apply, "number-cell"));
        return column;
    }

    private static <T> TableCell<GradientCheck.Row, T> textCell(java.util.function.Function<T, String> format, String styleClass) {
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
                        ? Messages.format("check.verdict.rounding", CheckText.relativeError(Math.abs(item.backprop() - item.numeric())),
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
