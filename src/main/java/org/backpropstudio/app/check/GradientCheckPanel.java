package org.backpropstudio.app.check;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * Backprop verified numerically: for every parameter θ, the gradient ∂J/∂θ that backpropagation
 * computes beside the central difference (J(θ + h) − J(θ − h)) / 2h and their relative error,
 * over the current iteration's samples at the current parameters ({@link StudioModel#gradientCheck(Executor)}).
 *
 * <p>When: on "Check now", and by itself whenever the panel is on screen and the parameters (or the
 * samples of the iteration, or the data) have changed since the last check, at most once per
 * {@link #MIN_INTERVAL}; never while training plays (numbers from before stay, faded, and the
 * status says so), nor for networks so large that a check takes seconds (see
 * {@link CheckInputs#AUTOMATIC_CHECK_BUDGET}; those check on the button). The check runs off the
 * FX thread; a request while one runs is folded into one more check after it, so nothing queues
 * up, however large the network.
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
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final StudioModel model;
    private final Executor worker;
    private final Showing showing = new Showing(this);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    private final Label explanation = new Label();
    private final Button run = new Button(Messages.get("check.run"));
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final Label summary = new Label();
    private final CheckTable table = new CheckTable();

    /** The inputs of the numbers on screen (or of the check on its way); null before the first. */
    private CheckInputs checked;
    /** Whether "Check now" asked for a check that has not started yet. */
    private boolean wanted;
    /** Checks whose results reached the screen; read by tests on their own thread. */
    private volatile long completed;
    private final PauseTransition interval = new PauseTransition(MIN_INTERVAL);

    private final InvalidationListener snapshotChanged = o -> onStateChanged();
    private final InvalidationListener playingChanged = o -> onStateChanged();

    /** A gradient check of {@code model}'s current parameters, computed on {@code worker}. */
    public GradientCheckPanel(StudioModel model, Executor worker) {
        this.model = model;
        this.worker = worker;
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
                CheckText.power(Verdict.GOOD_BELOW), CheckText.power(Verdict.SUSPICIOUS_BELOW),
                CheckText.power(Verdict.ROUNDING)));

        summary.setId("gradient-check-summary");
        summary.getStyleClass().add("gradient-check-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        setText(summary, "");

        VBox header = new VBox(titleRow, explanation, summary);
        header.getStyleClass().add("gradient-check-header");

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
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
        return s != null && !CheckInputs.of(s).equals(checked);
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
        boolean due = isStale() && showing.isShowing() && !model.playingProperty().get() && CheckInputs.isAffordable(s)
                && interval.getStatus() != Animation.Status.RUNNING;
        if (!wanted && !due) {
            return;
        }
        wanted = false;
        checked = CheckInputs.of(s);
        checking.set(true);
        pseudoClassStateChanged(STALE, false);
        updateStatus();
        interval.playFromStart();
        model.gradientCheck(worker).whenComplete((result, error) -> Platform.runLater(() -> finished(result, error)));
    }

    /**
     * Shows a check's result (or why it failed) on the FX thread, then starts the next if due (the
     * parameters may have moved on meanwhile: the result shows, faded, until the next arrives).
     */
    private void finished(List<GradientCheck.Row> result, Throwable error) {
        checking.set(false);
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
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
        } else if (s != null && isStale() && !CheckInputs.isAffordable(s)) {
            status.setText(Messages.get("check.status.large"));
        } else {
            status.setText("");
        }
    }

    private void show(List<GradientCheck.Row> result) {
        table.show(result);
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
}
