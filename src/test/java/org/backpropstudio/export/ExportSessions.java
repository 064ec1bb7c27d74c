package org.backpropstudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * Small seeded random sessions that between them use every activation (hidden and output), both
 * losses, every batch mode (mini-batches with seeds of either sign), locked parameters, seeded
 * initial weights and test sets.
 */
final class ExportSessions {
    private static final Activation[] HIDDEN = {
        Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU, Activation.LINEAR,
    };
    /** Each output activation with a loss it allows. */
    private static final Object[][] OUTPUTS = {
        {Loss.SQUARED_ERROR, Activation.SIGMOID}, {Loss.SQUARED_ERROR, Activation.TANH},
        {Loss.SQUARED_ERROR, Activation.RELU}, {Loss.SQUARED_ERROR, Activation.LEAKY_RELU},
        {Loss.SQUARED_ERROR, Activation.LINEAR}, {Loss.CROSS_ENTROPY, Activation.SIGMOID},
        {Loss.CROSS_ENTROPY, Activation.SOFTMAX},
    };
    private static final BatchMode[] BATCHES = {BatchMode.FULL, BatchMode.SAMPLE, BatchMode.MINI};

    private ExportSessions() {
    }

    /**
     * {@code count} sessions from {@code seed}: case c has hidden activation c mod 5, output and loss
     * c mod 7, batch mode c mod 3; locks when c is even, a test set unless c mod 4 = 3, seeded
     * weights when c mod 5 = 4.
     */
    static List<Session> sessions(long seed, int count) {
        Random random = new Random(seed);
        List<Session> sessions = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Object[] output = OUTPUTS[c % OUTPUTS.length];
            sessions.add(session(random, "case " + c, HIDDEN[c % HIDDEN.length], (Loss) output[0],
                    (Activation) output[1], BATCHES[c % BATCHES.length], c % 2 == 0, c % 4 != 3, c % 5 == 4));
        }
        return sessions;
    }

    /**
     * One session: 1–2 hidden layers (the first with {@code hidden}, a second with a random one) of
     * 1–5 units, 1–4 inputs, 3–9 samples, weights in (−2, 2) or seeded ({@link Initializer}).
     */
    static Session session(Random random, String name, Activation hidden, Loss loss, Activation output,
                           BatchMode batch, boolean locks, boolean test, boolean seeded) {
        int layers = 2 + random.nextInt(2);
        int[] units = new int[layers + 1];
        units[0] = 1 + random.nextInt(4);
        for (int l = 1; l <= layers; l++) {
            units[l] = l == layers && output == Activation.SOFTMAX ? 2 + random.nextInt(4) : 1 + random.nextInt(5);
        }
        Activation[] f = new Activation[layers + 1];
        f[1] = hidden;
        for (int l = 2; l < layers; l++) {
            f[l] = HIDDEN[random.nextInt(HIDDEN.length)];
        }
        f[layers] = output;
        Network net = seeded ? Initializer.random(units, f, random.nextLong()) : randomNetwork(random, units, f);
        if (locks) {
            for (int l = 1; l <= layers; l++) {
                for (int j = 0; j < units[l]; j++) {
                    for (int k = 0; k < units[l - 1]; k++) {
                        if (random.nextInt(4) == 0) {
                            net = net.withWeightLocked(l, j, k, true);
                        }
                    }
                    if (random.nextInt(4) == 0) {
                        net = net.withBiasLocked(l, j, true);
                    }
                }
            }
        }
        Dataset data = samples(random, 3 + random.nextInt(7), units[0], units[layers], loss, output);
        if (test) {
            data = data.withTest(samples(random, 2 + random.nextInt(4), units[0], units[layers], loss, output));
        }
        int batchSize = batch == BatchMode.MINI ? 1 + random.nextInt(data.size()) : 0;
        long shuffleSeed = batch == BatchMode.MINI ? random.nextLong() : 0;
        double eta = 0.05 + random.nextDouble();
        return new Session(name, net, loss, eta, batch, data, batchSize, shuffleSeed);
    }

    private static Network randomNetwork(Random random, int[] units, Activation[] f) {
        int layers = units.length - 1;
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
        return new Network(units, f, W, b, null, null);
    }

    /** m samples: inputs in (−1, 1), targets one-hot (softmax), in [0, 1) (cross-entropy) or in (−1, 1). */
    private static Dataset samples(Random random, int m, int inputs, int outputs, Loss loss, Activation output) {
        double[][] x = new double[m][inputs];
        double[][] y = new double[m][outputs];
        for (int s = 0; s < m; s++) {
            for (int i = 0; i < inputs; i++) {
                x[s][i] = 2 * random.nextDouble() - 1;
            }
            if (output == Activation.SOFTMAX) {
                y[s][random.nextInt(outputs)] = 1.0;
            } else {
                for (int k = 0; k < outputs; k++) {
                    y[s][k] = loss == Loss.CROSS_ENTROPY ? random.nextDouble() : 2 * random.nextDouble() - 1;
                }
            }
        }
        return new Dataset(x, y);
    }
}
