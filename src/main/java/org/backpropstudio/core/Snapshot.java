package org.backpropstudio.core;

/**
 * An immutable copy of everything the window shows at one moment: the network and the current
 * sample's values ({@link NetworkState}), the cursor on the timeline, and the loss curve. Made on
 * the engine's thread, read on any other.
 */
public final class Snapshot implements NetworkState {
    private final Session session;
    private final int[] units;
    private final Activation[] f;
    private final StepPlan plan;
    private final long iteration;
    private final int step;
    private final MicroStep lastStep;
    private final int currentSample;
    private final boolean[][] computed;
    private final boolean updated;
    private final double[][][] weights;
    private final double[][][] weightsBefore;
    private final double[][][] weightGradients;
    private final double[][][] sampleWeightGradients;
    private final boolean[][][] lockedWeights;
    private final double[][] biases;
    private final double[][] biasesBefore;
    private final double[][] biasGradients;
    private final boolean[][] lockedBiases;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    private final double[] y;
    private final double sampleLoss;
    private final double iterationLoss;
    private final long position;
    private final long length;
    private final boolean editBefore;
    private final Edit editAfter;
    private final LossSeries losses;

    private Snapshot(StepMachine machine, int lossBuckets) {
        Engine e = machine.engine();
        this.session = e.session();
        int L = e.layers();
        this.units = new int[L + 1];
        for (int l = 0; l <= L; l++) {
            units[l] = e.units(l);
        }
        this.f = new Activation[L + 1];
        this.plan = e.plan();
        this.iteration = e.iteration();
        this.step = e.step();
        this.lastStep = e.lastStep();
        this.currentSample = e.currentSample();
        this.updated = e.isComputed(MicroStep.Kind.UPDATE, 0);
        MicroStep.Kind[] kinds = MicroStep.Kind.values();
        this.computed = new boolean[kinds.length][L + 1];
        this.weights = new double[L + 1][][];
        this.weightsBefore = new double[L + 1][][];
        this.weightGradients = new double[L + 1][][];
        this.sampleWeightGradients = new double[L + 1][][];
        this.lockedWeights = new boolean[L + 1][][];
        this.biases = new double[L + 1][];
        this.biasesBefore = new double[L + 1][];
        this.biasGradients = new double[L + 1][];
        this.lockedBiases = new boolean[L + 1][];
        this.z = new double[L + 1][];
        this.a = new double[L + 1][];
        this.delta = new double[L + 1][];
        for (int l = 0; l <= L; l++) {
            int n = units[l];
            int prev = l == 0 ? 0 : units[l - 1];
            f[l] = l == 0 ? null : e.activation(l);
            for (MicroStep.Kind kind : kinds) {
                computed[kind.ordinal()][l] = (l > 0 || kind == MicroStep.Kind.LOSS || kind == MicroStep.Kind.UPDATE)
                        && e.isComputed(kind, l);
            }
            weights[l] = new double[l == 0 ? 0 : n][prev];
            weightsBefore[l] = new double[l == 0 ? 0 : n][prev];
            weightGradients[l] = new double[l == 0 ? 0 : n][prev];
            sampleWeightGradients[l] = new double[l == 0 ? 0 : n][prev];
            lockedWeights[l] = new boolean[l == 0 ? 0 : n][prev];
            biases[l] = new double[l == 0 ? 0 : n];
            biasesBefore[l] = new double[l == 0 ? 0 : n];
            biasGradients[l] = new double[l == 0 ? 0 : n];
            lockedBiases[l] = new boolean[l == 0 ? 0 : n];
            z[l] = new double[n];
            a[l] = new double[n];
            delta[l] = new double[n];
            for (int j = 0; j < n; j++) {
                z[l][j] = e.z(l, j);
                a[l][j] = e.a(l, j);
                delta[l][j] = e.delta(l, j);
                if (l == 0) {
                    continue;
                }
                biases[l][j] = e.bias(l, j);
                biasesBefore[l][j] = e.biasBefore(l, j);
                biasGradients[l][j] = e.biasGradient(l, j);
                lockedBiases[l][j] = e.isBiasLocked(l, j);
                for (int k = 0; k < prev; k++) {
                    weights[l][j][k] = e.weight(l, j, k);
                    weightsBefore[l][j][k] = e.weightBefore(l, j, k);
                    weightGradients[l][j][k] = e.weightGradient(l, j, k);
                    sampleWeightGradients[l][j][k] = e.sampleWeightGradient(l, j, k);
                    lockedWeights[l][j][k] = e.isWeightLocked(l, j, k);
                }
            }
        }
        this.y = e.step() == 0 ? new double[units[L]] : targetCopy(e, units[L]);
        this.sampleLoss = e.sampleLoss();
        this.iterationLoss = e.iterationLoss();
        this.position = machine.position();
        this.length = machine.length();
        this.editBefore = machine.isEditBefore();
        this.editAfter = machine.editAfter();
        this.losses = LossSeries.of(machine.losses(), lossBuckets);
    }

    private static double[] targetCopy(Engine e, int outputs) {
        double[] copy = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            copy[k] = e.target(k);
        }
        return copy;
    }

    /** A snapshot of {@code machine} now, its loss curve cut to at most {@code lossBuckets} buckets. */
    public static Snapshot of(StepMachine machine, int lossBuckets) {
        return new Snapshot(machine, lossBuckets);
    }

    /** The settings and data (the network in it holds the session's starting parameters). */
    public Session session() {
        return session;
    }

    /** The network as it is now: current parameters, activations and locks. */
    public Network network() {
        return new Network(units, f, weights, biases, lockedWeights, lockedBiases);
    }

    /** The order of micro-steps in an iteration. */
    public StepPlan plan() {
        return plan;
    }

    /** The cursor: events before it on the timeline. */
    public long position() {
        return position;
    }

    /** The events recorded on the timeline. */
    public long length() {
        return length;
    }

    /** Whether stepping back would revert a hand edit. */
    public boolean isEditBefore() {
        return editBefore;
    }

    /** The recorded edit that stepping forward would apply again, or null. */
    public Edit editAfter() {
        return editAfter;
    }

    /** The loss per completed iteration, cut down for drawing. */
    public LossSeries losses() {
        return losses;
    }

    /** The number of completed iterations. */
    public long completedIterations() {
        return updated ? iteration + 1 : iteration;
    }

    /** The epoch (counting from 0) that the iteration in progress belongs to. */
    public long epoch() {
        return iteration / session.iterationsPerEpoch();
    }

    @Override
    public int layers() {
        return units.length - 1;
    }

    @Override
    public int units(int l) {
        return units[l];
    }

    @Override
    public Activation activation(int l) {
        return f[l];
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
    public long iteration() {
        return iteration;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public MicroStep lastStep() {
        return lastStep;
    }

    @Override
    public int currentSample() {
        return currentSample;
    }

    @Override
    public boolean isComputed(MicroStep.Kind kind, int layer) {
        return computed[kind.ordinal()][layer];
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
    public double weightBefore(int l, int j, int k) {
        return weightsBefore[l][j][k];
    }

    @Override
    public double biasBefore(int l, int j) {
        return biasesBefore[l][j];
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
    public double sampleLoss() {
        return sampleLoss;
    }

    @Override
    public double iterationLoss() {
        return iterationLoss;
    }

    @Override
    public double sampleWeightGradient(int l, int j, int k) {
        return sampleWeightGradients[l][j][k];
    }

    @Override
    public double weightGradient(int l, int j, int k) {
        return weightGradients[l][j][k];
    }

    @Override
    public double biasGradient(int l, int j) {
        return biasGradients[l][j];
    }
}
