package org.backpropstudio.core;

/**
 * The fixed order of micro-steps in one iteration of a network with L layers over S samples:
 * <pre>
 *   for each sample slot s = 0..S−1:
 *       Z(1), A(1), Z(2), A(2), …, Z(L), A(L)      forward, layer by layer
 *       LOSS                                       the sample's loss
 *       DELTA(L), DELTA(L−1), …, DELTA(1)          output delta, then hidden deltas back to the first
 *       GRADIENT(L), GRADIENT(L−1), …, GRADIENT(1) the sample's gradients
 *   UPDATE
 * </pre>
 * so an iteration has N = S(4L + 1) + 1 micro-steps, numbered 1..N here (step k is the k-th).
 */
public record StepPlan(int layers, int samples) {

    /** 4L + 1, the micro-steps of one sample. */
    public int perSample() {
        return 4 * layers + 1;
    }

    /** N, the micro-steps of one iteration. */
    public int length() {
        return samples * perSample() + 1;
    }

    /** The k-th micro-step, k = 1..N. */
    public MicroStep at(int k) {
        if (k < 1 || k > length()) {
            throw new IllegalArgumentException("micro-step " + k + " is outside 1.." + length());
        }
        if (k == length()) {
            return new MicroStep(MicroStep.Kind.UPDATE, 0, -1);
        }
        int slot = (k - 1) / perSample();
        int r = (k - 1) % perSample();
        int L = layers;
        if (r < 2 * L) {
            return new MicroStep(r % 2 == 0 ? MicroStep.Kind.Z : MicroStep.Kind.A, r / 2 + 1, slot);
        }
        if (r == 2 * L) {
            return new MicroStep(MicroStep.Kind.LOSS, 0, slot);
        }
        if (r < 3 * L + 1) {
            return new MicroStep(MicroStep.Kind.DELTA, L - (r - 2 * L - 1), slot);
        }
        return new MicroStep(MicroStep.Kind.GRADIENT, L - (r - 3 * L - 1), slot);
    }

    /**
     * Whether, after the first k micro-steps of an iteration, the quantity {@code kind} of layer
     * {@code layer} has been computed for the sample in slot {@code slot}.
     */
    public boolean isDone(int k, MicroStep.Kind kind, int layer, int slot) {
        return k >= indexOf(kind, layer, slot);
    }

    /** The number k of the micro-step that computes {@code kind} of {@code layer} for {@code slot}. */
    public int indexOf(MicroStep.Kind kind, int layer, int slot) {
        int base = slot * perSample();
        int L = layers;
        switch (kind) {
            case Z:
                return base + 2 * (layer - 1) + 1;
            case A:
                return base + 2 * (layer - 1) + 2;
            case LOSS:
                return base + 2 * L + 1;
            case DELTA:
                return base + 2 * L + 1 + (L - layer) + 1;
            case GRADIENT:
                return base + 3 * L + 1 + (L - layer) + 1;
            default:
                return length();
        }
    }
}
