package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable dataset of m samples: inputs xₛ (units(0) each) and targets yₛ (units(L) each),
 * s = 0..m−1. Editing returns a new dataset, so snapshots can share it.
 *
 * <p>It may carry a test set ({@link #test()}): samples of the same widths that training never
 * uses for gradients, only to measure how well the network does on data it has not learned from.
 * Everything else ({@link #size()}, the rows, the edits) is about the training samples. It may also
 * say that the inputs are the pixels of a picture ({@link #image()}).
 */
public final class Dataset {
    private final double[][] inputs;
    private final double[][] targets;
    /** The test set, or null; it has no test set or image of its own. */
    private final Dataset test;
    /** The picture the inputs are, or null. */
    private final ImageShape image;

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
        this.test = null;
        this.image = null;
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

    /** xₛ itself, for the engine's reading only. */
    double[] inputView(int s) {
        return inputs[s];
    }

    /** yₛ itself, for the engine's reading only. */
    double[] targetView(int s) {
        return targets[s];
    }

    /** Rows already checked and never written again, shared with the dataset they come from. */
    private Dataset(double[][] inputs, double[][] targets, Dataset test, ImageShape image) {
        this.inputs = inputs;
        this.targets = targets;
        this.test = test;
        this.image = image;
    }

    /** The test set, if this dataset has one. */
    public Optional<Dataset> test() {
        return Optional.ofNullable(test);
    }

    /** The picture the inputs are, if they are one. */
    public Optional<ImageShape> image() {
        return Optional.ofNullable(image);
    }

    /**
     * This dataset with {@code newTest} as its test set (null: none).
     *
     * @throws IllegalArgumentException if the test samples' widths differ from the training samples'
     */
    public Dataset withTest(Dataset newTest) {
        if (newTest != null && (newTest.inputWidth() != inputWidth() || newTest.targetWidth() != targetWidth())) {
            throw new IllegalArgumentException(CoreWords.format("dataset.test.widths",
                    String.valueOf(inputWidth()), String.valueOf(targetWidth()),
                    String.valueOf(newTest.inputWidth()), String.valueOf(newTest.targetWidth())));
        }
        Dataset plain = newTest == null ? null : new Dataset(newTest.inputs, newTest.targets, null, null);
        return new Dataset(inputs, targets, plain, image);
    }

    /**
     * This dataset with its inputs read as a picture of {@code shape} (null: not a picture).
     *
     * @throws IllegalArgumentException if the picture's pixels are not the inputs
     */
    public Dataset withImage(ImageShape shape) {
        if (shape != null && shape.pixels() != inputWidth()) {
            throw new IllegalArgumentException(CoreWords.format("dataset.image.pixels",
                    String.valueOf(shape.width()), String.valueOf(shape.height()), String.valueOf(inputWidth())));
        }
        return new Dataset(inputs, targets, test, shape);
    }

    /**
     * Other training samples with this dataset's test set and picture kept, as when samples are
     * added or removed by hand.
     *
     * @throws IllegalArgumentException as the constructor, or if the widths change while there is a
     *                                  test set or a picture
     */
    public Dataset withSamples(double[][] newInputs, double[][] newTargets) {
        Dataset fresh = new Dataset(newInputs, newTargets);
        return fresh.withImage(image).withTest(test);
    }

    /**
     * This dataset with xₛᵢ = value. The other rows are shared, not copied: a hand edit of one
     * number costs a row, not the dataset.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public Dataset withInput(int s, int i, double value) {
        return new Dataset(withValue(inputs, s, i, value, true), targets, test, image);
    }

    /** This dataset with yₛₖ = value (the other rows shared, as {@link #withInput}). */
    public Dataset withTarget(int s, int k, double value) {
        return new Dataset(inputs, withValue(targets, s, k, value, false), test, image);
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
        return o instanceof Dataset d && Arrays.deepEquals(inputs, d.inputs) && Arrays.deepEquals(targets, d.targets)
                && Objects.equals(test, d.test) && Objects.equals(image, d.image);
    }

    @Override
    public int hashCode() {
        return (Arrays.deepHashCode(inputs) * 31 + Arrays.deepHashCode(targets)) * 31 + Objects.hash(test, image);
    }

    /** The refusal of a value that is not finite in row s of the inputs ({@code inputs}) or targets. */
    private static IllegalArgumentException notFinite(boolean inputs, int s) {
        String row = String.valueOf(s + 1);
        return new IllegalArgumentException(inputs ? CoreWords.format("dataset.input.notFinite", row)
                : CoreWords.format("dataset.target.notFinite", row));
    }
}
