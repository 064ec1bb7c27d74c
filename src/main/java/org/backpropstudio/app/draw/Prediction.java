package org.backpropstudio.app.draw;

import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Predictor;
import org.backpropstudio.core.Score;

/**
 * What the network makes of a picture: one forward pass of the network as it is now
 * ({@link Predictor}). For a classifier ({@link Score#isClassifier}) each class's share: a softmax
 * output's a⁽ᴸ⁾ₖ, or 1 − a and a for a single sigmoid output; otherwise the outputs themselves.
 *
 * @param shares  a share per class (or the outputs), in class order
 * @param best    the class read ({@link Score#classOf} of the outputs)
 * @param classes whether the network classifies (else {@code shares} are plain outputs)
 */
record Prediction(double[] shares, int best, boolean classes) {

    /** The network's reading of {@code picture}. */
    static Prediction of(Network network, Loss loss, double[] picture) {
        double[] a = new double[network.outputs()];
        new Predictor(network).predict(picture, a);
        boolean classes = Score.isClassifier(network, loss);
        double[] shares = classes && a.length == 1 ? new double[] {1 - a[0], a[0]} : a;
        return new Prediction(shares, Score.classOf(a), classes);
    }

    /** How many classes a session of {@code network} and {@code loss} has to choose from; 0 if it does not classify. */
    static int classCount(Network network, Loss loss) {
        if (!Score.isClassifier(network, loss)) {
            return 0;
        }
        return network.outputs() == 1 ? 2 : network.outputs();
    }
}
