package org.backpropstudio.core;

import java.util.Arrays;

/**
 * An immutable dataset of m samples: inputs xₛ (units(0) each) and targets yₛ (units(L) each),
 * s = 0..m−1. Editing returns a new dataset, so snapshots can share it.
 */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;

    /**
     * @throws IllegalArgumentException if there are no samples, too many, ragged rows, or a value
     *                                  that is not finite
     */
    public Dataset(double[][] inputs, double[][] targets) {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException(CoreWords.get("dataset.size"));
        }
        if (inputs.length > Limits.MAX_SAMPLES) {
            throw new IllegalArgumentException(CoreWords.format("dataset.tooMany", String.valueOf(Limits.MAX_SAMPLES)));
        }
        this.inputs = copyRows(inputs, true);
        this.targets = copyRows(targets, false);
    }

    /** Copies of the rows of inputs ({@code inputs}) or targets, each checked. */
    private static double[][] copyRows(double[][] rows, boolean inputs) {
        int width = rows[0].length;
        double[][] copy = new double[rows.length][];
        for (int s = 0; s < rows.length; s++) {
            if (rows[s].length != width || width == 0) {
                throw new IllegalArgumentException(
                        inputs ? CoreWords.get("dataset.inputs.ragged") : CoreWords.get("dataset.targets.ragged"));
            }
            for (double v : rows[s]) {
                if (!Double.isFinite(v)) {
                    throw notFinite(inputs, s);
                }
            }
            copy[s] = rows[s].clone();
        }
        return copy;
    }

    /** m, the number of samples. */
    public int size() {
        return inputs.length;
    }

    /** The number of inputs per sample. */
    public int inputWidth() {
        return inputs[0].length;
    }

    /** The number of targets per sample. */
    public int targetWidth() {
        return targets[0].length;
    }

    /** xₛᵢ. */
    public double input(int s, int i) {
        return inputs[s][i];
    }

    /** yₛₖ. */
    public double target(int s, int k) {
        return targets[s][k];
    }

    /** xₛ, a copy. */
    public double[] inputRow(int s) {
        return inputs[s].clone();
    }

    /** yₛ, a copy. */
    public double[] targetRow(int s) {
        return targets[s].clone();
    }

    /** All inputs, a deep copy. */
    public double[][] inputsCopy() {
        return Network.deepCopy(inputs);
    }

    /** All targets, a deep copy. */
    public double[][] targetsCopy() {
        return Network.deepCopy(targets);
    }

    /** Copies xₛ into {@code into} without allocating. */
    void copyInput(int s, double[] into) {
        System.arraycopy(inputs[s], 0, into, 0, into.length);
    }

    /** yₛ itself, for the engine's reading only. */
    double[] targetView(int s) {
        return targets[s];
    }

    /** Rows already checked and never written again, shared with the dataset they come from. */
    private Dataset(double[][] inputs, double[][] targets, boolean shared) {
        this.inputs = inputs;
        this.targets = targets;
    }

    /**
     * This dataset with xₛᵢ = value. The other rows are shared, not copied: a hand edit of one
     * number costs a row, not the dataset.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Dataset withInput(int s, int i, double value) {
        return new Dataset(withValue(inputs, s, i, value, true), targets, true);
    }

    /** This dataset with yₛₖ = value (the other rows shared, as {@link #withInput}). */
    public Dataset withTarget(int s, int k, double value) {
        return new Dataset(inputs, withValue(targets, s, k, value, false), true);
    }

    /** {@code rows} with row s copied and its entry j set to {@code value}; the other rows shared. */
    private static double[][] withValue(double[][] rows, int s, int j, double value, boolean inputs) {
        if (!Double.isFinite(value)) {
            throw notFinite(inputs, s);
        }
        double[][] copy = rows.clone();
        copy[s] = rows[s].clone();
        copy[s][j] = value;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset && Arrays.deepEquals(inputs, ((Dataset) o).inputs)
                && Arrays.deepEquals(targets, ((Dataset) o).targets);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(inputs) * 31 + Arrays.deepHashCode(targets);
    }

    /** The refusal of a value that is not finite in row s of the inputs ({@code inputs}) or targets. */
    private static IllegalArgumentException notFinite(boolean inputs, int s) {
        String row = String.valueOf(s + 1);
        return new IllegalArgumentException(inputs ? CoreWords.format("dataset.input.notFinite", row)
                : CoreWords.format("dataset.target.notFinite", row));
    }
}
