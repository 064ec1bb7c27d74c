package org.backpropstudio.app.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.MouseEvent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Predictor;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Scripts;
import org.backpropstudio.model.StudioModel;

/**
 * What the network has learned, drawn over its data. For two inputs, a heatmap of the output over
 * the input plane with the class boundary traced through it and the data points on top: one output
 * shades from class 0 (ŷ below 0.5) to class 1 (above), paler toward 0.5; several outputs colour
 * each place by the winning class, paler where it barely wins. For one input, the fitted curve ŷ(x)
 * over the data points. The current sample is ringed. Other networks get a sentence saying so.
 *
 * <p>How: a new snapshot whose parameters differ marks the plot dirty; on the next frame, the
 * network of the latest snapshot is evaluated on a background thread (a {@link
 * org.backpropstudio.core.Predictor} per job) over a grid of one cell per
 * {@value #CELL_PIXELS} pixels (at most {@value #MAX_CELLS} a side), into an ARGB buffer and the
 * boundary's segments. Jobs are coalesced: while one computes, only the newest waits; results are
 * drawn on the next frame. The plot draws on three stacked canvases: the heatmap (each result), the
 * grid, data points and axes (when the data or the size change), and the current sample and the
 * curve (each result or step).
 *
 * <p>Hovering reads off the output under the mouse ({@code #decision-boundary-readout}): "x₁ =
 * 0.53, x₂ = −0.21 → ŷ = 0.832 (class 1)"; on a curve, "x = 0.53 → ŷ = 0.832" with a dot on the
 * curve. That single forward pass runs on the FX thread.
 *
 * <p>Node ids: {@code #decision-boundary} (this), {@code #decision-boundary-title},
 * {@code #decision-boundary-legend}, {@code #decision-boundary-empty},
 * {@code #decision-boundary-readout}. Looks: {@code
 * decision-boundary.css}, through the styleable properties {@code -bp-negative-color} (class 0),
 * {@code -bp-positive-color} (class 1), {@code -bp-class-1-color} … {@code -bp-class-8-color} (several classes),
 * {@code -bp-neutral-color}, {@code -bp-heatmap-strength}, {@code -bp-boundary-color},
 * {@code -bp-boundary-width}, {@code -bp-point-radius}, {@code -bp-point-outline-color},
 * {@code -bp-point-color}, {@code -bp-current-color}, {@code -bp-curve-color}, {@code -bp-curve-width},
 * {@code -bp-axis-color}, {@code -bp-grid-color}, {@code -bp-tick-color}, {@code -bp-tick-font}
 * and {@code -bp-title-font}.
 */
public final class DecisionBoundary extends Region {
    private static final System.Logger LOG = System.getLogger(DecisionBoundary.class.getName());
    private static final StyleablePropertyFactory<DecisionBoundary> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String STYLESHEET =
            Objects.requireNonNull(DecisionBoundary.class.getResource("decision-boundary.css")).toExternalForm();
    /** The side of a heatmap cell in pixels, unless the plot is large. */
    static final int CELL_PIXELS = 4;
    /** The most cells along a side. */
    static final int MAX_CELLS = 200;
    /** Pixels between two points of the fitted curve. */
    static final int CURVE_PIXELS = 2;

    private final StudioModel model;

    private final StyleableProperty<Paint> negativeColor = paint("negativeColor", "-bp-negative-color", c -> c.negativeColor);
    private final StyleableProperty<Paint> positiveColor = paint("positiveColor", "-bp-positive-color", c -> c.positiveColor);
    /** The colours of classes 1..8 of several; the ninth class takes the first colour again. */
    private final List<StyleableProperty<Paint>> classColors = List.of(
            paint("class1Color", "-bp-class-1-color", c -> c.classColors.get(0)),
            paint("class2Color", "-bp-class-2-color", c -> c.classColors.get(1)),
            paint("class3Color", "-bp-class-3-color", c -> c.classColors.get(2)),
            paint("class4Color", "-bp-class-4-color", c -> c.classColors.get(3)),
            paint("class5Color", "-bp-class-5-color", c -> c.classColors.get(4)),
            paint("class6Color", "-bp-class-6-color", c -> c.classColors.get(5)),
            paint("class7Color", "-bp-class-7-color", c -> c.classColors.get(6)),
            paint("class8Color", "-bp-class-8-color", c -> c.classColors.get(7)));
    private final StyleableProperty<Paint> neutralColor = paint("neutralColor", "-bp-neutral-color", c -> c.neutralColor);
    private final StyleableProperty<Number> heatmapStrength =
            CSS.createStyleableNumberProperty(this, "heatmapStrength", "-bp-heatmap-strength", c -> c.heatmapStrength, 0.7, false);
    private final StyleableProperty<Paint> boundaryColor = paint("boundaryColor", "-bp-boundary-color", c -> c.boundaryColor);
    private final StyleableProperty<Number> boundaryWidth =
            CSS.createStyleableNumberProperty(this, "boundaryWidth", "-bp-boundary-width", c -> c.boundaryWidth, 2, false);
    private final StyleableProperty<Number> pointRadius =
            CSS.createStyleableNumberProperty(this, "pointRadius", "-bp-point-radius", c -> c.pointRadius, 5, false);
    private final StyleableProperty<Paint> pointOutlineColor =
            paint("pointOutlineColor", "-bp-point-outline-color", c -> c.pointOutlineColor);
    private final StyleableProperty<Paint> pointColor = paint("pointColor", "-bp-point-color", c -> c.pointColor);
    private final StyleableProperty<Paint> currentColor = paint("currentColor", "-bp-current-color", c -> c.currentColor);
    private final StyleableProperty<Paint> curveColor = paint("curveColor", "-bp-curve-color", c -> c.curveColor);
    private final StyleableProperty<Number> curveWidth =
            CSS.createStyleableNumberProperty(this, "curveWidth", "-bp-curve-width", c -> c.curveWidth, 3, false);
    private final StyleableProperty<Paint> axisColor = paint("axisColor", "-bp-axis-color", c -> c.axisColor);
    private final StyleableProperty<Paint> gridColor = paint("gridColor", "-bp-grid-color", c -> c.gridColor);
    private final StyleableProperty<Paint> tickColor = paint("tickColor", "-bp-tick-color", c -> c.tickColor);
    private final StyleableProperty<Font> tickFont =
            CSS.createStyleableFontProperty(this, "tickFont", "-bp-tick-font", c -> c.tickFont, Font.getDefault(), false);
    private final StyleableProperty<Font> titleFont =
            CSS.createStyleableFontProperty(this, "titleFont", "-bp-title-font", c -> c.titleFont, Font.getDefault(), false);

    private final Label title = new Label();
    private final FlowPane legend = new FlowPane();
    private final VBox header = new VBox(title, legend);
    /** The heatmap and its boundary. */
    private final Canvas under = new Canvas();
    /** Grid, data points and axes. */
    private final Canvas middle = new Canvas();
    /** The curve and the ring round the current sample. */
    private final Canvas over = new Canvas();
    private final Label empty = new Label(Messages.get("boundary.empty"));
    private final Label readout = new Label();

    /** The evaluation thread: one, started when there is work and ended when idle for a while. */
    private final ThreadPoolExecutor evaluator = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "decision-boundary");
                t.setDaemon(true);
                return t;
            });
    private final AtomicReference<Evaluation.Job> pending = new AtomicReference<>();
    private final AtomicBoolean evaluationScheduled = new AtomicBoolean();
    private final AtomicLong evaluations = new AtomicLong();
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

    /** The mouse over the canvas (NaN: elsewhere), and the predictor that reads ŷ under it. */
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private Predictor hoverPredictor;
    private Network hoverNetwork;

    private boolean frameDirty = true;
    /** What the under and over canvases show now; a frame that changes none of it leaves them be. */
    private Evaluation.Result underResult;
    private Frame underFrame;
    private OverContent overContent;
    private boolean evaluationDirty;
    /** Does the work of one frame, however many changes asked for it. */
    private final NextFrame frameWork = new NextFrame(this::nextFrame);
    private final InvalidationListener snapshotChanged = o -> showSnapshot();

    /** A plot following {@code model}'s latest snapshot. */
    public DecisionBoundary(StudioModel model) {
        this.model = model;
        createView();
        init();
    }

    private StyleableProperty<Paint> paint(String name, String css,
            java.util.function.Function<DecisionBoundary, StyleableProperty<Paint>> getter) {
        return CSS.createStyleablePaintProperty(this, name, css, getter, Color.GRAY, false);
    }

    private void createView() {
        setId("decision-boundary");
        getStyleClass().add("decision-boundary");
        getStylesheets().add(STYLESHEET);

        title.setId("decision-boundary-title");
        title.getStyleClass().add("decision-boundary-title");
        legend.setId("decision-boundary-legend");
        legend.getStyleClass().add("decision-boundary-legend");
        header.getStyleClass().add("decision-boundary-header");
        for (Canvas c : List.of(under, middle, over)) {
            c.getStyleClass().add("decision-boundary-canvas");
            c.setMouseTransparent(true);
        }
        empty.setId("decision-boundary-empty");
        empty.getStyleClass().add("decision-boundary-empty");
        empty.setWrapText(true);
        empty.setVisible(false);
        empty.setMouseTransparent(true);
        readout.setId("decision-boundary-readout");
        readout.getStyleClass().add("decision-boundary-readout");
        readout.setManaged(false);
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        getChildren().addAll(header, under, middle, over, empty, readout);
    }

    private void init() {
        model.snapshotProperty().addListener(new WeakInvalidationListener(snapshotChanged));
        List<StyleableProperty<?>> styled = new ArrayList<>(List.of(negativeColor, positiveColor, neutralColor,
                heatmapStrength, boundaryColor, boundaryWidth, pointRadius, pointOutlineColor, pointColor, currentColor,
                curveColor, curveWidth, axisColor, gridColor, tickColor, tickFont, titleFont));
        styled.addAll(classColors);
        for (StyleableProperty<?> p : styled) {
            ((javafx.beans.Observable) p).addListener(o -> {
                frameDirty = true;
                frameWork.request();
            });
        }
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        showSnapshot();
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
        return evaluations.get();
    }

    /** Whether no evaluation is computing or waiting; for tests. */
    boolean isIdle() {
        return !evaluationScheduled.get() && pending.get() == null && evaluator.getActiveCount() == 0;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    // ----------------------------------------------------------------------------------------
    // Inside: following the model
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
    }

    private void nextFrame() {
        if (network == null) {
            return;
        }
        int inputs = network.inputs();
        boolean drawable = inputs == 1 || inputs == 2;
        empty.setVisible(!drawable);
        if (frameDirty) {
            frameDirty = false;
            showHeader(inputs);
            frame = drawable ? makeFrame() : null;
            drawMiddle();
        }
        if (frame == null || !frame.isDrawable()) {
            clear(under);
            clear(over);
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
                submit(job());
            }
        }
        if (result != underResult || frame != underFrame) {
            underResult = result;
            underFrame = frame;
            drawUnder();
        }
        OverContent over = new OverContent(result, frame, snapshot.currentSample(), hoverX, hoverY,
                hovering() && network.inputs() == 1 ? network : null);
        if (!over.sameAs(overContent)) {
            overContent = over;
            drawOver();
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

    private Frame makeFrame() {
        double w = under.getWidth();
        double h = under.getHeight();
        boolean plane = network.inputs() == 2;
        double[] xr = range(dataset, 0, true);
        double[] yr = plane ? range(dataset, 1, true) : range(dataset, 0, false);
        if (!plane && outputs.sigmoid() || !plane && outputs.softmax()) {
            yr = new double[] {Math.min(0, yr[0]), Math.max(1, yr[1])};
        }
        Frame.Style style = new Frame.Style(axisColor.getValue(), gridColor.getValue(), tickColor.getValue(),
                tickColor.getValue(), tickFont.getValue(), titleFont.getValue());
        return new Frame(w, h, xr[0], xr[1], yr[0], yr[1], plane, plane ? "x₁" : "x", plane ? "x₂" : "y", style);
    }

    /** The smallest and largest input {@code i} (or, not {@code input}, target of any output). */
    private static double[] range(Dataset data, int i, boolean input) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.size(); s++) {
            if (input) {
                lo = Math.min(lo, data.input(s, i));
                hi = Math.max(hi, data.input(s, i));
            } else {
                for (int k = 0; k < data.targetWidth(); k++) {
                    lo = Math.min(lo, data.target(s, k));
                    hi = Math.max(hi, data.target(s, k));
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** The job for the current network over the current frame. */
    private Evaluation.Job job() {
        double w = frame.plotWidth();
        double h = frame.plotHeight();
        int cols;
        int rows;
        if (network.inputs() == 2) {
            cols = (int) Math.max(2, Math.min(MAX_CELLS, Math.round(w / CELL_PIXELS)));
            rows = (int) Math.max(2, Math.min(MAX_CELLS, Math.round(h / CELL_PIXELS)));
        } else {
            cols = (int) Math.max(2, Math.round(w / CURVE_PIXELS) + 1);
            rows = 1;
        }
        return new Evaluation.Job(network, outputs, palette(), frame.x0(), frame.x1(), frame.y0(), frame.y1(), cols, rows);
    }

    private Palette palette() {
        int[] classes = new int[classColors.size()];
        for (int k = 0; k < classes.length; k++) {
            classes[k] = argb(classColors.get(k).getValue());
        }
        return new Palette(argb(neutralColor.getValue()), argb(negativeColor.getValue()), argb(positiveColor.getValue()),
                classes, heatmapStrength.getValue().doubleValue());
    }

    private static int argb(Paint paint) {
        Color c = paint instanceof Color ? (Color) paint : Color.GRAY;
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    // ----------------------------------------------------------------------------------------
    // Inside: evaluating off the FX thread
    // ----------------------------------------------------------------------------------------

    /** Hands {@code job} to the evaluation thread; replaces any job still waiting there. */
    private void submit(Evaluation.Job job) {
        pending.set(job);
        if (evaluationScheduled.compareAndSet(false, true)) {
            evaluator.execute(this::evaluate);
        }
    }

    /** On the evaluation thread: the newest job waiting, if any. */
    private void evaluate() {
        evaluationScheduled.set(false);
        Evaluation.Job job = pending.getAndSet(null);
        if (job == null) {
            return;
        }
        try {
            Evaluation.Result r = Evaluation.run(job);
            evaluations.incrementAndGet();
            Platform.runLater(() -> accept(r));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not evaluate the network over the plane", e);
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

    // ----------------------------------------------------------------------------------------
    // Inside: drawing
    // ----------------------------------------------------------------------------------------

    private void showHeader(int inputs) {
        title.setText(Messages.get(inputs == 1 ? "boundary.title.curve" : "boundary.title.plane"));
        List<Node> items = new ArrayList<>();
        if (inputs == 2 && !outputs.isMultiClass()) {
            String t = outputs.sigmoid() ? "0.5" : Ticks.label(outputs.threshold(), 2);
            String below = "ŷ < " + t;
            String above = "ŷ > " + t;
            items.add(legendItem("legend-swatch negative",
                    outputs.sigmoid() ? Messages.format("boundary.legend.side", below, "0") : below));
            items.add(legendItem("legend-swatch positive",
                    outputs.sigmoid() ? Messages.format("boundary.legend.side", above, "1") : above));
        } else if (inputs == 2) {
            for (int k = 0; k < outputs.count(); k++) {
                items.add(legendItem("legend-swatch category-" + (k % 8 + 1),
                        Messages.format("boundary.legend.class", String.valueOf(k + 1))));
            }
        } else if (inputs == 1) {
            if (outputs.isMultiClass()) {
                for (int k = 0; k < outputs.count(); k++) {
                    items.add(legendItem("legend-line category-" + (k % 8 + 1), "ŷ" + Scripts.subscript(k + 1)));
                }
            } else {
                items.add(legendItem("legend-line curve", Messages.get("boundary.legend.network")));
                items.add(legendItem("legend-dot data", Messages.get("boundary.legend.data")));
            }
        }
        if (inputs == 1 || inputs == 2) {
            items.add(legendItem("legend-ring", Messages.get("boundary.legend.current")));
        }
        legend.getChildren().setAll(items);
    }

    private static Node legendItem(String swatchClasses, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll(swatchClasses.split(" "));
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox item = new HBox(swatch, label);
        item.getStyleClass().add("legend-item");
        return item;
    }

    private static void clear(Canvas c) {
        c.getGraphicsContext2D().clearRect(0, 0, c.getWidth(), c.getHeight());
    }

    /** The heatmap and its boundary, placed where the result's region falls in the frame. */
    private void drawUnder() {
        clear(under);
        Evaluation.Result r = result;
        if (r == null || r.argb() == null || heatmap == null || network.inputs() != 2) {
            return;
        }
        Evaluation.Job job = r.job();
        GraphicsContext g = under.getGraphicsContext2D();
        g.save();
        g.beginPath();
        g.rect(frame.left(), frame.top(), frame.plotWidth(), frame.plotHeight());
        g.clip();
        double left = frame.px(job.x0());
        double top = frame.py(job.y1());
        double width = frame.px(job.x1()) - left;
        double height = frame.py(job.y0()) - top;
        g.setImageSmoothing(true);
        g.drawImage(heatmap, left, top, width, height);

        float[] s = r.boundary();
        double cellW = width / job.cols();
        double cellH = height / job.rows();
        g.setStroke(boundaryColor.getValue());
        g.setLineWidth(boundaryWidth.getValue().doubleValue());
        g.setLineCap(StrokeLineCap.ROUND);
        g.beginPath();
        for (int i = 0; i + 3 < s.length; i += 4) {
            g.moveTo(left + (s[i] + 0.5) * cellW, top + (s[i + 1] + 0.5) * cellH);
            g.lineTo(left + (s[i + 2] + 0.5) * cellW, top + (s[i + 3] + 0.5) * cellH);
        }
        g.stroke();
        g.restore();
    }

    /** Grid, data points (coloured by their class, outlined) and axes. */
    private void drawMiddle() {
        clear(middle);
        pointsDrawn = 0;
        if (frame == null || !frame.isDrawable()) {
            return;
        }
        GraphicsContext g = middle.getGraphicsContext2D();
        boolean plane = network.inputs() == 2;
        if (!plane) {
            frame.drawGrid(g);
            if (outputs.sigmoid()) {
                g.setStroke(gridColor.getValue());
                g.setLineWidth(1.5);
                g.setLineDashes(6, 5);
                double y = frame.py(0.5);
                g.strokeLine(frame.left(), y, frame.right(), y);
                g.setLineDashes();
            }
        }
        double r = pointRadius();
        g.setLineWidth(Math.max(1, r / 3.5));
        g.setStroke(pointOutlineColor.getValue());
        int drawn = 0;
        double[] y = new double[dataset.targetWidth()];
        for (int s = 0; s < dataset.size(); s++) {
            double px = frame.px(dataset.input(s, 0));
            for (int k = 0; k < y.length; k++) {
                y[k] = dataset.target(s, k);
            }
            if (plane) {
                g.setFill(classPaint(outputs.classOf(y)));
                double py = frame.py(dataset.input(s, 1));
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                for (int k = 0; k < y.length; k++) {
                    g.setFill(outputs.isMultiClass() ? categoryPaint(k) : pointColor.getValue());
                    double py = frame.py(y[k]);
                    g.fillOval(px - r, py - r, 2 * r, 2 * r);
                    g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                }
            }
            drawn++;
        }
        pointsDrawn = drawn;
        frame.drawAxes(g);
    }

    /** The fitted curve (one input) and the ring round the current sample. */
    private void drawOver() {
        clear(over);
        GraphicsContext g = over.getGraphicsContext2D();
        Evaluation.Result r = result;
        if (r != null && r.curve() != null && network.inputs() == 1) {
            g.save();
            g.beginPath();
            g.rect(frame.left(), frame.top(), frame.plotWidth(), frame.plotHeight());
            g.clip();
            g.setLineWidth(curveWidth.getValue().doubleValue());
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.setLineCap(StrokeLineCap.ROUND);
            double[][] curve = r.curve();
            for (int k = 0; k < curve.length; k++) {
                g.setStroke(outputs.isMultiClass() ? categoryPaint(k) : curveColor.getValue());
                g.beginPath();
                boolean drawing = false;
                for (int i = 0; i < curve[k].length; i++) {
                    double v = curve[k][i];
                    if (!Double.isFinite(v)) {
                        drawing = false;
                        continue;
                    }
                    double x = frame.px(r.job().curveX(i));
                    double y = frame.py(Math.max(frame.y0() - 1e6, Math.min(frame.y1() + 1e6, v)));
                    if (drawing) {
                        g.lineTo(x, y);
                    } else {
                        g.moveTo(x, y);
                        drawing = true;
                    }
                }
                g.stroke();
            }
            g.restore();
        }
        int s = snapshot.currentSample();
        if (s >= 0 && s < dataset.size()) {
            double ring = pointRadius() + 4.5;
            g.setStroke(currentColor.getValue());
            g.setLineWidth(2.5);
            double px = frame.px(dataset.input(s, 0));
            if (network.inputs() == 2) {
                double py = frame.py(dataset.input(s, 1));
                g.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
            } else {
                for (int k = 0; k < dataset.targetWidth(); k++) {
                    double py = frame.py(dataset.target(s, k));
                    g.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
                }
            }
        }
        drawHover(g);
    }

    /**
     * The radius of a data point: the stylesheet's, larger for a handful of points (XOR's four
     * should be seen from the back of the room) and smaller for thousands.
     */
    private double pointRadius() {
        double r = pointRadius.getValue().doubleValue();
        int m = dataset.size();
        return m <= 16 ? r * 1.6 : m > 2000 ? r * 0.6 : m > 500 ? r * 0.8 : r;
    }

    /** Class 0 or 1 of one output, or class k of several. */
    private Paint classPaint(int k) {
        if (!outputs.isMultiClass()) {
            return k == 1 ? positiveColor.getValue() : negativeColor.getValue();
        }
        return categoryPaint(k);
    }

    private Paint categoryPaint(int k) {
        return classColors.get(k % classColors.size()).getValue();
    }

    // ----------------------------------------------------------------------------------------
    // Inside: reading off the output under the mouse
    // ----------------------------------------------------------------------------------------

    /** The mouse at ({@code x}, {@code y}) in this region, or NaN when it left. */
    private void hover(double x, double y) {
        hoverX = x - under.getLayoutX();
        hoverY = y - under.getLayoutY();
        frameWork.request();
    }

    /** Whether the mouse is over the plot. */
    private boolean hovering() {
        return frame != null && !Double.isNaN(hoverX) && hoverX >= frame.left() && hoverX <= frame.right()
                && hoverY >= frame.top() && hoverY <= frame.bottom();
    }

    /** ŷ at input {@code x} by the network on screen (one forward pass, on the FX thread). */
    private double[] predict(double... x) {
        if (hoverNetwork != network) {
            hoverNetwork = network;
            hoverPredictor = new Predictor(network);
        }
        double[] y = new double[network.outputs()];
        hoverPredictor.predict(x, y);
        return y;
    }

    /**
     * The read-out beside the mouse: "x₁ = 0.53, x₂ = −0.21 → ŷ = 0.832" on the plane (with the
     * class, or the winning class of several), "x = 0.53 → ŷ = 0.832" on a curve.
     */
    private void showReadout() {
        if (!hovering()) {
            readout.setVisible(false);
            return;
        }
        double x = frame.xAt(hoverX);
        double y = frame.yAt(hoverY);
        StringBuilder text = new StringBuilder();
        double[] out;
        if (network.inputs() == 2) {
            text.append("x₁ = ").append(Ticks.label(x, 2)).append(", x₂ = ").append(Ticks.label(y, 2)).append("  →  ");
            out = predict(x, y);
        } else {
            text.append("x = ").append(Ticks.label(x, 2)).append("  →  ");
            out = predict(x);
        }
        if (out.length == 1) {
            String value = "ŷ = " + Ticks.label(out[0], 3);
            text.append(network.inputs() == 2 && outputs.sigmoid()
                    ? Messages.format("boundary.readout.class", value, out[0] > 0.5 ? "1" : "0") : value);
        } else {
            int k = Outputs.winner(out);
            text.append(Messages.format("boundary.readout.winner", String.valueOf(k + 1), "ŷ" + Scripts.subscript(k + 1),
                    Ticks.label(out[k], 3)));
        }
        readout.setText(text.toString());
        readout.setVisible(true);
        readout.applyCss();
        readout.autosize();
        double gap = 14;
        double rx = hoverX + gap;
        double ry = hoverY - gap - readout.getHeight();
        if (rx + readout.getWidth() > frame.right()) {
            rx = hoverX - gap - readout.getWidth();
        }
        if (ry < frame.top()) {
            ry = hoverY + gap;
        }
        rx = Math.max(frame.left(), rx);
        readout.relocate(Math.round(under.getLayoutX() + rx), Math.round(under.getLayoutY() + ry));
    }

    /** A cross at the mouse on the plane; on a curve, a dot on each output's curve at the mouse's x. */
    private void drawHover(GraphicsContext g) {
        if (!hovering()) {
            return;
        }
        g.setStroke(currentColor.getValue());
        g.setLineWidth(1.5);
        if (network.inputs() == 2) {
            double arm = 7;
            g.strokeLine(hoverX - arm, hoverY, hoverX + arm, hoverY);
            g.strokeLine(hoverX, hoverY - arm, hoverX, hoverY + arm);
            return;
        }
        double[] out = predict(frame.xAt(hoverX));
        double r = 5;
        for (int k = 0; k < out.length; k++) {
            if (!Double.isFinite(out[k])) {
                continue;
            }
            double y = frame.py(out[k]);
            if (y < frame.top() || y > frame.bottom()) {
                continue;
            }
            g.setFill(outputs.isMultiClass() ? categoryPaint(k) : curveColor.getValue());
            g.fillOval(hoverX - r, y - r, 2 * r, 2 * r);
            g.strokeOval(hoverX - r, y - r, 2 * r, 2 * r);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Layout
    // ----------------------------------------------------------------------------------------

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double headerHeight = Math.min(h, header.prefHeight(w));
        header.resizeRelocate(x, y, w, headerHeight);
        double plotHeight = Math.max(0, h - headerHeight);
        empty.resizeRelocate(x, y + headerHeight, w, plotHeight);
        double cw = Math.floor(w);
        double ch = Math.floor(plotHeight);
        boolean resized = under.getWidth() != cw || under.getHeight() != ch;
        for (Canvas c : List.of(under, middle, over)) {
            c.relocate(x, y + headerHeight);
            c.setWidth(cw);
            c.setHeight(ch);
        }
        if (resized) {
            frameDirty = true;
            nextFrame();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + 480 + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + header.prefHeight(width) + 320 + in.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + 200 + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + header.minHeight(width) + 140 + in.getBottom();
    }
}
