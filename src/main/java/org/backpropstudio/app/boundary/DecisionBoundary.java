package org.backpropstudio.app.boundary;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.app.plot.PlotArea;
import org.backpropstudio.app.plot.PlotPane;
import org.backpropstudio.app.plot.Readout;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * What the network has learned, drawn over its data. For two inputs, a heatmap of the output over
 * the input plane with the class boundary traced through it and the data points on top: one output
 * shades from class 0 (ŷ below 0.5) to class 1 (above), paler toward 0.5; several outputs colour
 * each place by the winning class, paler where it barely wins. For one input, the fitted curve ŷ(x)
 * over the data points. The current sample is ringed. Other networks get a sentence saying so.
 *
 * <p>How: a new snapshot whose parameters differ marks the plot dirty; on the next frame, the
 * network of the latest snapshot is evaluated on the worker handed in ({@link Evaluator}: while
 * one job computes only the newest waits) over a grid of one cell per
 * {@value Evaluation#CELL_PIXELS} pixels (at most {@value Evaluation#MAX_CELLS} a side), into an
 * ARGB buffer and the boundary's segments; results are drawn on the next frame, on three stacked
 * canvases ({@link BoundaryRenderer}), each only when what it shows changed.
 *
 * <p>Hovering reads off the output under the mouse ({@code #decision-boundary-readout}): "x₁ =
 * 0.53, x₂ = −0.21 → ŷ = 0.832 (class 1)"; on a curve, "x = 0.53 → ŷ = 0.832" with a dot on the
 * curve ({@link Readings}; that single forward pass runs on the FX thread).
 *
 * <p>Node ids: {@code #decision-boundary} (this), {@code #decision-boundary-title},
 * {@code #decision-boundary-legend}, {@code #decision-boundary-empty},
 * {@code #decision-boundary-readout}. Looks: {@code decision-boundary.css}, through the styleable
 * properties of {@link BoundaryStyle}.
 */
public final class DecisionBoundary extends PlotPane {
    /** How many presses of an arrow key cross the plot. */
    private static final int KEY_STEPS = 20;
    private static final StyleablePropertyFactory<DecisionBoundary> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String STYLESHEET =
            Objects.requireNonNull(DecisionBoundary.class.getResource("decision-boundary.css")).toExternalForm();
    /** The plot area's preferred and least size, px. */
    private static final Size SIZE = new Size(480, 320, 200, 140);

    private final StudioModel model;
    private final Looks<DecisionBoundary> looks = new Looks<>(CSS, this);
    private final BoundaryStyle style = new BoundaryStyle(looks);

    private final BoundaryHeader header;
    /** The heatmap and its boundary. */
    private final Canvas under;
    /** Grid, data points and axes. */
    private final Canvas middle;
    /** The curve and the ring round the current sample. */
    private final Canvas over;
    private final Label empty;
    private final Readout readout = new Readout("decision-boundary-readout", "decision-boundary-readout");
    private final BoundaryRenderer renderer;
    private final Evaluator evaluator;
    private final Readings readings = new Readings();
    /** Written on the FX thread, read by tests on theirs. */
    private volatile int pointsDrawn;

    /** What the latest snapshot shows. */
    private Snapshot snapshot;
    private Network network;
    private Dataset dataset;
    private Outputs outputs;
    private Frame frame;
    private Evaluation.Result result;
    private WritableImage heatmap;
    /** The network and frame of the last job submitted, so that an unchanged one is not evaluated again. */
    private Network evaluatedNetwork;
    private Frame evaluatedFrame;

    /** The mouse over the canvas (NaN: elsewhere). */
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    /** Whether the read-out's place was set by the arrow keys (not the pointer). */
    private boolean keyed;

    private boolean frameDirty = true;
    /** What the under and over canvases show now; a frame that changes none of it leaves them be. */
    private Evaluation.Result underResult;
    private Frame underFrame;
    private OverContent overContent;
    private boolean evaluationDirty;
    /** Does the work of one frame, however many changes asked for it. */
    private final NextFrame frameWork = new NextFrame(this::nextFrame);
    private final InvalidationListener snapshotChanged = o -> showSnapshot();

    /** A plot following {@code model}'s latest snapshot, evaluating the network on {@code worker} (one thread). */
    public DecisionBoundary(StudioModel model, Executor worker) {
        this(model, worker, new BoundaryHeader(), new Label(Messages.get("boundary.empty")),
                new Canvas(), new Canvas(), new Canvas());
    }

    private DecisionBoundary(StudioModel model, Executor worker, BoundaryHeader header, Label empty,
            Canvas under, Canvas middle, Canvas over) {
        super(SIZE, header, empty, under, middle, over);
        this.model = model;
        this.header = header;
        this.empty = empty;
        this.under = under;
        this.middle = middle;
        this.over = over;
        this.renderer = new BoundaryRenderer(under, middle, over, style);
        this.evaluator = new Evaluator(worker, this::accept);
        createView();
        init();
    }

    private void createView() {
        setId("decision-boundary");
        getStyleClass().add("decision-boundary");
        getStylesheets().add(STYLESHEET);
        for (Canvas c : List.of(under, middle, over)) {
            c.getStyleClass().add("decision-boundary-canvas");
            c.setMouseTransparent(true);
        }
        empty.setId("decision-boundary-empty");
        empty.getStyleClass().add("decision-boundary-empty");
        empty.setWrapText(true);
        empty.setVisible(false);
        empty.setMouseTransparent(true);
        getChildren().add(readout);
    }

    private void init() {
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        looks.onChange(o -> {
            frameDirty = true;
            frameWork.request();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        // the read-out without a pointer: Tab to the plot, then the arrows move a cross over it
        setFocusTraversable(true);
        getStyleClass().add(DiagramKeys.NAVIGABLE);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, now) -> {
            if (!now && keyed) {
                keyed = false;
                hover(Double.NaN, Double.NaN);
            }
        });
        showSnapshot();
    }

    /** The styleable properties, for their CSS metadata. */
    BoundaryStyle style() {
        return style;
    }

    // ----------------------------------------------------------------------------------------
    // For tests
    // ----------------------------------------------------------------------------------------

    /** The data points drawn on screen now. */
    public int pointsDrawn() {
        return pointsDrawn;
    }

    /** The evaluations of the network over the plane (or along the curve) completed so far. */
    public long evaluations() {
        return evaluator.evaluations();
    }

    /** Whether no evaluation is computing or waiting; for tests. */
    boolean isIdle() {
        return evaluator.isIdle();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** Takes in the latest snapshot: new data or shape redo the frame, new parameters an evaluation. */
    private void showSnapshot() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        Snapshot before = snapshot;
        snapshot = s;
        Dataset data = s.session().dataset();
        int L = s.layers();
        Network now = s.network();
        if (data != dataset || network == null || now.inputs() != network.inputs() || now.outputs() != network.outputs()
                || (before != null && before.activation(before.layers()) != s.activation(L))) {
            dataset = data;
            outputs = Outputs.of(s.units(L), s.activation(L), data);
            frameDirty = true;
        }
        network = now;
        evaluationDirty = true;
        frameWork.request();
        summaryChanged(model.playingProperty().get());
    }

    /** The plot as a sentence ({@link Readings#summary}), or why it is empty; or the keyboard's read-out. */
    @Override
    protected String spokenSummary() {
        if (keyed && readout.isVisible()) {
            return readout.getText().replace('\n', ' ');
        }
        if (network == null || network.inputs() > 2 || network.outputs() < 1) {
            return empty.getText();
        }
        return readings.summary(network, outputs, dataset);
    }

    private void nextFrame() {
        if (network == null) {
            return;
        }
        int inputs = network.inputs();
        boolean drawable = inputs == 1 || inputs == 2;
        boolean plane = inputs == 2;
        empty.setVisible(!drawable);
        if (frameDirty) {
            frameDirty = false;
            header.show(inputs, outputs);
            frame = drawable
                    ? Frame.of(under.getWidth(), under.getHeight(), dataset, outputs, plane, style.axes()) : null;
            pointsDrawn = renderer.drawMiddle(frame, dataset, outputs, plane);
        }
        if (frame == null || !frame.isDrawable()) {
            renderer.clearUnderAndOver();
            underResult = null;
            underFrame = null;
            overContent = null;
            readout.setVisible(false);
            return;
        }
        if (evaluationDirty || frame != evaluatedFrame) {
            evaluationDirty = false;
            if (frame != evaluatedFrame || !network.equals(evaluatedNetwork)) {
                evaluatedNetwork = network;
                evaluatedFrame = frame;
                evaluator.submit(Evaluation.Job.over(network, outputs, style.palette(), frame.area()));
            }
        }
        if (result != underResult || frame != underFrame) {
            underResult = result;
            underFrame = frame;
            renderer.drawUnder(result, heatmap, frame, plane);
        }
        boolean hovering = hovering();
        OverContent now = new OverContent(result, frame, snapshot.currentSample(), hoverX, hoverY,
                hovering && !plane ? network : null);
        if (!now.sameAs(overContent)) {
            overContent = now;
            BoundaryRenderer.Hover hover = !hovering ? BoundaryRenderer.Hover.NONE
                    : new BoundaryRenderer.Hover(hoverX, hoverY,
                            plane ? null : readings.predict(network, frame.area().xAt(hoverX)));
            renderer.drawOver(result, frame, dataset, outputs, plane, snapshot.currentSample(), hover);
        }
        showReadout();
    }

    /**
     * What the over canvas draws from: the curve's result, the frame, the current sample's ring, the
     * mouse's cross and, on a curve, the network that places the dots under the mouse.
     */
    private record OverContent(Evaluation.Result result, Frame frame, int sample, double hoverX, double hoverY,
            Network hoverNetwork) {
        /** The same objects (not merely equal ones) and the same numbers. */
        boolean sameAs(OverContent o) {
            return o != null && result == o.result && frame == o.frame && sample == o.sample
                    && Double.compare(hoverX, o.hoverX) == 0 && Double.compare(hoverY, o.hoverY) == 0
                    && hoverNetwork == o.hoverNetwork;
        }
    }

    /** On the FX thread: keeps a result that still fits what is shown, and draws it on the next frame. */
    private void accept(Evaluation.Result r) {
        if (network == null || r.job().network().inputs() != network.inputs()
                || r.job().outputs().count() != network.outputs()) {
            return;
        }
        result = r;
        if (r.argb() != null) {
            int cols = r.job().cols();
            int rows = r.job().rows();
            if (heatmap == null || heatmap.getWidth() != cols || heatmap.getHeight() != rows) {
                heatmap = new WritableImage(cols, rows);
            }
            heatmap.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), r.argb(), 0, cols);
        }
        frameWork.request();
    }

    /**
     * The arrow keys move the read-out over the plot, a twentieth of it per press (starting in the
     * middle), and a screen reader hears each reading.
     */
    private void key(KeyEvent e) {
        if (frame == null || !e.getCode().isArrowKey()) {
            return;
        }
        e.consume();
        PlotArea area = frame.area();
        if (!keyed || !hovering()) {
            keyed = true;
            hoverX = (area.left() + area.right()) / 2;
            hoverY = (area.top() + area.bottom()) / 2;
        } else {
            double dx = area.width() / KEY_STEPS;
            double dy = area.height() / KEY_STEPS;
            switch (e.getCode()) {
                case LEFT, KP_LEFT -> hoverX = Math.max(area.left(), hoverX - dx);
                case RIGHT, KP_RIGHT -> hoverX = Math.min(area.right(), hoverX + dx);
                case UP, KP_UP -> hoverY = Math.max(area.top(), hoverY - dy);
                default -> hoverY = Math.min(area.bottom(), hoverY + dy);
            }
        }
        nextFrame();
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** The mouse at ({@code x}, {@code y}) in this region, or NaN when it left. */
    private void hover(double x, double y) {
        keyed = false;
        hoverX = x - under.getLayoutX();
        hoverY = y - under.getLayoutY();
        frameWork.request();
    }

    /** Whether the mouse is over the plot. */
    private boolean hovering() {
        return frame != null && !Double.isNaN(hoverX) && frame.area().contains(hoverX, hoverY);
    }

    /** The read-out beside the mouse, or none. */
    private void showReadout() {
        if (!hovering()) {
            readout.setVisible(false);
            return;
        }
        PlotArea area = frame.area();
        readout.setText(readings.text(network, outputs, area.xAt(hoverX), area.yAt(hoverY)));
        readout.showBeside(hoverX, hoverY, area.left(), area.top(), area.right(), under);
    }

    @Override
    protected void plotResized() {
        frameDirty = true;
        nextFrame();
    }
}
