package org.backpropstudio.io;

import static org.backpropstudio.io.SessionFile.ACTIVATION;
import static org.backpropstudio.io.SessionFile.BATCH;
import static org.backpropstudio.io.SessionFile.BIASES;
import static org.backpropstudio.io.SessionFile.DATASET;
import static org.backpropstudio.io.SessionFile.FORMAT;
import static org.backpropstudio.io.SessionFile.FORMAT_MEMBER;
import static org.backpropstudio.io.SessionFile.INPUTS;
import static org.backpropstudio.io.SessionFile.LAYERS;
import static org.backpropstudio.io.SessionFile.LEARNING_RATE;
import static org.backpropstudio.io.SessionFile.LOCKED;
import static org.backpropstudio.io.SessionFile.LOSS;
import static org.backpropstudio.io.SessionFile.NAME;
import static org.backpropstudio.io.SessionFile.NETWORK;
import static org.backpropstudio.io.SessionFile.SEED;
import static org.backpropstudio.io.SessionFile.TARGETS;
import static org.backpropstudio.io.SessionFile.UNITS;
import static org.backpropstudio.io.SessionFile.WEIGHTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * Checks a parsed session document against every rule of the format and builds the session it
 * describes. Members are checked in document order (format, name, network, loss, learningRate,
 * batch, dataset; in a layer: units, activation, weights, biases, locked), and the first problem
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
        JsonAt dataset = object(document.member(DATASET));
        double[][] inputs = inputs(dataset.member(INPUTS));
        double[][] targets = targets(dataset.member(TARGETS), inputs.length, loss);
        try {
            fillOmittedLayers();
            Network network = new Network(units, activations, weights, biases, lockedWeights, lockedBiases);
            return new Session(name, network, loss, learningRate, batch, new Dataset(inputs, targets));
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(document.path(), IoWords.get("session.engine"), e.getMessage());
        }
    }

    private void network(JsonAt network) throws SessionFormatException {
        object(network);
        int inputs = integer(network.member(INPUTS), 1, Limits.MAX_UNITS);
        JsonAt seedValue = network.member(SEED);
        if (!seedValue.isMissing()) {
            if (!seedValue.node().isNumber() || !seedValue.node().canConvertToExactIntegral()
                    || !seedValue.node().canConvertToLong()) {
                throw seedValue.error(IoWords.get("session.seed"));
            }
            seed = seedValue.node().longValue();
        }
        JsonAt layers = sized(network.member(LAYERS), 1, Limits.MAX_LAYERS, SessionReader::layerCount,
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
                    r -> numbers(r, columns, row, SessionReader::trained));
            biases[l] = numbers(layerBiases, rows, () -> IoWords.format("session.biases", String.valueOf(rows), rows),
                    SessionReader::trained);
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
        sized(inputs, 1, Limits.MAX_SAMPLES, SessionReader::rowCount,
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
        sized(targets, samples, samples, SessionReader::rowCount,
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

    // ----- Checks of single values. Each returns what it checked or throws naming the value.

    private static JsonAt object(JsonAt value) throws SessionFormatException {
        if (!value.node().isObject()) {
            throw value.error(IoWords.get("session.object"));
        }
        return value;
    }

    private static String text(JsonAt value) throws SessionFormatException {
        if (!value.node().isTextual()) {
            throw value.error(IoWords.get("session.string"));
        }
        return value.node().textValue();
    }

    /** An integer in [min, max]; a number such as 2.0 counts, 2.5 does not. */
    private static int integer(JsonAt value, int min, int max) throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()
                || node.longValue() < min || node.longValue() > max) {
            throw value.error(IoWords.format("session.integer", String.valueOf(min), String.valueOf(max)));
        }
        return node.intValue();
    }

    private static double number(JsonAt value, Bound bound) throws SessionFormatException {
        if (!value.node().isNumber() || !bound.test.test(value.node().doubleValue())) {
            throw value.error(bound.expected.get());
        }
        return value.node().doubleValue();
    }

    /** The candidate whose id is the value's string; {@code hidden}: the candidates of a hidden layer's activation. */
    private static <E> E choice(JsonAt value, E[] candidates, Function<E, String> id, boolean hidden)
            throws SessionFormatException {
        for (E candidate : candidates) {
            if (id.apply(candidate).equals(value.node().textValue())) {
                return candidate;
            }
        }
        String list = Arrays.stream(candidates).map(id).collect(Collectors.joining(", "));
        throw value.error(hidden ? IoWords.format("session.oneOfHidden", list) : IoWords.format("session.oneOf", list));
    }

    // ----- Checks of arrays.

    /**
     * Checks that the value is an array of min..max elements.
     *
     * @param found    how many elements were found, in words, e.g. "3 rows"
     * @param expected the whole expectation, e.g. "2 rows of 2 numbers (units × previous units)",
     *                 written only for a message
     */
    private static JsonAt sized(JsonAt value, int min, int max, IntFunction<String> found, Supplier<String> expected)
            throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isArray()) {
            throw value.error(expected.get());
        }
        if (node.size() < min || node.size() > max) {
            throw new SessionFormatException(value.path(), expected.get(), found.apply(node.size()));
        }
        return value;
    }

    /** A units(l) × units(l − 1) matrix such as W⁽ˡ⁾ or its locks; {@code rowReader} checks each row. */
    private static <R> R[] matrix(JsonAt value, int rows, Supplier<String> expected, IntFunction<R[]> newArray,
                                  RowReader<R> rowReader) throws SessionFormatException {
        sized(value, rows, rows, SessionReader::rowCount, expected);
        return rows(value, newArray, rowReader);
    }

    /** Each element of an array already checked by {@link #sized}, read by {@code rowReader}. */
    private static <R> R[] rows(JsonAt array, IntFunction<R[]> newArray, RowReader<R> rowReader)
            throws SessionFormatException {
        R[] rows = newArray.apply(array.node().size());
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rowReader.read(array.element(i));
        }
        return rows;
    }

    /** An array of exactly n numbers within {@code bound}; {@code expected} says so. */
    private static double[] numbers(JsonAt value, int n, Supplier<String> expected, Bound bound)
            throws SessionFormatException {
        return numbers(value, n, expected, element -> number(element, bound));
    }

    /** An array of exactly n numbers, each read by {@code reader}; {@code expected} says so. */
    private static double[] numbers(JsonAt value, int n, Supplier<String> expected, NumberReader reader)
            throws SessionFormatException {
        sized(value, n, n, SessionReader::entryCount, expected);
        double[] numbers = new double[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = reader.read(value.element(i));
        }
        return numbers;
    }

    /** A weight or bias: any finite number, or the string "NaN", "Infinity" or "-Infinity". */
    private static double trained(JsonAt value) throws SessionFormatException {
        JsonNode node = value.node();
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            return node.doubleValue();
        }
        return switch (node.isTextual() ? node.textValue() : "") {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw value.error(IoWords.get("session.trained"));
        };
    }

    /** Reads one number of an array. */
    @FunctionalInterface
    private interface NumberReader {
        double read(JsonAt element) throws SessionFormatException;
    }

    /** An array of exactly n booleans; {@code expected} says so. */
    private static boolean[] booleans(JsonAt value, int n, Supplier<String> expected) throws SessionFormatException {
        sized(value, n, n, SessionReader::entryCount, expected);
        boolean[] booleans = new boolean[n];
        for (int i = 0; i < n; i++) {
            JsonAt element = value.element(i);
            if (!element.node().isBoolean()) {
                throw element.error(IoWords.get("session.booleanValue"));
            }
            booleans[i] = element.node().booleanValue();
        }
        return booleans;
    }

    // ----- Wording.

    /** "1 row", "2 rows". */
    private static String rowCount(int n) {
        return IoWords.format("count.rows", String.valueOf(n), n);
    }

    /** "1 entry", "3 entries". */
    private static String entryCount(int n) {
        return IoWords.format("count.entries", String.valueOf(n), n);
    }

    /** "1 layer", "11 layers". */
    private static String layerCount(int n) {
        return IoWords.format("count.layers", String.valueOf(n), n);
    }

    /** What one number must be (written only for a message), and the test; every test is false for NaN. */
    private record Bound(Supplier<String> expected, DoublePredicate test) {
    }

    /** Reads and checks one element of an array. */
    @FunctionalInterface
    private interface RowReader<R> {
        R read(JsonAt row) throws SessionFormatException;
    }
}
