package org.backpropstudio.app.draw;

import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.MnistCsv;

/**
 * Where imported MNIST pictures go (14 × 14 = 196 inputs, 10 one-hot targets), without a screen.
 *
 * <ul>
 *   <li>As the <b>training set</b> of a network that takes them (196 inputs, 10 outputs): they
 *       replace its training samples; its weights, settings and test set stay.</li>
 *   <li>As the training set of any other network: a <b>new network</b> for them, 196-32-10 (tanh,
 *       then softmax with cross-entropy, η = {@value #LEARNING_RATE}, mini-batches of
 *       {@value #BATCH} shuffled with seed {@value #SEED}, weights drawn with seed
 *       {@value #SEED}), as the digits preset is built for its 8 × 8 pictures.</li>
 *   <li>As the <b>test set</b>: of a network that takes them only; any other is refused (import
 *       a training set first).</li>
 * </ul>
 * Either way the change is one edit on the timeline, which Undo takes back.
 */
final class MnistPlacement {
    /** Units of the new network's hidden layer. */
    static final int HIDDEN = 32;
    /** η of the new network. */
    static final double LEARNING_RATE = 0.1;
    /** B, the samples of a mini-batch of the new network (fewer if fewer pictures are read). */
    static final int BATCH = 32;
    /** The seed of the new network's weights and of its mini-batches' order. */
    static final long SEED = 1;

    private MnistPlacement() {
    }

    /** Which set the pictures become. */
    enum Use { TRAINING, TEST }

    /** The change to make: a new network on the pictures, or new data for the open one. */
    sealed interface Change permits NewNetwork, NewData {
    }

    /** A new session altogether (an {@code Edit.Replace}). */
    record NewNetwork(Session session) implements Change {
    }

    /** The open network's data replaced ({@code StudioModel.replaceDataset}). */
    record NewData(Dataset data) implements Change {
    }

    /** Whether the network of {@code session} takes MNIST's pictures: 196 inputs and 10 outputs. */
    static boolean fits(Session session) {
        Network net = session.network();
        return net.inputs() == MnistCsv.IMAGE.pixels() && net.outputs() == MnistCsv.CLASSES;
    }

    /** One sentence saying what importing as {@code use} will do to {@code session}. */
    static String explain(Session session, Use use) {
        if (use == Use.TEST) {
            return fits(session) ? Messages.get("mnist.explain.test") : refusal(session);
        }
        return fits(session) ? Messages.get("mnist.explain.keep")
                : Messages.format("mnist.explain.newNetwork", session.network().inputs(), session.network().outputs(),
                        MnistCsv.IMAGE.pixels(), HIDDEN, MnistCsv.CLASSES, LEARNING_RATE, BATCH);
    }

    /**
     * The change that puts {@code pictures} into {@code session} as {@code use}.
     *
     * @throws IllegalArgumentException with a reason for the student (a test set for a network that
     *                                  does not take the pictures)
     */
    static Change place(Session session, Dataset pictures, Use use) {
        Dataset data = session.dataset();
        if (use == Use.TEST) {
            if (!fits(session)) {
                throw new IllegalArgumentException(refusal(session));
            }
            return new NewData(data.withImage(MnistCsv.IMAGE).withTest(pictures));
        }
        if (fits(session)) {
            return new NewData(pictures.withImage(MnistCsv.IMAGE).withTest(data.test().orElse(null)));
        }
        return new NewNetwork(newSession(pictures));
    }

    /** The new network on {@code pictures} (see the class comment). */
    static Session newSession(Dataset pictures) {
        int[] units = {MnistCsv.IMAGE.pixels(), HIDDEN, MnistCsv.CLASSES};
        Activation[] f = {null, Activation.TANH, Activation.SOFTMAX};
        Network net = Initializer.random(units, f, SEED);
        String name = Messages.format("mnist.sessionName", MnistCsv.IMAGE.pixels(), HIDDEN, MnistCsv.CLASSES);
        return new Session(name, net, Loss.CROSS_ENTROPY, LEARNING_RATE, BatchMode.MINI,
                pictures.withImage(MnistCsv.IMAGE), Math.min(BATCH, pictures.size()), SEED);
    }

    private static String refusal(Session session) {
        return Messages.format("mnist.explain.testRefused", session.network().inputs(), session.network().outputs());
    }
}
