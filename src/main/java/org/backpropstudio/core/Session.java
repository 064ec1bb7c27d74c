package org.backpropstudio.core;

import java.util.Objects;

/**
 * Everything that determines training: the network, the loss, the learning rate η, the batch mode
 * (with the mini-batch size B and shuffle seed in {@link BatchMode#MINI}) and the dataset.
 * Immutable; the engine copies what it changes.
 *
 * @param batchSize   B, the samples of one mini-batch, 1..m; 0 unless the batch mode is
 *                    {@link BatchMode#MINI}
 * @param shuffleSeed the seed of the mini-batches' order ({@link Shuffle}); 0 unless the batch mode
 *                    is {@link BatchMode#MINI}
 */
public record Session(String name, Network network, Loss loss, double learningRate, BatchMode batch,
                      Dataset dataset, int batchSize, long shuffleSeed) {

    /**
     * @throws IllegalArgumentException if the parts do not fit together (sizes, loss and output
     *                                  activation, learning rate, a mini-batch larger than the data)
     */
    public Session {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(dataset, "dataset");
        Activation output = network.activation(network.layers());
        if (!loss.allowsOutput(output)) {
            throw new IllegalArgumentException(output == Activation.SOFTMAX
                    ? CoreWords.get("session.softmaxLoss")
                    : CoreWords.format("session.crossEntropyOutput", output.id()));
        }
        if (!Limits.isLearningRate(learningRate)) {
            throw new IllegalArgumentException(CoreWords.get("session.learningRate"));
        }
        if (dataset.inputWidth() != network.inputs()) {
            throw new IllegalArgumentException(CoreWords.format("session.inputs", String.valueOf(network.inputs()),
                    String.valueOf(dataset.inputWidth())));
        }
        if (dataset.targetWidth() != network.outputs()) {
            throw new IllegalArgumentException(CoreWords.format("session.outputs", String.valueOf(network.outputs()),
                    String.valueOf(dataset.targetWidth())));
        }
        if (batch == BatchMode.MINI) {
            if (batchSize < 1 || batchSize > dataset.size()) {
                throw new IllegalArgumentException(CoreWords.format("session.batchSize",
                        String.valueOf(dataset.size()), String.valueOf(batchSize)));
            }
        } else {
            batchSize = 0;
            shuffleSeed = 0;
        }
    }

    /** A session in full-batch or sample mode (or mini-batches of one sample, shuffle seed 0). */
    public Session(String name, Network network, Loss loss, double learningRate, BatchMode batch, Dataset dataset) {
        this(name, network, loss, learningRate, batch, dataset, 1, 0);
    }

    /** This session with another network. */
    public Session withNetwork(Network newNetwork) {
        return new Session(name, newNetwork, loss, learningRate, batch, dataset, batchSize, shuffleSeed);
    }

    /** This session with another dataset. */
    public Session withDataset(Dataset newDataset) {
        return new Session(name, network, loss, learningRate, batch, newDataset, batchSize, shuffleSeed);
    }

    /** This session with another name. */
    public Session withName(String newName) {
        return new Session(newName, network, loss, learningRate, batch, dataset, batchSize, shuffleSeed);
    }

    /** This session with another learning rate η. */
    public Session withLearningRate(double newRate) {
        return new Session(name, network, loss, newRate, batch, dataset, batchSize, shuffleSeed);
    }

    /** The number of samples one iteration uses: m in full batch, 1 in sample mode, B in mini-batches. */
    public int samplesPerIteration() {
        return switch (batch) {
            case FULL -> dataset.size();
            case SAMPLE -> 1;
            case MINI -> batchSize;
        };
    }

    /**
     * The dataset index of the sample in slot {@code slot} (0..S−1) of iteration {@code i}: the
     * slot itself in full batch (every sample, in dataset order); i mod m in sample mode; in
     * mini-batches, with E = ⌊m / B⌋ iterations per epoch, the sample at place (i mod E)·B + slot of
     * epoch ⌊i / E⌋'s shuffled order ({@link Shuffle}). The one rule of which sample an iteration uses.
     */
    public int sampleOf(long i, int slot) {
        return switch (batch) {
            case FULL -> slot;
            case SAMPLE -> (int) (i % dataset.size());
            case MINI -> {
                int perEpoch = iterationsPerEpoch();
                int place = (int) (i % perEpoch) * batchSize + slot;
                yield Shuffle.sampleAt(shuffleSeed, i / perEpoch, dataset.size(), place);
            }
        };
    }

    /**
     * The number of iterations in one epoch (one pass over the data): 1 in full batch, m in sample
     * mode, ⌊m / B⌋ in mini-batches.
     */
    public int iterationsPerEpoch() {
        return switch (batch) {
            case FULL -> 1;
            case SAMPLE -> dataset.size();
            case MINI -> dataset.size() / batchSize;
        };
    }
}
