package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Loss, accuracy and confusion matrix of a network on a set of samples. */
class ScoreTest {

    @Test
    void the_loss_is_the_engines_loss_over_the_data_to_the_bit() {
        Random random = new Random(5);
        for (int n = 0; n < 50; n++) {
            Session session = TestSessions.random(random);
            Engine engine = new Engine(session);
            Score score = Score.of(session.network(), session.loss(), session.dataset());
            assertThat(Double.doubleToLongBits(score.loss())).isEqualTo(Double.doubleToLongBits(engine.datasetLoss()));
            assertThat(score.count()).isEqualTo(session.dataset().size());
        }
    }

    /** One sigmoid unit a = σ(z), z = x: samples at x = −2, −1, 1, 3 with targets 0, 1, 1, 0. */
    @Test
    void one_sigmoid_output_is_class_1_from_one_half() {
        Network net = new Network(new int[] {1, 1}, new Activation[] {null, Activation.SIGMOID},
                new double[][][] {{}, {{1.0}}}, new double[][] {{}, {0.0}}, null, null);
        Dataset data = new Dataset(new double[][] {{-2}, {-1}, {1}, {3}}, new double[][] {{0}, {1}, {1}, {0}});
        Score score = Score.of(net, Loss.CROSS_ENTROPY, data);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.accuracy()).isEqualTo(0.5);
        assertThat(score.confusion()).isEqualTo(new int[][] {{1, 1}, {1, 1}});
        assertThat(Score.of(net, Loss.SQUARED_ERROR, data).isClassifier()).isFalse();
        assertThat(Score.of(net, Loss.SQUARED_ERROR, data).accuracy()).isNaN();
    }

    /** Softmax over three units with z = x (identity weights): the class is the largest input. */
    @Test
    void softmax_takes_the_largest_output_and_the_lower_unit_on_a_tie() {
        double[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        Network net = new Network(new int[] {3, 3}, new Activation[] {null, Activation.SOFTMAX},
                new double[][][] {{}, identity}, new double[][] {{}, {0, 0, 0}}, null, null);
        Dataset data = new Dataset(new double[][] {{3, 1, 0}, {0, 2, 1}, {0, 0, 5}, {1, 1, 0}},
                new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 0, 1}, {0, 1, 0}});
        Score score = Score.of(net, Loss.CROSS_ENTROPY, data);
        assertThat(score.confusion()).isEqualTo(new int[][] {{1, 0, 0}, {1, 0, 0}, {0, 1, 1}});
        assertThat(score.correct()).isEqualTo(2);
        assertThat(Score.classOf(new double[] {0.2, 0.2, 0.1})).isZero();
    }
}
