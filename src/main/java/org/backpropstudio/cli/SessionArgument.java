package org.backpropstudio.cli;

import java.nio.file.Path;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import picocli.CommandLine.Parameters;

/** The session file a command works on: its {@code FILE} parameter, read and validated. */
final class SessionArgument {
    @Parameters(index = "0", paramLabel = "FILE", description = "A session file (format backprop-studio/1).")
    private Path file;

    /** The file, read and validated; its first problem, named with the file, otherwise. */
    LoadedSession load() throws CliException {
        try {
            return SessionFile.read(file);
        } catch (SessionFormatException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }

    /** The file as given. */
    Path file() {
        return file;
    }
}
