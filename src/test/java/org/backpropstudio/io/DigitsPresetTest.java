package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/** The handwritten digits preset is what its documentation says it is, and it learns. */
class DigitsPresetTest {
    static final Path PRESET = Path.of("assets/presets/digits.backprop.json");

    @Test
    void the_preset_is_the_documented_split_network_and_settings() throws Exception {
        Session session = SessionFile.read(PRESET).session();
        DigitsData.Split split = DigitsData.bundled().split(1);
        assertThat(session.dataset().withTest(null).withImage(null)).isEqualTo(split.train());
        assertThat(session.dataset().test()).contains(split.test());
        assertThat(session.dataset().image()).contains(new ImageShape(8, 8));
        assertThat(session.network()).isEqualTo(Initializer.random(new int[] {64, 32, 10},
                new Activation[] {null, Activation.TANH, Activation.SOFTMAX}, 1));
        assertThat(session.loss()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(session.batch()).isEqualTo(BatchMode.MINI);
        assertThat(session.batchSize()).isEqualTo(32);
        assertThat(session.iterationsPerEpoch()).isEqualTo(44);
    }

    /** Backprop against central differences on the 2,410 parameters of the 64-32-10 network, first batch. */
    @Test
    void the_digits_network_passes_the_gradient_check() throws Exception {
        Session session = SessionFile.read(PRESET).session();
        for (GradientCheck.Row row : GradientCheck.of(session, 0)) {
            double scale = Math.max(1e-6, Math.max(Math.abs(row.backprop()), Math.abs(row.numeric())));
            assertThat(Math.abs(row.backprop() - row.numeric()) / scale).as(row.parameter().toString())
                    .isLessThan(1e-4);
        }
    }

    /** The README's promise: 1,000 iterations reach at least 95 % on the test digits. */
    @Test
    void a_thousand_iterations_reach_95_percent_on_the_test_set() throws Exception {
        Session session = SessionFile.read(PRESET).session();
        Engine engine = new Engine(session);
        Score before = Score.of(session.network(), session.loss(), session.dataset().test().orElseThrow());
        for (int i = 0; i < 1000; i++) {
            engine.runIteration();
        }
        Score after = Score.of(engine.currentNetwork(), session.loss(), session.dataset().test().orElseThrow());
        assertThat(before.accuracy()).isLessThan(0.3);
        assertThat(after.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(after.count()).isEqualTo(360);
    }
}
