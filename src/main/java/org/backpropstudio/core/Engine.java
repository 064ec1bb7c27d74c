package org.backpropstudio.core;

/**
 * The backprop engine: one dense network and its dataset, and the cursor that says which of the
 * micro-steps ({@link StepMath}) run next. Layer indices follow {@link Network}: l = 1..L, and
 * {@code a(0, i)} is the input xᵢ; the state is read through {@link StateReads}.
 *
 * <p>The cursor is (iteration i, step k): iteration i (counting from 0) has had its first k of N
 * micro-steps computed ({@link StepPlan}); k = N means its update is done, and the next micro-step
 * begins iteration i + 1. Within an iteration the parameters do not change until the update, so
 * every value of the iteration so far is a function of (parameters, data, i, k): {@link #recompute()}
 * rebuilds them after a hand edit, and the same start and the same events give the same bits.
 *
 * <p>Not thread-safe: one thread owns an engine at a time.
 */
public final class Engine extends StateReads {
    private Session session;
    private StepPlan plan;
    /** The arrays every micro-step reads and writes, for the sample being computed. */
    private StepMath math;
    /** Scratch space for {@link #runIteration()} over several samples, made at its first use. */
    private ChunkedIteration chunked;
    /**
     * Whether the last sample's x, y, z, a and δ of the last {@link #runIteration()} are still only in
     * {@link #chunked}'s arrays: {@link #math()} puts them in place before anything reads or changes
     * the state, so a run of whole iterations copies them once.
     */
    private boolean lastSampleInChunk;

    private long iteration;
    private int step;

    /** An engine at the start of {@code session}: iteration 0, nothing computed. */
    public Engine(Session session) {
        load(session, 0);
    }

    /**
     * An engine on {@code session} (its network's parameters the current ones) at (i, k), k &lt; N:
     * the first k micro-steps of iteration i computed, as a step machine's engine there has them.
     */
    public static Engine at(Session session, long i, int k) {
        Engine engine = new Engine(session);
        engine.setCursorAtStart(i);
        engine.rewindWithinIteration(k);
        return engine;
    }

    /**
     * Replaces the network, data and settings with {@code newSession} (its network's parameters
     * become the current ones) and puts the cursor at the start of iteration {@code atIteration}
     * with nothing computed.
     */
    public void load(Session newSession, long atIteration) {
        this.session = newSession;
        this.math = new StepMath(newSession.network(), newSession.loss());
        this.chunked = null;
        this.lastSampleInChunk = false;
        this.plan = new StepPlan(math.L, newSession.samplesPerIteration());
        this.iteration = atIteration;
        this.step = 0;
    }

    // ----------------------------------------------------------------------------------------
    // Driving the micro-steps
    // ----------------------------------------------------------------------------------------

    /** Moves the cursor from (i, N) to (i + 1, 0); from (i, k &lt; N) only zeroes the sums if k = 0. */
    private void beginIterationIfDone() {
        if (step == plan.length()) {
            iteration++;
            step = 0;
        }
        if (step == 0) {
            math().clearSums();
        }
    }

    /** Runs micro-step {@code ms} of the current iteration. */
    private void execute(MicroStep ms) {
        StepMath m = math();
        switch (ms.kind()) {
            case Z:
                if (ms.layer() == 1) {
                    m.loadSample(session.dataset(), session.sampleOf(iteration, ms.slot()));
                }
                m.forwardZ(ms.layer());
                break;
            case A:
                m.forwardA(ms.layer());
                break;
            case LOSS:
                m.computeLoss();
                break;
            case DELTA:
                if (ms.layer() == m.L) {
                    m.outputDelta();
                } else {
                    m.hiddenDelta(ms.layer());
                }
                break;
            case GRADIENT:
                m.gradient(ms.layer());
                break;
            default:
                m.update(session.learningRate(), plan.samples());
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
     * The same micro-steps as {@link #takeStep()}, so the same bits: one sample's in their order;
     * several samples' over chunks of samples at once ({@link ChunkedIteration}), each value by the
     * same operations in the same order as its micro-step.
     */
    public double runIteration() {
        if (step != 0 && step != plan.length()) {
            throw new IllegalStateException("runIteration starts at an iteration boundary, not at micro-step " + step);
        }
        StepMath m = math;
        int samples = plan.samples();
        if (samples > 1) {
            if (step == plan.length()) {
                iteration++;
                step = 0;
            }
            if (chunked == null || !chunked.fits(m, samples)) {
                chunked = new ChunkedIteration(m, samples);
            }
            chunked.run(session, iteration);
            lastSampleInChunk = true;
            m.update(session.learningRate(), samples);
            step = plan.length();
            return m.iterationLoss;
        }
        beginIterationIfDone();
        Dataset data = session.dataset();
        int L = m.L;
        for (int slot = 0; slot < samples; slot++) {
            m.loadSample(data, session.sampleOf(iteration, slot));
            for (int l = 1; l <= L; l++) {
                m.forwardZ(l);
                m.forwardA(l);
            }
            m.computeLoss();
            m.outputDelta();
            for (int l = L - 1; l >= 1; l--) {
                m.hiddenDelta(l);
            }
            for (int l = L; l >= 1; l--) {
                m.gradient(l);
            }
        }
        m.update(session.learningRate(), samples);
        step = plan.length();
        return m.iterationLoss;
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
            math().clearSums();
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
        math().clearSums();
        for (int s = 1; s <= k; s++) {
            execute(plan.at(s));
            step = s;
        }
    }

    /** Moves the cursor to (i, 0) with nothing computed; used when restoring a checkpoint. */
    void setCursorAtStart(long i) {
        iteration = i;
        step = 0;
        math().clearSums();
    }

    /**
     * Whether everything the last micro-step wrote is a finite number: z⁽ˡ⁾, a⁽ˡ⁾, Jₛ, δ⁽ˡ⁾, the
     * gradient sums of layer l, or after the update every parameter, gradient and J. True when
     * nothing is computed.
     */
    public boolean isLastStepFinite() {
        MicroStep last = lastStep();
        // The update's finiteness does not read the last sample's values: no need to place them.
        return last == null || (last.kind() == MicroStep.Kind.UPDATE ? math : math()).wroteFinite(last);
    }

    // ----------------------------------------------------------------------------------------
    // Hand edits (the step machine records them as events and calls recompute()).
    // ----------------------------------------------------------------------------------------

    /** W⁽ˡ⁾ⱼₖ := value. */
    void setWeight(int l, int j, int k, double value) {
        math().weights[l][j][k] = value;
    }

    /** b⁽ˡ⁾ⱼ := value. */
    void setBias(int l, int j, double value) {
        math().biases[l][j] = value;
    }

    /** Locks or unlocks W⁽ˡ⁾ⱼₖ. */
    void setWeightLocked(int l, int j, int k, boolean locked) {
        math().setWeightLocked(l, j, k, locked);
    }

    /** Locks or unlocks b⁽ˡ⁾ⱼ. */
    void setBiasLocked(int l, int j, boolean locked) {
        math().setBiasLocked(l, j, locked);
    }

    /** Replaces the dataset by one of the same widths and size, and/or the learning rate. */
    void setSettings(Dataset dataset, double learningRate) {
        session = session.withDataset(dataset).withLearningRate(learningRate);
    }

    // ----------------------------------------------------------------------------------------
    // Reading the state (the rest is StateReads')
    // ----------------------------------------------------------------------------------------

    @Override
    StepMath math() {
        if (lastSampleInChunk) {
            lastSampleInChunk = false;
            chunked.leaveLastSample();
        }
        return math;
    }

    /** J of the last update; read without placing the last sample's values (it does not need them). */
    @Override
    public double iterationLoss() {
        return math.iterationLoss;
    }

    /** The session with the current parameters and locks as its network. */
    public Session currentSession() {
        return session.withNetwork(currentNetwork());
    }

    /** The current network: current parameters, activations and locks. */
    public Network currentNetwork() {
        return networkNow();
    }

    /** The session's settings and data (its network's parameters may be older than the current ones). */
    @Override
    public Session session() {
        return session;
    }

    @Override
    public StepPlan plan() {
        return plan;
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public int step() {
        return step;
    }

    /** Σₛ ∂Jₛ/∂W⁽ˡ⁾ⱼₖ over the samples whose gradients ran so far in this iteration. */
    public double weightGradientSum(int l, int j, int k) {
        return math().gradWeightSum[l][j][k];
    }

    /** Σₛ ∂Jₛ/∂b⁽ˡ⁾ⱼ over the samples whose gradients ran so far in this iteration. */
    public double biasGradientSum(int l, int j) {
        return math().gradBiasSum[l][j];
    }

    /** Σₛ Jₛ over the samples whose loss ran so far in this iteration. */
    public double lossSum() {
        return math().lossSum;
    }

    /**
     * J over the whole dataset with the current parameters, J = (1/m) Σₛ Jₛ, computed in arrays of
     * its own so that nothing on display changes.
     */
    public double datasetLoss() {
        return datasetLoss(math().weights, math().biases);
    }

    /** J over the whole dataset with the given parameters (shapes of this network). */
    public double datasetLoss(double[][][] W, double[][] b) {
        StepMath m = math();
        Dataset data = session.dataset();
        double[][] zz = m.newLayerArrays();
        double[][] aa = m.newLayerArrays();
        int L = m.L;
        double sum = 0.0;
        for (int s = 0; s < data.size(); s++) {
            data.copyInput(s, aa[0]);
            StepMath.forwardPass(m.f, W, b, zz, aa);
            sum += session.loss().sampleLoss(m.f[L], zz[L], aa[L], data.targetView(s));
        }
        return sum / data.size();
    }

    /** The network's outputs a⁽ᴸ⁾ for input x with the current parameters, in arrays of its own. */
    public double[] predict(double[] x) {
        StepMath m = math();
        double[][] zz = m.newLayerArrays();
        double[][] aa = m.newLayerArrays();
        System.arraycopy(x, 0, aa[0], 0, aa[0].length);
        StepMath.forwardPass(m.f, m.weights, m.biases, zz, aa);
        return aa[m.L];
    }
}
