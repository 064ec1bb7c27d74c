package org.backpropstudio.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;

/** The sessions the benchmarks train: two presets as shipped, and one generated softmax problem. */
public final class BenchSessions {
    /** The seed of the generated data and of the generated network's initial weights. */
    static final long SEED = 0xBAC4_9209L;

    private BenchSessions() {
    }

    /** The XOR preset: 2-2-1, tanh then sigmoid, squared error, η = 0.5, full batch of 4. */
    static Session xor() {
        return preset("xor.backprop.json");
    }

    /** The two-moons preset: 2-8-8-1, tanh, tanh, sigmoid, cross-entropy, full batch of 200. */
    static Session twoMoons() {
        return preset("two-moons.backprop.json");
    }

    /**
     * A 64-32-10 network (tanh hidden layer, softmax outputs, cross-entropy, η = 0.1, full batch) on
     * 500 seeded samples of 10 classes: each class a Gaussian blob around its own random centre in
     * 64 dimensions, targets one-hot. Weights from {@link Initializer#random} with {@link #SEED}.
     */
    static Session softmax64() {
        int inputs = 64;
        int classes = 10;
        int samples = 500;
        Random random = new Random(SEED);
        double[][] centres = new double[classes][inputs];
        for (double[] centre : centres) {
            for (int i = 0; i < inputs; i++) {
                centre[i] = random.nextGaussian();
            }
        }
        double[][] x = new double[samples][inputs];
        double[][] y = new double[samples][classes];
        for (int s = 0; s < samples; s++) {
            int c = s % classes;
            for (int i = 0; i < inputs; i++) {
                x[s][i] = centres[c][i] + 0.8 * random.nextGaussian();
            }
            y[s][c] = 1.0;
        }
        int[] units = {inputs, 32, classes};
        Activation[] f = {null, Activation.TANH, Activation.SOFTMAX};
        Network network = Initializer.random(units, f, SEED);
        return new Session("64-32-10 softmax", network, Loss.CROSS_ENTROPY, 0.1, BatchMode.FULL, new Dataset(x, y));
    }

    /**
     * The handwritten digits preset: 64-32-10, tanh then softmax, cross-entropy, η = 0.1, 1,437
     * training digits (and 360 test digits) in mini-batches of 32.
     */
    static Session digits() {
        return preset("digits.backprop.json");
    }

    /** The handwritten digits preset in full batch: every iteration all 1,437 training digits. */
    static Session digitsFull() {
        Session s = digits();
        return new Session(s.name(), s.network(), s.loss(), s.learningRate(), BatchMode.FULL, s.dataset());
    }

    /** A preset from the classpath (assets/presets are copied to org/backpropstudio/presets). */
    public static Session preset(String file) {
        String resource = "org/backpropstudio/presets/" + file;
        try (InputStream in = BenchSessions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no preset " + resource + " on the classpath");
            }
            return SessionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).session();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SessionFormatException e) {
            throw new IllegalStateException("preset " + file + " does not load: " + e.getMessage(), e);
        }
    }
}
