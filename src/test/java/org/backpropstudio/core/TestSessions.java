package org.backpropstudio.core;

import java.util.Random;

/** Sessions for the tests: the seed's worked example and seeded random ones. */
public final class TestSessions {
    private TestSessions() {
    }

    /** The seed's 2-2-1 example: x = (0.05, 0.10), y = 0.01, η = 0.5, squared error, sigmoid. */
    public static Session seedExample() {
        int[] units = {2, 2, 1};
        Activation[] f = {null, Activation.SIGMOID, Activation.SIGMOID};
        double[][][] W = {{}, {{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}}};
        double[][] b = {{}, {0.35, 0.35}, {0.60}};
        Network net = new Network(units, f, W, b, null, null);
        Dataset data = new Dataset(new double[][] {{0.05, 0.10}}, new double[][] {{0.01}});
        return new Session("Seed example", net, Loss.SQUARED_ERROR, 0.5, BatchMode.FULL, data);
    }

    /** XOR on a 2-2-1 sigmoid network with seeded weights, full batch of 4. */
    public static Session xor(long seed) {
        int[] units = {2, 2, 1};
        Activation[] f = {null, Activation.SIGMOID, Activation.SIGMOID};
        Network net = Initializer.random(units, f, seed);
        Dataset data = new Dataset(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{0}, {1}, {1}, {0}});
        return new Session("XOR", net, Loss.SQUARED_ERROR, 2.0, BatchMode.FULL, data);
    }

    /**
     * A random session: 1–4 layers of 1–5 units, any allowed activations and loss, either batch
     * mode, 1–5 samples, weights uniform in (−2, 2), inputs in (−1, 1), targets fitting the loss.
     */
    public static Session random(Random random) {
        int layers = 1 + random.nextInt(4);
        int[] units = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            units[l] = 1 + random.nextInt(5);
        }
        Activation[] hidden = {
            Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU, Activation.LINEAR,
        };
        Activation[] f = new Activation[layers + 1];
        for (int l = 1; l < layers; l++) {
            f[l] = hidden[random.nextInt(hidden.length)];
        }
        Loss loss = random.nextBoolean() ? Loss.SQUARED_ERROR : Loss.CROSS_ENTROPY;
        if (loss == Loss.CROSS_ENTROPY) {
            f[layers] = random.nextBoolean() ? Activation.SIGMOID : Activation.SOFTMAX;
        } else {
            f[layers] = hidden[random.nextInt(hidden.length)];
        }
        double[][][] W = new double[layers + 1][][];
        double[][] b = new double[layers + 1][];
        W[0] = new double[0][];
        b[0] = new double[0];
        for (int l = 1; l <= layers; l++) {
            W[l] = new double[units[l]][units[l - 1]];
            b[l] = new double[units[l]];
            for (int j = 0; j < units[l]; j++) {
                for (int k = 0; k < units[l - 1]; k++) {
                    W[l][j][k] = 4 * random.nextDouble() - 2;
                }
                b[l][j] = 2 * random.nextDouble() - 1;
            }
        }
        int m = 1 + random.nextInt(5);
        double[][] x = new double[m][units[0]];
        double[][] y = new double[m][units[layers]];
        for (int s = 0; s < m; s++) {
            for (int i = 0; i < units[0]; i++) {
                x[s][i] = 2 * random.nextDouble() - 1;
            }
            if (f[layers] == Activation.SOFTMAX) {
                y[s][random.nextInt(units[layers])] = 1.0;
            } else {
                for (int k = 0; k < units[layers]; k++) {
                    y[s][k] = loss == Loss.CROSS_ENTROPY ? random.nextDouble() : 2 * random.nextDouble() - 1;
                }
            }
        }
        BatchMode batch = random.nextBoolean() ? BatchMode.FULL : BatchMode.SAMPLE;
        double eta = 0.05 + random.nextDouble();
        return new Session("random", new Network(units, f, W, b, null, null), loss, eta, batch, new Dataset(x, y));
    }
}
