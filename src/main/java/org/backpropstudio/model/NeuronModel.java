package org.backpropstudio.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;

/**
 * One unit j of layer l as the window shows it: z, a and δ of the current sample, its bias b and
 * the bias's gradient. A value is null while it is not yet computed in the current iteration.
 */
public final class NeuronModel {
    private final int layer;
    private final int unit;
    private final ReadOnlyObjectWrapper<Double> z = new ReadOnlyObjectWrapper<>(this, "z");
    private final ReadOnlyObjectWrapper<Double> a = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<Double> delta = new ReadOnlyObjectWrapper<>(this, "delta");
    private final ReadOnlyObjectWrapper<Double> bias = new ReadOnlyObjectWrapper<>(this, "bias");
    private final ReadOnlyObjectWrapper<Double> biasGradient = new ReadOnlyObjectWrapper<>(this, "biasGradient");
    private final ReadOnlyBooleanWrapper biasLocked = new ReadOnlyBooleanWrapper(this, "biasLocked");

    NeuronModel(int layer, int unit) {
        this.layer = layer;
        this.unit = unit;
    }

    /** Copies this unit's values from {@code s}. */
    void update(Snapshot s) {
        boolean input = layer == 0;
        z.set(!input && s.isComputed(MicroStep.Kind.Z, layer) ? s.z(layer, unit) : null);
        a.set(input ? (s.step() > 0 ? s.a(0, unit) : null) : s.isComputed(MicroStep.Kind.A, layer) ? s.a(layer, unit) : null);
        delta.set(!input && s.isComputed(MicroStep.Kind.DELTA, layer) ? s.delta(layer, unit) : null);
        bias.set(input ? null : s.bias(layer, unit));
        biasLocked.set(!input && s.isBiasLocked(layer, unit));
        Double gradient = null;
        if (!input && s.isComputed(MicroStep.Kind.UPDATE, 0)) {
            gradient = s.biasGradient(layer, unit);
        } else if (!input && s.isComputed(MicroStep.Kind.GRADIENT, layer)) {
            gradient = s.delta(layer, unit);
        }
        biasGradient.set(gradient);
    }

    /** l, 0 for the input layer. */
    public int layer() {
        return layer;
    }

    /** j, counting from 0. */
    public int unit() {
        return unit;
    }

    /** z⁽ˡ⁾ⱼ of the current sample, null until computed (always null for an input). */
    public ReadOnlyObjectProperty<Double> zProperty() {
        return z.getReadOnlyProperty();
    }

    /** a⁽ˡ⁾ⱼ of the current sample (xⱼ for an input), null until computed. */
    public ReadOnlyObjectProperty<Double> aProperty() {
        return a.getReadOnlyProperty();
    }

    /** δ⁽ˡ⁾ⱼ of the current sample, null until computed. */
    public ReadOnlyObjectProperty<Double> deltaProperty() {
        return delta.getReadOnlyProperty();
    }

    /** b⁽ˡ⁾ⱼ now (null for an input). */
    public ReadOnlyObjectProperty<Double> biasProperty() {
        return bias.getReadOnlyProperty();
    }

    /**
     * ∂J/∂b⁽ˡ⁾ⱼ: the current sample's (= δ⁽ˡ⁾ⱼ) once its gradient step ran, the iteration's average
     * once updated; null before.
     */
    public ReadOnlyObjectProperty<Double> biasGradientProperty() {
        return biasGradient.getReadOnlyProperty();
    }

    /** Whether b⁽ˡ⁾ⱼ is locked. */
    public ReadOnlyBooleanProperty biasLockedProperty() {
        return biasLocked.getReadOnlyProperty();
    }
}
