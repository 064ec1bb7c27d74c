package org.backpropstudio.io;

/**
 * A session file that cannot be loaded, naming the first problem found: where it is (a JSON path
 * such as {@code $.network.layers[1].weights[0][1]}, or {@code $} for the document as a whole),
 * what was expected there and what was found. The message is one line:
 * <pre>
 *   $.network.layers[1].weights: expected 1 row of 2 numbers (units × previous units), found 2 rows
 * </pre>
 */
public class SessionFormatException extends Exception {
    private final String path;
    private final String expected;
    private final String found;

    /**
     * @param path     the JSON path of the offending value, {@code $} for the whole document
     * @param expected what a valid file has there, e.g. {@code an integer from 1 to 256}
     * @param found    what this file has there: the value abbreviated, its type, or {@code nothing}
     */
    public SessionFormatException(String path, String expected, String found) {
        super(oneLine(path) + ": expected " + oneLine(expected) + ", found " + oneLine(found));
        this.path = path;
        this.expected = expected;
        this.found = found;
    }

    /** The JSON path of the offending value, e.g. {@code $.dataset.targets[2]}; {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What a valid file has at {@link #path()}. */
    public String expected() {
        return expected;
    }

    /** What this file has at {@link #path()}. */
    public String found() {
        return found;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }
}
