package org.backpropstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.backpropstudio.io.AtomicFile;
import picocli.CommandLine.Option;

/** Where a command writes its result: the file of {@code --out}, or standard output. */
final class OutputOption {
    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "out")
    private Path out;

    /** The file of {@code --out}, if given. */
    Optional<Path> path() {
        return Optional.ofNullable(out);
    }

    /**
     * Checks, before any long work, that {@code --out} names a file that can be written: its
     * directory exists and is writable, and it is not itself a directory.
     */
    void check() throws CliException {
        if (out == null) {
            return;
        }
        Path directory = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw cannotWrite(CliWords.get("problem.isDirectory"));
        }
        if (directory == null || !Files.isDirectory(directory)) {
            throw cannotWrite(CliWords.get("problem.noDirectory"));
        }
        if (!Files.isWritable(directory) || Files.exists(out) && !Files.isWritable(out)) {
            throw cannotWrite(CliWords.get("problem.noPermission"));
        }
    }

    /**
     * Runs {@code writing} on {@code stdout}, or on the {@code --out} file, created or replaced
     * atomically ({@link AtomicFile}): a run that fails or is killed leaves the old file whole.
     */
    void write(PrintWriter stdout, AtomicFile.Text writing) throws CliException {
        try {
            if (out == null) {
                writing.writeTo(stdout);
                stdout.flush();
                return;
            }
            AtomicFile.writeText(out, writing);
        } catch (IOException e) {
            throw cannotWrite(reason(e));
        }
    }

    private CliException cannotWrite(String reason) {
        return new CliException(out == null ? CliWords.format("problem.cannotWriteOut", reason)
                : CliWords.format("problem.cannotWrite", out.toString(), reason));
    }

    /** Why an operation on a file failed, in a few words. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return CliWords.get("problem.noDirectory");
        }
        if (e instanceof AccessDeniedException) {
            return CliWords.get("problem.noPermission");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
