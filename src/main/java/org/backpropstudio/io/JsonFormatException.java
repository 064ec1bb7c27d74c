package org.backpropstudio.io;

/**
 * A JSON document that cannot be loaded, naming the first problem found: where it is (a JSON path
 * such as {@code $.network.layers[1].weights[0][1]}, or {@code $} for the document as a whole),
 * what was expected there and what was found, and the file when it is known. The message is one
 * line:
 * <pre>
 *   $.network.layers[1].weights: expected 1 row of 2 numbers (units × previous units), found 2 rows
 *   xor.lesson.json: $.cards[3].when.layer: expected a layer from 1 to 2 (the network has 2 layers), found 3
 * </pre>
 * The base of the problems of a session file ({@link SessionFormatException}) and of a lesson file.
 */
public class JsonFormatException extends Exception {
    private final String file;
    private final String path;
    private final String expected;
    private final String found;

    /**
     * @param path     the JSON path of the offending value, {@code $} for the whole document
     * @param expected what a valid document has there, e.g. {@code an integer from 1 to 256}
     * @param found    what this document has there: the value abbreviated, its type, or {@code nothing}
     */
    public JsonFormatException(String path, String expected, String found) {
        this(null, path, expected, found);
    }

    /** The problem at {@code path} of the file {@code file} (null if not known), which leads the message. */
    protected JsonFormatException(String file, String path, String expected, String found) {
        super(file == null ? IoWords.format("problem", oneLine(path), oneLine(expected), oneLine(found))
                : IoWords.format("problem.inFile", file, oneLine(path), oneLine(expected), oneLine(found)));
        this.file = file;
        this.path = path;
        this.expected = expected;
        this.found = found;
    }

    /** The file the problem is in, or null if not known. */
    public String file() {
        return file;
    }

    /** The JSON path of the offending value, e.g. {@code $.dataset.targets[2]}; {@code $} for the whole document. */
    public String path() {
        return path;
    }

    /** What a valid document has at {@link #path()}. */
    public String expected() {
        return expected;
    }

    /** What this document has at {@link #path()}. */
    public String found() {
        return found;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }
}
