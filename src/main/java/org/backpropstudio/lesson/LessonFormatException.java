package org.backpropstudio.lesson;

import org.backpropstudio.io.JsonFormatException;

/**
 * A lesson file that cannot be loaded, naming the first problem found ({@link JsonFormatException}):
 * where it is, what was expected there and what was found, for the instructor who wrote it:
 * <pre>
 *   $.cards[3].when.layer: expected a layer from 1 to 2 (the network has 2 layers), found 3
 * </pre>
 * The file's name, when known, leads the message ({@code xor.lesson.json: $.cards[3]…}).
 */
public class LessonFormatException extends JsonFormatException {

    /**
     * @param path     the JSON path of the offending value, {@code $} for the whole document
     * @param expected what a valid lesson has there
     * @param found    what this file has there: the value abbreviated, its type, or {@code nothing}
     */
    public LessonFormatException(String path, String expected, String found) {
        super(path, expected, found);
    }

    /** The same problem as {@code problem} (of the JSON or of a session in the lesson), in a lesson. */
    LessonFormatException(JsonFormatException problem) {
        super(problem.file(), problem.path(), problem.expected(), problem.found());
    }

    private LessonFormatException(String file, String path, String expected, String found) {
        super(file, path, expected, found);
    }

    /** This problem, said to be in the file {@code name}. */
    public LessonFormatException inFile(String name) {
        LessonFormatException named = new LessonFormatException(name, path(), expected(), found());
        named.setStackTrace(getStackTrace());
        return named;
    }
}
