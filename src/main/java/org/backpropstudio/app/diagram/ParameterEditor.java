package org.backpropstudio.app.diagram;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.stage.Screen;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.whatif.WhatIf;
import org.backpropstudio.app.whatif.WhatIfPlot;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.StudioModel.EditOutcome;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inline editor of one number on the diagram, in a popover anchored at its label: its name
 * (w₁₂⁽²⁾), a field (Enter applies, Esc closes), a slider around the value, a padlock toggle for a
 * weight or a bias, and, once applied, what the edit did to the loss: "J 0.2748 → 0.2611
 * (ΔJ = −0.0137)". Refused entries are explained beside the field and change nothing.
 *
 * <p>For a weight or a bias it also shows the what-if plot: the loss along that parameter through
 * the current point (the other parameters held), the tangent whose slope is backprop's gradient,
 * and the value being typed, slid or dragged with the first-order prediction
 * ΔJ ≈ ∂J/∂w·Δw beside the actual ΔJ. It is computed off the UI thread ({@link WhatIf}).
 *
 * <p>Every change is one {@link StudioModel#edit} (an event on the timeline, undone by stepping
 * back); typing, sliding and dragging only preview until Enter or the release.
 */
final class ParameterEditor {
    private static final String STYLESHEET =
            Objects.requireNonNull(ParameterEditor.class.getResource("editor.css")).toExternalForm();

    /** The field while its entry is refused. */
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    /** Where a value tried comes from (that control is not overwritten). */
    enum Source { FIELD, SLIDER, DRAG }

    private final StudioModel model;
    private final PopOver popOver = new PopOver();
    private final VBox content = new VBox();
    private final Label symbol = new Label();
    private final Label what = new Label();
    private final ToggleButton lock = new ToggleButton();
    private final FontIcon lockIcon = new FontIcon("mdal-lock_open");
    private final TextField field = new TextField();
    private final Label keys = new Label(Messages.get("diagram.editor.keys"));
    private final Label error = new Label();
    private final Slider slider = new Slider();
    private final Label sliderLo = new Label();
    private final Label sliderHi = new Label();
    private final VBox whatIfBox = new VBox();
    private final Label whatIfTitle = new Label();
    private final WhatIfPlot plot = new WhatIfPlot();
    private final Label slope = new Label();
    private final Label actual = new Label();
    private final Label predicted = new Label();
    private final Label outcome = new Label();
    private final InvalidationListener onSnapshot = o -> snapshotChanged();

    private ExecutorService worker;
    private WhatIf whatIf;
    private Editable target;
    private Node anchor;
    /** True while the controls are set from the model, so that their listeners stay quiet. */
    private boolean syncing;
    /** Whether the field holds text the person typed and has not applied. */
    private boolean fieldEdited;
    /** The slider's resolution: values slid to are multiples of it. */
    private double sliderStep = 0.01;

    ParameterEditor(StudioModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        content.getStyleClass().add("parameter-editor");
        content.setId("parameter-editor");

        symbol.setId("editor-symbol");
        symbol.getStyleClass().add("editor-symbol");
        what.setId("editor-what");
        what.getStyleClass().add("editor-what");
        VBox names = new VBox(symbol, what);
        names.getStyleClass().add("editor-names");
        lock.setId("editor-lock");
        lock.getStyleClass().add("editor-lock");
        lock.setGraphic(lockIcon);
        lock.setFocusTraversable(true);
        lock.setTooltip(new Tooltip(Messages.get("diagram.editor.lock.tooltip")));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(names, spring, lock);
        header.getStyleClass().add("editor-header");
        header.setAlignment(Pos.TOP_LEFT);

        field.setId("editor-field");
        field.getStyleClass().add("editor-field");
        field.setPrefColumnCount(9);
        keys.getStyleClass().add("editor-keys");
        HBox entry = new HBox(field, keys);
        entry.getStyleClass().add("editor-entry");
        entry.setAlignment(Pos.CENTER_LEFT);
        error.setId("editor-error");
        error.getStyleClass().add("editor-error");
        error.setGraphic(new FontIcon("mdal-error"));
        error.setWrapText(true);
        show(error, false);

        slider.setId("editor-slider");
        slider.getStyleClass().add("editor-slider");
        sliderLo.getStyleClass().add("editor-slider-end");
        sliderHi.getStyleClass().add("editor-slider-end");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(sliderLo, gap, sliderHi);
        VBox sliderBox = new VBox(slider, ends);
        sliderBox.getStyleClass().add("editor-slider-box");

        whatIfTitle.getStyleClass().add("editor-section");
        plot.setId("what-if-plot");
        slope.setId("what-if-slope");
        actual.setId("what-if-actual");
        predicted.setId("what-if-predicted");
        slope.setGraphic(swatchLine("tangent"));
        actual.setGraphic(swatchRing());
        predicted.setGraphic(swatchDiamond());
        for (Label caption : new Label[] {slope, actual, predicted}) {
            caption.getStyleClass().add("what-if-caption");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
        }
        whatIfBox.getStyleClass().add("what-if");
        whatIfBox.getChildren().setAll(new Separator(), whatIfTitle, plot, slope, actual, predicted);

        outcome.setId("edit-outcome");
        outcome.getStyleClass().add("edit-outcome");
        outcome.setWrapText(true);
        show(outcome, false);

        content.getChildren().setAll(header, entry, error, sliderBox, whatIfBox, outcome);

        popOver.setContentNode(content);
        popOver.getRoot().getStylesheets().add(STYLESHEET);
        popOver.setDetachable(false);
        popOver.setHeaderAlwaysVisible(false);
        popOver.setArrowSize(11);
        popOver.setCornerRadius(10);
        popOver.setAutoHide(true);
        popOver.setHideOnEscape(true);
        popOver.setConsumeAutoHidingEvents(false); // a click elsewhere on the diagram also acts there
        // no fades: a fade-out still running would hide the popover just shown on another number
        popOver.setAnimated(false);
    }

    private void init() {
        field.textProperty().addListener((obs, old, now) -> fieldTyped(now));
        field.setOnAction(e -> applyField());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                double v = snapToSlider(now.doubleValue());
                if (slider.isValueChanging()) {
                    tryValue(v, Source.SLIDER);
                } else {
                    applyFromControl(v);
                }
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing && !syncing) {
                applyFromControl(snapToSlider(slider.getValue()));
            }
        });
        lock.setOnAction(e -> {
            if (!syncing && target != null) {
                toggleLock(target, lock.isSelected());
            }
        });
        popOver.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                model.snapshotProperty().addListener(onSnapshot);
            } else {
                model.snapshotProperty().removeListener(onSnapshot);
                if (whatIf != null) {
                    whatIf.clear();
                }
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // Commands from the diagram
    // ----------------------------------------------------------------------------------------

    /** Opens the editor on {@code e}, anchored at {@code at}, the field focused and selected. */
    void open(Editable e, Node at) {
        Snapshot s = model.snapshotProperty().get();
        if (s == null || !e.existsIn(s) || at.getScene() == null || at.getScene().getWindow() == null) {
            return;
        }
        boolean same = isEditing(e) && at == anchor;
        if (!isEditing(e)) {
            target = e;
            fieldEdited = false;
            clearMessages();
            arrange(s);
            centreSlider(e.valueIn(s));
        }
        sync(s);
        if (!same) {
            place(at);
        }
        field.requestFocus();
        field.selectAll();
        follow();
    }

    /** Whether the editor is open on {@code e}. */
    boolean isEditing(Editable e) {
        return popOver.isShowing() && e.equals(target);
    }

    /** Shows {@code value} as the one being tried (while dragging the label), without applying it. */
    void preview(Editable e, double value) {
        if (isEditing(e)) {
            tryValue(value, Source.DRAG);
        }
    }

    /**
     * Sets {@code e} to {@code value}: one edit on the timeline. If the editor is open on it, the
     * outcome or the reason for a refusal is shown there. The future completes on the model's
     * engine thread.
     */
    CompletableFuture<EditOutcome> apply(Editable e, double value) {
        CompletableFuture<EditOutcome> done = model.edit(e.set(value));
        done.whenCompleteAsync((result, failure) -> {
            if (!isEditing(e)) {
                return;
            }
            if (failure != null) {
                showError(reason(failure));
            } else {
                fieldEdited = false;
                clearError();
                showOutcome(result);
                sync(model.snapshotProperty().get());
                field.selectAll();
                if (whatIf != null) {
                    whatIf.clearPoint();
                }
                follow();
            }
        }, Platform::runLater);
        return done;
    }

    /** Locks or unlocks {@code e} (a weight or a bias): one edit on the timeline. */
    CompletableFuture<EditOutcome> toggleLock(Editable e, boolean locked) {
        CompletableFuture<EditOutcome> done = model.edit(e.lock(locked));
        done.whenCompleteAsync((result, failure) -> {
            if (isEditing(e)) {
                if (failure != null) {
                    showError(reason(failure));
                }
                sync(model.snapshotProperty().get());
            }
        }, Platform::runLater);
        return done;
    }

    void hide() {
        if (popOver.isShowing()) {
            popOver.hide();
        }
    }

    /** Closes the editor for good and stops its worker thread. */
    void dispose() {
        hide();
        if (whatIf != null) {
            whatIf.clear();
        }
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    /** The popover (for tests and screenshots). */
    PopOver popOver() {
        return popOver;
    }

    /** The what-if plot (for tests). */
    WhatIfPlot plot() {
        return plot;
    }

    /** The number edited, null before the first {@link #open}. */
    Editable target() {
        return target;
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** Texts and sections for a new target. */
    private void arrange(Snapshot s) {
        symbol.setText(target.symbol());
        what.setText(target.describe(s));
        boolean parameter = target.parameter() != null;
        show(lock, target.isLockable());
        show(whatIfBox, parameter);
        if (parameter) {
            String name = target.symbol();
            whatIfTitle.setText(Messages.format("whatif.title", name));
            plot.setAxisLabels(name, "J");
            plot.setCurve(null);
            plot.setPoint(null);
            slope.setText(Messages.format("whatif.slope.pending", target.gradientSymbol()));
            showPoint(null);
        }
    }

    /** The controls from the model: value (unless typed over), slider, padlock. */
    private void sync(Snapshot s) {
        if (s == null || target == null || !target.existsIn(s)) {
            return;
        }
        double v = target.valueIn(s);
        syncing = true;
        try {
            if (!fieldEdited) {
                field.setText(Numbers.editable(v));
            }
            if (Double.isFinite(v) && (v < slider.getMin() || v > slider.getMax())) {
                centreSlider(v);
            }
            if (!slider.isValueChanging() && Double.isFinite(v)) {
                slider.setValue(v);
            }
            boolean locked = target.lockedIn(s);
            lock.setSelected(locked);
            lock.setText(Messages.get(locked ? "diagram.editor.locked" : "diagram.editor.lock"));
            lockIcon.setIconLiteral(locked ? "mdal-lock" : "mdal-lock_open");
        } finally {
            syncing = false;
        }
    }

    private void snapshotChanged() {
        Snapshot s = model.snapshotProperty().get();
        if (target == null || s == null) {
            return;
        }
        if (!target.existsIn(s)) {
            hide();
            return;
        }
        sync(s);
        follow();
    }

    /** The slider spans value ± max(1, 2|value|), in steps of about a two-hundredth of that. */
    private void centreSlider(double v) {
        double centre = Double.isFinite(v) ? v : 0;
        double half = Math.max(1, 2 * Math.abs(centre));
        sliderStep = Steps.nice(half / 100);
        boolean was = syncing;
        syncing = true;
        try {
            slider.setMin(centre - half);
            slider.setMax(centre + half);
            slider.setBlockIncrement(sliderStep * 10);
            sliderLo.setText(Numbers.format(centre - half));
            sliderHi.setText(Numbers.format(centre + half));
        } finally {
            syncing = was;
        }
    }

    private double snapToSlider(double v) {
        return Steps.snap(v, sliderStep);
    }

    private void fieldTyped(String text) {
        if (syncing) {
            return;
        }
        fieldEdited = true;
        clearError();
        try {
            tryValue(Inputs.parseNumber(text), Source.FIELD);
        } catch (IllegalArgumentException notYet) {
            if (whatIf != null) {
                whatIf.clearPoint();
            }
        }
    }

    /** Enter: the typed number, if it is one, becomes an edit; else the reason is shown. */
    private void applyField() {
        double v;
        try {
            v = Inputs.parseNumber(field.getText());
        } catch (IllegalArgumentException bad) {
            showError(bad.getMessage());
            field.selectAll();
            return;
        }
        Snapshot s = model.snapshotProperty().get();
        if (s != null && target.valueIn(s) == v) {
            fieldEdited = false; // nothing to change: no event on the timeline
            sync(s);
            field.selectAll();
            return;
        }
        apply(target, v);
    }

    /** A value slid to (released) or stepped to with the keys: one edit. */
    private void applyFromControl(double v) {
        Snapshot s = model.snapshotProperty().get();
        if (target == null || s == null || target.valueIn(s) == v) {
            return;
        }
        fieldEdited = false;
        syncing = true;
        try {
            field.setText(Numbers.editable(v));
        } finally {
            syncing = false;
        }
        apply(target, v);
    }

    /** Shows {@code v} as the value tried: in the controls other than {@code source}, and on the plot. */
    private void tryValue(double v, Source source) {
        syncing = true;
        try {
            if (source != Source.FIELD) {
                field.setText(Numbers.editable(v));
            }
            if (source != Source.SLIDER) {
                slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), v)));
            }
        } finally {
            syncing = false;
        }
        if (whatIf != null && target.parameter() != null) {
            whatIf.ask(v);
        }
    }

    /** Recomputes the slice through the current point, for a weight or a bias. */
    private void follow() {
        Parameter p = target == null ? null : target.parameter();
        Snapshot s = model.snapshotProperty().get();
        if (p == null || s == null || !popOver.isShowing()) {
            return;
        }
        double v = target.valueIn(s);
        if (!Double.isFinite(v)) {
            whatIf().clear();
            plot.setCurve(null);
            slope.setText(Messages.format("whatif.slope.nonFinite", target.symbol()));
            return;
        }
        double half = (slider.getMax() - slider.getMin()) / 2;
        whatIf().follow(p, half, WhatIf.points(parameterCount(s), s.samplesPerIteration()));
    }

    private WhatIf whatIf() {
        if (whatIf == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "what-if");
                t.setDaemon(true);
                return t;
            });
            whatIf = new WhatIf(model::probe, worker, Platform::runLater);
            whatIf.curveProperty().addListener((obs, old, c) -> showCurve(c));
            whatIf.pointProperty().addListener((obs, old, p) -> showPoint(p));
        }
        return whatIf;
    }

    private void showCurve(WhatIf.Curve c) {
        plot.setCurve(c);
        if (c != null) {
            slope.setText(Messages.format("whatif.slope", target.gradientSymbol(), Numbers.format(c.slope())));
        }
    }

    private void showPoint(WhatIf.Point p) {
        plot.setPoint(p);
        boolean tried = p != null && target != null && p.parameter().equals(target.parameter());
        show(predicted, tried);
        if (!actual.getStyleClass().contains("hint") && !tried) {
            actual.getStyleClass().add("hint");
        } else if (tried) {
            actual.getStyleClass().removeAll("hint");
        }
        if (!tried) {
            actual.setText(Messages.get("whatif.hint"));
            return;
        }
        WhatIf.Curve c = plot.getCurve();
        double dv = c == null ? Double.NaN : p.value() - c.value();
        String d = target.parameter().isBias() ? "Δb" : "Δw";
        actual.setText(Messages.format("whatif.actual", Numbers.signed(p.change()), c == null ? "…" : Numbers.format(c.loss()),
                Numbers.format(p.loss())));
        String factor = dv < 0 ? "(" + Numbers.format(dv) + ")" : Numbers.format(dv);
        predicted.setText(c == null ? Messages.format("whatif.predicted.pending", target.gradientSymbol(), d)
                : Messages.format("whatif.predicted", target.gradientSymbol(), d, Numbers.format(c.slope()), factor,
                        Numbers.signed(p.predicted())));
    }

    private void showOutcome(EditOutcome result) {
        outcome.setText(Messages.format("diagram.editor.outcome", Numbers.format(result.lossBefore()),
                Numbers.format(result.lossAfter()), Numbers.signed(result.change())));
        outcome.getStyleClass().removeAll("lower", "higher");
        if (result.change() < 0) {
            outcome.getStyleClass().add("lower");
        } else if (result.change() > 0) {
            outcome.getStyleClass().add("higher");
        }
        outcome.setGraphic(new FontIcon(result.change() <= 0 ? "mdmz-trending_down" : "mdmz-trending_up"));
        show(outcome, true);
    }

    private void showError(String message) {
        error.setText(message);
        show(error, true);
        field.pseudoClassStateChanged(REFUSED, true);
    }

    private void clearError() {
        show(error, false);
        field.pseudoClassStateChanged(REFUSED, false);
    }

    private void clearMessages() {
        clearError();
        show(outcome, false);
    }

    /**
     * Shows the popover beside {@code at}: to its right if there is room, else to its left; level
     * with it if there is room above and below, else reaching down or up. Room is looked for in the
     * window first (so that the popover covers the app, not the desktop), then on the screen.
     */
    private void place(Node at) {
        anchor = at;
        hide();
        content.applyCss();
        double w = content.prefWidth(-1) + 2 * popOver.getArrowSize() + 10;
        double h = content.prefHeight(content.prefWidth(-1)) + 20;
        Bounds b = at.localToScreen(at.getBoundsInLocal());
        javafx.stage.Window window = at.getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        Rectangle2D inWindow = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        boolean right = fitsRight(b, w, inWindow) || !fitsLeft(b, w, inWindow) && (fitsRight(b, w, screen) || !fitsLeft(b, w, screen));
        double cy = (b.getMinY() + b.getMaxY()) / 2;
        Rectangle2D area = cy - h / 2 >= inWindow.getMinY() && cy + h / 2 <= inWindow.getMaxY()
                || cy + h <= inWindow.getMaxY() || cy - h >= inWindow.getMinY() ? inWindow : screen;
        PopOver.ArrowLocation where;
        if (cy - h / 2 >= area.getMinY() && cy + h / 2 <= area.getMaxY()) {
            where = right ? PopOver.ArrowLocation.LEFT_CENTER : PopOver.ArrowLocation.RIGHT_CENTER;
        } else if (cy + h <= area.getMaxY() || cy - h < area.getMinY() && cy < (area.getMinY() + area.getMaxY()) / 2) {
            where = right ? PopOver.ArrowLocation.LEFT_TOP : PopOver.ArrowLocation.RIGHT_TOP;
        } else {
            where = right ? PopOver.ArrowLocation.LEFT_BOTTOM : PopOver.ArrowLocation.RIGHT_BOTTOM;
        }
        popOver.setArrowLocation(where);
        popOver.show(at, -2);
    }

    private static boolean fitsRight(Bounds b, double w, Rectangle2D area) {
        return b.getMaxX() + w <= area.getMaxX();
    }

    private static boolean fitsLeft(Bounds b, double w, Rectangle2D area) {
        return b.getMinX() - w >= area.getMinX();
    }

    /** The message of a refused edit, as a sentence. */
    static String reason(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String m = t.getMessage() == null || t.getMessage().isBlank() ? Messages.get("diagram.editor.refused") : t.getMessage().strip();
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    private static int parameterCount(Snapshot s) {
        int count = 0;
        for (int l = 1; l <= s.layers(); l++) {
            count += s.units(l) * (s.units(l - 1) + 1);
        }
        return count;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Line swatchLine(String kind) {
        Line line = new Line(0, 0, 22, 0);
        line.getStyleClass().addAll("swatch", kind);
        return line;
    }

    private static Circle swatchRing() {
        Circle ring = new Circle(5);
        ring.getStyleClass().addAll("swatch", "marker");
        return ring;
    }

    private static Polygon swatchDiamond() {
        Polygon diamond = new Polygon(6, 0, 12, 6, 6, 12, 0, 6);
        diamond.getStyleClass().addAll("swatch", "prediction");
        return diamond;
    }
}
