package org.backpropstudio.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.SavedHistory;

/**
 * The autosaved copy of a session with unsaved changes, so that a crash loses at most the last
 * half minute: written atomically while there are unsaved changes, deleted when the session is
 * saved or closed on purpose, offered for restoring when it is still there at the next start.
 */
public final class RecoveryFile {
    /** The system property naming the folder for the recovery file (default ~/.backprop-studio). */
    public static final String HOME_PROPERTY = "backprop.studio.home";
    private static final String NAME = "recovery.backprop.json";

    private final Path file;

    /** The recovery file {@code file}. */
    public RecoveryFile(Path file) {
        this.file = file;
    }

    /** The recovery file in {@value #HOME_PROPERTY}, or in ~/.backprop-studio. */
    public static RecoveryFile standard() {
        String home = System.getProperty(HOME_PROPERTY);
        Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".backprop-studio");
        return new RecoveryFile(folder.resolve(NAME));
    }

    /** Where it lives. */
    public Path path() {
        return file;
    }

    /** Writes {@code session} and its history atomically (creating the folder if needed). */
    public void save(Session session, ObjectNode document, SavedHistory history) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        SessionFile.save(file, session, document, history);
    }

    /** The session left by a crash, if there is one that can be read. */
    public Optional<LoadedSession> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SessionFile.read(file));
        } catch (SessionFormatException e) {
            return Optional.empty();
        }
    }

    /** When it was written, if it exists. */
    public Optional<Instant> savedAt() {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes it (nothing to recover any more); quietly does nothing if it cannot. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(RecoveryFile.class.getName())
                    .log(System.Logger.Level.WARNING, "could not delete " + file, e);
        }
    }
}
