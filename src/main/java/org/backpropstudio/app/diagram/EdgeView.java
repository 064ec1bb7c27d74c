package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.model.EdgeModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The weight W⁽ˡ⁾ⱼₖ drawn as a line, coloured by sign and as thick as its share of the largest |w|,
 * with a tag on it: the weight, a padlock (shown when locked, faintly on hover otherwise), and
 * ∂J/∂w once the gradient is computed. A wider halo line under it catches the mouse and glows when
 * the weight is marked. A weight or gradient that is NaN or infinite is marked {@code :non-finite}.
 */
final class EdgeView {
    /** The stroke width of the lightest weight, px. */
    static final double MIN_STROKE = 1.0;
    /** How much wider the halo is than the line, px. */
    private static final double HALO = 10.0;

    private final EdgeModel edge;
    private final Line line = new Line();
    private final Line halo = new Line();
    private final Group group = new Group(halo, line);
    private final Label weight = new Label();
    private final Label gradient = new Label();
    private final FontIcon lock = new FontIcon("mdal-lock");
    private final HBox weightRow = new HBox(weight, lock);
    private final VBox tag = new VBox(weightRow, gradient);
    private final List<Runnable> unbinders = new ArrayList<>();
    private final Consumer<EdgeView> refitRequest;
    private double anchorX;
    private double anchorY;
    private int sign;

    /**
     * A view of {@code edge} ({@code null} makes a probe holding the widest texts) that asks
     * {@code refitRequest} to refit its tag, once styles are applied, when its text changes.
     */
    EdgeView(EdgeModel edge, Consumer<EdgeView> refitRequest) {
        this.edge = edge;
        this.refitRequest = refitRequest;
        createView();
        if (edge == null) {
            weight.setText("−0.8888");
            gradient.setText("∂J/∂w −0.008888");
            tag.getStyleClass().add("negative");
        } else {
            String id = edge.layer() + "-" + edge.to() + "-" + edge.from();
            group.setId("edge-" + id);
            weight.setId("w-" + id);
            gradient.setId("dw-" + id);
            lock.setId("lock-w-" + id);
            init();
        }
    }

    private void createView() {
        group.getStyleClass().add("edge");
        line.getStyleClass().add("edge-line");
        halo.getStyleClass().add("edge-halo");
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        halo.setStrokeLineCap(StrokeLineCap.ROUND);
        weight.getStyleClass().addAll("value", "weight");
        gradient.getStyleClass().addAll("value", "weight-gradient");
        lock.getStyleClass().add("lock");
        lock.setPickOnBounds(true);
        weightRow.getStyleClass().add("weight-row");
        weightRow.setAlignment(Pos.CENTER);
        weightRow.setPickOnBounds(false);
        tag.getStyleClass().add("edge-tag");
        tag.setAlignment(Pos.TOP_CENTER);
        tag.setPickOnBounds(false);
        tag.setManaged(false);
        setStrength(0, MIN_STROKE);
    }

    private void init() {
        ChangeListener<Number> onWeight = (obs, old, now) -> showWeight(now.doubleValue());
        ChangeListener<Double> onGradient = (obs, old, now) -> showGradient(now);
        ChangeListener<Boolean> onLocked = (obs, old, now) -> showLocked(now);
        edge.weightProperty().addListener(onWeight);
        edge.gradientProperty().addListener(onGradient);
        edge.lockedProperty().addListener(onLocked);
        unbinders.add(() -> edge.weightProperty().removeListener(onWeight));
        unbinders.add(() -> edge.gradientProperty().removeListener(onGradient));
        unbinders.add(() -> edge.lockedProperty().removeListener(onLocked));
        showWeight(edge.weightProperty().get());
        showGradient(edge.gradientProperty().get());
        showLocked(edge.lockedProperty().get());
        group.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        tag.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    /** Shows the weight as the model has it (after a drag previewed another value). */
    void showWeight() {
        showWeight(edge.weightProperty().get());
    }

    private void showWeight(double w) {
        weight.setText(Numbers.format(w));
        boolean nonFinite = !Double.isFinite(w);
        NeuronView.markNonFinite(weight, nonFinite);
        group.pseudoClassStateChanged(NeuronView.NON_FINITE, nonFinite);
        int now = w > 0 ? 1 : w < 0 ? -1 : 0;
        if (now != sign) {
            sign = now;
            for (var classes : List.of(group.getStyleClass(), tag.getStyleClass())) {
                classes.removeAll("positive", "negative");
                if (now != 0) {
                    classes.add(now > 0 ? "positive" : "negative");
                }
            }
        }
        refreshTooltip();
        requestRefit();
    }

    /** Rewrites the tooltip while it shows, so that it never shows a value that changed under it. */
    private void refreshTooltip() {
        if (group.getProperties().get(Tooltip.class) instanceof Tooltip tip && tip.isShowing()) {
            tip.setText(describe());
        }
    }

    private void showGradient(Double g) {
        gradient.setText(g == null ? "" : "∂J/∂w " + Numbers.format(g));
        gradient.setVisible(g != null);
        NeuronView.markNonFinite(gradient, g != null && !Double.isFinite(g));
        refreshTooltip();
        requestRefit();
    }

    private void showLocked(boolean locked) {
        lock.pseudoClassStateChanged(NeuronView.LOCKED, locked);
        lock.setIconLiteral(locked ? "mdal-lock" : "mdal-lock_open");
    }

    /** The line from (x0, y0), the source's right side, to (x1, y1), the target's left side. */
    void setEnds(double x0, double y0, double x1, double y1) {
        line.setStartX(x0);
        line.setStartY(y0);
        line.setEndX(x1);
        line.setEndY(y1);
        halo.setStartX(x0);
        halo.setStartY(y0);
        halo.setEndX(x1);
        halo.setEndY(y1);
    }

    /** The stroke width for |w| as a share {@code s} of the largest |w|, 0..1, up to {@code max} px. */
    void setStrength(double s, double max) {
        double width = MIN_STROKE + (max - MIN_STROKE) * Math.max(0, Math.min(1, s));
        if (line.getStrokeWidth() != width) {
            line.setStrokeWidth(width);
            halo.setStrokeWidth(width + HALO);
        }
    }

    /** Anchors the tag's weight at the fraction {@code t} of the line (call after {@link #setEnds}). */
    void setTagPosition(double t) {
        anchorX = line.getStartX() + t * (line.getEndX() - line.getStartX());
        anchorY = line.getStartY() + t * (line.getEndY() - line.getStartY());
    }

    /** Shows or hides the tag. */
    void showTag(boolean shown) {
        tag.setVisible(shown);
        requestRefit();
    }

    /** The height of the weight's row of the tag (the tag is centred on it). */
    double rowHeight() {
        return weightRow.prefHeight(-1) + tag.getInsets().getTop();
    }

    private void requestRefit() {
        if (tag.isVisible()) {
            refitRequest.accept(this);
        }
    }

    /**
     * Sizes the tag to its text and centres its weight on the anchor (only while shown); in a
     * layout pass, when the tag's styles are applied (a style class just changed resets its font).
     */
    void refit() {
        if (!tag.isVisible() || tag.getParent() == null) {
            return;
        }
        tag.autosize();
        tag.relocate(Math.round(anchorX - tag.getWidth() / 2), Math.round(anchorY - rowHeight() / 2));
    }

    Group line() {
        return group;
    }

    VBox tag() {
        return tag;
    }

    Label weightLabel() {
        return weight;
    }

    Label gradientLabel() {
        return gradient;
    }

    /** The padlock beside the weight. */
    FontIcon lockIcon() {
        return lock;
    }

    EdgeModel model() {
        return edge;
    }

    double startX() {
        return line.getStartX();
    }

    double startY() {
        return line.getStartY();
    }

    double endX() {
        return line.getEndX();
    }

    double endY() {
        return line.getEndY();
    }

    /** Stops following the model. */
    void dispose() {
        unbinders.forEach(Runnable::run);
        unbinders.clear();
    }

    private void installTooltip() {
        if (group.getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.getStyleClass().add("diagram-tooltip");
        tip.setShowDelay(Duration.millis(250));
        tip.setOnShowing(e -> tip.setText(describe()));
        group.getProperties().put(Tooltip.class, tip);
        Tooltip.install(group, tip);
        Tooltip.install(tag, tip);
    }

    /** The full values, for the tooltip. */
    String describe() {
        Double g = edge.gradientProperty().get();
        return Messages.format("diagram.edge.where", Numbers.weightName(edge.layer(), edge.to(), edge.from()),
                        String.valueOf(edge.from() + 1), String.valueOf(edge.layer() - 1),
                        String.valueOf(edge.to() + 1), String.valueOf(edge.layer()))
                + "\nw = " + Numbers.format(edge.weightProperty().get(), Numbers.FULL_DIGITS)
                + "\n∂J/∂w = " + (g == null ? Messages.get("diagram.notComputedYet") : Numbers.format(g, Numbers.FULL_DIGITS))
                + (edge.lockedProperty().get() ? "\n" + Messages.get("diagram.edge.locked") : "")
                + "\n" + Messages.get("diagram.edge.hint");
    }
}
