package org.backpropstudio.app.diagram;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.backpropstudio.app.LiveScrollPane;
import org.backpropstudio.model.StudioModel;

/**
 * The network diagram: neurons in columns (inputs x₁…, hidden layers, outputs ŷ…), each showing
 * z, a and δ once computed in the current iteration, its bias, and every weight on its edge with
 * ∂J/∂w during the backward pass. What the last micro-step computed is marked
 * {@code :computed-now}, what its equation read {@code :read}. Clicking a neuron or a weight
 * selects it in the model; clicking empty space clears the selection.
 *
 * <p>The drawing fits the node's size at zoom 1 and grows up to {@link #MAX_ZOOM} (Ctrl + scroll
 * or pinch; View › Zoom in, Zoom out, Fit with Ctrl+plus, Ctrl+minus, Ctrl+0) inside a scroll pane,
 * so that a zoomed diagram can be panned (dragging, the wheel, the scroll bars, or the keyboard:
 * the card or weight that takes the focus is scrolled into view). As space runs out,
 * weight tags give way first (tooltips and zoom reveal them), then neuron rows, down to the
 * activation alone and finally a dot. Looks live in {@code diagram.css}, which the node carries.
 *
 * <p>Hands on: clicking a weight, a bias, an input x or a target y opens an editor on it (a
 * popover with a field, a slider, a padlock and, for a weight or bias, the what-if plot of the loss
 * along it); the scroll wheel over it nudges it by 0.01 (0.1 with Shift) and dragging it up or down
 * scrubs it; clicking a padlock locks or unlocks its parameter. Every change is one edit on the
 * model's timeline, so stepping back undoes it. Values that are NaN or infinite are marked
 * {@code :non-finite}.
 */
public final class NetworkDiagram extends Region {
    /** Fit to the node. */
    public static final double MIN_ZOOM = 1.0;
    /** Three times the node's size. */
    public static final double MAX_ZOOM = 3.0;
    /** The zoom factor per pixel of Ctrl + scroll. */
    private static final double ZOOM_PER_PIXEL = 1.004;

    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty spotlight = new SimpleBooleanProperty(this, "spotlight") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(SPOTLIGHT, get());
        }
    };
    /** Set while the spotlight is on: the CSS dims every value but what the step computed and read. */
    private static final javafx.css.PseudoClass SPOTLIGHT = javafx.css.PseudoClass.getPseudoClass("spotlight");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", MIN_ZOOM) {
        @Override
        protected void invalidated() {
            double z = get();
            double clamped = Double.isNaN(z) ? MIN_ZOOM : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
            if (clamped != z) {
                set(clamped);
            } else {
                fitContent();
            }
        }
    };
    private final DiagramPane canvas;
    private final ScrollPane scroll = new LiveScrollPane();

    /**
     * The diagram of {@code model}'s network. The editor's what-if slices are computed on
     * {@code whatIfWorker}, one at a time, off the UI thread (the window makes it with
     * {@code Workers.single("what-if")}; a test hands in its own).
     */
    public NetworkDiagram(StudioModel model, Executor whatIfWorker) {
        canvas = new DiagramPane(model, animated, whatIfWorker);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("network-diagram");
        getStylesheets().add(NetworkDiagram.class.getResource("diagram.css").toExternalForm());
        scroll.getStyleClass().add("diagram-scroll");
        scroll.setContent(canvas);
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        getChildren().add(scroll);
    }

    private void init() {
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fitContent());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() || e.isShortcutDown()) {
                zoomAt(getZoom() * Math.pow(ZOOM_PER_PIXEL, e.getDeltaY()), e.getX(), e.getY());
                e.consume();
            }
        });
        scroll.addEventFilter(ZoomEvent.ZOOM, e -> {
            zoomAt(getZoom() * e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(onFocusWeakly);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(onFocusWeakly);
            }
        });
    }

    /** The keyboard's way to pan a zoomed diagram: the card or tag that takes the focus is scrolled into view. */
    private final ChangeListener<Node> onFocus = (obs, old, now) -> focusMoved(now);
    private final ChangeListener<Node> onFocusWeakly = new WeakChangeListener<>(onFocus);

    private void focusMoved(Node now) {
        for (Node n = now; n != null; n = n.getParent()) {
            if (n == canvas) {
                scrollIntoView(now);
                return;
            }
        }
    }

    /** Scrolls just enough that {@code node} (inside the drawing) is in view, if the drawing is zoomed. */
    private void scrollIntoView(Node node) {
        Bounds b = canvas.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds viewport = scroll.getViewportBounds();
        double extraW = canvas.getWidth() - viewport.getWidth();
        double extraH = canvas.getHeight() - viewport.getHeight();
        if (b == null || extraW <= 0 && extraH <= 0) {
            return;
        }
        double left = scroll.getHvalue() * Math.max(0, extraW);
        double top = scroll.getVvalue() * Math.max(0, extraH);
        double x = Math.min(b.getMinX(), Math.max(left, b.getMaxX() - viewport.getWidth()));
        double y = Math.min(b.getMinY(), Math.max(top, b.getMaxY() - viewport.getHeight()));
        if (extraW > 0) {
            scroll.setHvalue(clamp01(x / extraW));
        }
        if (extraH > 0) {
            scroll.setVvalue(clamp01(y / extraH));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** Whether pulses travel along the edges as a step computes z (left to right) or δ (right to left). */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    /**
     * Whether the spotlight is on: everything but the current computation (what the last
     * micro-step computed and the values its equation read) is dimmed, for a lecture.
     */
    public final BooleanProperty spotlightProperty() {
        return spotlight;
    }

    /** 1.0 fits the diagram to the node; up to {@link #MAX_ZOOM}; values outside are clamped. */
    public final DoubleProperty zoomProperty() {
        return zoom;
    }

    public final double getZoom() {
        return zoom.get();
    }

    public final void setZoom(double value) {
        zoom.set(value);
    }

    /** How much of each neuron the diagram shows at its current size and zoom. */
    public final ReadOnlyObjectProperty<Density> densityProperty() {
        return canvas.densityProperty();
    }

    public final Density getDensity() {
        return canvas.densityProperty().get();
    }

    /**
     * Why the last nudge, drag or padlock click on the diagram was refused (it is also shown in a
     * note beside the number), or empty; for a status bar.
     */
    public final ReadOnlyStringProperty noticeProperty() {
        return canvas.gestures().noticeProperty();
    }

    /** The editor popover (for tests). */
    ParameterEditor editor() {
        return canvas.editor();
    }

    /** Stops following the model, for a window that replaces its diagram. */
    public void dispose() {
        canvas.dispose();
    }

    /** Whether the weight tags of the edges into layer {@code l} are shown at the current size. */
    boolean weightTagsShown(int l) {
        return canvas.tagsShown(l);
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** Sizes the drawing to the viewport times the zoom; at zoom 1 it fits exactly. */
    private void fitContent() {
        if (canvas == null) {
            return;
        }
        Bounds viewport = scroll.getViewportBounds();
        boolean fit = getZoom() <= MIN_ZOOM;
        scroll.setFitToWidth(fit);
        scroll.setFitToHeight(fit);
        double w = fit ? Region.USE_COMPUTED_SIZE : Math.floor(viewport.getWidth() * getZoom());
        double h = fit ? Region.USE_COMPUTED_SIZE : Math.floor(viewport.getHeight() * getZoom());
        canvas.setPrefSize(w, h);
        canvas.setMinSize(fit ? 0 : w, fit ? 0 : h);
    }

    /** Zooms to {@code next}, keeping the point under (x, y) (in this node) where it is. */
    private void zoomAt(double next, double x, double y) {
        Bounds viewport = scroll.getViewportBounds();
        double vw = viewport.getWidth();
        double vh = viewport.getHeight();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        double px = scroll.getHvalue() * Math.max(0, cw - vw) + x;
        double py = scroll.getVvalue() * Math.max(0, ch - vh) + y;
        double fx = cw > 0 ? px / cw : 0.5;
        double fy = ch > 0 ? py / ch : 0.5;
        setZoom(next);
        scroll.applyCss();
        scroll.layout();
        double nw = canvas.getWidth();
        double nh = canvas.getHeight();
        scroll.setHvalue(nw > vw ? clamp01((fx * nw - x) / (nw - vw)) : 0);
        scroll.setVvalue(nh > vh ? clamp01((fy * nh - y) / (nh - vh)) : 0);
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(scroll, 0, 0, getWidth(), getHeight(), 0, javafx.geometry.HPos.LEFT, javafx.geometry.VPos.TOP);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 760;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }
}
