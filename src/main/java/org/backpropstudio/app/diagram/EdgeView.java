package org.backpropstudio.app.diagram;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Snapshot;
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

    private final int layer;
    private final int to;
    private final int from;
    private final Line line = new Line();
    private final Line halo = new Line();
    private final Group group = new Group(halo, line);
    private final NumberLabel weight = new NumberLabel(null, "weight");
    private final NumberLabel gradient = new NumberLabel("∂J/∂w", true, "weight-gradient");
    private final FontIcon lock = new FontIcon("mdal-lock");
    private final HBox weightRow = new HBox(weight, lock);
    /** The weight's tag; a screen reader reads the weight's values from it ({@link Descriptions#spokenWeight}). */
    private final VBox tag = new VBox(weightRow, gradient) {
        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute == AccessibleAttribute.TEXT && shown != null) {
                return Descriptions.spokenWeight(shown, layer, to, from);
            }
            return super.queryAccessibleAttribute(attribute, parameters);
        }
    };
    private final javafx.beans.binding.BooleanBinding attention =
            group.hoverProperty().or(tag.hoverProperty()).or(tag.focusedProperty());
    private final Consumer<EdgeView> refitRequest;
    /** The snapshot shown, for the tooltip; null for a probe. */
    private Snapshot shown;
    private double anchorX;
    private double anchorY;
    private int sign;
    private Boolean locked;

    /**
     * The view of the weight W⁽ˡ⁾ⱼₖ from unit k of layer l − 1 to unit j of layer l, which asks
     * {@code refitRequest} to refit its tag, once styles are applied, when its text changes.
     */
    EdgeView(int layer, int to, int from, Consumer<EdgeView> refitRequest) {
        this(layer, to, from, refitRequest, true);
    }

    private EdgeView(int layer, int to, int from, Consumer<EdgeView> refitRequest, boolean identified) {
        this.layer = layer;
        this.to = to;
        this.from = from;
        this.refitRequest = refitRequest;
        createView();
        if (identified) {
            String id = layer + "-" + to + "-" + from;
            group.setId("edge-" + id);
            weight.setId("w-" + id);
            gradient.setId("dw-" + id);
            lock.setId("lock-w-" + id);
            tag.setId("tag-" + id);
            tag.setAccessibleRole(AccessibleRole.TEXT);
            tag.setAccessibleHelp(Messages.get("diagram.edge.hint"));
            group.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
            tag.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        }
    }

    /** A probe: a tag holding the widest texts, to measure how large tags are (slim, {@link #setSlim}, if asked). */
    static EdgeView probe(boolean slim) {
        EdgeView probe = new EdgeView(1, 0, 0, e -> { }, false);
        probe.setSlim(slim);
        probe.weight.setText(slim ? "−0.88" : "−0.8888");
        probe.gradient.setText("∂J/∂w −0.008888");
        probe.tag.getStyleClass().add("negative");
        return probe;
    }

    /**
     * Makes the tag slim, for a gap of many weights: the weight alone in small type, to two decimals
     * ({@link Numbers#brief}), without the gradient and the padlock (the tooltip and the editor
     * have them); or full again.
     */
    void setSlim(boolean slim) {
        if (slim == tag.getStyleClass().contains("slim")) {
            return;
        }
        if (slim) {
            tag.getStyleClass().add("slim");
            tag.getChildren().setAll(weightRow);
            weightRow.getChildren().setAll(weight);
        } else {
            tag.getStyleClass().remove("slim");
            tag.getChildren().setAll(weightRow, gradient);
            weightRow.getChildren().setAll(weight, lock);
        }
        weight.setBrief(slim);
        requestRefit();
    }

    private void createView() {
        group.getStyleClass().add("edge");
        line.getStyleClass().add("edge-line");
        halo.getStyleClass().add("edge-halo");
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        halo.setStrokeLineCap(StrokeLineCap.ROUND);
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

    /** Shows the weight, its gradient and its padlock in {@code s}; values that did not change cost nothing. */
    void show(Snapshot s) {
        shown = s;
        double w = s.weight(layer, to, from);
        boolean changed = false;
        if (weight.show(true, w)) {
            changed = true;
            group.pseudoClassStateChanged(NumberLabel.NON_FINITE, weight.isNonFinite());
            showSign(w > 0 ? 1 : w < 0 ? -1 : 0);
        }
        boolean computed = DiagramValues.hasGradient(s, layer);
        changed |= gradient.show(computed, computed ? DiagramValues.weightGradient(s, layer, to, from) : 0);
        showLocked(s.isWeightLocked(layer, to, from));
        if (changed) {
            refreshTooltip();
            requestRefit();
            tag.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        }
    }

    private void showSign(int now) {
        if (now != sign) {
            sign = now;
            for (var classes : List.of(group.getStyleClass(), tag.getStyleClass())) {
                classes.removeAll("positive", "negative");
                if (now != 0) {
                    classes.add(now > 0 ? "positive" : "negative");
                }
            }
        }
    }

    /** Rewrites the tooltip while it shows, so that it never shows a value that changed under it. */
    private void refreshTooltip() {
        if (group.getProperties().get(Tooltip.class) instanceof Tooltip tip && tip.isShowing()) {
            tip.setText(describe());
        }
    }

    private void showLocked(boolean now) {
        if (locked != null && locked == now) {
            return;
        }
        locked = now;
        lock.pseudoClassStateChanged(NeuronView.LOCKED, now);
        lock.setIconLiteral(now ? "mdal-lock" : "mdal-lock_open");
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

    /**
     * Whether the weight has someone's attention: the pointer on its line or tag, or the focus on
     * its tag. Such a tag is shown even where the layout dropped its layer's tags.
     */
    javafx.beans.value.ObservableBooleanValue attention() {
        return attention;
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

    NumberLabel weightLabel() {
        return weight;
    }

    NumberLabel gradientLabel() {
        return gradient;
    }

    /** The padlock beside the weight. */
    FontIcon lockIcon() {
        return lock;
    }

    /** l, the layer the weight leads into. */
    int layer() {
        return layer;
    }

    /** j, the unit of layer l it leads to. */
    int to() {
        return to;
    }

    /** k, the unit of layer l − 1 it comes from. */
    int from() {
        return from;
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

    private void installTooltip() {
        if (shown == null || group.getProperties().containsKey(Tooltip.class)) {
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
        return Descriptions.weight(shown, layer, to, from);
    }
}
