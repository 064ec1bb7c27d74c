package org.backpropstudio.app.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.TestSessions;
import org.junit.jupiter.api.Test;

/** Where imported MNIST pictures go, and what becomes of the network. */
class MnistPlacementTest {

    private static Dataset pictures(int n, int label) {
        double[][] x = new double[n][196];
        double[][] y = new double[n][10];
        for (int s = 0; s < n; s++) {
            x[s][s % 196] = 1;
            y[s][label] = 1;
        }
        return new Dataset(x, y).withImage(new ImageShape(14, 14));
    }

    @Test
    void a_training_set_for_another_network_starts_a_new_196_32_10_network() {
        Session xor = TestSessions.xor(1);
        MnistPlacement.Change change = MnistPlacement.place(xor, pictures(50, 3), MnistPlacement.Use.TRAINING);
        assertThat(change).isInstanceOf(MnistPlacement.NewNetwork.class);
        Session fresh = ((MnistPlacement.NewNetwork) change).session();
        assertThat(fresh.network().unitsArray()).containsExactly(196, 32, 10);
        assertThat(fresh.network().activation(1)).isEqualTo(Activation.TANH);
        assertThat(fresh.network().activation(2)).isEqualTo(Activation.SOFTMAX);
        assertThat(fresh.loss()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(fresh.batch()).isEqualTo(BatchMode.MINI);
        assertThat(fresh.batchSize()).isEqualTo(32);
        assertThat(fresh.dataset().image()).contains(new ImageShape(14, 14));
        assertThat(fresh.dataset().size()).isEqualTo(50);
        assertThat(MnistPlacement.newSession(pictures(5, 1)).batchSize()).as("fewer pictures than a batch")
                .isEqualTo(5);
        assertThat(MnistPlacement.newSession(pictures(5, 1)).network())
                .as("seeded: the same network every time").isEqualTo(fresh.network());
        assertThat(MnistPlacement.explain(xor, MnistPlacement.Use.TRAINING)).contains("2 inputs and 1 outputs")
                .contains("196-32-10");
    }

    @Test
    void a_network_that_takes_the_pictures_keeps_its_weights_and_its_other_set() {
        Session mnist = MnistPlacement.newSession(pictures(40, 2));
        Session tested = mnist.withDataset(mnist.dataset().withTest(pictures(5, 9)));
        MnistPlacement.Change training = MnistPlacement.place(tested, pictures(64, 4), MnistPlacement.Use.TRAINING);
        Dataset data = ((MnistPlacement.NewData) training).data();
        assertThat(data.size()).isEqualTo(64);
        assertThat(data.test().orElseThrow().targetRow(4)[9]).as("the test set kept").isEqualTo(1);
        assertThat(data.image()).contains(new ImageShape(14, 14));

        MnistPlacement.Change test = MnistPlacement.place(mnist, pictures(7, 5), MnistPlacement.Use.TEST);
        Dataset withTest = ((MnistPlacement.NewData) test).data();
        assertThat(withTest.size()).isEqualTo(40);
        assertThat(withTest.test().orElseThrow().size()).isEqualTo(7);
    }

    @Test
    void a_test_set_for_a_network_that_does_not_take_the_pictures_is_refused() {
        Session xor = TestSessions.xor(1);
        assertThatThrownBy(() -> MnistPlacement.place(xor, pictures(3, 0), MnistPlacement.Use.TEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("import them as the training set");
        assertThat(MnistPlacement.explain(xor, MnistPlacement.Use.TEST)).contains("has 2 and 1");
    }
}
