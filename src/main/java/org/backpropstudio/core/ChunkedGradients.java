package org.backpropstudio.core;

/**
 * The gradient sums of {@link ChunkedIteration}: Σₛ ∂Jₛ/∂W⁽ˡ⁾ and Σₛ ∂Jₛ/∂b⁽ˡ⁾ over the samples of a
 * chunk, each sum taking its terms in sample order as {@link StepMath#gradient} does, so the same
 * bits. A chunk's values of a layer are unit by unit, sample s of unit j at {@code j·C + s}.
 */
final class ChunkedGradients {
    /** C, the samples one chunk holds (the stride between units in a chunk's arrays). */
    private final int chunk;

    ChunkedGradients(int chunk) {
        this.chunk = chunk;
    }

    /**
     * {@link StepMath#gradient} of layer l for the samples of the chunk, in order, from their δ⁽ˡ⁾
     * ({@code d}) and a⁽ˡ⁻¹⁾ ({@code in}), the sums starting from 0.0 if {@code fresh}. Four weights
     * at a time, the last one to four with the bias, so that several sums grow side by side instead
     * of one waiting on each addition.
     */
    void sum(StepMath m, double[] d, double[] in, int l, int c, boolean fresh) {
        double[][] gW = m.gradWeightSum[l];
        double[] gB = m.gradBiasSum[l];
        int inputs = m.a[l - 1].length;
        for (int j = 0; j < gW.length; j++) {
            double[] row = gW[j];
            int o = j * chunk;
            int k = 0;
            for (; inputs - k > 4; k += 4) {
                sumFour(row, k, d, o, in, c, fresh);
            }
            double bias = fresh ? 0.0 : gB[j];
            switch (inputs - k) {
                case 4:
                    gB[j] = sumFourAndBias(row, k, d, o, in, c, fresh, bias);
                    break;
                case 3:
                    sumOne(row, k, d, o, in, c, fresh);
                    gB[j] = sumTwoAndBias(row, k + 1, d, o, in, c, fresh, bias);
                    break;
                case 2:
                    gB[j] = sumTwoAndBias(row, k, d, o, in, c, fresh, bias);
                    break;
                default:
                    gB[j] = sumOneAndBias(row, k, d, o, in, c, fresh, bias);
            }
        }
    }

    /** Σ ∂J/∂W for four weights k..k + 3 of a row: += δₛ aₖ,ₛ over the chunk's samples in order. */
    private void sumFour(double[] row, int k, double[] d, int o, double[] in, int c, boolean fresh) {
        double g0 = fresh ? 0.0 : row[k];
        double g1 = fresh ? 0.0 : row[k + 1];
        double g2 = fresh ? 0.0 : row[k + 2];
        double g3 = fresh ? 0.0 : row[k + 3];
        int i0 = k * chunk;
        int i1 = i0 + chunk;
        int i2 = i1 + chunk;
        int i3 = i2 + chunk;
        for (int s = 0; s < c; s++) {
            double ds = d[o + s];
            g0 += ds * in[i0 + s];
            g1 += ds * in[i1 + s];
            g2 += ds * in[i2 + s];
            g3 += ds * in[i3 + s];
        }
        row[k] = g0;
        row[k + 1] = g1;
        row[k + 2] = g2;
        row[k + 3] = g3;
    }

    /** {@link #sumFour}, and the bias's Σ ∂J/∂b (+= δₛ) from {@code bias}, returned. */
    private double sumFourAndBias(double[] row, int k, double[] d, int o, double[] in, int c, boolean fresh,
                                  double bias) {
        double g0 = fresh ? 0.0 : row[k];
        double g1 = fresh ? 0.0 : row[k + 1];
        double g2 = fresh ? 0.0 : row[k + 2];
        double g3 = fresh ? 0.0 : row[k + 3];
        double b = bias;
        int i0 = k * chunk;
        int i1 = i0 + chunk;
        int i2 = i1 + chunk;
        int i3 = i2 + chunk;
        for (int s = 0; s < c; s++) {
            double ds = d[o + s];
            g0 += ds * in[i0 + s];
            g1 += ds * in[i1 + s];
            g2 += ds * in[i2 + s];
            g3 += ds * in[i3 + s];
            b += ds;
        }
        row[k] = g0;
        row[k + 1] = g1;
        row[k + 2] = g2;
        row[k + 3] = g3;
        return b;
    }

    /** Σ ∂J/∂W for weights k and k + 1 of a row, and the bias's from {@code bias}, returned. */
    private double sumTwoAndBias(double[] row, int k, double[] d, int o, double[] in, int c, boolean fresh,
                                 double bias) {
        double g0 = fresh ? 0.0 : row[k];
        double g1 = fresh ? 0.0 : row[k + 1];
        double b = bias;
        int i0 = k * chunk;
        int i1 = i0 + chunk;
        for (int s = 0; s < c; s++) {
            double ds = d[o + s];
            g0 += ds * in[i0 + s];
            g1 += ds * in[i1 + s];
            b += ds;
        }
        row[k] = g0;
        row[k + 1] = g1;
        return b;
    }

    /** Σ ∂J/∂W for weight k of a row, and the bias's from {@code bias}, returned. */
    private double sumOneAndBias(double[] row, int k, double[] d, int o, double[] in, int c, boolean fresh,
                                 double bias) {
        double g = fresh ? 0.0 : row[k];
        double b = bias;
        int ik = k * chunk;
        for (int s = 0; s < c; s++) {
            double ds = d[o + s];
            g += ds * in[ik + s];
            b += ds;
        }
        row[k] = g;
        return b;
    }

    /** Σ ∂J/∂W for weight k of a row alone. */
    private void sumOne(double[] row, int k, double[] d, int o, double[] in, int c, boolean fresh) {
        double g = fresh ? 0.0 : row[k];
        int ik = k * chunk;
        for (int s = 0; s < c; s++) {
            g += d[o + s] * in[ik + s];
        }
        row[k] = g;
    }
}
