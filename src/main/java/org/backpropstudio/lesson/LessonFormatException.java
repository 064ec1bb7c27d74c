package org.backpropstudio.lesson;

/**
 * A lesson file that cannot be loaded, naming the first problem found: where it is (a JSON path
 * such as {@code $.cards[3].when.layer}, or {@code $} for the document as a whole), what was
 * expected there and what was found. The message is one line, for the instructor who wrote it:
 * <pre>
 *   $.cards[3].when.layer: expected a layer from 1 to 2 (the network has 2 layers), found 3
 * </pre>
 * The file's name, when known, leads the message ({@code xor.lesson.json: $.cards[3]…}).
 */
public class LessonFormatException extends Exception {
    private final String file;
    private final String path;
    private final String expected;
    private final String found;

    /**
     * @param path     the JSON path of the offending value, {@code $} for the whole document
     * @param expected what a valid lesson has there
     * @param found    what this file has there: the value abbreviated, its type, or {@code nothing}
     */
    public LessonFormatException(String path, String expected, String found) {
        this(null, path, expected, found);
    }

    private LessonFormatException(String file, String path, String expected, String found) {
        super((file == null ? "" : file + ": ") + oneLine(path) + ": expected " + oneLine(expected) + ", found " + oneLine(found));
        this.file = file;
        this.path = path;
        this.expected = expected;
        this.found = found;
    }

    /** This problem, said to be in the file {@code name}. */
    public LessonFormatException inFile(String name) {
        LessonFormatException named = new LessonFormatException(name, path, expected, found);
        named.setStackTrace(getStackTrace());
        return named;
    }

    /** The file the problem is in, or null if not known. */
    public String file() {
        return file;
    }

    /** The JSON path of the offending value, e.g. {@code $.cards[2].actions[0].run}. */
    public String path() {
        return path;
    }

    /** What a valid lesson has at {@link #path()}. */
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
