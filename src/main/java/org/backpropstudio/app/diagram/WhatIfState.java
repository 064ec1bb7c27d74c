package org.backpropstudio.app.diagram;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.whatif.WhatIf;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * The what-if part of the inline editor, for a weight or a bias: the slice of the loss along it
 * ({@link WhatIf}, computed on a worker), the value tried on it, and their captions: backprop's
 * slope ∂J/∂w, the actual ΔJ of the value tried (a hint while there is none) and the first-order
 * prediction ΔJ ≈ ∂J/∂w·Δw.
 */
final class WhatIfState {
    private final WhatIf whatIf;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<WhatIf.Curve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyObjectWrapper<WhatIf.Point> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyStringWrapper slope = new ReadOnlyStringWrapper(this, "slope", "");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper(this, "actual", "");
    private final ReadOnlyBooleanWrapper tried = new ReadOnlyBooleanWrapper(this, "tried");
    private final ReadOnlyStringWrapper predicted = new ReadOnlyStringWrapper(this, "predicted", "");
    /** The number whose slice this is; null before the first. */
    private Editable target;

    /** Slices of {@code model}'s loss, computed on {@code worker} and handed to {@code ui}. */
    WhatIfState(StudioModel model, Executor worker, Executor ui) {
        whatIf = new WhatIf(model::probe, worker, ui);
        whatIf.curveProperty().addListener((obs, old, c) -> showCurve(c));
        whatIf.pointProperty().addListener((obs, old, p) -> showPoint(p));
    }

    /** Starts over for {@code e}, a weight or a bias: its title, no slice yet, nothing tried. */
    void arrange(Editable e) {
        target = e;
        title.set(Messages.format("whatif.title", e.symbol()));
        curve.set(null);
        point.set(null);
        slope.set(Messages.format("whatif.slope.pending", e.gradientSymbol()));
        showPoint(null);
    }

    /**
     * Computes the slice through {@code e}'s value in {@code s}, {@code halfWidth} to either side;
     * none, and a caption saying why, when that value is not a finite number.
     */
    void follow(Editable e, Snapshot s, double halfWidth) {
        target = e;
        Parameter p = e.parameter();
        if (!Double.isFinite(e.valueIn(s))) {
            whatIf.clear();
            curve.set(null);
            slope.set(Messages.format("whatif.slope.nonFinite", e.symbol()));
            return;
        }
        whatIf.follow(p, halfWidth, WhatIf.points(parameterCount(s), s.samplesPerIteration()));
    }

    /** Tries {@code value} on the slice. */
    void ask(double value) {
        whatIf.ask(value);
    }

    /** Forgets the value tried. */
    void clearPoint() {
        whatIf.clearPoint();
    }

    /** Stops following: the slice and the value tried go. */
    void clear() {
        whatIf.clear();
    }

    /** The section's title. */
    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The slice, null until computed. */
    ReadOnlyObjectProperty<WhatIf.Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** The value tried, once computed; null when none. */
    ReadOnlyObjectProperty<WhatIf.Point> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** Backprop's slope, or why there is none (yet). */
    ReadOnlyStringProperty slopeProperty() {
        return slope.getReadOnlyProperty();
    }

    /** The actual ΔJ of the value tried, or a hint how to try one. */
    ReadOnlyStringProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    /** Whether a value of the number edited is tried: the actual ΔJ is no hint, and the prediction shows. */
    ReadOnlyBooleanProperty triedProperty() {
        return tried.getReadOnlyProperty();
    }

    /** The first-order prediction of ΔJ for the value tried. */
    ReadOnlyStringProperty predictedProperty() {
        return predicted.getReadOnlyProperty();
    }

    private void showCurve(WhatIf.Curve c) {
        curve.set(c);
        if (c != null) {
            slope.set(Messages.format("whatif.slope", target.gradientSymbol(), Numbers.format(c.slope())));
        }
    }

    private void showPoint(WhatIf.Point p) {
        point.set(p);
        Editable e = target;
        boolean now = p != null && e != null && p.parameter().equals(e.parameter());
        tried.set(now);
        if (!now) {
            actual.set(Messages.get("whatif.hint"));
            return;
        }
        WhatIf.Curve c = curve.get();
        double dv = c == null ? Double.NaN : p.value() - c.value();
        String d = e.parameter().isBias() ? "Δb" : "Δw";
        actual.set(Messages.format("whatif.actual", Numbers.signed(p.change()),
                c == null ? "…" : Numbers.format(c.loss()), Numbers.format(p.loss())));
        String factor = dv < 0 ? "(" + Numbers.format(dv) + ")" : Numbers.format(dv);
        predicted.set(c == null ? Messages.format("whatif.predicted.pending", e.gradientSymbol(), d)
                : Messages.format("whatif.predicted", e.gradientSymbol(), d, Numbers.format(c.slope()), factor,
                        Numbers.signed(p.predicted())));
    }

    /** The weights and biases of the network. */
    private static int parameterCount(Snapshot s) {
        int count = 0;
        for (int l = 1; l <= s.layers(); l++) {
            count += s.units(l) * (s.units(l - 1) + 1);
        }
        return count;
    }
}
