package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every preset trains to a sensible result with its own network, data and settings. */
class PresetTrainingTest {

    @ParameterizedTest(name = "{0}: after {1} iterations J < {2} and accuracy ≥ {3}")
    @CsvSource({
        "seed-example, 1000, 0.0005, 1.0",
        "xor,          5000, 0.01,   1.0",
        "xnor,         5000, 0.01,   1.0",
        "and,          2000, 0.05,   1.0",
        "or,           2000, 0.05,   1.0",
        "circle,       3000, 0.12,   0.95",
        "two-moons,    3000, 0.05,   0.98",
        "spiral,       5000, 0.2,    0.9",
        "blobs,        2000, 0.02,   0.98",
        "sine,         5000, 0.005,  0.0",
    })
    void trains_with_its_defaults(String id, int iterations, double maxLoss, double minAccuracy) throws Exception {
        Session session = SessionFile.read(Path.of("assets", "presets", id + ".backprop.json")).session();
        Engine engine = new Engine(session);
        double before = engine.datasetLoss();
        for (int i = 0; i < iterations; i++) {
            engine.runIteration();
        }
        assertThat(engine.datasetLoss()).isLessThan(maxLoss).isLessThan(before);
        assertThat(accuracy(engine, session.dataset())).isGreaterThanOrEqualTo(minAccuracy);
    }

    /** The share of samples whose output picks the target's class (0.5 threshold, or the largest output). */
    private static double accuracy(Engine engine, Dataset data) {
        int right = 0;
        for (int s = 0; s < data.size(); s++) {
            double[] out = engine.predict(data.inputRow(s));
            int predicted = 0;
            int actual = 0;
            for (int k = 1; k < out.length; k++) {
                predicted = out[k] > out[predicted] ? k : predicted;
                actual = data.target(s, k) > data.target(s, actual) ? k : actual;
            }
            boolean ok = out.length == 1 ? (out[0] > 0.5) == (data.target(s, 0) > 0.5) : predicted == actual;
            right += ok ? 1 : 0;
        }
        return (double) right / data.size();
    }
}
