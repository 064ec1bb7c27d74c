package org.backpropstudio.io;

import java.nio.file.Path;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Session;

/** The presets the trace tests run. */
final class TraceSessions {
    private TraceSessions() {
    }

    /** A preset by its file name in assets/presets. */
    static Session preset(String file) {
        try {
            return SessionFile.read(Path.of("assets/presets", file)).session();
        } catch (SessionFormatException e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    /** The seed's 2-2-1 example. */
    static Session seedExample() {
        return preset("seed-example.backprop.json");
    }

    /** XOR, full batch of 4 samples. */
    static Session xor() {
        return preset("xor.backprop.json");
    }

    /** The seed's network on three samples taken one per iteration. */
    static Session seedOneSampleAtATime() {
        Session seed = seedExample();
        Dataset data = new Dataset(new double[][] {{0.05, 0.1}, {0.5, -0.5}, {1, 0}},
                new double[][] {{0.01}, {0.99}, {0.5}});
        return new Session("one at a time", seed.network(), seed.loss(), seed.learningRate(), BatchMode.SAMPLE, data);
    }
}
