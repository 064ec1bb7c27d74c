package org.backpropstudio.core;

import java.util.Random;

/**
 * Seeded random initial weights: Xavier/Glorot uniform, U(−r, r) with r = √(6 / (n_in + n_out)),
 * for sigmoid, tanh, linear and softmax layers; He uniform, r = √(6 / n_in), for relu and
 * leaky-relu layers. Biases start at 0. {@link Random} is specified bit for bit, so the same seed
 * gives the same network on every machine.
 */
public final class Initializer {
    private Initializer() {
    }

    /**
     * A network of the given shape with seeded random weights and zero biases, nothing locked.
     *
     * @param units       units(0..L)
     * @param activations f⁽ˡ⁾ for l = 1..L (entry 0 ignored)
     */
    public static Network random(int[] units, Activation[] activations, long seed) {
        Random random = new Random(seed);
        int layers = units.length - 1;
        double[][][] weights = new double[layers + 1][][];
        double[][] biases = new double[layers + 1][];
        weights[0] = new double[0][];
        biases[0] = new double[0];
        for (int l = 1; l <= layers; l++) {
            int fanIn = units[l - 1];
            int fanOut = units[l];
            boolean he = activations[l] == Activation.RELU || activations[l] == Activation.LEAKY_RELU;
            double r = he ? Math.sqrt(6.0 / fanIn) : Math.sqrt(6.0 / (fanIn + fanOut));
            weights[l] = new double[fanOut][fanIn];
            for (int j = 0; j < fanOut; j++) {
                for (int k = 0; k < fanIn; k++) {
                    weights[l][j][k] = (2.0 * random.nextDouble() - 1.0) * r;
                }
            }
            biases[l] = new double[fanOut];
        }
        return new Network(units, activations, weights, biases, null, null);
    }
}
