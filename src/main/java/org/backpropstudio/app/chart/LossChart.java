package org.backpropstudio.app.chart;

import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.NextFrame;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.app.plot.Looks;
import org.backpropstudio.app.plot.PlotPane;
import org.backpropstudio.app.plot.Readout;
import org.backpropstudio.core.EpochScores;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.model.StudioModel;

/**
 * The live loss curve: J per completed iteration as training runs, on a linear or log scale.
 *
 * <p>It draws {@link StudioModel#lossesProperty()} on a canvas, never a node per point: the model
 * hands over at most a few thousand buckets of iterations with each bucket's smallest and largest
 * J, and {@link LossPlot} cuts those to one point per pixel column (a band from the smallest to the
 * largest J, a line through its middle). A change of the series marks the chart dirty and it
 * redraws on the next frame, once however many changes arrived; a resize redraws at once.
 *
 * <p>Hovering shows a crosshair on the bucket under the mouse and a read-out
 * ({@code #loss-readout}): "iteration 1,234 · J = 0.01234", or "iterations 1,200–1,299 · J
 * 0.011–0.013" when the bucket covers several.
 *
 * <p>Colours, the tick font and the line width come from CSS ({@code loss-chart.css}), through the
 * styleable properties {@code -bp-line-color}, {@code -bp-band-color}, {@code -bp-grid-color},
 * {@code -bp-axis-color}, {@code -bp-tick-color}, {@code -bp-crosshair-color},
 * {@code -bp-halo-color}, {@code -bp-test-color}, {@code -bp-tick-font} and {@code -bp-line-width}.
 *
 * <p>A session with a test set also shows the test set's loss at each epoch end (a dashed line,
 * {@link EpochOverlay}) and, below the header, the latest epoch end's scores ({@code #loss-scores}):
 * the test loss, and for a classifier the accuracy on the training and on the test set.
 */
public final class LossChart extends PlotPane {
    private static final StyleablePropertyFactory<LossChart> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final String STYLESHEET =
            Objects.requireNonNull(LossChart.class.getResource("loss-chart.css")).toExternalForm();
    /** The plot area's preferred and least size, px. */
    private static final Size SIZE = new Size(480, 260, 240, 120);

    private final StudioModel model;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);

    private final Looks<LossChart> looks = new Looks<>(CSS, this);
    private final StyleableProperty<Paint> lineColor = looks.paint("-bp-line-color", c -> c.lineColor, null);
    private final StyleableProperty<Paint> bandColor = looks.paint("-bp-band-color", c -> c.bandColor, null);
    private final StyleableProperty<Paint> gridColor = looks.paint("-bp-grid-color", c -> c.gridColor, null);
    private final StyleableProperty<Paint> axisColor = looks.paint("-bp-axis-color", c -> c.axisColor, null);
    private final StyleableProperty<Paint> tickColor = looks.paint("-bp-tick-color", c -> c.tickColor, null);
    private final StyleableProperty<Paint> crosshairColor =
            looks.paint("-bp-crosshair-color", c -> c.crosshairColor, null);
    private final StyleableProperty<Paint> haloColor = looks.paint("-bp-halo-color", c -> c.haloColor, null);
    private final StyleableProperty<Paint> testColor = looks.paint("-bp-test-color", c -> c.testColor, null);
    private final StyleableProperty<Font> tickFont = looks.font("-bp-tick-font", c -> c.tickFont);
    private final StyleableProperty<Number> lineWidth = looks.number("-bp-line-width", c -> c.lineWidth, 2);

    private final HBox header;
    private final Label latest = new Label();
    private final Label scores;
    private final ToggleButton logToggle = new ToggleButton(Messages.get("loss.logScale"));
    private final Canvas canvas;
    private final Label empty;
    private final Readout readout = new Readout("loss-readout", "loss-readout");

    private LossSeries series = LossSeries.EMPTY;
    private EpochScores.View epochs = EpochScores.View.EMPTY;
    private LossPlot plot;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    /** The point the keyboard's read-out is on (← → while the chart has the focus); -1: none. */
    private int keyBucket = -1;
    /** Written on the FX thread, read by tests on theirs. */
    private volatile long drawn;
    private final NextFrame redraw = new NextFrame(this::draw);
    private final InvalidationListener lossesChanged = o -> showSeries();

    /** A loss chart following {@code model}'s loss series. */
    public LossChart(StudioModel model) {
        this(model, new HBox(), new Label(), new Label(Messages.get("loss.empty")), new Canvas());
    }

    private LossChart(StudioModel model, HBox header, Label scores, Label empty, Canvas canvas) {
        super(SIZE, new VBox(header, scores), empty, canvas);
        this.model = model;
        this.header = header;
        this.scores = scores;
        this.empty = empty;
        this.canvas = canvas;
        createView();
        init();
    }

    private void createView() {
        setId("loss-chart");
        getStyleClass().add("loss-chart");
        getStylesheets().add(STYLESHEET);

        Label title = new Label(Messages.get("loss.title"));
        title.getStyleClass().add("loss-chart-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        latest.setId("loss-latest");
        latest.getStyleClass().add("loss-chart-latest");
        latest.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        logToggle.setId("loss-log-scale");
        logToggle.getStyleClass().add("loss-log-toggle");
        logToggle.setMinWidth(Region.USE_PREF_SIZE);
        header.getStyleClass().add("loss-chart-header");
        scores.setId("loss-scores");
        scores.getStyleClass().add("loss-chart-scores");
        scores.setMinWidth(0);
        scores.setWrapText(true);
        scores.setVisible(false);
        scores.setManaged(false);
        header.getChildren().addAll(title, latest, spacer, logToggle);

        canvas.getStyleClass().add("loss-chart-canvas");
        empty.setId("loss-empty");
        empty.getStyleClass().add("loss-chart-empty");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        getChildren().add(readout);
    }

    private void init() {
        logToggle.selectedProperty().bindBidirectional(logScale);
        logScale.addListener(o -> redraw.request());
        model.lossesProperty().addListener(new WeakInvalidationListener(lossesChanged));
        model.epochScoresProperty().addListener(new WeakInvalidationListener(lossesChanged));
        looks.onChange(o -> redraw.request());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        // the read-out without a pointer: Tab to the chart, then ← → from point to point
        setFocusTraversable(true);
        getStyleClass().add(DiagramKeys.NAVIGABLE);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                keyBucket = -1;
                redraw.request();
            }
        });
        showSeries();
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** Whether J is drawn on a log scale (non-positive values then sit at the axis's bottom). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public boolean isLogScale() {
        return logScale.get();
    }

    public void setLogScale(boolean value) {
        logScale.set(value);
    }

    /** The number of iterations the curve on screen covers (0 before the first frame with data). */
    public long drawnIterations() {
        return drawn;
    }

    /** How many points the curve on screen is drawn through; for tests. */
    int drawnPoints() {
        return plot == null ? 0 : plot.points();
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

    private void showSeries() {
        series = model.lossesProperty().get() == null ? LossSeries.EMPTY : model.lossesProperty().get();
        epochs = model.epochScoresProperty().get();
        boolean none = series.count() == 0;
        empty.setVisible(none);
        latest.setText(none ? "" : Messages.format("loss.latest", ChartFormat.value(series.last(), 4),
                ChartFormat.iterations(series.count()), series.count()));
        String text = EpochText.of(epochs);
        scores.setText(text);
        scores.setVisible(!text.isEmpty());
        scores.setManaged(!text.isEmpty());
        redraw.request();
        summaryChanged(model.playingProperty().get());
    }

    /** The chart as a sentence (the latest loss, the lowest and highest drawn), or the keyboard's read-out. */
    @Override
    protected String spokenSummary() {
        if (keyBucket >= 0 && readout.isVisible()) {
            return readout.getText().replace('\n', ' ');
        }
        if (series.count() == 0) {
            return Messages.get("loss.empty");
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < series.buckets(); b++) {
            lowest = Math.min(lowest, series.min()[b]);
            highest = Math.max(highest, series.max()[b]);
        }
        return Messages.format("loss.spoken", ChartFormat.value(series.last(), 4),
                ChartFormat.iterations(series.count()), series.count(), ChartFormat.value(lowest, 4),
                ChartFormat.value(highest, 4));
    }

    /** ← and → move the keyboard's read-out from point to point (starting at the latest). */
    private void key(KeyEvent e) {
        int last = series.buckets() - 1;
        if (last < 0 || e.getCode() != KeyCode.LEFT && e.getCode() != KeyCode.RIGHT) {
            return;
        }
        e.consume();
        int step = e.getCode() == KeyCode.LEFT ? -1 : 1;
        keyBucket = keyBucket < 0 || keyBucket > last ? last : Math.max(0, Math.min(last, keyBucket + step));
        draw();
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private void hover(double x, double y) {
        hoverX = x;
        hoverY = y;
        redraw.request();
    }

    private LossPlot.Style style() {
        return new LossPlot.Style(lineColor.getValue(), bandColor.getValue(), gridColor.getValue(),
                axisColor.getValue(), tickColor.getValue(), crosshairColor.getValue(), haloColor.getValue(),
                tickFont.getValue(), lineWidth.getValue().doubleValue());
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (series.count() == 0 || w < 1 || h < 1) {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            plot = null;
            drawn = 0;
            showReadout(-1);
            return;
        }
        plot = LossPlot.of(series, logScale.get(), w, h, style());
        int hover = !Double.isNaN(hoverX) && plot.inPlot(hoverX, hoverY) ? plot.bucketAt(hoverX)
                : keyBucket < series.buckets() ? keyBucket : -1;
        plot.draw(canvas.getGraphicsContext2D(), w, h, hover);
        EpochOverlay.draw(canvas.getGraphicsContext2D(), plot, epochs, testColor.getValue(),
                lineWidth.getValue().doubleValue());
        drawn = series.count();
        showReadout(hover);
    }

    private void showReadout(int bucket) {
        if (bucket < 0 || plot == null) {
            readout.setVisible(false);
            return;
        }
        long[] span = plot.iterationsOf(bucket);
        double lo = series.min()[bucket];
        double hi = series.max()[bucket];
        String value = ChartFormat.range("J", lo, hi);
        String first = ChartFormat.iteration(span[0]);
        readout.setText(span[0] == span[1] ? Messages.format("loss.readout.one", first, value)
                : Messages.format("loss.readout.range", first, ChartFormat.iteration(span[1]), value));
        readout.applyCss();
        if (span[0] != span[1] && readout.prefWidth(-1) > plot.plotRight() - plot.plotLeft()) {
            // a long range of iterations in a narrow panel: the iterations above, J below
            readout.setText(Messages.format("loss.readout.rangeTwoLines", first, ChartFormat.iteration(span[1]),
                    value));
        }
        Point2D anchor = plot.anchorOf(bucket);
        readout.showBeside(anchor.getX(), anchor.getY(), plot.plotLeft(), plot.plotTop(), plot.plotRight(), canvas);
    }

    @Override
    protected void plotResized() {
        draw();
    }
}
