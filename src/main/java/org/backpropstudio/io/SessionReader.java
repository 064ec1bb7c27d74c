package org.backpropstudio.io;

import static org.backpropstudio.io.JsonChecks.booleans;
import static org.backpropstudio.io.JsonChecks.choice;
import static org.backpropstudio.io.JsonChecks.integer;
import static org.backpropstudio.io.JsonChecks.matrix;
import static org.backpropstudio.io.JsonChecks.number;
import static org.backpropstudio.io.JsonChecks.numbers;
import static org.backpropstudio.io.JsonChecks.object;
import static org.backpropstudio.io.JsonChecks.rows;
import static org.backpropstudio.io.JsonChecks.sized;
import static org.backpropstudio.io.JsonChecks.text;
import static org.backpropstudio.io.SessionFile.ACTIVATION;
import static org.backpropstudio.io.SessionFile.BATCH;
import static org.backpropstudio.io.SessionFile.BATCH_SIZE;
import static org.backpropstudio.io.SessionFile.BIASES;
import static org.backpropstudio.io.SessionFile.DATASET;
import static org.backpropstudio.io.SessionFile.FORMAT;
import static org.backpropstudio.io.SessionFile.FORMAT_MEMBER;
import static org.backpropstudio.io.SessionFile.HEIGHT;
import static org.backpropstudio.io.SessionFile.IMAGE;
import static org.backpropstudio.io.SessionFile.INPUTS;
import static org.backpropstudio.io.SessionFile.LAYERS;
import static org.backpropstudio.io.SessionFile.LEARNING_RATE;
import static org.backpropstudio.io.SessionFile.LOCKED;
import static org.backpropstudio.io.SessionFile.LOSS;
import static org.backpropstudio.io.SessionFile.NAME;
import static org.backpropstudio.io.SessionFile.NETWORK;
import static org.backpropstudio.io.SessionFile.SEED;
import static org.backpropstudio.io.SessionFile.SHUFFLE_SEED;
import static org.backpropstudio.io.SessionFile.TEST;
import static org.backpropstudio.io.SessionFile.TARGETS;
import static org.backpropstudio.io.SessionFile.UNITS;
import static org.backpropstudio.io.SessionFile.WEIGHTS;
import static org.backpropstudio.io.SessionFile.WIDTH;

import com.fasterxml.jackson.databind.JsonNode;
import org.backpropstudio.io.JsonChecks.Bound;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Supplier;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * Checks a parsed session document against every rule of the format and builds the session it
 * describes. Members are checked in document order (format, name, network, loss, learningRate,
 * batch, batchSize, shuffleSeed, dataset; in a layer: units, activation, weights, biases, locked; in
 * the dataset: inputs, targets, test, image), and the first problem
 * found is the one reported. Nothing of the core is constructed until everything has been checked.
 *
 * <p>Arrays indexed by layer follow {@link Network}: L + 1 entries, entry 0 unused. A layer whose
 * {@code weights[l]} is still null after reading was left to the seeded initializer.
 */
final class SessionReader {
    /** How far the sum of a softmax target row may be from 1. */
    private static final double SUM_TOLERANCE = 1e-9;
    private static final String MAX_MAGNITUDE =
            BigDecimal.valueOf(Limits.MAX_MAGNITUDE).stripTrailingZeros().toPlainString();

    private static final Bound PARAMETER = new Bound(
            () -> IoWords.format("session.parameter", MAX_MAGNITUDE), v -> Math.abs(v) <= Limits.MAX_MAGNITUDE);
    private static final Bound PROBABILITY = new Bound(
            () -> IoWords.get("session.probability"), v -> v >= 0 && v <= 1);
    private static final Bound LEARNING_RATE_BOUND = new Bound(
            () -> IoWords.format("session.learningRate", MAX_MAGNITUDE), Limits::isLearningRate);
    private static final Activation[] HIDDEN_ACTIVATIONS =
            Arrays.stream(Activation.values()).filter(Activation::isElementwise).toArray(Activation[]::new);

    private int[] units;
    private Activation[] activations;
    private double[][][] weights;
    private double[][] biases;
    private boolean[][][] lockedWeights;
    private boolean[][] lockedBiases;
    /** {@code network.seed}, or null if the file has none. */
    private Long seed;

    private SessionReader() {
    }

    /**
     * The session {@code root} describes.
     *
     * @param root the parsed document; null or missing if the input was empty
     * @throws SessionFormatException naming the first problem in document order
     */
    static Session read(JsonNode root) throws SessionFormatException {
        return read(new JsonAt(root, "$"));
    }

    /** The session that {@code value} describes (a nested session, such as a history's start). */
    static Session read(JsonAt value) throws SessionFormatException {
        return new SessionReader().session(value);
    }

    private Session session(JsonAt document) throws SessionFormatException {
        object(document);
        JsonAt format = document.member(FORMAT_MEMBER);
        if (!FORMAT.equals(format.node().textValue())) {
            throw format.error("\"" + FORMAT + "\"");
        }
        String name = text(document.member(NAME));
        network(document.member(NETWORK));
        Loss loss = loss(document.member(LOSS));
        double learningRate = number(document.member(LEARNING_RATE), LEARNING_RATE_BOUND);
        BatchMode batch = choice(document.member(BATCH), BatchMode.values(), BatchMode::id, false);
        int batchSize = 0;
        long shuffleSeed = 0;
        if (batch == BatchMode.MINI) {
            batchSize = integer(document.member(BATCH_SIZE), 1, Limits.MAX_SAMPLES);
            JsonAt seedValue = document.member(SHUFFLE_SEED);
            shuffleSeed = seedValue.isMissing() ? 0 : whole(seedValue, IoWords.get("session.shuffleSeed"));
        }
        Dataset dataset = dataset(object(document.member(DATASET)), loss);
        if (batch == BatchMode.MINI && batchSize > dataset.size()) {
            throw document.member(BATCH_SIZE)
                    .error(IoWords.format("session.batchSize", String.valueOf(dataset.size())));
        }
        try {
            fillOmittedLayers();
            Network network = new Network(units, activations, weights, biases, lockedWeights, lockedBiases);
            return new Session(name, network, loss, learningRate, batch, dataset, batchSize, shuffleSeed);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(document.path(), IoWords.get("session.engine"), e.getMessage());
        }
    }

    /** The training samples, and the optional test samples and picture, of {@code dataset}. */
    private Dataset dataset(JsonAt dataset, Loss loss) throws SessionFormatException {
        double[][] inputs = inputs(dataset.member(INPUTS));
        double[][] targets = targets(dataset.member(TARGETS), inputs.length, loss);
        Dataset data = new Dataset(inputs, targets);
        JsonAt test = dataset.member(TEST);
        if (!test.isMissing()) {
            object(test);
            double[][] testInputs = inputs(test.member(INPUTS));
            data = data.withTest(new Dataset(testInputs, targets(test.member(TARGETS), testInputs.length, loss)));
        }
        JsonAt image = dataset.member(IMAGE);
        if (!image.isMissing()) {
            object(image);
            int width = integer(image.member(WIDTH), 1, Limits.MAX_UNITS);
            int height = integer(image.member(HEIGHT), 1, Limits.MAX_UNITS);
            if (width * height != units[0]) {
                throw image.error(IoWords.format("session.image", String.valueOf(units[0])));
            }
            data = data.withImage(new ImageShape(width, height));
        }
        return data;
    }

    /** A whole number of 64 bits, such as a seed; {@code expected} words what is expected. */
    private static long whole(JsonAt value, String expected) throws SessionFormatException {
        if (!value.node().isNumber() || !value.node().canConvertToExactIntegral() || !value.node().canConvertToLong()) {
            throw value.error(expected);
        }
        return value.node().longValue();
    }

    private void network(JsonAt network) throws SessionFormatException {
        object(network);
        int inputs = integer(network.member(INPUTS), 1, Limits.MAX_UNITS);
        JsonAt seedValue = network.member(SEED);
        if (!seedValue.isMissing()) {
            seed = whole(seedValue, IoWords.get("session.seed"));
        }
        JsonAt layers = sized(network.member(LAYERS), 1, Limits.MAX_LAYERS, JsonChecks::layerCount,
                () -> IoWords.format("session.layers", String.valueOf(Limits.MAX_LAYERS)));
        int count = layers.node().size();
        units = new int[count + 1];
        activations = new Activation[count + 1];
        weights = new double[count + 1][][];
        biases = new double[count + 1][];
        lockedWeights = new boolean[count + 1][][];
        lockedBiases = new boolean[count + 1][];
        units[0] = inputs;
        for (int l = 1; l <= count; l++) {
            layer(layers.element(l - 1), l, l == count);
        }
    }

    /** Layer l from {@code layers[l − 1]}. */
    private void layer(JsonAt layer, int l, boolean output) throws SessionFormatException {
        object(layer);
        units[l] = integer(layer.member(UNITS), 1, Limits.MAX_UNITS);
        activations[l] = output
                ? choice(layer.member(ACTIVATION), Activation.values(), Activation::id, false)
                : choice(layer.member(ACTIVATION), HIDDEN_ACTIVATIONS, Activation::id, true);
        int rows = units[l];
        int columns = units[l - 1];
        JsonAt layerWeights = layer.member(WEIGHTS);
        JsonAt layerBiases = layer.member(BIASES);
        if (seed == null || !layerWeights.isMissing() || !layerBiases.isMissing()) {
            Supplier<String> shape = () -> IoWords.format("session.weights", String.valueOf(rows), rows,
                    String.valueOf(columns), columns);
            Supplier<String> row = () -> IoWords.format("session.weightRow", String.valueOf(columns), columns);
            weights[l] = matrix(layerWeights, rows, shape, double[][]::new,
                    r -> numbers(r, columns, row, JsonChecks::trained));
            biases[l] = numbers(layerBiases, rows, () -> IoWords.format("session.biases", String.valueOf(rows), rows),
                    JsonChecks::trained);
        }
        JsonAt locked = layer.member(LOCKED);
        if (locked.isMissing()) {
            return;
        }
        object(locked);
        JsonAt weightLocks = locked.member(WEIGHTS);
        if (!weightLocks.isMissing()) {
            Supplier<String> shape = () -> IoWords.format("session.locks", String.valueOf(rows), rows,
                    String.valueOf(columns), columns);
            Supplier<String> row = () -> IoWords.format("session.lockRow", String.valueOf(columns), columns);
            lockedWeights[l] = matrix(weightLocks, rows, shape, boolean[][]::new, r -> booleans(r, columns, row));
        }
        JsonAt biasLocks = locked.member(BIASES);
        if (!biasLocks.isMissing()) {
            lockedBiases[l] = booleans(biasLocks, rows,
                    () -> IoWords.format("session.biasLocks", String.valueOf(rows), rows));
        }
    }

    /** The loss, which must suit the output layer's activation. */
    private Loss loss(JsonAt value) throws SessionFormatException {
        Loss loss = choice(value, Loss.values(), Loss::id, false);
        Activation output = activations[activations.length - 1];
        if (!loss.allowsOutput(output)) {
            throw value.error(output == Activation.SOFTMAX
                    ? IoWords.format("session.loss.softmax", Loss.CROSS_ENTROPY.id())
                    : IoWords.format("session.loss.crossEntropy", Loss.SQUARED_ERROR.id(), output.id()));
        }
        return loss;
    }

    private double[][] inputs(JsonAt inputs) throws SessionFormatException {
        sized(inputs, 1, Limits.MAX_SAMPLES, JsonChecks::rowCount,
                () -> IoWords.format("session.samples", String.valueOf(Limits.MAX_SAMPLES)));
        int width = units[0];
        return rows(inputs, double[][]::new, row -> numbers(row, width,
                () -> IoWords.format("session.inputRow", String.valueOf(width), width), PARAMETER));
    }

    /**
     * The targets: one row per input, units(L) numbers each. Cross-entropy targets lie in [0, 1];
     * softmax targets are probability distributions.
     */
    private double[][] targets(JsonAt targets, int samples, Loss loss) throws SessionFormatException {
        sized(targets, samples, samples, JsonChecks::rowCount,
                () -> IoWords.format("session.targets", String.valueOf(samples), samples));
        int outputs = units[units.length - 1];
        boolean softmax = activations[activations.length - 1] == Activation.SOFTMAX;
        Bound bound = loss == Loss.CROSS_ENTROPY ? PROBABILITY : PARAMETER;
        return rows(targets, double[][]::new, row -> {
            double[] y = numbers(row, outputs,
                    () -> IoWords.format("session.targetRow", String.valueOf(outputs), outputs), bound);
            if (softmax) {
                double sum = Arrays.stream(y).sum();
                if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                    throw new SessionFormatException(row.path(), IoWords.get("session.softmaxSum"),
                            IoWords.format("session.softmaxSum.found", String.valueOf(sum)));
                }
            }
            return y;
        });
    }

    /** Takes the layers the file left out from the network the seed initializes. */
    private void fillOmittedLayers() {
        if (Arrays.stream(weights, 1, weights.length).noneMatch(w -> w == null)) {
            return;
        }
        Network random = Initializer.random(units, activations, seed);
        double[][][] randomWeights = random.weightsCopy();
        double[][] randomBiases = random.biasesCopy();
        for (int l = 1; l < weights.length; l++) {
            if (weights[l] == null) {
                weights[l] = randomWeights[l];
                biases[l] = randomBiases[l];
            }
        }
    }
}
