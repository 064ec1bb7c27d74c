package org.backpropstudio.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;

/** The weight W⁽ˡ⁾ⱼₖ from unit k of layer l − 1 to unit j of layer l, and its gradient. */
public final class EdgeModel {
    private final int layer;
    private final int to;
    private final int from;
    private final ReadOnlyDoubleWrapper weight = new ReadOnlyDoubleWrapper(this, "weight");
    private final ReadOnlyObjectWrapper<Double> gradient = new ReadOnlyObjectWrapper<>(this, "gradient");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");

    EdgeModel(int layer, int to, int from) {
        this.layer = layer;
        this.to = to;
        this.from = from;
    }

    /** Copies this weight's values from {@code s}. */
    void update(Snapshot s) {
        weight.set(s.weight(layer, to, from));
        locked.set(s.isWeightLocked(layer, to, from));
        Double g = null;
        if (s.isComputed(MicroStep.Kind.UPDATE, 0)) {
            g = s.weightGradient(layer, to, from);
        } else if (s.isComputed(MicroStep.Kind.GRADIENT, layer)) {
            g = s.sampleWeightGradient(layer, to, from);
        }
        gradient.set(g);
    }

    /** l, 1..L. */
    public int layer() {
        return layer;
    }

    /** j, the unit of layer l it leads to. */
    public int to() {
        return to;
    }

    /** k, the unit of layer l − 1 it comes from. */
    public int from() {
        return from;
    }

    /** W⁽ˡ⁾ⱼₖ now. */
    public ReadOnlyDoubleProperty weightProperty() {
        return weight.getReadOnlyProperty();
    }

    /**
     * ∂J/∂W⁽ˡ⁾ⱼₖ: the current sample's once its gradient step ran, the iteration's average once
     * updated; null before.
     */
    public ReadOnlyObjectProperty<Double> gradientProperty() {
        return gradient.getReadOnlyProperty();
    }

    /** Whether the weight is locked. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }
}
