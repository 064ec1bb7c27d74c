package org.backpropstudio.cli;

import java.nio.file.Path;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import picocli.CommandLine.Parameters;

/** The session file a command works on: its {@code FILE} parameter, read and validated. */
final class SessionArgument {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    /**
     * The file, read and validated, its history included (its events fit the network where they
     * stand, its checkpoints and losses fit its timeline, no replay would exceed the limit); its
     * first problem, named with the file, otherwise.
     */
    LoadedSession load() throws CliException {
        try {
            LoadedSession loaded = SessionFile.read(file);
            if (loaded.history() != null) {
                loaded.resume();
            }
            return loaded;
        } catch (SessionFormatException e) {
            throw problem(e);
        }
    }

    /** {@code e} as the one line the command line tells, naming the file. */
    CliException problem(SessionFormatException e) {
        return new CliException(CliWords.format("problem.inFile", file.toString(), e.getMessage()));
    }

    /** The file as given. */
    Path file() {
        return file;
    }
}
