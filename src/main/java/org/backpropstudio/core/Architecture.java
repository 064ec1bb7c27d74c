package org.backpropstudio.core;

import java.util.List;

/**
 * What the architecture editor sets: the layers after the input, the loss, the learning rate, the
 * batch mode, and how to initialise. {@link #applyTo} checks every rule and builds the new session.
 *
 * @param layers       units and activation of each layer l = 1..L
 * @param loss         the loss
 * @param learningRate η
 * @param batch        the batch mode
 * @param batchSize    B, the samples of a mini-batch (used in {@link BatchMode#MINI} only)
 * @param shuffleSeed  the seed of the mini-batches' order (used in {@link BatchMode#MINI} only)
 * @param seed         the seed of the random initialisation
 * @param reinitialize whether to draw new weights even where the shape allows keeping the old ones
 */
public record Architecture(List<LayerSpec> layers, Loss loss, double learningRate, BatchMode batch, int batchSize,
                           long shuffleSeed, long seed, boolean reinitialize) {

    /** An architecture in full-batch or sample mode. */
    public Architecture(List<LayerSpec> layers, Loss loss, double learningRate, BatchMode batch, long seed,
                        boolean reinitialize) {
        this(layers, loss, learningRate, batch, 1, 0, seed, reinitialize);
    }

    /** One layer: its number of units and its activation. */
    public record LayerSpec(int units, Activation activation) {
    }

    /** The architecture of {@code session} as it is (no re-initialisation). */
    public static Architecture of(Session session, long seed) {
        Network net = session.network();
        LayerSpec[] specs = new LayerSpec[net.layers()];
        for (int l = 1; l <= net.layers(); l++) {
            specs[l - 1] = new LayerSpec(net.units(l), net.activation(l));
        }
        return new Architecture(List.of(specs), session.loss(), session.learningRate(), session.batch(),
                session.batch() == BatchMode.MINI ? session.batchSize() : 1, session.shuffleSeed(), seed, false);
    }

    /**
     * The session with this architecture: the same data and name; the weights kept where the shape
     * is unchanged (unless re-initialising), else drawn from the seed; locks kept only with the
     * weights.
     *
     * @throws IllegalArgumentException with a reason a person can act on, if a rule is broken:
     *                                  1–10 layers of 1–256 units, softmax only on the output and
     *                                  only with cross-entropy, cross-entropy only after sigmoid or
     *                                  softmax, the output size equal to the targets', targets that
     *                                  fit the loss, a learning rate in (0, 1e6]
     */
    public Session applyTo(Session current) {
        if (layers.isEmpty() || layers.size() > Limits.MAX_LAYERS) {
            throw new IllegalArgumentException(
                    CoreWords.format("architecture.layers", String.valueOf(Limits.MAX_LAYERS)));
        }
        int L = layers.size();
        int[] units = new int[L + 1];
        Activation[] f = new Activation[L + 1];
        units[0] = current.network().inputs();
        for (int l = 1; l <= L; l++) {
            LayerSpec spec = layers.get(l - 1);
            if (spec.units() < 1 || spec.units() > Limits.MAX_UNITS) {
                throw new IllegalArgumentException(CoreWords.format("architecture.units", String.valueOf(l),
                        String.valueOf(spec.units()), String.valueOf(Limits.MAX_UNITS)));
            }
            if (spec.activation() == Activation.SOFTMAX && l < L) {
                throw new IllegalArgumentException(CoreWords.format("architecture.softmaxHidden", String.valueOf(l)));
            }
            units[l] = spec.units();
            f[l] = spec.activation();
        }
        Dataset data = current.dataset();
        if (units[L] != data.targetWidth()) {
            int n = data.targetWidth();
            throw new IllegalArgumentException(CoreWords.format("architecture.outputUnits", String.valueOf(n), n));
        }
        if (!loss.allowsOutput(f[L])) {
            throw new IllegalArgumentException(f[L] == Activation.SOFTMAX
                    ? CoreWords.get("architecture.softmaxLoss")
                    : CoreWords.format("architecture.crossEntropyOutput", f[L].id()));
        }
        if (!Limits.isLearningRate(learningRate)) {
            throw new IllegalArgumentException(CoreWords.get("architecture.learningRate"));
        }
        checkTargets(data, f[L]);
        Network old = current.network();
        Network net = !reinitialize && java.util.Arrays.equals(units, old.unitsArray())
                ? new Network(units, f, old.weightsCopy(), old.biasesCopy(), old.lockedWeightsCopy(),
                        old.lockedBiasesCopy())
                : Initializer.random(units, f, seed);
        return new Session(current.name(), net, loss, learningRate, batch, data, batchSize, shuffleSeed);
    }

    private void checkTargets(Dataset data, Activation output) {
        if (loss != Loss.CROSS_ENTROPY) {
            return;
        }
        for (int s = 0; s < data.size(); s++) {
            double sum = 0;
            for (int k = 0; k < data.targetWidth(); k++) {
                double y = data.target(s, k);
                if (y < 0 || y > 1) {
                    throw new IllegalArgumentException(CoreWords.format("architecture.targetRange",
                            String.valueOf(s + 1), String.valueOf(y)));
                }
                sum += y;
            }
            if (output == Activation.SOFTMAX && Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException(CoreWords.format("architecture.targetSum",
                        String.valueOf(s + 1), String.valueOf(sum)));
            }
        }
    }
}
