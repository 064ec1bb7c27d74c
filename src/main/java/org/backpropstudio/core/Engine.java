package org.backpropstudio.core;

/**
 * The backprop engine: one dense network, its dataset, and the arrays every micro-step reads and
 * writes, for the sample being computed. Layer indices follow {@link Network}: l = 1..L, and
 * {@code a[0]} is the input x.
 *
 * <p>The cursor is (iteration i, step k): iteration i (counting from 0) has had its first k of N
 * micro-steps computed ({@link StepPlan}); k = N means its update is done, and the next micro-step
 * begins iteration i + 1. Within an iteration the parameters do not change until the update, so
 * every value of the iteration so far is a function of (parameters, data, i, k): {@link #recompute()}
 * rebuilds them after a hand edit, and the same start and the same events give the same bits.
 *
 * <p>Not thread-safe: one thread owns an engine at a time.
 */
public final class Engine implements NetworkState {
    private Session session;
    private StepPlan plan;
    private int L;

    /** W⁽ˡ⁾ⱼₖ, the current weights; {@code weights[l][j][k]}. */
    private double[][][] weights;
    /** b⁽ˡ⁾ⱼ, the current biases. */
    private double[][] biases;
    private boolean[][][] lockedWeights;
    private boolean[][] lockedBiases;
    private Activation[] f;

    /** z⁽ˡ⁾ of the current sample. */
    private double[][] z;
    /** a⁽ˡ⁾ of the current sample; a[0] = x. */
    private double[][] a;
    /** δ⁽ˡ⁾ of the current sample. */
    private double[][] delta;
    /** y, the current sample's target (the dataset's own row, never written). */
    private double[] y;
    /** Σₛ ∂Jₛ/∂W⁽ˡ⁾ over the samples of this iteration so far. */
    private double[][][] gradWeightSum;
    /** Σₛ ∂Jₛ/∂b⁽ˡ⁾ over the samples of this iteration so far. */
    private double[][] gradBiasSum;
    /** W⁽ˡ⁾ as it was before the last update; set by the update, for showing it. */
    private double[][][] weightsBefore;
    /** b⁽ˡ⁾ as it was before the last update. */
    private double[][] biasesBefore;
    /** ∂J/∂W⁽ˡ⁾ averaged over the iteration's samples; set by the update. */
    private double[][][] gradWeight;
    /** ∂J/∂b⁽ˡ⁾ averaged over the iteration's samples; set by the update. */
    private double[][] gradBias;
    /** Jₛ of the current sample. */
    private double sampleLoss;
    /** Σₛ Jₛ over the samples of this iteration so far. */
    private double lossSum;
    /** J of the last completed iteration (the mean of its Jₛ), NaN before the first. */
    private double iterationLoss = Double.NaN;
    /**
     * Whether the last update left every parameter, every averaged gradient and J finite; set by
     * {@link #update()} as it writes them, read by {@link #isLastStepFinite()} at (i, N).
     */
    private boolean updateFinite = true;

    private long iteration;
    private int step;
    /** Dataset index of the current sample, −1 before the first. */
    private int sampleIndex = -1;

    /** An engine at the start of {@code session}: iteration 0, nothing computed. */
    public Engine(Session session) {
        load(session, 0);
    }

    /**
     * Replaces the network, data and settings with {@code newSession} (its network's parameters
     * become the current ones) and puts the cursor at the start of iteration {@code atIteration}
     * with nothing computed.
     */
    public void load(Session newSession, long atIteration) {
        Network net = newSession.network();
        this.session = newSession;
        this.L = net.layers();
        this.weights = net.weightsCopy();
        this.biases = net.biasesCopy();
        this.weightsBefore = net.weightsCopy();
        this.biasesBefore = net.biasesCopy();
        this.lockedWeights = net.lockedWeightsCopy();
        this.lockedBiases = net.lockedBiasesCopy();
        this.f = net.activationsArray();
        this.plan = new StepPlan(L, newSession.samplesPerIteration());
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
        this.iteration = atIteration;
        this.step = 0;
        this.sampleIndex = -1;
        this.iterationLoss = Double.NaN;
        resetIteration();
    }

    // ----------------------------------------------------------------------------------------
    // Micro-steps: each computes one quantity of the current sample, as the textbook writes it.
    // ----------------------------------------------------------------------------------------

    /**
     * Makes sample {@code s} the current one: a⁽⁰⁾ = xₛ, y = yₛ.
     * Reads the dataset; writes {@code a[0]}, {@code y}.
     */
    void loadSample(int s) {
        sampleIndex = s;
        session.dataset().copyInput(s, a[0]);
        y = session.dataset().targetView(s);
    }

    /**
     * z⁽ˡ⁾ⱼ = Σₖ W⁽ˡ⁾ⱼₖ a⁽ˡ⁻¹⁾ₖ + b⁽ˡ⁾ⱼ for every unit j of layer l.
     * Reads {@code weights[l]}, {@code a[l-1]}, {@code biases[l]}; writes {@code z[l]}.
     */
    void forwardZ(int l) {
        affine(weights[l], a[l - 1], biases[l], z[l]);
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
        sampleLoss = session.loss().sampleLoss(f[L], z[L], a[L], y);
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
        if (session.loss().hasShortcut(f[L])) {
            for (int j = 0; j < out.length; j++) {
                out[j] = aL[j] - y[j];
            }
            return;
        }
        Loss loss = session.loss();
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
     * {@code iterationLoss}.
     */
    void update() {
        int samples = plan.samples();
        double eta = session.learningRate();
        // x·0 is 0 for a finite x and NaN for NaN or ±∞, so the sum stays 0 while all are finite.
        double nonFinite = 0.0;
        for (int l = 1; l <= L; l++) {
            double[][] W = weights[l];
            double[] b = biases[l];
            for (int j = 0; j < W.length; j++) {
                double[] row = W[j];
                double[] gRow = gradWeight[l][j];
                double[] sumRow = gradWeightSum[l][j];
                boolean[] lockRow = lockedWeights[l][j];
                double[] beforeRow = weightsBefore[l][j];
                for (int k = 0; k < row.length; k++) {
                    beforeRow[k] = row[k];
                    gRow[k] = sumRow[k] / samples;
                    if (!lockRow[k]) {
                        row[k] -= eta * gRow[k];
                    }
                    nonFinite += row[k] * 0.0 + gRow[k] * 0.0;
                }
                biasesBefore[l][j] = b[j];
                gradBias[l][j] = gradBiasSum[l][j] / samples;
                if (!lockedBiases[l][j]) {
                    b[j] -= eta * gradBias[l][j];
                }
                nonFinite += b[j] * 0.0 + gradBias[l][j] * 0.0;
            }
        }
        iterationLoss = lossSum / samples;
        updateFinite = nonFinite == 0.0 && Double.isFinite(iterationLoss);
    }

    // ----------------------------------------------------------------------------------------
    // Driving the micro-steps
    // ----------------------------------------------------------------------------------------

    /** Zeroes the iteration's sums; the cursor stays. */
    private void resetIteration() {
        lossSum = 0.0;
        sampleLoss = Double.NaN;
        for (int l = 1; l <= L; l++) {
            for (double[] row : gradWeightSum[l]) {
                java.util.Arrays.fill(row, 0.0);
            }
            java.util.Arrays.fill(gradBiasSum[l], 0.0);
        }
    }

    /** Moves the cursor from (i, N) to (i + 1, 0); from (i, k &lt; N) only zeroes the sums if k = 0. */
    private void beginIterationIfDone() {
        if (step == plan.length()) {
            iteration++;
            step = 0;
        }
        if (step == 0) {
            resetIteration();
        }
    }

    /** Runs micro-step {@code ms} of the current iteration. */
    private void execute(MicroStep ms) {
        switch (ms.kind()) {
            case Z:
                if (ms.layer() == 1) {
                    loadSample(session.sampleOf(iteration, ms.slot()));
                }
                forwardZ(ms.layer());
                break;
            case A:
                forwardA(ms.layer());
                break;
            case LOSS:
                computeLoss();
                break;
            case DELTA:
                if (ms.layer() == L) {
                    outputDelta();
                } else {
                    hiddenDelta(ms.layer());
                }
                break;
            case GRADIENT:
                gradient(ms.layer());
                break;
            default:
                update();
        }
    }

    /** Takes the next micro-step and returns it; from (i, N) it begins iteration i + 1. */
    public MicroStep takeStep() {
        beginIterationIfDone();
        MicroStep ms = plan.at(step + 1);
        execute(ms);
        step++;
        return ms;
    }

    /**
     * Runs one whole iteration from an iteration boundary (k = 0 or k = N) and returns its loss J.
     * The same micro-steps in the same order as {@link #takeStep()}, so the same bits.
     */
    public double runIteration() {
        if (step != 0 && step != plan.length()) {
            throw new IllegalStateException("runIteration starts at an iteration boundary, not at micro-step " + step);
        }
        beginIterationIfDone();
        int samples = plan.samples();
        for (int slot = 0; slot < samples; slot++) {
            loadSample(session.sampleOf(iteration, slot));
            for (int l = 1; l <= L; l++) {
                forwardZ(l);
                forwardA(l);
            }
            computeLoss();
            outputDelta();
            for (int l = L - 1; l >= 1; l--) {
                hiddenDelta(l);
            }
            for (int l = L; l >= 1; l--) {
                gradient(l);
            }
        }
        update();
        step = plan.length();
        return iterationLoss;
    }

    /**
     * Rebuilds the values of the iteration in progress from the current parameters after a hand
     * edit: at (i, k &lt; N) the first k micro-steps are computed again; at (i, N), where the update
     * is done, the cursor moves to (i + 1, 0) with nothing computed.
     */
    public void recompute() {
        if (step == plan.length()) {
            iteration++;
            step = 0;
            resetIteration();
            return;
        }
        rewindWithinIteration(step);
    }

    /**
     * Goes back or forward to (i, k) within the current iteration, k &lt; N, by recomputing its first
     * k micro-steps from the current parameters (which the iteration has not changed before its
     * update).
     */
    public void rewindWithinIteration(int k) {
        if (k < 0 || k >= plan.length()) {
            throw new IllegalArgumentException("micro-step " + k + " is outside 0.." + (plan.length() - 1));
        }
        step = 0;
        resetIteration();
        for (int s = 1; s <= k; s++) {
            execute(plan.at(s));
            step = s;
        }
    }

    /** Moves the cursor to (i, 0) with nothing computed; used when restoring a checkpoint. */
    void setCursorAtStart(long i) {
        iteration = i;
        step = 0;
        resetIteration();
    }

    // ----------------------------------------------------------------------------------------
    // Hand edits (the step machine records them as events and calls recompute()).
    // ----------------------------------------------------------------------------------------

    /** W⁽ˡ⁾ⱼₖ := value. */
    void setWeight(int l, int j, int k, double value) {
        weights[l][j][k] = value;
    }

    /** b⁽ˡ⁾ⱼ := value. */
    void setBias(int l, int j, double value) {
        biases[l][j] = value;
    }

    /** Locks or unlocks W⁽ˡ⁾ⱼₖ. */
    void setWeightLocked(int l, int j, int k, boolean locked) {
        lockedWeights[l][j][k] = locked;
    }

    /** Locks or unlocks b⁽ˡ⁾ⱼ. */
    void setBiasLocked(int l, int j, boolean locked) {
        lockedBiases[l][j] = locked;
    }

    /** Replaces the dataset by one of the same widths and size, and/or the learning rate. */
    void setSettings(Dataset dataset, double learningRate) {
        session = new Session(session.name(), session.network(), session.loss(), learningRate, session.batch(), dataset);
    }

    // ----------------------------------------------------------------------------------------
    // Reading the state
    // ----------------------------------------------------------------------------------------

    /** The session with the current parameters and locks as its network. */
    public Session currentSession() {
        return session.withNetwork(currentNetwork());
    }

    /** The current network: current parameters, activations and locks. */
    public Network currentNetwork() {
        return new Network(session.network().unitsArray(), f, weights, biases, lockedWeights, lockedBiases);
    }

    /** The session's settings and data (its network's parameters may be older than the current ones). */
    public Session session() {
        return session;
    }

    /** The order of micro-steps in an iteration. */
    public StepPlan plan() {
        return plan;
    }

    @Override
    public int layers() {
        return L;
    }

    @Override
    public int units(int l) {
        return z[l].length;
    }

    @Override
    public Loss loss() {
        return session.loss();
    }

    @Override
    public double learningRate() {
        return session.learningRate();
    }

    @Override
    public int samplesPerIteration() {
        return plan.samples();
    }

    @Override
    public double weightBefore(int l, int j, int k) {
        return weightsBefore[l][j][k];
    }

    @Override
    public double biasBefore(int l, int j) {
        return biasesBefore[l][j];
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public int step() {
        return step;
    }

    /** The number of completed iterations: i + 1 at (i, N), else i. */
    public long completedIterations() {
        return step == plan.length() ? iteration + 1 : iteration;
    }

    @Override
    public MicroStep lastStep() {
        return step == 0 ? null : plan.at(step);
    }

    /** The slot of the current sample within the iteration (0 when nothing is computed). */
    public int currentSlot() {
        if (step == 0) {
            return 0;
        }
        MicroStep last = plan.at(step);
        return last.kind() == MicroStep.Kind.UPDATE ? plan.samples() - 1 : last.slot();
    }

    @Override
    public int currentSample() {
        return session.sampleOf(iteration, currentSlot());
    }

    @Override
    public boolean isComputed(MicroStep.Kind kind, int layer) {
        if (kind == MicroStep.Kind.UPDATE) {
            return step == plan.length();
        }
        return step > 0 && plan.isDone(step, kind, layer, currentSlot());
    }

    @Override
    public double weight(int l, int j, int k) {
        return weights[l][j][k];
    }

    @Override
    public double bias(int l, int j) {
        return biases[l][j];
    }

    @Override
    public boolean isWeightLocked(int l, int j, int k) {
        return lockedWeights[l][j][k];
    }

    @Override
    public boolean isBiasLocked(int l, int j) {
        return lockedBiases[l][j];
    }

    @Override
    public Activation activation(int l) {
        return f[l];
    }

    @Override
    public double z(int l, int j) {
        return z[l][j];
    }

    @Override
    public double a(int l, int j) {
        return a[l][j];
    }

    @Override
    public double delta(int l, int j) {
        return delta[l][j];
    }

    @Override
    public double target(int k) {
        return y[k];
    }

    @Override
    public double sampleWeightGradient(int l, int j, int k) {
        return delta[l][j] * a[l - 1][k];
    }

    @Override
    public double weightGradient(int l, int j, int k) {
        return gradWeight[l][j][k];
    }

    @Override
    public double biasGradient(int l, int j) {
        return gradBias[l][j];
    }

    /** Σₛ ∂Jₛ/∂W⁽ˡ⁾ⱼₖ over the samples whose gradients ran so far in this iteration. */
    public double weightGradientSum(int l, int j, int k) {
        return gradWeightSum[l][j][k];
    }

    /** Σₛ ∂Jₛ/∂b⁽ˡ⁾ⱼ over the samples whose gradients ran so far in this iteration. */
    public double biasGradientSum(int l, int j) {
        return gradBiasSum[l][j];
    }

    @Override
    public double sampleLoss() {
        return sampleLoss;
    }

    /** Σₛ Jₛ over the samples whose loss ran so far in this iteration. */
    public double lossSum() {
        return lossSum;
    }

    @Override
    public double iterationLoss() {
        return iterationLoss;
    }

    /**
     * Whether everything the last micro-step wrote is a finite number: z⁽ˡ⁾, a⁽ˡ⁾, Jₛ, δ⁽ˡ⁾, the
     * gradient sums of layer l, or after the update every parameter, gradient and J. True when
     * nothing is computed.
     */
    public boolean isLastStepFinite() {
        if (step == plan.length()) {
            return updateFinite;
        }
        MicroStep last = lastStep();
        if (last == null) {
            return true;
        }
        int l = last.layer();
        switch (last.kind()) {
            case Z:
                return finite(z[l]);
            case A:
                return finite(a[l]);
            case LOSS:
                return Double.isFinite(sampleLoss);
            case DELTA:
                return finite(delta[l]);
            case GRADIENT:
                return finite(gradWeightSum[l]) && finite(gradBiasSum[l]);
            default:
                for (int layer = 1; layer <= L; layer++) {
                    if (!finite(weights[layer]) || !finite(biases[layer]) || !finite(gradWeight[layer]) || !finite(gradBias[layer])) {
                        return false;
                    }
                }
                return Double.isFinite(iterationLoss);
        }
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

    /**
     * J over the whole dataset with the current parameters, J = (1/m) Σₛ Jₛ, computed in arrays of
     * its own so that nothing on display changes.
     */
    public double datasetLoss() {
        return datasetLoss(weights, biases);
    }

    /** J over the whole dataset with the given parameters (shapes of this network). */
    public double datasetLoss(double[][][] W, double[][] b) {
        Dataset data = session.dataset();
        double[][] zz = newLayerArrays();
        double[][] aa = newLayerArrays();
        double sum = 0.0;
        for (int s = 0; s < data.size(); s++) {
            data.copyInput(s, aa[0]);
            forwardPass(f, W, b, zz, aa);
            sum += session.loss().sampleLoss(f[L], zz[L], aa[L], data.targetView(s));
        }
        return sum / data.size();
    }

    /** The network's outputs a⁽ᴸ⁾ for input x with the current parameters, in arrays of its own. */
    public double[] predict(double[] x) {
        double[][] zz = newLayerArrays();
        double[][] aa = newLayerArrays();
        System.arraycopy(x, 0, aa[0], 0, aa[0].length);
        forwardPass(f, weights, biases, zz, aa);
        return aa[L];
    }

    private double[][] newLayerArrays() {
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
}
