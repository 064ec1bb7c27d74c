package org.backpropstudio.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded datasets for teaching. Inputs lie in about [−1, 1]; noise is the standard deviation of
 * Gaussian jitter added to the inputs (to the target, for the sine). The same seed, noise and size
 * give the same data on every machine ({@link Random} is specified bit for bit).
 */
public enum DataGenerator {
    /** The truth table of AND at the corners (0,0) … (1,1), target 1 at (1,1). */
    AND("and", "AND", 2, 1),
    /** OR: target 0 at (0,0) only. */
    OR("or", "OR", 2, 1),
    /** XOR: target 1 where the inputs differ; no single layer separates it. */
    XOR("xor", "XOR", 2, 1),
    /** XNOR: target 1 where the inputs agree. */
    XNOR("xnor", "XNOR", 2, 1),
    /** Target 1 inside a circle of radius 0.5 around the origin, 0 outside. */
    CIRCLE("circle", "Circle", 2, 1),
    /** Two interleaving half moons, one per class. */
    TWO_MOONS("two-moons", "Two moons", 2, 1),
    /** Two arms of a spiral wound around each other, one per class. */
    SPIRAL("spiral", "Spiral", 2, 1),
    /** Three Gaussian blobs, one-hot targets for a softmax output. */
    BLOBS("blobs", "Gaussian blobs (3 classes)", 2, 3),
    /** y = sin(πx) for x in [−1, 1]: a 1-D regression. */
    SINE("sine", "Sine regression", 1, 1);

    private final String id;
    private final String title;
    private final int inputs;
    private final int outputs;

    DataGenerator(String id, String title, int inputs, int outputs) {
        this.id = id;
        this.title = title;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** The name used in files and on the command line, e.g. {@code "two-moons"}. */
    public String id() {
        return id;
    }

    /** The name shown to a person. */
    public String title() {
        return title;
    }

    /** Inputs per sample. */
    public int inputs() {
        return inputs;
    }

    /** Targets per sample. */
    public int outputs() {
        return outputs;
    }

    /** The generator whose {@link #id()} is {@code id}, if any. */
    public static Optional<DataGenerator> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    /**
     * {@code samples} samples with jitter of standard deviation {@code noise}, from {@code seed}.
     * The logic gates cycle through their four corners.
     */
    public Dataset generate(int samples, double noise, long seed) {
        if (samples < 1 || samples > Limits.MAX_SAMPLES) {
            throw new IllegalArgumentException(
                    CoreWords.format("generator.samples", String.valueOf(Limits.MAX_SAMPLES)));
        }
        if (!(noise >= 0) || noise > 1) {
            throw new IllegalArgumentException(CoreWords.get("generator.noise"));
        }
        Random random = new Random(seed);
        double[][] x = new double[samples][inputs];
        double[][] y = new double[samples][outputs];
        for (int s = 0; s < samples; s++) {
            fill(s, samples, random, x[s], y[s]);
            if (this != SINE) {
                for (int i = 0; i < inputs; i++) {
                    x[s][i] += noise * random.nextGaussian();
                }
            } else {
                y[s][0] += noise * random.nextGaussian();
            }
        }
        return new Dataset(x, y);
    }

    private void fill(int s, int samples, Random random, double[] x, double[] y) {
        switch (this) {
            case AND:
            case OR:
            case XOR:
            case XNOR: {
                int a = (s >> 1) & 1;
                int b = s & 1;
                x[0] = a;
                x[1] = b;
                boolean t = this == AND ? (a & b) == 1 : this == OR ? (a | b) == 1 : this == XOR ? a != b : a == b;
                y[0] = t ? 1 : 0;
                break;
            }
            case CIRCLE: {
                x[0] = 2 * random.nextDouble() - 1;
                x[1] = 2 * random.nextDouble() - 1;
                y[0] = Math.hypot(x[0], x[1]) < 0.5 ? 1 : 0;
                break;
            }
            case TWO_MOONS: {
                int label = s % 2;
                double t = Math.PI * random.nextDouble();
                double mx = label == 0 ? Math.cos(t) : 1 - Math.cos(t);
                double my = label == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
                x[0] = (mx - 0.5) / 1.5;
                x[1] = (my - 0.25) / 1.5;
                y[0] = label;
                break;
            }
            case SPIRAL: {
                int label = s % 2;
                double t = (double) (s / 2) / Math.max(1, (samples + 1) / 2);
                double r = 0.1 + 0.85 * t;
                double angle = 3 * Math.PI * t + label * Math.PI;
                x[0] = r * Math.cos(angle);
                x[1] = r * Math.sin(angle);
                y[0] = label;
                break;
            }
            case BLOBS: {
                int label = s % 3;
                double angle = Math.PI / 2 + label * 2 * Math.PI / 3;
                x[0] = 0.6 * Math.cos(angle) + 0.15 * random.nextGaussian();
                x[1] = 0.6 * Math.sin(angle) + 0.15 * random.nextGaussian();
                y[label] = 1;
                break;
            }
            default: {
                x[0] = 2 * random.nextDouble() - 1;
                y[0] = Math.sin(Math.PI * x[0]);
            }
        }
    }
}
