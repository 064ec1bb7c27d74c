package org.backpropstudio.lesson;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a lesson's neighbouring files come from: the built-in lessons on the class path, or the
 * folder of a lesson file an instructor wrote. Names are relative, with {@code /} between folders.
 */
@FunctionalInterface
public interface LessonSource {

    /**
     * The text of the file {@code name} (UTF-8), or empty if there is no such file.
     *
     * @throws IOException if it exists but cannot be read
     */
    Optional<String> read(String name) throws IOException;
}
