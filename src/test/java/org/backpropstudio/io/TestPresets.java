package org.backpropstudio.io;

import java.nio.file.Path;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Session;

/**
 * The presets of {@code assets/presets} as the tests read them (from the project root, surefire's
 * working directory): the one place a test reads a preset's file. Sessions built in code are in
 * {@code core/TestSessions}.
 */
public final class TestPresets {
    private TestPresets() {
    }

    /** The preset {@code id} ({@code "xor"}, {@code "two-moons"}, …), read from its file. */
    public static Session preset(String id) {
        return load(id).session();
    }

    /** The preset {@code id}'s file as read, its document included. */
    public static LoadedSession load(String id) {
        try {
            return SessionFile.read(file(id));
        } catch (SessionFormatException e) {
            throw new AssertionError(id + ": " + e.getMessage(), e);
        }
    }

    /** The file of the preset {@code id}. */
    public static Path file(String id) {
        return Path.of("assets/presets", id + ".backprop.json");
    }

    /** The seed's 2-2-1 example. */
    public static Session seedExample() {
        return preset("seed-example");
    }

    /** XOR, full batch of 4 samples. */
    public static Session xor() {
        return preset("xor");
    }

    /** The seed's network on three samples taken one per iteration. */
    public static Session seedOneSampleAtATime() {
        Session seed = seedExample();
        Dataset data = new Dataset(new double[][] {{0.05, 0.1}, {0.5, -0.5}, {1, 0}},
                new double[][] {{0.01}, {0.99}, {0.5}});
        return new Session("one at a time", seed.network(), seed.loss(), seed.learningRate(), BatchMode.SAMPLE,
                data);
    }
}
