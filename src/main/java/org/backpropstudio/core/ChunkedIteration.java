package org.backpropstudio.core;

/**
 * A whole iteration of several samples at once, for {@link Engine#runIteration()}: the micro-steps
 * of every sample slot (load, Z and A of each layer, LOSS, the DELTAs, the GRADIENTs; not the
 * update), run over chunks of samples ({@link #chunkFor}: up to 256), so that the innermost loops
 * run over the samples of a chunk rather than over the units of a layer. A layer of two units makes
 * loops of two, whose overhead costs more than their arithmetic; a chunk of 64 samples makes loops
 * the JIT unrolls and vectorises.
 *
 * <p>Every value is computed by the same operations in the same order as the micro-step of
 * {@link StepMath} that computes it, so it is the same bits: z⁽ˡ⁾ⱼ = (0 + W⁽ˡ⁾ⱼ₀a⁽ˡ⁻¹⁾₀ + … +
 * W⁽ˡ⁾ⱼ,ₙ₋₁a⁽ˡ⁻¹⁾ₙ₋₁) + b⁽ˡ⁾ⱼ, the sum of δ⁽ˡ⁾ⱼ likewise over k ascending before its product with
 * f′, each gradient sum and Σ Jₛ over the samples in slot order. Only the order in which
 * independent values are computed differs. Afterwards the {@link StepMath} holds what the
 * micro-steps leave there: the iteration's sums and the last slot's Jₛ at once, and the last slot's
 * x, y, z, a and δ when {@link #leaveLastSample} is called (the engine calls it when its state is
 * next read or changed, so that a run of whole iterations copies them once, not once per iteration).
 *
 * <p>The chunk's values of unit j of layer l for its sample s are at {@code z[l][j·C + s]}
 * (likewise {@code a}, {@code delta}), C the chunk size. Not thread-safe; scratch space only,
 * never part of the engine's state.
 */
final class ChunkedIteration {
    /** The fewest samples a chunk is limited to (fewer only when the iteration has fewer). */
    static final int FEWEST_SAMPLES = 64;
    /** The most samples in one chunk. */
    static final int MOST_SAMPLES = 256;
    /** The most values of one layer in one chunk, unless that is fewer than {@value #FEWEST_SAMPLES} samples. */
    static final int MOST_VALUES = 1 << 14;

    private final StepMath m;
    /** The weighted sums (z, δ) and the gradient sums over a chunk. */
    private final ChunkedSums sums;
    private final ChunkedGradients gradients;
    /** The samples of an iteration, and of a chunk. */
    private final int samples;
    private final int chunk;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    /** One sample's z and a of a layer, gathered from the chunk for softmax and for the loss. */
    private final double[][] zOne;
    private final double[][] aOne;
    /** The chunk's targets, output unit k of sample s at {@code y[k·C + s]}, and one sample's. */
    private final double[] y;
    private final double[] yOne;
    /** A column of a weight matrix, W⁽ˡ⁺¹⁾ₖⱼ for k = 0..units(l + 1) − 1. */
    private final double[] column;
    /** Jₛ of each sample of the chunk. */
    private final double[] sampleLosses;
    /** The dataset index of each sample of the chunk. */
    private final int[] rows;
    /**
     * The dataset whose samples {@link #rows} the chunk's x and y hold when one chunk holds the
     * whole iteration, else null: iterations over the same samples of it need not load them again.
     */
    private Dataset loaded;
    /** The dataset and the chunk slot of the last sample of the last {@link #run}, for {@link #leaveLastSample}. */
    private Dataset lastData;
    private int lastSlot;

    /** Scratch space for iterations of {@code samples} samples over the arrays of {@code m}. */
    ChunkedIteration(StepMath m, int samples) {
        this.m = m;
        this.samples = samples;
        this.chunk = chunkFor(samples, widest(m));
        this.sums = new ChunkedSums(chunk);
        this.gradients = new ChunkedGradients(chunk);
        int layers = m.L;
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        delta = new double[layers + 1][];
        zOne = new double[layers + 1][];
        aOne = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            int n = m.a[l].length;
            z[l] = new double[l == 0 ? 0 : n * chunk];
            a[l] = new double[n * chunk];
            delta[l] = new double[l == 0 ? 0 : n * chunk];
            zOne[l] = new double[n];
            aOne[l] = new double[n];
        }
        int outputs = m.a[layers].length;
        y = new double[outputs * chunk];
        yOne = new double[outputs];
        sampleLosses = new double[chunk];
        column = new double[widest(m)];
        rows = new int[chunk];
    }

    /** Whether this scratch space is for {@code math} and iterations of {@code samples} samples. */
    boolean fits(StepMath math, int samples) {
        return math == m && samples == this.samples;
    }

    /** The most units of any layer of {@code m}, the input layer included. */
    private static int widest(StepMath m) {
        int widest = 1;
        for (double[] layer : m.a) {
            widest = Math.max(widest, layer.length);
        }
        return widest;
    }

    /**
     * The samples of a chunk for iterations of {@code samples} samples on a network whose widest
     * layer has {@code widest} units: at most {@value #MOST_VALUES} values of a layer in a chunk
     * (128 KiB, so that the layer a loop reads stays in the core's cache), but at least
     * {@value #FEWEST_SAMPLES} and at most {@value #MOST_SAMPLES} samples; as many chunks as that needs, as even as
     * can be (300 samples make two chunks of 150, not one of 256 and one of 44), so that the loops'
     * lengths hardly vary.
     */
    static int chunkFor(int samples, int widest) {
        int most = Math.max(FEWEST_SAMPLES, Math.min(MOST_SAMPLES, MOST_VALUES / widest));
        int chunks = (samples + most - 1) / most;
        return (samples + chunks - 1) / chunks;
    }

    /**
     * Runs every micro-step of iteration {@code i} but the update, for its slots (samples of
     * {@code session} by {@link Session#sampleOf}). The sums need not be cleared first:
     * Σ Jₛ and every gradient sum start from 0.0 here, as {@link StepMath#clearSums} leaves them.
     */
    void run(Session session, long i) {
        Dataset data = session.dataset();
        m.lossSum = 0.0;
        int c = 0;
        for (int first = 0; first < samples; first += chunk) {
            c = Math.min(chunk, samples - first);
            boolean same = data == loaded && c == samples;
            // In full batch the rows are always 0 … m − 1: loaded once, they are the same.
            if (!same || session.batch() != BatchMode.FULL) {
                for (int s = 0; s < c; s++) {
                    int row = session.sampleOf(i, first + s);
                    same &= rows[s] == row;
                    rows[s] = row;
                }
            }
            if (!same) {
                load(data, c);
                loaded = c == samples ? data : null;
            }
            forwardPass(c);
            backwardPass(c, first == 0);
        }
        lastData = data;
        lastSlot = c - 1;
    }

    /** The forward pass of the first c samples of the chunk (their x loaded): z and a of every layer. */
    void forwardPass(int c) {
        for (int l = 1; l <= m.L; l++) {
            forward(l, c);
        }
    }

    /**
     * The backward pass of the first c samples of the chunk (after {@link #forwardPass}): each Jₛ
     * added to Σ Jₛ, every δ, and the gradient sums, which start from 0.0 if {@code fresh} (the
     * iteration's first chunk).
     */
    void backwardPass(int c, boolean fresh) {
        int layers = m.L;
        lossAndOutputDelta(c);
        for (int l = layers - 1; l >= 1; l--) {
            hiddenDelta(l, c);
        }
        for (int l = layers; l >= 1; l--) {
            gradients.sum(m, delta[l], a[l - 1], l, c, fresh);
        }
    }

    /** a⁽⁰⁾ = xₛ and the targets yₛ for each sample of the chunk. */
    private void load(Dataset data, int c) {
        double[] x = a[0];
        int inputs = m.a[0].length;
        int outputs = m.a[m.L].length;
        for (int s = 0; s < c; s++) {
            double[] row = data.inputView(rows[s]);
            for (int k = 0; k < inputs; k++) {
                x[k * chunk + s] = row[k];
            }
            double[] target = data.targetView(rows[s]);
            for (int k = 0; k < outputs; k++) {
                y[k * chunk + s] = target[k];
            }
        }
    }

    // Each method below is meant to be inlined into run(). The JIT usually does, but a method it
    // compiled on its own first and found large (forward(), in some JVMs) is called instead, and
    // the whole iteration is then some 10 % slower: the spread of the XOR benchmark from run to run.

    /** {@link StepMath#forwardZ} then {@link StepMath#forwardA} for every sample of the chunk. */
    private void forward(int l, int c) {
        double[][] W = m.weights[l];
        double[] b = m.biases[l];
        double[] in = a[l - 1];
        double[] zl = z[l];
        int inputs = m.a[l - 1].length;
        for (int j = 0; j < W.length; j++) {
            int o = j * chunk;
            if (inputs >= 4) {
                sums.weightedSum(W[j], inputs, in, zl, o, c);
                ChunkedSums.addBias(zl, o, c, b[j]);
            } else {
                sums.narrowSum(W[j], inputs, in, zl, o, c, b[j]);
            }
        }
        activate(l, c);
    }

    /** a = f(z) for every unit of layer l and sample of the chunk (softmax one sample at a time). */
    private void activate(int l, int c) {
        Activation f = m.f[l];
        double[] zl = z[l];
        double[] al = a[l];
        int units = m.a[l].length;
        if (f.isElementwise()) {
            if (c == chunk) {
                f.apply(zl, al, 0, units * chunk);
            } else {
                for (int j = 0; j < units; j++) {
                    f.apply(zl, al, j * chunk, j * chunk + c);
                }
            }
            return;
        }
        for (int s = 0; s < c; s++) {
            gather(zl, zOne[l], s);
            f.apply(zOne[l], aOne[l]);
            for (int j = 0; j < units; j++) {
                al[j * chunk + s] = aOne[l][j];
            }
        }
    }

    /**
     * {@link StepMath#computeLoss} for each sample of the chunk, added to Σ Jₛ in order, then
     * {@link StepMath#outputDelta} for each.
     */
    private void lossAndOutputDelta(int c) {
        int layers = m.L;
        if (m.a[layers].length == 1 && m.f[layers] != Activation.SOFTMAX) {
            oneOutput(c);
            return;
        }
        if (m.loss == Loss.CROSS_ENTROPY && m.f[layers] == Activation.SOFTMAX) {
            softmaxLosses(c);
        } else {
            unitLosses(c);
        }
        for (int s = 0; s < c; s++) {
            m.lossSum += sampleLosses[s];
        }
        m.sampleLoss = sampleLosses[c - 1];
        outputDelta(c);
    }

    /**
     * {@link #lossAndOutputDelta} for a single output unit (elementwise f), each sample's Jₛ, its
     * place in Σ Jₛ and its δ⁽ᴸ⁾ in one pass.
     */
    private void oneOutput(int c) {
        int layers = m.L;
        Activation f = m.f[layers];
        Loss loss = m.loss;
        boolean shortcut = loss.hasShortcut(f);
        double[] zL = z[layers];
        double[] aL = a[layers];
        double[] d = delta[layers];
        double sum = m.lossSum;
        double last = Double.NaN;
        for (int s = 0; s < c; s++) {
            last = 0.0 + loss.unitLoss(zL[s], aL[s], y[s]);
            sum += last;
            d[s] = shortcut ? aL[s] - y[s] : loss.dLossDa(aL[s], y[s]) * f.derivative(zL[s], aL[s]);
        }
        m.lossSum = sum;
        m.sampleLoss = last;
    }

    /** Jₛ as the sum of {@link Loss#unitLoss} over the output units, for each sample of the chunk. */
    private void unitLosses(int c) {
        int layers = m.L;
        double[] zL = z[layers];
        double[] aL = a[layers];
        for (int s = 0; s < c; s++) {
            sampleLosses[s] = 0.0;
        }
        for (int k = 0; k < m.a[layers].length; k++) {
            int o = k * chunk;
            for (int s = 0; s < c; s++) {
                sampleLosses[s] += m.loss.unitLoss(zL[o + s], aL[o + s], y[o + s]);
            }
        }
    }

    /** Jₛ of cross-entropy after softmax ({@link Loss#sampleLoss}), one sample of the chunk at a time. */
    private void softmaxLosses(int c) {
        int layers = m.L;
        for (int s = 0; s < c; s++) {
            gather(z[layers], zOne[layers], s);
            gather(a[layers], aOne[layers], s);
            gather(y, yOne, s);
            sampleLosses[s] = m.loss.sampleLoss(m.f[layers], zOne[layers], aOne[layers], yOne);
        }
    }

    /** {@link StepMath#outputDelta} for each sample of the chunk. */
    private void outputDelta(int c) {
        int layers = m.L;
        Activation f = m.f[layers];
        double[] zL = z[layers];
        double[] aL = a[layers];
        double[] d = delta[layers];
        boolean shortcut = m.loss.hasShortcut(f);
        for (int k = 0; k < m.a[layers].length; k++) {
            int o = k * chunk;
            for (int s = 0; s < c; s++) {
                d[o + s] = shortcut ? aL[o + s] - y[o + s]
                        : m.loss.dLossDa(aL[o + s], y[o + s]) * f.derivative(zL[o + s], aL[o + s]);
            }
        }
    }

    /** {@link StepMath#hiddenDelta} for every sample of the chunk. */
    private void hiddenDelta(int l, int c) {
        double[][] next = m.weights[l + 1];
        double[] dNext = delta[l + 1];
        double[] out = delta[l];
        int units = m.a[l].length;
        for (int j = 0; j < units; j++) {
            int o = j * chunk;
            if (next.length == 1) {
                m.f[l].weightedDerivative(next[0][j], dNext, z[l], a[l], out, o, c);
                continue;
            }
            for (int k = 0; k < next.length; k++) {
                column[k] = next[k][j];
            }
            sums.weightedSum(column, next.length, dNext, out, o, c);
            m.f[l].multiplyByDerivative(z[l], a[l], out, o, o + c);
        }
    }

    /**
     * Puts the last sample of the last {@link #run} (its x, y, z, a and δ) where the micro-steps leave
     * them; its Jₛ is there already. Valid until the next run, which overwrites the chunk's values.
     */
    void leaveLastSample() {
        int s = lastSlot;
        m.y = lastData.targetView(rows[s]);
        gather(a[0], m.a[0], s);
        for (int l = 1; l <= m.L; l++) {
            double[] zl = m.z[l];
            double[] al = m.a[l];
            double[] dl = m.delta[l];
            for (int j = 0; j < zl.length; j++) {
                int i = j * chunk + s;
                zl[j] = z[l][i];
                al[j] = a[l][i];
                dl[j] = delta[l][i];
            }
        }
    }

    /** A copy of the chunk's z of layer l, unit by unit (for measuring the activations alone). */
    double[] zOf(int l) {
        return z[l].clone();
    }

    /** One sample's values of a layer: {@code one[j] = chunkValues[j·C + s]}. */
    private void gather(double[] chunkValues, double[] one, int s) {
        for (int j = 0; j < one.length; j++) {
            one[j] = chunkValues[j * chunk + s];
        }
    }
}
