package org.backpropstudio.app.diagram;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
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
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.EditOutcome;
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
 * <p>This class makes the nodes and binds them to its {@link ParameterEditorViewModel}, which holds
 * the state and the rules.
 */
final class ParameterEditor {
    private static final String STYLESHEET =
            Objects.requireNonNull(ParameterEditor.class.getResource("editor.css")).toExternalForm();

    /** The field while its entry is refused. */
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final ParameterEditorViewModel vm;
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
    private Node anchor;

    /** The editor of {@code model}'s numbers; its what-if slices are computed on {@code worker}. */
    ParameterEditor(StudioModel model, Executor worker) {
        this.vm = new ParameterEditorViewModel(model, worker, Platform::runLater);
        createView();
        bind();
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

    private void bind() {
        symbol.textProperty().bind(vm.symbolProperty());
        what.textProperty().bind(vm.whatProperty());
        show(lock, vm.lockableProperty());
        lock.selectedProperty().bindBidirectional(vm.lockedProperty());
        lock.textProperty().bind(vm.lockTextProperty());
        vm.lockedProperty().addListener(
                (obs, was, now) -> lockIcon.setIconLiteral(now ? "mdal-lock" : "mdal-lock_open"));

        field.textProperty().bindBidirectional(vm.textProperty());
        field.setOnAction(e -> vm.enter());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        vm.setOnSettled(field::selectAll);
        EditFeedback feedback = vm.feedback();
        error.textProperty().bind(feedback.errorProperty());
        show(error, feedback.errorProperty().isNotEmpty());
        feedback.errorProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(REFUSED, !now.isEmpty()));
        outcome.textProperty().bind(feedback.outcomeTextProperty());
        show(outcome, feedback.outcomeProperty().isNotNull());
        feedback.outcomeProperty().addListener((obs, old, now) -> showOutcome(now));

        SliderRange range = vm.range();
        slider.minProperty().bind(range.minProperty());
        slider.maxProperty().bind(range.maxProperty());
        slider.blockIncrementProperty().bind(range.incrementProperty());
        slider.valueProperty().bindBidirectional(vm.sliderValueProperty());
        vm.slidingProperty().bind(slider.valueChangingProperty());
        sliderLo.textProperty().bind(range.lowProperty());
        sliderHi.textProperty().bind(range.highProperty());

        WhatIfState whatIf = vm.whatIf();
        show(whatIfBox, vm.parameterProperty());
        whatIfTitle.textProperty().bind(whatIf.titleProperty());
        vm.symbolProperty().addListener((obs, old, now) -> plot.setAxisLabels(now, "J"));
        whatIf.curveProperty().addListener((obs, old, c) -> plot.setCurve(c));
        whatIf.pointProperty().addListener((obs, old, p) -> plot.setPoint(p));
        slope.textProperty().bind(whatIf.slopeProperty());
        actual.textProperty().bind(whatIf.actualProperty());
        predicted.textProperty().bind(whatIf.predictedProperty());
        show(predicted, whatIf.triedProperty());
        markHint(!whatIf.triedProperty().get());
        whatIf.triedProperty().addListener((obs, was, now) -> markHint(!now));

        popOver.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                vm.shown();
            } else {
                vm.close();
            }
        });
        vm.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                hide();
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // Commands from the diagram
    // ----------------------------------------------------------------------------------------

    /** Opens the editor on {@code e}, anchored at {@code at}, the field focused and selected. */
    void open(Editable e, Node at) {
        if (at.getScene() == null || at.getScene().getWindow() == null) {
            return;
        }
        boolean same = vm.isEditing(e) && at == anchor;
        if (!vm.edit(e)) {
            return;
        }
        if (!same) {
            place(at);
        }
        field.requestFocus();
        field.selectAll();
        vm.follow();
    }

    /** Whether the editor is open on {@code e}. */
    boolean isEditing(Editable e) {
        return vm.isEditing(e);
    }

    /** Shows {@code value} as the one being tried (while dragging the label), without applying it. */
    void preview(Editable e, double value) {
        vm.preview(e, value);
    }

    /**
     * Sets {@code e} to {@code value}: one edit on the timeline. If the editor is open on it, the
     * outcome or the reason for a refusal is shown there. The future completes on the model's
     * engine thread.
     */
    CompletableFuture<EditOutcome> apply(Editable e, double value) {
        return vm.apply(e, value);
    }

    /** Locks or unlocks {@code e} (a weight or a bias): one edit on the timeline. */
    CompletableFuture<EditOutcome> toggleLock(Editable e, boolean locked) {
        return vm.toggleLock(e, locked);
    }

    void hide() {
        if (popOver.isShowing()) {
            popOver.hide();
        }
    }

    /** Closes the editor for good. */
    void dispose() {
        hide();
        vm.close();
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
        return vm.targetProperty().get();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** The actual ΔJ's caption is a hint (styled as one) while no value is tried. */
    private void markHint(boolean hint) {
        if (hint && !actual.getStyleClass().contains("hint")) {
            actual.getStyleClass().add("hint");
        } else if (!hint) {
            actual.getStyleClass().removeAll("hint");
        }
    }

    private void showOutcome(EditOutcome result) {
        outcome.getStyleClass().removeAll("lower", "higher");
        if (result == null) {
            return;
        }
        if (result.change() < 0) {
            outcome.getStyleClass().add("lower");
        } else if (result.change() > 0) {
            outcome.getStyleClass().add("higher");
        }
        outcome.setGraphic(new FontIcon(result.change() <= 0 ? "mdmz-trending_down" : "mdmz-trending_up"));
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
        boolean right = fitsRight(b, w, inWindow)
                || !fitsLeft(b, w, inWindow) && (fitsRight(b, w, screen) || !fitsLeft(b, w, screen));
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

    /** Shows {@code node} (and gives it room) while {@code shown} holds. */
    private static void show(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
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
