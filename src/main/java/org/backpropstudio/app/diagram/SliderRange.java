package org.backpropstudio.app.diagram;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backpropstudio.app.plot.Ticks;

/**
 * The range of the editor's slider around a value v: v ± max(1, 2|v|), with a step of 1, 2 or 5 ×
 * 10ᵏ near a hundredth of the half width (values slid to are multiples of it), ten steps per key
 * press, and the ends written as the diagram writes numbers.
 */
final class SliderRange {
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min", 0);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", 100);
    private final ReadOnlyDoubleWrapper increment = new ReadOnlyDoubleWrapper(this, "increment", 10);
    private final ReadOnlyStringWrapper low = new ReadOnlyStringWrapper(this, "low", "");
    private final ReadOnlyStringWrapper high = new ReadOnlyStringWrapper(this, "high", "");
    private double step = 0.01;

    /** Centres the range on {@code v} (on 0 if v is not finite); min first, then max. */
    void centre(double v) {
        double centre = Double.isFinite(v) ? v : 0;
        double half = Math.max(1, 2 * Math.abs(centre));
        step = Ticks.niceStep(half / 100);
        min.set(centre - half);
        max.set(centre + half);
        increment.set(step * 10);
        low.set(Numbers.format(centre - half));
        high.set(Numbers.format(centre + half));
    }

    /** Whether {@code v} lies in the range. */
    boolean contains(double v) {
        return v >= min.get() && v <= max.get();
    }

    /** {@code v} moved into the range. */
    double clamp(double v) {
        return Math.max(min.get(), Math.min(max.get(), v));
    }

    /** {@code v} on the slider's steps. */
    double snap(double v) {
        return Steps.snap(v, step);
    }

    /** Half the range's width. */
    double halfWidth() {
        return (max.get() - min.get()) / 2;
    }

    ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    /** The change per key press. */
    ReadOnlyDoubleProperty incrementProperty() {
        return increment.getReadOnlyProperty();
    }

    /** The texts at the slider's ends. */
    ReadOnlyStringProperty lowProperty() {
        return low.getReadOnlyProperty();
    }

    ReadOnlyStringProperty highProperty() {
        return high.getReadOnlyProperty();
    }
}
