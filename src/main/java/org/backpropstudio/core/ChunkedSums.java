package org.backpropstudio.core;

/**
 * The weighted sums of {@link ChunkedIteration} for every sample of a chunk: z = W a + b in the
 * forward pass and (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾ in the backward pass, each sample's sum taking its terms in the
 * order {@link StepMath} takes them, so the same bits. A chunk's values of a layer are unit by
 * unit, sample s of unit j at {@code j·C + s}.
 */
final class ChunkedSums {
    /** C, the samples one chunk holds (the stride between units in a chunk's arrays). */
    private final int chunk;

    ChunkedSums(int chunk) {
        this.chunk = chunk;
    }

    /** zₛ + b for each sample s &lt; c of the chunk, z at {@code zl[o + s]}. */
    static void addBias(double[] zl, int o, int c, double bias) {
        for (int s = 0; s < c; s++) {
            zl[o + s] += bias;
        }
    }

    /**
     * out[o + s] = (0 + w₀ in[s] + … + wₙ₋₁ in[(n − 1)C + s]) + bias for n &lt; 4 inputs, in one loop
     * (Java adds from the left, so the terms are added in the order the micro-steps add them).
     */
    void narrowSum(double[] w, int n, double[] in, double[] out, int o, int c, double bias) {
        double w0 = w[0];
        if (n == 1) {
            for (int s = 0; s < c; s++) {
                out[o + s] = (0.0 + w0 * in[s]) + bias;
            }
            return;
        }
        double w1 = w[1];
        if (n == 2) {
            for (int s = 0; s < c; s++) {
                out[o + s] = (0.0 + w0 * in[s] + w1 * in[chunk + s]) + bias;
            }
            return;
        }
        double w2 = w[2];
        for (int s = 0; s < c; s++) {
            out[o + s] = (0.0 + w0 * in[s] + w1 * in[chunk + s] + w2 * in[2 * chunk + s]) + bias;
        }
    }

    /**
     * out[o + s] = 0 + w₀ in[s] + w₁ in[C + s] + … + wₙ₋₁ in[(n − 1)C + s] for each sample s &lt; c of
     * the chunk, the terms added in that order, as the micro-steps add them; four terms at a time,
     * so that each partial sum is stored once per four terms rather than once per term.
     */
    void weightedSum(double[] w, int n, double[] in, double[] out, int o, int c) {
        int k;
        if (n >= 4) {
            firstFourTerms(w, in, out, o, c);
            k = 4;
        } else {
            double w0 = w[0];
            for (int s = 0; s < c; s++) {
                out[o + s] = 0.0 + w0 * in[s];
            }
            k = 1;
        }
        for (; k + 3 < n; k += 4) {
            addFourTerms(w, k, in, out, o, c);
        }
        for (; k < n; k++) {
            addTerm(w[k], in, k * chunk, out, o, c);
        }
    }

    /** out[o + s] = 0 + w₀ in[s] + w₁ in[C + s] + w₂ in[2C + s] + w₃ in[3C + s], in that order. */
    private void firstFourTerms(double[] w, double[] in, double[] out, int o, int c) {
        double w0 = w[0];
        double w1 = w[1];
        double w2 = w[2];
        double w3 = w[3];
        for (int s = 0; s < c; s++) {
            out[o + s] = 0.0 + w0 * in[s] + w1 * in[chunk + s] + w2 * in[2 * chunk + s] + w3 * in[3 * chunk + s];
        }
    }

    /** out[o + s] = out[o + s] + wₖ in[kC + s] + … + wₖ₊₃ in[(k + 3)C + s], in that order. */
    private void addFourTerms(double[] w, int k, double[] in, double[] out, int o, int c) {
        double w0 = w[k];
        double w1 = w[k + 1];
        double w2 = w[k + 2];
        double w3 = w[k + 3];
        int i0 = k * chunk;
        int i1 = i0 + chunk;
        int i2 = i1 + chunk;
        int i3 = i2 + chunk;
        for (int s = 0; s < c; s++) {
            out[o + s] = out[o + s] + w0 * in[i0 + s] + w1 * in[i1 + s] + w2 * in[i2 + s] + w3 * in[i3 + s];
        }
    }

    /** out[o + s] += w in[i + s] for each sample s &lt; c of the chunk. */
    private static void addTerm(double w, double[] in, int i, double[] out, int o, int c) {
        for (int s = 0; s < c; s++) {
            out[o + s] += w * in[i + s];
        }
    }
}
