package org.backpropstudio.app.diagram;

import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Snapshot;

/**
 * A number on the diagram that a person can change by hand: a weight, a bias, an input x of a
 * sample, or a target y of a sample. Each knows the {@link Edit} that sets it, where its value is
 * in a {@link Snapshot}, and how the editor names it.
 *
 * <p>Inputs and targets belong to a sample: the one the diagram shows, {@link Snapshot#currentSample()}
 * (before the first micro-step of an iteration, the sample it will load first).
 */
sealed interface Editable {

    /** The weight wⱼₖ⁽ˡ⁾ (indices from 0, as in the engine). */
    record Weight(int layer, int to, int from) implements Editable {
        @Override
        public Edit set(double value) {
            return new Edit.SetWeight(layer, to, from, value);
        }

        @Override
        public double valueIn(Snapshot s) {
            return s.weight(layer, to, from);
        }

        @Override
        public Parameter parameter() {
            return Parameter.weight(layer, to, from);
        }

        @Override
        public boolean lockedIn(Snapshot s) {
            return s.isWeightLocked(layer, to, from);
        }

        @Override
        public Edit lock(boolean locked) {
            return new Edit.LockWeight(layer, to, from, locked);
        }

        @Override
        public String symbol() {
            return Numbers.weightName(layer, to, from);
        }

        @Override
        public String gradientSymbol() {
            return "∂J/∂w";
        }

        @Override
        public String describe(Snapshot s) {
            return Messages.format("diagram.describe.weight", unitName(s, layer - 1, from), unitName(s, layer, to));
        }

        @Override
        public boolean existsIn(Snapshot s) {
            return layer >= 1 && layer <= s.layers() && to >= 0 && to < s.units(layer)
                    && from >= 0 && from < s.units(layer - 1);
        }
    }

    /** The bias bⱼ⁽ˡ⁾. */
    record Bias(int layer, int unit) implements Editable {
        @Override
        public Edit set(double value) {
            return new Edit.SetBias(layer, unit, value);
        }

        @Override
        public double valueIn(Snapshot s) {
            return s.bias(layer, unit);
        }

        @Override
        public Parameter parameter() {
            return Parameter.bias(layer, unit);
        }

        @Override
        public boolean lockedIn(Snapshot s) {
            return s.isBiasLocked(layer, unit);
        }

        @Override
        public Edit lock(boolean locked) {
            return new Edit.LockBias(layer, unit, locked);
        }

        @Override
        public String symbol() {
            return Numbers.biasName(layer, unit);
        }

        @Override
        public String gradientSymbol() {
            return "∂J/∂b";
        }

        @Override
        public String describe(Snapshot s) {
            return Messages.format("diagram.describe.bias", unitName(s, layer, unit));
        }

        @Override
        public boolean existsIn(Snapshot s) {
            return layer >= 1 && layer <= s.layers() && unit >= 0 && unit < s.units(layer);
        }
    }

    /** The input xᵢ of sample s (from 0). */
    record Input(int sample, int input) implements Editable {
        @Override
        public Edit set(double value) {
            return new Edit.SetInput(sample, input, value);
        }

        @Override
        public double valueIn(Snapshot s) {
            return s.session().dataset().input(sample, input);
        }

        @Override
        public String symbol() {
            return "x" + Numbers.subscript(input + 1);
        }

        @Override
        public String describe(Snapshot s) {
            return Messages.format("diagram.describe.input", String.valueOf(sample + 1),
                    String.valueOf(s.session().dataset().size()));
        }

        @Override
        public boolean existsIn(Snapshot s) {
            var data = s.session().dataset();
            return sample >= 0 && sample < data.size() && input >= 0 && input < data.inputWidth();
        }
    }

    /** The target yₖ of sample s (from 0). */
    record Target(int sample, int output) implements Editable {
        @Override
        public Edit set(double value) {
            return new Edit.SetTarget(sample, output, value);
        }

        @Override
        public double valueIn(Snapshot s) {
            return s.session().dataset().target(sample, output);
        }

        @Override
        public String symbol() {
            return "y" + Numbers.subscript(output + 1);
        }

        @Override
        public String describe(Snapshot s) {
            return Messages.format("diagram.describe.target", "ŷ" + Numbers.subscript(output + 1),
                    String.valueOf(sample + 1), String.valueOf(s.session().dataset().size()));
        }

        @Override
        public boolean existsIn(Snapshot s) {
            var data = s.session().dataset();
            return sample >= 0 && sample < data.size() && output >= 0 && output < data.targetWidth();
        }
    }

    /** The edit that sets it to {@code value}. */
    Edit set(double value);

    /** Its value in {@code s}. */
    double valueIn(Snapshot s);

    /** Its name as the equations write it: w₁₂⁽²⁾, b₁⁽²⁾, x₁, y₁. */
    String symbol();

    /** What it is, in words: "weight from h₁ to ŷ₁", "input of sample 1 of 4". */
    String describe(Snapshot s);

    /** The trainable parameter it is, or null for data (inputs and targets). */
    default Parameter parameter() {
        return null;
    }

    /** Whether it can be locked (weights and biases). */
    default boolean isLockable() {
        return parameter() != null;
    }

    /** Whether it is locked in {@code s}. */
    default boolean lockedIn(Snapshot s) {
        return false;
    }

    /** The edit that locks or unlocks it; only for {@link #isLockable()} ones. */
    default Edit lock(boolean locked) {
        throw new UnsupportedOperationException(symbol() + " cannot be locked");
    }

    /** ∂J/∂w or ∂J/∂b, for a parameter. */
    default String gradientSymbol() {
        return "∂J/∂" + symbol();
    }

    /** Whether the parameter, unit or sample it names exists in {@code s} (the network may have changed). */
    boolean existsIn(Snapshot s);

    /** x₁ for an input, ŷ₁ for an output, h₁ for a hidden unit (with its layer if there are several). */
    private static String unitName(Snapshot s, int l, int j) {
        String sub = Numbers.subscript(j + 1);
        if (l == 0) {
            return "x" + sub;
        }
        if (l == s.layers()) {
            return "ŷ" + sub;
        }
        return s.layers() > 2 ? Messages.format("diagram.unit.ofLayer", "h" + sub, String.valueOf(l)) : "h" + sub;
    }
}
