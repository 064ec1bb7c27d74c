package org.backpropstudio.io;

/**
 * A session file that cannot be loaded, naming the first problem found ({@link JsonFormatException}),
 * e.g.
 * <pre>
 *   $.network.layers[1].weights: expected 1 row of 2 numbers (units × previous units), found 2 rows
 * </pre>
 */
public class SessionFormatException extends JsonFormatException {

    /**
     * @param path     the JSON path of the offending value, {@code $} for the whole document
     * @param expected what a valid file has there, e.g. {@code an integer from 1 to 256}
     * @param found    what this file has there: the value abbreviated, its type, or {@code nothing}
     */
    public SessionFormatException(String path, String expected, String found) {
        super(path, expected, found);
    }
}
