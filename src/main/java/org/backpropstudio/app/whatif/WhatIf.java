package org.backpropstudio.app.whatif;

import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.model.LatestValue;

/**
 * The loss as a function of one parameter θₚ, the others held: J(θₚ) along a slice of the loss
 * surface through the current point, backprop's slope ∂J/∂θₚ there, and, for a value v being tried,
 * the actual change J(v) − J(θₚ) beside the first-order prediction ∂J/∂θₚ·(v − θₚ).
 *
 * <p>Threading: {@link #follow} and {@link #ask} are called on the UI thread and return at once.
 * A {@link LossProbe} is made by the model (on its engine thread) and then used on the
 * {@code worker} only, one job at a time; results are handed to {@code ui}. Requests coalesce:
 * a newer {@link #follow} makes older ones moot, and of the values asked for while the worker is
 * busy only the newest is computed (a {@link LatestValue} of the value tried, or of none after
 * {@link #clearPoint}). Results of a parameter no longer followed are dropped.
 */
public final class WhatIf {
    private static final System.Logger LOG = System.getLogger(WhatIf.class.getName());
    /** Loss evaluations × samples × parameters a slice may cost before it gets fewer points. */
    private static final double SLICE_BUDGET = 4e7;
    /** The most and the least points of a slice. */
    static final int MAX_POINTS = 121;
    static final int MIN_POINTS = 25;

    /**
     * J along θₚ ∈ [value − halfWidth, value + halfWidth] at {@code xs}, J at the current point and
     * backprop's slope there.
     */
    public record Curve(Parameter parameter, double value, double loss, double slope, double halfWidth,
                        double[] xs, double[] js) {
    }

    /**
     * A value tried: J there, the actual change from the current point and the first-order
     * prediction ∂J/∂θₚ·(value − current).
     */
    public record Point(Parameter parameter, double value, double loss, double change, double predicted) {
    }

    private final Supplier<CompletableFuture<LossProbe>> probes;
    private final Executor worker;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Curve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyObjectWrapper<Point> point = new ReadOnlyObjectWrapper<>(this, "point");

    /** Bumped by every follow and clear: a result of an older generation is dropped. */
    private final AtomicLong generation = new AtomicLong();
    /** The value tried last, or none (the marker cleared), handed to the worker. */
    private final LatestValue<OptionalDouble> asks;

    // worker thread only
    /** The value tried last that is not answered yet: it waits for the probe of the current generation. */
    private OptionalDouble unanswered = OptionalDouble.empty();
    private LossProbe probe;
    private Curve workerCurve;
    private long probeGeneration = -1;
    private int slicePoints = MAX_POINTS;

    /**
     * @param probes a probe of the loss around the current parameters ({@code StudioModel::probe})
     * @param worker where probes are evaluated: one thread, off the UI thread
     * @param ui     where results are published ({@code Platform::runLater})
     */
    public WhatIf(Supplier<CompletableFuture<LossProbe>> probes, Executor worker, Executor ui) {
        this.probes = probes;
        this.worker = worker;
        this.ui = ui;
        this.asks = new LatestValue<>(worker, this::answer);
    }

    /** The slice through the current point of the parameter followed, null until computed. */
    public ReadOnlyObjectProperty<Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** The value tried last, once computed; null when none. */
    public ReadOnlyObjectProperty<Point> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /**
     * Follows {@code p} at the parameters as they are now: probes them and computes the slice over
     * θₚ ± {@code halfWidth} at {@code points} values (see {@link #points(int, int)}). Call again
     * when the parameters changed (an edit, a step).
     */
    public void follow(Parameter p, double halfWidth, int points) {
        long g = generation.incrementAndGet();
        int n = Math.max(2, points);
        probes.get().thenAcceptAsync(made -> {
            if (generation.get() != g) {
                return;
            }
            try {
                probe = made;
                probeGeneration = g;
                slicePoints = n;
                workerCurve = slice(p, halfWidth);
                publishCurve(g, workerCurve);
                answerWaiting();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the what-if slice failed", e);
            }
        }, worker);
    }

    /** Tries {@code value} for the parameter followed; only the newest value asked is computed. */
    public void ask(double value) {
        asks.offer(OptionalDouble.of(value));
    }

    /** Stops following: pending results are dropped and both properties cleared. */
    public void clear() {
        generation.incrementAndGet();
        asks.offer(OptionalDouble.empty());
        curve.set(null);
        point.set(null);
    }

    /** Forgets the value tried (the marker goes). */
    public void clearPoint() {
        asks.offer(OptionalDouble.empty());
        point.set(null);
    }

    // ----------------------------------------------------------------------------------------
    // On the worker
    // ----------------------------------------------------------------------------------------

    /** Takes the newest value asked (or none) and answers it if the probe of the current generation is there. */
    private void answer(OptionalDouble asked) {
        unanswered = asked;
        answerWaiting();
    }

    /** Answers the value waiting, if the probe of the current generation is there; else follow() will. */
    private void answerWaiting() {
        long g = generation.get();
        if (probeGeneration != g || workerCurve == null || unanswered.isEmpty()) {
            return;
        }
        double v = unanswered.getAsDouble();
        unanswered = OptionalDouble.empty();
        try {
            tryValue(g, v);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the what-if point failed", e);
        }
    }

    /** J at {@code v}, its change and the prediction, published for generation {@code g}. */
    private void tryValue(long g, double v) {
        Curve c = workerCurve;
        if (Math.abs(v - c.value()) > c.halfWidth() && Double.isFinite(v)) {
            // a value outside the slice: widen it so that the marker stays on the plot
            workerCurve = slice(c.parameter(), Math.abs(v - c.value()) * 1.25);
            c = workerCurve;
            publishCurve(g, c);
        }
        double j = probe.lossWith(c.parameter(), v);
        Point p = new Point(c.parameter(), v, j, j - c.loss(), c.slope() * (v - c.value()));
        ui.execute(() -> {
            if (generation.get() == g) {
                point.set(p);
            }
        });
    }

    private Curve slice(Parameter p, double halfWidth) {
        double value = probe.value(p);
        double loss = probe.loss();
        double slope = probe.gradient(p);
        double[][] s = probe.slice(p, halfWidth, slicePoints);
        return new Curve(p, value, loss, slope, halfWidth, s[0], s[1]);
    }

    private void publishCurve(long g, Curve c) {
        ui.execute(() -> {
            if (generation.get() == g) {
                curve.set(c);
            }
        });
    }

    /**
     * How many points a slice gets for a network of {@code parameters} parameters over
     * {@code samples} samples per iteration: {@value #MAX_POINTS} for a small one, fewer (down to
     * {@value #MIN_POINTS}) as one evaluation of J grows dearer.
     */
    public static int points(int parameters, int samples) {
        double cost = Math.max(1.0, (double) parameters * samples);
        return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, SLICE_BUDGET / cost));
    }
}
