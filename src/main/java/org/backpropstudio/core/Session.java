package org.backpropstudio.core;

import java.util.Objects;

/**
 * Everything that determines training: the network, the loss, the learning rate η, the batch mode
 * and the dataset. Immutable; the engine copies what it changes.
 */
public record Session(String name, Network network, Loss loss, double learningRate, BatchMode batch,
                      Dataset dataset) {

    /**
     * @throws IllegalArgumentException if the parts do not fit together (sizes, loss and output
     *                                  activation, learning rate)
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
    }

    /** This session with another network. */
    public Session withNetwork(Network newNetwork) {
        return new Session(name, newNetwork, loss, learningRate, batch, dataset);
    }

    /** This session with another dataset. */
    public Session withDataset(Dataset newDataset) {
        return new Session(name, network, loss, learningRate, batch, newDataset);
    }

    /** This session with another name. */
    public Session withName(String newName) {
        return new Session(newName, network, loss, learningRate, batch, dataset);
    }

    /** The number of samples one iteration uses: m in full batch, 1 in sample mode. */
    public int samplesPerIteration() {
        return batch == BatchMode.FULL ? dataset.size() : 1;
    }

    /**
     * The dataset index of the sample in slot {@code slot} (0..S−1) of iteration {@code i}: the
     * slot itself in full batch (every sample, in dataset order), i mod m in sample mode. The one
     * rule of which sample an iteration uses.
     */
    public int sampleOf(long i, int slot) {
        return batch == BatchMode.FULL ? slot : (int) (i % dataset.size());
    }

    /** The number of iterations in one epoch (one pass over the data): 1 in full batch, m per sample. */
    public int iterationsPerEpoch() {
        return batch == BatchMode.FULL ? 1 : dataset.size();
    }
}
