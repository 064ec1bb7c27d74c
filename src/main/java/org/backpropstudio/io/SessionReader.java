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
            "a finite number of magnitude at most " + MAX_MAGNITUDE, v -> Math.abs(v) <= Limits.MAX_MAGNITUDE);
    /**
     * A weight or bias: what training made of it, which may be large, or not a number at all after
     * divergence (written as a string, as standard JSON has no NaN or ∞), so that a diverged
     * session saved can be opened again.
     */
    private static final String TRAINED = "a finite number, or \"NaN\", \"Infinity\" or \"-Infinity\" (a diverged session)";
    private static final Bound PROBABILITY = new Bound(
            "a number from 0 to 1 (a cross-entropy target)", v -> v >= 0 && v <= 1);
    private static final Bound LEARNING_RATE_BOUND = new Bound(
            "a number above 0 and at most " + MAX_MAGNITUDE, v -> v > 0 && v <= Limits.MAX_MAGNITUDE);
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
        BatchMode batch = choice(document.member(BATCH), BatchMode.values(), BatchMode::id, "");
        JsonAt dataset = object(document.member(DATASET));
        double[][] inputs = inputs(dataset.member(INPUTS));
        double[][] targets = targets(dataset.member(TARGETS), inputs.length, loss);
        try {
            fillOmittedLayers();
            Network network = new Network(units, activations, weights, biases, lockedWeights, lockedBiases);
            return new Session(name, network, loss, learningRate, batch, new Dataset(inputs, targets));
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(document.path(), "a session the engine accepts", e.getMessage());
        }
    }

    private void network(JsonAt network) throws SessionFormatException {
        object(network);
        int inputs = integer(network.member(INPUTS), 1, Limits.MAX_UNITS);
        JsonAt seedValue = network.member(SEED);
        if (!seedValue.isMissing()) {
            if (!seedValue.node().isNumber() || !seedValue.node().canConvertToExactIntegral()
                    || !seedValue.node().canConvertToLong()) {
                throw seedValue.error("an integer (the seed of the random initial weights)");
            }
            seed = seedValue.node().longValue();
        }
        JsonAt layers = sized(network.member(LAYERS), 1, Limits.MAX_LAYERS, "layer",
                "an array of 1 to " + Limits.MAX_LAYERS + " layers");
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
                ? choice(layer.member(ACTIVATION), Activation.values(), Activation::id, "")
                : choice(layer.member(ACTIVATION), HIDDEN_ACTIVATIONS, Activation::id,
                        " (softmax is allowed on the output layer only)");
        int rows = units[l];
        int columns = units[l - 1];
        JsonAt layerWeights = layer.member(WEIGHTS);
        JsonAt layerBiases = layer.member(BIASES);
        if (seed == null || !layerWeights.isMissing() || !layerBiases.isMissing()) {
            weights[l] = matrix(layerWeights, rows, columns, "number", double[][]::new,
                    row -> numbers(row, columns, "previous units", SessionReader::trained));
            biases[l] = numbers(layerBiases, rows, "units", SessionReader::trained);
        }
        JsonAt locked = layer.member(LOCKED);
        if (locked.isMissing()) {
            return;
        }
        object(locked);
        JsonAt weightLocks = locked.member(WEIGHTS);
        if (!weightLocks.isMissing()) {
            lockedWeights[l] = matrix(weightLocks, rows, columns, "boolean", boolean[][]::new,
                    row -> booleans(row, columns, "previous units"));
        }
        JsonAt biasLocks = locked.member(BIASES);
        if (!biasLocks.isMissing()) {
            lockedBiases[l] = booleans(biasLocks, rows, "units");
        }
    }

    /** The loss, which must suit the output layer's activation. */
    private Loss loss(JsonAt value) throws SessionFormatException {
        Loss loss = choice(value, Loss.values(), Loss::id, "");
        Activation output = activations[activations.length - 1];
        if (!loss.allowsOutput(output)) {
            throw value.error(output == Activation.SOFTMAX
                    ? Loss.CROSS_ENTROPY.id() + " (the output layer is softmax)"
                    : Loss.SQUARED_ERROR.id() + " (cross-entropy needs a sigmoid or softmax output layer, not "
                            + output.id() + ")");
        }
        return loss;
    }

    private double[][] inputs(JsonAt inputs) throws SessionFormatException {
        sized(inputs, 1, Limits.MAX_SAMPLES, "row", "an array of 1 to " + Limits.MAX_SAMPLES + " rows (samples)");
        return rows(inputs, double[][]::new, row -> numbers(row, units[0], "network inputs", PARAMETER));
    }

    /**
     * The targets: one row per input, units(L) numbers each. Cross-entropy targets lie in [0, 1];
     * softmax targets are probability distributions.
     */
    private double[][] targets(JsonAt targets, int samples, Loss loss) throws SessionFormatException {
        sized(targets, samples, samples, "row", count(samples, "row") + " (one per input)");
        int outputs = units[units.length - 1];
        boolean softmax = activations[activations.length - 1] == Activation.SOFTMAX;
        Bound bound = loss == Loss.CROSS_ENTROPY ? PROBABILITY : PARAMETER;
        return rows(targets, double[][]::new, row -> {
            double[] y = numbers(row, outputs, "output units", bound);
            if (softmax) {
                double sum = Arrays.stream(y).sum();
                if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                    throw new SessionFormatException(row.path(),
                            "entries summing to 1 (a softmax target is a probability distribution)",
                            "entries summing to " + sum);
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
            throw value.error("an object");
        }
        return value;
    }

    private static String text(JsonAt value) throws SessionFormatException {
        if (!value.node().isTextual()) {
            throw value.error("a string");
        }
        return value.node().textValue();
    }

    /** An integer in [min, max]; a number such as 2.0 counts, 2.5 does not. */
    private static int integer(JsonAt value, int min, int max) throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()
                || node.longValue() < min || node.longValue() > max) {
            throw value.error("an integer from " + min + " to " + max);
        }
        return node.intValue();
    }

    private static double number(JsonAt value, Bound bound) throws SessionFormatException {
        if (!value.node().isNumber() || !bound.test.test(value.node().doubleValue())) {
            throw value.error(bound.expected);
        }
        return value.node().doubleValue();
    }

    /** The candidate whose id is the value's string; {@code note} follows the list in a message. */
    private static <E> E choice(JsonAt value, E[] candidates, Function<E, String> id, String note)
            throws SessionFormatException {
        for (E candidate : candidates) {
            if (id.apply(candidate).equals(value.node().textValue())) {
                return candidate;
            }
        }
        throw value.error("one of " + Arrays.stream(candidates).map(id).collect(Collectors.joining(", ")) + note);
    }

    // ----- Checks of arrays.

    /**
     * Checks that the value is an array of min..max elements.
     *
     * @param noun     what one element is called when counting what was found, e.g. "row"
     * @param expected the whole expectation, e.g. "2 rows of 2 numbers (units × previous units)"
     */
    private static JsonAt sized(JsonAt value, int min, int max, String noun, String expected) throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isArray()) {
            throw value.error(expected);
        }
        if (node.size() < min || node.size() > max) {
            throw new SessionFormatException(value.path(), expected, count(node.size(), noun));
        }
        return value;
    }

    /** A units(l) × units(l − 1) matrix such as W⁽ˡ⁾ or its locks; {@code rowReader} checks each row. */
    private static <R> R[] matrix(JsonAt value, int rows, int columns, String noun, IntFunction<R[]> newArray,
                                  RowReader<R> rowReader) throws SessionFormatException {
        sized(value, rows, rows, "row",
                count(rows, "row") + " of " + count(columns, noun) + " (units × previous units)");
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

    /** An array of exactly n numbers within {@code bound}; {@code why} says what n counts. */
    private static double[] numbers(JsonAt value, int n, String why, Bound bound) throws SessionFormatException {
        return numbers(value, n, why, element -> number(element, bound));
    }

    /** An array of exactly n numbers, each read by {@code reader}; {@code why} says what n counts. */
    private static double[] numbers(JsonAt value, int n, String why, NumberReader reader) throws SessionFormatException {
        sized(value, n, n, "entry", count(n, "number") + " (" + why + ")");
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
        if (node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
            }
        }
        throw value.error(TRAINED);
    }

    /** Reads one number of an array. */
    @FunctionalInterface
    private interface NumberReader {
        double read(JsonAt element) throws SessionFormatException;
    }

    /** An array of exactly n booleans; {@code why} says what n counts. */
    private static boolean[] booleans(JsonAt value, int n, String why) throws SessionFormatException {
        sized(value, n, n, "entry", count(n, "boolean") + " (" + why + ")");
        boolean[] booleans = new boolean[n];
        for (int i = 0; i < n; i++) {
            JsonAt element = value.element(i);
            if (!element.node().isBoolean()) {
                throw element.error("true or false");
            }
            booleans[i] = element.node().booleanValue();
        }
        return booleans;
    }

    // ----- Wording.

    /** "1 row", "2 rows", "3 entries". */
    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }


    /** What one number must be, and the test; every test is false for NaN. */
    private record Bound(String expected, DoublePredicate test) {
    }

    /** Reads and checks one element of an array. */
    @FunctionalInterface
    private interface RowReader<R> {
        R read(JsonAt row) throws SessionFormatException;
    }
}
