package org.backpropstudio.core;

/**
 * The reads of a {@link NetworkState} over the arrays of a {@link StepMath} and a cursor (i, k):
 * written once for the live {@link Engine} and for its immutable {@link Snapshot}, which differ
 * only in whose arrays and cursor they are.
 */
public abstract sealed class StateReads implements NetworkState permits Engine, Snapshot {

    StateReads() {
    }

    /** The arrays read: the engine's own, or a snapshot's copy. */
    abstract StepMath math();

    /** The settings and data (the network in it may hold older parameters than the current ones). */
    public abstract Session session();

    /** The order of micro-steps in an iteration. */
    public abstract StepPlan plan();

    /** The number of completed iterations: i + 1 at (i, N), else i. */
    public long completedIterations() {
        return step() == plan().length() ? iteration() + 1 : iteration();
    }

    /** The slot of the current sample within the iteration (0 when nothing is computed). */
    public int currentSlot() {
        if (step() == 0) {
            return 0;
        }
        MicroStep last = plan().at(step());
        return last.kind() == MicroStep.Kind.UPDATE ? plan().samples() - 1 : last.slot();
    }

    /** The network as it is now: current parameters, activations and locks. */
    Network networkNow() {
        StepMath m = math();
        return new Network(session().network().unitsArray(), m.f, m.weights, m.biases, m.lockedWeights, m.lockedBiases);
    }

    @Override
    public int layers() {
        return math().L;
    }

    @Override
    public int units(int l) {
        return math().z[l].length;
    }

    @Override
    public Activation activation(int l) {
        return math().f[l];
    }

    @Override
    public Loss loss() {
        return session().loss();
    }

    @Override
    public double learningRate() {
        return session().learningRate();
    }

    @Override
    public int samplesPerIteration() {
        return plan().samples();
    }

    @Override
    public MicroStep lastStep() {
        return step() == 0 ? null : plan().at(step());
    }

    @Override
    public int currentSample() {
        return session().sampleOf(iteration(), currentSlot());
    }

    /** {@inheritDoc} Layer 0 has no z, a, δ or gradients: false for those. */
    @Override
    public boolean isComputed(MicroStep.Kind kind, int layer) {
        if (kind == MicroStep.Kind.UPDATE) {
            return step() == plan().length();
        }
        if (layer == 0 && kind != MicroStep.Kind.LOSS) {
            return false;
        }
        return step() > 0 && plan().isDone(step(), kind, layer, currentSlot());
    }

    @Override
    public double weight(int l, int j, int k) {
        return math().weights[l][j][k];
    }

    @Override
    public double bias(int l, int j) {
        return math().biases[l][j];
    }

    @Override
    public double weightBefore(int l, int j, int k) {
        return math().weightsBefore[l][j][k];
    }

    @Override
    public double biasBefore(int l, int j) {
        return math().biasesBefore[l][j];
    }

    @Override
    public boolean isWeightLocked(int l, int j, int k) {
        return math().lockedWeights[l][j][k];
    }

    @Override
    public boolean isBiasLocked(int l, int j) {
        return math().lockedBiases[l][j];
    }

    @Override
    public double z(int l, int j) {
        return math().z[l][j];
    }

    @Override
    public double a(int l, int j) {
        return math().a[l][j];
    }

    @Override
    public double delta(int l, int j) {
        return math().delta[l][j];
    }

    /** {@inheritDoc} 0 while nothing of the iteration is computed (no sample is loaded). */
    @Override
    public double target(int k) {
        return step() == 0 ? 0.0 : math().y[k];
    }

    @Override
    public double sampleLoss() {
        return math().sampleLoss;
    }

    @Override
    public double iterationLoss() {
        return math().iterationLoss;
    }

    @Override
    public double sampleWeightGradient(int l, int j, int k) {
        StepMath m = math();
        return m.delta[l][j] * m.a[l - 1][k];
    }

    @Override
    public double weightGradient(int l, int j, int k) {
        return math().gradWeight[l][j][k];
    }

    @Override
    public double biasGradient(int l, int j) {
        return math().gradBias[l][j];
    }
}
