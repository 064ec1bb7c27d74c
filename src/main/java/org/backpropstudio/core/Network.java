package org.backpropstudio.core;

import java.util.Arrays;

/**
 * An immutable dense network: its shape, activations, parameters and which parameters are locked.
 *
 * <p>Index order, used everywhere in the code: layers are numbered as in the math, l = 1..L after
 * the input layer 0, and arrays indexed by layer have L + 1 entries with an empty entry 0.
 * {@code weights[l][j][k]} is W⁽ˡ⁾ⱼₖ, the weight from unit k of layer l − 1 to unit j of layer l, so
 * W⁽ˡ⁾ is units(l) × units(l − 1) as in z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾; {@code biases[l][j]} is b⁽ˡ⁾ⱼ.
 * Units are counted from 0 in arrays and from 1 in everything a person reads.
 */
public final class Network {
    private final int[] units;
    private final Activation[] activations;
    private final double[][][] weights;
    private final double[][] biases;
    private final boolean[][][] lockedWeights;
    private final boolean[][] lockedBiases;

    /**
     * @param units        units(0..L): units[0] is the number of inputs
     * @param activations  f⁽ˡ⁾ for l = 1..L; entry 0 is ignored and may be null
     * @param weights      W⁽ˡ⁾ for l = 1..L (entry 0 ignored), each units(l) × units(l − 1)
     * @param biases       b⁽ˡ⁾ for l = 1..L (entry 0 ignored)
     * @param lockedWeights same shape as weights, or null for nothing locked
     * @param lockedBiases  same shape as biases, or null for nothing locked
     * @throws IllegalArgumentException if any shape disagrees with {@code units} or the limits
     *                                  (values are not checked: training may diverge to NaN, and
     *                                  that state must be kept to step back from)
     */
    public Network(int[] units, Activation[] activations, double[][][] weights, double[][] biases,
                   boolean[][][] lockedWeights, boolean[][] lockedBiases) {
        int layers = units.length - 1;
        if (layers < 1 || layers > Limits.MAX_LAYERS) {
            throw new IllegalArgumentException(CoreWords.format("network.layers", String.valueOf(Limits.MAX_LAYERS),
                    String.valueOf(layers)));
        }
        for (int l = 0; l <= layers; l++) {
            if (units[l] < 1 || units[l] > Limits.MAX_UNITS) {
                throw new IllegalArgumentException(CoreWords.format("network.units", String.valueOf(l),
                        String.valueOf(units[l]), String.valueOf(Limits.MAX_UNITS)));
            }
        }
        if (activations.length != layers + 1 || weights.length != layers + 1 || biases.length != layers + 1) {
            throw new IllegalArgumentException("activations, weights and biases need one entry per layer");
        }
        this.units = units.clone();
        this.activations = activations.clone();
        this.activations[0] = null;
        this.weights = new double[layers + 1][][];
        this.biases = new double[layers + 1][];
        this.lockedWeights = new boolean[layers + 1][][];
        this.lockedBiases = new boolean[layers + 1][];
        this.weights[0] = new double[0][];
        this.biases[0] = new double[0];
        this.lockedWeights[0] = new boolean[0][];
        this.lockedBiases[0] = new boolean[0];
        for (int l = 1; l <= layers; l++) {
            if (activations[l] == null) {
                throw new IllegalArgumentException("layer " + l + " has no activation");
            }
            if (activations[l] == Activation.SOFTMAX && l != layers) {
                throw new IllegalArgumentException(CoreWords.get("network.softmaxHidden"));
            }
            this.weights[l] = copyMatrix(weights[l], units[l], units[l - 1], "W(" + l + ")");
            this.biases[l] = copyVector(biases[l], units[l], "b(" + l + ")");
            this.lockedWeights[l] = lockedWeights == null || lockedWeights[l] == null
                    ? new boolean[units[l]][units[l - 1]]
                    : copyMask(lockedWeights[l], units[l], units[l - 1], "locked W(" + l + ")");
            this.lockedBiases[l] = lockedBiases == null || lockedBiases[l] == null
                    ? new boolean[units[l]]
                    : copyMask(lockedBiases[l], units[l], "locked b(" + l + ")");
        }
    }

    /** L, the number of layers after the input. */
    public int layers() {
        return units.length - 1;
    }

    /** The number of units in layer l (l = 0 is the input layer). */
    public int units(int l) {
        return units[l];
    }

    /** units(0..L), a copy. */
    public int[] unitsArray() {
        return units.clone();
    }

    /** The number of inputs, units(0). */
    public int inputs() {
        return units[0];
    }

    /** The number of outputs, units(L). */
    public int outputs() {
        return units[layers()];
    }

    /** f⁽ˡ⁾, l = 1..L. */
    public Activation activation(int l) {
        return activations[l];
    }

    /** W⁽ˡ⁾ⱼₖ. */
    public double weight(int l, int j, int k) {
        return weights[l][j][k];
    }

    /** b⁽ˡ⁾ⱼ. */
    public double bias(int l, int j) {
        return biases[l][j];
    }

    /** Whether W⁽ˡ⁾ⱼₖ is locked (never changed by an update). */
    public boolean isWeightLocked(int l, int j, int k) {
        return lockedWeights[l][j][k];
    }

    /** Whether b⁽ˡ⁾ⱼ is locked. */
    public boolean isBiasLocked(int l, int j) {
        return lockedBiases[l][j];
    }

    /** Whether any parameter is locked. */
    public boolean hasLocks() {
        for (int l = 1; l <= layers(); l++) {
            for (int j = 0; j < units[l]; j++) {
                if (lockedBiases[l][j]) {
                    return true;
                }
                for (boolean b : lockedWeights[l][j]) {
                    if (b) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (int l = 1; l <= layers(); l++) {
            count += units[l] * (units[l - 1] + 1);
        }
        return count;
    }

    /** A deep copy of all W⁽ˡ⁾ (entry 0 empty). */
    public double[][][] weightsCopy() {
        return deepCopy(weights);
    }

    /** A deep copy of all b⁽ˡ⁾ (entry 0 empty). */
    public double[][] biasesCopy() {
        return deepCopy(biases);
    }

    /** A deep copy of the weight locks. */
    public boolean[][][] lockedWeightsCopy() {
        boolean[][][] copy = new boolean[lockedWeights.length][][];
        for (int l = 0; l < copy.length; l++) {
            copy[l] = new boolean[lockedWeights[l].length][];
            for (int j = 0; j < copy[l].length; j++) {
                copy[l][j] = lockedWeights[l][j].clone();
            }
        }
        return copy;
    }

    /** A deep copy of the bias locks. */
    public boolean[][] lockedBiasesCopy() {
        boolean[][] copy = new boolean[lockedBiases.length][];
        for (int l = 0; l < copy.length; l++) {
            copy[l] = lockedBiases[l].clone();
        }
        return copy;
    }

    /** f⁽ˡ⁾ for l = 0..L (entry 0 null), a copy. */
    public Activation[] activationsArray() {
        return activations.clone();
    }

    /** This network with other parameters (same shapes) and the same activations and locks. */
    public Network withParameters(double[][][] newWeights, double[][] newBiases) {
        return new Network(units, activations, newWeights, newBiases, lockedWeights, lockedBiases);
    }

    /**
     * All weights and biases in one array, layer by layer (l = 1..L): W⁽ˡ⁾ row by row
     * (W⁽ˡ⁾₁₁, W⁽ˡ⁾₁₂, …), then b⁽ˡ⁾; {@link #parameterCount()} numbers.
     */
    public double[] parameters() {
        double[] flat = new double[parameterCount()];
        int n = 0;
        for (int l = 1; l <= layers(); l++) {
            for (double[] row : weights[l]) {
                System.arraycopy(row, 0, flat, n, row.length);
                n += row.length;
            }
            System.arraycopy(biases[l], 0, flat, n, biases[l].length);
            n += biases[l].length;
        }
        return flat;
    }

    /**
     * This network with the parameters {@code flat}, in the order of {@link #parameters()}.
     *
     * @throws IllegalArgumentException if {@code flat} does not hold {@link #parameterCount()} numbers
     */
    public Network withParameters(double[] flat) {
        if (flat.length != parameterCount()) {
            throw new IllegalArgumentException(CoreWords.format("network.parameters", String.valueOf(parameterCount()),
                    String.valueOf(flat.length)));
        }
        double[][][] W = new double[weights.length][][];
        double[][] b = new double[biases.length][];
        W[0] = new double[0][];
        b[0] = new double[0];
        int n = 0;
        for (int l = 1; l <= layers(); l++) {
            W[l] = new double[units[l]][];
            for (int j = 0; j < units[l]; j++) {
                W[l][j] = Arrays.copyOfRange(flat, n, n + units[l - 1]);
                n += units[l - 1];
            }
            b[l] = Arrays.copyOfRange(flat, n, n + units[l]);
            n += units[l];
        }
        return withParameters(W, b);
    }

    /** This network with W⁽ˡ⁾ⱼₖ locked or unlocked. */
    public Network withWeightLocked(int l, int j, int k, boolean locked) {
        boolean[][][] masks = lockedWeightsCopy();
        masks[l][j][k] = locked;
        return new Network(units, activations, weights, biases, masks, lockedBiases);
    }

    /** This network with b⁽ˡ⁾ⱼ locked or unlocked. */
    public Network withBiasLocked(int l, int j, boolean locked) {
        boolean[][] masks = lockedBiasesCopy();
        masks[l][j] = locked;
        return new Network(units, activations, weights, biases, lockedWeights, masks);
    }

    static double[][][] deepCopy(double[][][] source) {
        double[][][] copy = new double[source.length][][];
        for (int l = 0; l < source.length; l++) {
            copy[l] = deepCopy(source[l]);
        }
        return copy;
    }

    static double[][] deepCopy(double[][] source) {
        double[][] copy = new double[source.length][];
        for (int j = 0; j < source.length; j++) {
            copy[j] = source[j].clone();
        }
        return copy;
    }

    private static double[][] copyMatrix(double[][] m, int rows, int cols, String name) {
        if (m == null || m.length != rows) {
            throw new IllegalArgumentException(name + " needs " + rows + " rows");
        }
        double[][] copy = new double[rows][];
        for (int j = 0; j < rows; j++) {
            copy[j] = copyVector(m[j], cols, name + " row " + (j + 1));
        }
        return copy;
    }

    private static double[] copyVector(double[] v, int n, String name) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " needs " + n + " entries");
        }
        return v.clone();
    }

    private static boolean[][] copyMask(boolean[][] m, int rows, int cols, String name) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " needs " + rows + " rows");
        }
        boolean[][] copy = new boolean[rows][];
        for (int j = 0; j < rows; j++) {
            copy[j] = copyMask(m[j], cols, name);
        }
        return copy;
    }

    private static boolean[] copyMask(boolean[] v, int n, String name) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " needs " + n + " entries");
        }
        return v.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Network)) {
            return false;
        }
        Network other = (Network) o;
        return Arrays.equals(units, other.units) && Arrays.equals(activations, other.activations)
                && Arrays.deepEquals(weights, other.weights) && Arrays.deepEquals(biases, other.biases)
                && Arrays.deepEquals(lockedWeights, other.lockedWeights)
                && Arrays.deepEquals(lockedBiases, other.lockedBiases);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(units) * 31 + Arrays.deepHashCode(weights);
    }
}
