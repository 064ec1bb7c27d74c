package org.backpropstudio.core;

import java.util.Arrays;

/**
 * The math of the micro-steps: the arrays of one network and of the sample being computed, and one
 * method per micro-step that computes its quantity as the textbook writes it. Layer indices follow
 * {@link Network}: l = 1..L, {@code a[0]} is the input x, {@code weights[l][j][k]} is W⁽ˡ⁾ⱼₖ, the
 * weight from unit k of layer l − 1 to unit j of layer l.
 *
 * <p>Which micro-step runs when is the {@link Engine}'s job (its cursor); reading the arrays is
 * {@link StateReads}'. Not thread-safe.
 */
final class StepMath {
    /** L, the number of layers after the input. */
    final int L;
    /** f⁽ˡ⁾, entry 0 unused. */
    final Activation[] f;
    /** The loss function. */
    final Loss loss;

    /** W⁽ˡ⁾ⱼₖ, the current weights; {@code weights[l][j][k]}. */
    final double[][][] weights;
    /** b⁽ˡ⁾ⱼ, the current biases. */
    final double[][] biases;
    final boolean[][][] lockedWeights;
    final boolean[][] lockedBiases;
    /** How many weights and biases are locked: with none, the update need not look. */
    private int lockedCount;

    /** z⁽ˡ⁾ of the current sample. */
    final double[][] z;
    /** a⁽ˡ⁾ of the current sample; a[0] = x. */
    final double[][] a;
    /** δ⁽ˡ⁾ of the current sample. */
    final double[][] delta;
    /** y, the current sample's target (the dataset's own row, never written); null before the first. */
    double[] y;
    /** Σₛ ∂Jₛ/∂W⁽ˡ⁾ over the samples of this iteration so far. */
    final double[][][] gradWeightSum;
    /** Σₛ ∂Jₛ/∂b⁽ˡ⁾ over the samples of this iteration so far. */
    final double[][] gradBiasSum;
    /** W⁽ˡ⁾ as it was before the last update; set by the update, for showing it. */
    final double[][][] weightsBefore;
    /** b⁽ˡ⁾ as it was before the last update. */
    final double[][] biasesBefore;
    /** ∂J/∂W⁽ˡ⁾ averaged over the iteration's samples; set by the update. */
    final double[][][] gradWeight;
    /** ∂J/∂b⁽ˡ⁾ averaged over the iteration's samples; set by the update. */
    final double[][] gradBias;
    /** Jₛ of the current sample. */
    double sampleLoss = Double.NaN;
    /** Σₛ Jₛ over the samples of this iteration so far. */
    double lossSum;
    /** J of the last completed iteration (the mean of its Jₛ), NaN before the first. */
    double iterationLoss = Double.NaN;
    /** Whether the last update left every parameter, every averaged gradient and J finite. */
    boolean updateFinite = true;

    /** The arrays of {@code net}, its parameters as the current ones, nothing computed; losses by {@code loss}. */
    StepMath(Network net, Loss loss) {
        this.L = net.layers();
        this.f = net.activationsArray();
        this.loss = loss;
        this.weights = net.weightsCopy();
        this.biases = net.biasesCopy();
        this.weightsBefore = net.weightsCopy();
        this.biasesBefore = net.biasesCopy();
        this.lockedWeights = net.lockedWeightsCopy();
        this.lockedBiases = net.lockedBiasesCopy();
        for (int l = 1; l <= L; l++) {
            for (int j = 0; j < lockedBiases[l].length; j++) {
                lockedCount += lockedBiases[l][j] ? 1 : 0;
                for (boolean locked : lockedWeights[l][j]) {
                    lockedCount += locked ? 1 : 0;
                }
            }
        }
        this.z = new double[L + 1][];
        this.a = new double[L + 1][];
        this.delta = new double[L + 1][];
        this.gradWeightSum = new double[L + 1][][];
        this.gradBiasSum = new double[L + 1][];
        this.gradWeight = new double[L + 1][][];
        this.gradBias = new double[L + 1][];
        for (int l = 0; l <= L; l++) {
            int n = net.units(l);
            int prev = l == 0 ? 0 : net.units(l - 1);
            z[l] = new double[n];
            a[l] = new double[n];
            delta[l] = new double[n];
            gradWeightSum[l] = new double[l == 0 ? 0 : n][prev];
            gradBiasSum[l] = new double[l == 0 ? 0 : n];
            gradWeight[l] = new double[l == 0 ? 0 : n][prev];
            gradBias[l] = new double[l == 0 ? 0 : n];
        }
    }

    /** A deep copy of {@code m}: every array copied (y, a row of the immutable dataset, shared). */
    private StepMath(StepMath m) {
        this.L = m.L;
        this.f = m.f.clone();
        this.loss = m.loss;
        this.weights = Network.deepCopy(m.weights);
        this.biases = Network.deepCopy(m.biases);
        this.lockedWeights = copy(m.lockedWeights);
        this.lockedBiases = copy(m.lockedBiases);
        this.z = Network.deepCopy(m.z);
        this.a = Network.deepCopy(m.a);
        this.delta = Network.deepCopy(m.delta);
        this.y = m.y;
        this.gradWeightSum = Network.deepCopy(m.gradWeightSum);
        this.gradBiasSum = Network.deepCopy(m.gradBiasSum);
        this.weightsBefore = Network.deepCopy(m.weightsBefore);
        this.biasesBefore = Network.deepCopy(m.biasesBefore);
        this.gradWeight = Network.deepCopy(m.gradWeight);
        this.gradBias = Network.deepCopy(m.gradBias);
        this.sampleLoss = m.sampleLoss;
        this.lossSum = m.lossSum;
        this.iterationLoss = m.iterationLoss;
        this.updateFinite = m.updateFinite;
        this.lockedCount = m.lockedCount;
    }

    /** A copy that later micro-steps on this one do not change. */
    StepMath copy() {
        return new StepMath(this);
    }

    /** Locks or unlocks W⁽ˡ⁾ⱼₖ. */
    void setWeightLocked(int l, int j, int k, boolean locked) {
        if (lockedWeights[l][j][k] != locked) {
            lockedWeights[l][j][k] = locked;
            lockedCount += locked ? 1 : -1;
        }
    }

    /** Locks or unlocks b⁽ˡ⁾ⱼ. */
    void setBiasLocked(int l, int j, boolean locked) {
        if (lockedBiases[l][j] != locked) {
            lockedBiases[l][j] = locked;
            lockedCount += locked ? 1 : -1;
        }
    }

    // ----------------------------------------------------------------------------------------
    // Micro-steps: each computes one quantity of the current sample, as the textbook writes it.
    // ----------------------------------------------------------------------------------------

    /**
     * Makes sample {@code s} of {@code data} the current one: a⁽⁰⁾ = xₛ, y = yₛ.
     * Reads the dataset; writes {@code a[0]}, {@code y}.
     */
    void loadSample(Dataset data, int s) {
        data.copyInput(s, a[0]);
        y = data.targetView(s);
    }

    /**
     * z⁽ˡ⁾ⱼ = Σₖ W⁽ˡ⁾ⱼₖ a⁽ˡ⁻¹⁾ₖ + b⁽ˡ⁾ⱼ for every unit j of layer l.
     * Reads {@code weights[l]}, {@code a[l-1]}, {@code biases[l]}; writes {@code z[l]}.
     */
    void forwardZ(int l) {
        affine(weights[l], a[l - 1], biases[l], z[l]);
    }

    /**
     * a⁽ˡ⁾ = f⁽ˡ⁾(z⁽ˡ⁾). Reads {@code z[l]}; writes {@code a[l]}.
     */
    void forwardA(int l) {
        f[l].apply(z[l], a[l]);
    }

    /**
     * Jₛ = loss(a⁽ᴸ⁾, y) ({@link Loss}), added to the iteration's sum.
     * Reads {@code z[L]}, {@code a[L]}, {@code y}; writes {@code sampleLoss}, {@code lossSum}.
     */
    void computeLoss() {
        sampleLoss = loss.sampleLoss(f[L], z[L], a[L], y);
        lossSum += sampleLoss;
    }

    /**
     * δ⁽ᴸ⁾ = ∂Jₛ/∂a⁽ᴸ⁾ ⊙ f′(z⁽ᴸ⁾), which for squared error is (a⁽ᴸ⁾ − y) ⊙ f′(z⁽ᴸ⁾) and for sigmoid
     * or softmax outputs with cross-entropy simplifies to δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y.
     * Reads {@code z[L]}, {@code a[L]}, {@code y}; writes {@code delta[L]}.
     */
    void outputDelta() {
        double[] out = delta[L];
        double[] aL = a[L];
        if (loss.hasShortcut(f[L])) {
            for (int j = 0; j < out.length; j++) {
                out[j] = aL[j] - y[j];
            }
            return;
        }
        double[] zL = z[L];
        for (int j = 0; j < out.length; j++) {
            out[j] = loss.dLossDa(aL[j], y[j]) * f[L].derivative(zL[j], aL[j]);
        }
    }

    /**
     * δ⁽ˡ⁾ⱼ = (Σₖ W⁽ˡ⁺¹⁾ₖⱼ δ⁽ˡ⁺¹⁾ₖ) · f′(z⁽ˡ⁾ⱼ) for a hidden layer l &lt; L, with W⁽ˡ⁺¹⁾ as it was
     * before this iteration's update (the update is the iteration's last micro-step).
     * Reads {@code weights[l+1]}, {@code delta[l+1]}, {@code z[l]}, {@code a[l]}; writes {@code delta[l]}.
     */
    void hiddenDelta(int l) {
        double[][] Wnext = weights[l + 1];
        double[] dNext = delta[l + 1];
        double[] out = delta[l];
        for (int j = 0; j < out.length; j++) {
            double sum = 0.0;
            for (int k = 0; k < dNext.length; k++) {
                sum += Wnext[k][j] * dNext[k];
            }
            out[j] = sum * f[l].derivative(z[l][j], a[l][j]);
        }
    }

    /**
     * The sample's ∂Jₛ/∂W⁽ˡ⁾ⱼₖ = δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ and ∂Jₛ/∂b⁽ˡ⁾ⱼ = δ⁽ˡ⁾ⱼ, added to the iteration's sums.
     * Reads {@code delta[l]}, {@code a[l-1]}; writes {@code gradWeightSum[l]}, {@code gradBiasSum[l]}.
     */
    void gradient(int l) {
        double[] d = delta[l];
        double[] in = a[l - 1];
        double[][] gW = gradWeightSum[l];
        double[] gB = gradBiasSum[l];
        for (int j = 0; j < d.length; j++) {
            double[] row = gW[j];
            double dj = d[j];
            for (int k = 0; k < in.length; k++) {
                row[k] += dj * in[k];
            }
            gB[j] += dj;
        }
    }

    /**
     * ∂J/∂W⁽ˡ⁾ = (1/S) Σₛ ∂Jₛ/∂W⁽ˡ⁾ and ∂J/∂b⁽ˡ⁾ = (1/S) Σₛ ∂Jₛ/∂b⁽ˡ⁾ over the iteration's S samples;
     * then W⁽ˡ⁾ := W⁽ˡ⁾ − η ∂J/∂W⁽ˡ⁾ and b⁽ˡ⁾ := b⁽ˡ⁾ − η ∂J/∂b⁽ˡ⁾ for every parameter not locked;
     * and J = (1/S) Σₛ Jₛ. Reads the sums; writes {@code gradWeight}, {@code gradBias},
     * {@code weights}, {@code biases} (their old values to {@code weightsBefore}, {@code biasesBefore}),
     * {@code iterationLoss}, {@code updateFinite}.
     */
    void update(double eta, int samples) {
        boolean noneLocked = lockedCount == 0;
        double count = samples;
        // Dividing by 2ᵏ and multiplying by 2⁻ᵏ give the same double (each rounds the same exact
        // value), and a multiplication takes a fraction of the time of a division.
        double inverse = Integer.bitCount(samples) == 1 ? 1.0 / count : 0.0;
        boolean finite = true;
        for (int l = 1; l <= L; l++) {
            double[][] W = weights[l];
            double[] b = biases[l];
            for (int j = 0; j < W.length; j++) {
                finite &= updateRow(W[j], gradWeightSum[l][j], gradWeight[l][j], weightsBefore[l][j],
                        noneLocked ? null : lockedWeights[l][j], eta, inverse, count);
                double bias = b[j];
                double g = inverse != 0.0 ? gradBiasSum[l][j] * inverse : gradBiasSum[l][j] / count;
                biasesBefore[l][j] = bias;
                gradBias[l][j] = g;
                if (noneLocked || !lockedBiases[l][j]) {
                    bias -= eta * g;
                    b[j] = bias;
                }
                finite &= isFinite(bias) & isFinite(g);
            }
        }
        iterationLoss = inverse != 0.0 ? lossSum * inverse : lossSum / count;
        updateFinite = finite && Double.isFinite(iterationLoss);
    }

    /**
     * One row of {@link #update}: g = Σ · 2⁻ᵏ when S is a power of two ({@code inverse} ≠ 0, the same
     * double as Σ / S), else Σ / S; w := w − η g unless locked ({@code locks} null when nothing is);
     * whether every w and g is finite. The test of finiteness is a comparison per value, whose results
     * are and-ed: no chain of floating-point additions, each waiting on the last.
     */
    private static boolean updateRow(double[] row, double[] sums, double[] gradients, double[] before,
                                     boolean[] locks, double eta, double inverse, double count) {
        boolean finite = true;
        for (int k = 0; k < row.length; k++) {
            double w = row[k];
            double g = inverse != 0.0 ? sums[k] * inverse : sums[k] / count;
            before[k] = w;
            gradients[k] = g;
            if (locks == null || !locks[k]) {
                w -= eta * g;
                row[k] = w;
            }
            finite &= isFinite(w) & isFinite(g);
        }
        return finite;
    }

    /** Whether x is finite: |x| ≤ the largest double is false for ±∞ and for NaN. */
    private static boolean isFinite(double x) {
        return Math.abs(x) <= Double.MAX_VALUE;
    }

    /** Zeroes the iteration's sums (gradients and Jₛ) before its first micro-step. */
    void clearSums() {
        lossSum = 0.0;
        sampleLoss = Double.NaN;
        for (int l = 1; l <= L; l++) {
            for (double[] row : gradWeightSum[l]) {
                Arrays.fill(row, 0.0);
            }
            Arrays.fill(gradBiasSum[l], 0.0);
        }
    }

    /**
     * Whether everything micro-step {@code ms} wrote is a finite number: z⁽ˡ⁾, a⁽ˡ⁾, Jₛ, δ⁽ˡ⁾, the
     * gradient sums of layer l, or after the update every parameter, gradient and J.
     */
    boolean wroteFinite(MicroStep ms) {
        int l = ms.layer();
        return switch (ms.kind()) {
            case Z -> finite(z[l]);
            case A -> finite(a[l]);
            case LOSS -> Double.isFinite(sampleLoss);
            case DELTA -> finite(delta[l]);
            case GRADIENT -> finite(gradWeightSum[l]) && finite(gradBiasSum[l]);
            case UPDATE -> updateFinite;
        };
    }

    // ----------------------------------------------------------------------------------------
    // The forward pass in arrays of its own, for the loss over the data and for predictions
    // ----------------------------------------------------------------------------------------

    /** Arrays of the shape of z and a, for a pass that must not change those on display. */
    double[][] newLayerArrays() {
        double[][] arrays = new double[L + 1][];
        for (int l = 0; l <= L; l++) {
            arrays[l] = new double[a[l].length];
        }
        return arrays;
    }

    /** The forward pass z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f⁽ˡ⁾(z⁽ˡ⁾) for l = 1..L from aa[0], in the given arrays. */
    static void forwardPass(Activation[] f, double[][][] W, double[][] b, double[][] zz, double[][] aa) {
        for (int l = 1; l < aa.length; l++) {
            affine(W[l], aa[l - 1], b[l], zz[l]);
            f[l].apply(zz[l], aa[l]);
        }
    }

    /** out = W in + b, the loop of {@link #forwardZ}, shared with the passes that keep their own arrays. */
    private static void affine(double[][] W, double[] in, double[] b, double[] out) {
        for (int j = 0; j < out.length; j++) {
            double[] row = W[j];
            double sum = 0.0;
            for (int k = 0; k < in.length; k++) {
                sum += row[k] * in[k];
            }
            out[j] = sum + b[j];
        }
    }

    // ----- Copies

    private static boolean[][][] copy(boolean[][][] m) {
        boolean[][][] c = new boolean[m.length][][];
        for (int i = 0; i < m.length; i++) {
            c[i] = copy(m[i]);
        }
        return c;
    }

    private static boolean[][] copy(boolean[][] m) {
        boolean[][] c = new boolean[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static boolean finite(double[][] rows) {
        for (double[] row : rows) {
            if (!finite(row)) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
