package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks of single values and arrays a session document is read with: each returns what it
 * checked or throws a {@link SessionFormatException} naming the value, what was expected and what
 * was found.
 */
final class JsonChecks {

    private JsonChecks() {
    }

    // ----- Checks of single values. Each returns what it checked or throws naming the value.

    static JsonAt object(JsonAt value) throws SessionFormatException {
        if (!value.node().isObject()) {
            throw value.error(IoWords.get("session.object"));
        }
        return value;
    }

    static String text(JsonAt value) throws SessionFormatException {
        if (!value.node().isTextual()) {
            throw value.error(IoWords.get("session.string"));
        }
        return value.node().textValue();
    }

    /** An integer in [min, max]; a number such as 2.0 counts, 2.5 does not. */
    static int integer(JsonAt value, int min, int max) throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()
                || node.longValue() < min || node.longValue() > max) {
            throw value.error(IoWords.format("session.integer", String.valueOf(min), String.valueOf(max)));
        }
        return node.intValue();
    }

    static double number(JsonAt value, Bound bound) throws SessionFormatException {
        if (!value.node().isNumber() || !bound.test.test(value.node().doubleValue())) {
            throw value.error(bound.expected.get());
        }
        return value.node().doubleValue();
    }

    /** The candidate whose id is the value's string; {@code hidden}: the candidates of a hidden layer's activation. */
    static <E> E choice(JsonAt value, E[] candidates, Function<E, String> id, boolean hidden)
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
    static JsonAt sized(JsonAt value, int min, int max, IntFunction<String> found, Supplier<String> expected)
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
    static <R> R[] matrix(JsonAt value, int rows, Supplier<String> expected, IntFunction<R[]> newArray,
                                  RowReader<R> rowReader) throws SessionFormatException {
        sized(value, rows, rows, JsonChecks::rowCount, expected);
        return rows(value, newArray, rowReader);
    }

    /** Each element of an array already checked by {@link #sized}, read by {@code rowReader}. */
    static <R> R[] rows(JsonAt array, IntFunction<R[]> newArray, RowReader<R> rowReader)
            throws SessionFormatException {
        R[] rows = newArray.apply(array.node().size());
        for (int i = 0; i < rows.length; i++) {
            rows[i] = rowReader.read(array.element(i));
        }
        return rows;
    }

    /** An array of exactly n numbers within {@code bound}; {@code expected} says so. */
    static double[] numbers(JsonAt value, int n, Supplier<String> expected, Bound bound)
            throws SessionFormatException {
        return numbers(value, n, expected, element -> number(element, bound));
    }

    /** An array of exactly n numbers, each read by {@code reader}; {@code expected} says so. */
    static double[] numbers(JsonAt value, int n, Supplier<String> expected, NumberReader reader)
            throws SessionFormatException {
        sized(value, n, n, JsonChecks::entryCount, expected);
        double[] numbers = new double[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = reader.read(value.element(i));
        }
        return numbers;
    }

    /** A weight or bias: any finite number, or the string "NaN", "Infinity" or "-Infinity". */
    static double trained(JsonAt value) throws SessionFormatException {
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
    interface NumberReader {
        double read(JsonAt element) throws SessionFormatException;
    }

    /** An array of exactly n booleans; {@code expected} says so. */
    static boolean[] booleans(JsonAt value, int n, Supplier<String> expected) throws SessionFormatException {
        sized(value, n, n, JsonChecks::entryCount, expected);
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
    static String rowCount(int n) {
        return IoWords.format("count.rows", String.valueOf(n), n);
    }

    /** "1 entry", "3 entries". */
    static String entryCount(int n) {
        return IoWords.format("count.entries", String.valueOf(n), n);
    }

    /** "1 layer", "11 layers". */
    static String layerCount(int n) {
        return IoWords.format("count.layers", String.valueOf(n), n);
    }

    /** What one number must be (written only for a message), and the test; every test is false for NaN. */
    record Bound(Supplier<String> expected, DoublePredicate test) {
    }

    /** Reads and checks one element of an array. */
    @FunctionalInterface
    interface RowReader<R> {
        R read(JsonAt row) throws SessionFormatException;
    }
}
