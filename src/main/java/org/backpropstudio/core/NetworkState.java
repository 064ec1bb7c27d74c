package org.backpropstudio.core;

/**
 * What one moment of training shows: the network, the current sample's z, a and δ, the gradients
 * and the update, and which of them the iteration has computed so far. The engine is one; an
 * immutable {@link Snapshot} of it is another, for the window to draw from on another thread.
 * Indices as in {@link Network}: l = 1..L, units from 0, {@code a(0, i)} is the input xᵢ.
 */
public interface NetworkState {

    /** L. */
    int layers();

    /** units(l), l = 0..L. */
    int units(int l);

    /** f⁽ˡ⁾. */
    Activation activation(int l);

    /** The loss function. */
    Loss loss();

    /** η. */
    double learningRate();

    /** S, the samples one iteration uses. */
    int samplesPerIteration();

    /** i, the iteration in progress or just completed, counting from 0. */
    long iteration();

    /** k, the micro-steps of iteration i computed so far (N when its update is done). */
    int step();

    /** The last micro-step taken in this iteration, or null when nothing is computed. */
    MicroStep lastStep();

    /** The dataset index of the current sample. */
    int currentSample();

    /** Whether {@code kind} of layer {@code layer} has been computed for the current sample. */
    boolean isComputed(MicroStep.Kind kind, int layer);

    /** W⁽ˡ⁾ⱼₖ now. */
    double weight(int l, int j, int k);

    /** b⁽ˡ⁾ⱼ now. */
    double bias(int l, int j);

    /** W⁽ˡ⁾ⱼₖ as it was before the last update (meaningful once updated). */
    double weightBefore(int l, int j, int k);

    /** b⁽ˡ⁾ⱼ as it was before the last update (meaningful once updated). */
    double biasBefore(int l, int j);

    /** Whether W⁽ˡ⁾ⱼₖ is locked. */
    boolean isWeightLocked(int l, int j, int k);

    /** Whether b⁽ˡ⁾ⱼ is locked. */
    boolean isBiasLocked(int l, int j);

    /** z⁽ˡ⁾ⱼ of the current sample. */
    double z(int l, int j);

    /** a⁽ˡ⁾ⱼ of the current sample; a⁽⁰⁾ = x. */
    double a(int l, int j);

    /** δ⁽ˡ⁾ⱼ of the current sample. */
    double delta(int l, int j);

    /** yₖ of the current sample. */
    double target(int k);

    /** Jₛ of the current sample. */
    double sampleLoss();

    /** J of the last completed iteration. */
    double iterationLoss();

    /** The current sample's ∂Jₛ/∂W⁽ˡ⁾ⱼₖ = δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ. */
    double sampleWeightGradient(int l, int j, int k);

    /** The iteration's ∂J/∂W⁽ˡ⁾ⱼₖ averaged over its samples (once updated). */
    double weightGradient(int l, int j, int k);

    /** The iteration's ∂J/∂b⁽ˡ⁾ⱼ averaged over its samples (once updated). */
    double biasGradient(int l, int j);
}
