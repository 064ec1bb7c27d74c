package org.backpropstudio.explain;

import java.util.Random;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.TestPresets;

/** Sessions for the equation tests: the seed preset and small ones built by hand. */
final class Sessions {
    private Sessions() {
    }

    /** The seed's 2-2-1 example, read from its preset. */
    static Session seedExample() {
        return TestPresets.seedExample();
    }

    /**
     * A full-batch session of two samples on an inputs-hidden-outputs network with the given
     * activations and loss, seeded weights in (−1, 1), inputs in (−1, 1), targets fitting the loss,
     * and W⁽¹⁾₁₁ and b⁽²⁾₁ locked.
     */
    static Session small(int inputs, int hidden, Activation hiddenActivation, int outputs, Activation output,
                         Loss loss) {
        Random random = new Random(0xB5);
        int[] units = {inputs, hidden, outputs};
        double[][][] weights = {{}, matrix(random, hidden, inputs), matrix(random, outputs, hidden)};
        double[][] biases = {{}, vector(random, hidden), vector(random, outputs)};
        boolean[][][] lockedWeights = {{}, new boolean[hidden][inputs], new boolean[outputs][hidden]};
        boolean[][] lockedBiases = {{}, new boolean[hidden], new boolean[outputs]};
        lockedWeights[1][0][0] = true;
        lockedBiases[2][0] = true;
        Network network = new Network(units, new Activation[] {null, hiddenActivation, output}, weights, biases,
                lockedWeights, lockedBiases);
        double[][] x = matrix(random, 2, inputs);
        double[][] y = new double[2][outputs];
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < outputs; k++) {
                if (output == Activation.SOFTMAX) {
                    y[s][k] = k == s % outputs ? 1 : 0;
                } else {
                    y[s][k] = loss == Loss.CROSS_ENTROPY ? random.nextDouble() : 2 * random.nextDouble() - 1;
                }
            }
        }
        return new Session("small", network, loss, 0.5, BatchMode.FULL, new Dataset(x, y));
    }

    private static double[][] matrix(Random random, int rows, int columns) {
        double[][] m = new double[rows][];
        for (int j = 0; j < rows; j++) {
            m[j] = vector(random, columns);
        }
        return m;
    }

    private static double[] vector(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * random.nextDouble() - 1;
        }
        return v;
    }
}
