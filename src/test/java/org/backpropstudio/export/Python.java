package org.backpropstudio.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Python interpreter for the tests that run exported programs: {@code python3} on the path, or
 * the one the system property {@value #PROPERTY} names (e.g. {@code -Dbackprop.python=/usr/bin/python3}
 * for an interpreter that has PyTorch).
 */
final class Python {
    /** The system property naming the interpreter. */
    static final String PROPERTY = "backprop.python";
    /** The longest one program may run. */
    private static final long TIMEOUT_SECONDS = 120;

    private Python() {
    }

    /** The interpreter's command. */
    static String command() {
        return System.getProperty(PROPERTY, "python3");
    }

    /** Whether the interpreter runs and can import {@code module}. */
    static boolean canImport(String module) {
        try {
            return run(null, "-c", "import " + module).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** What a run printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    /** Runs the interpreter with {@code args} in {@code directory} (null: the current one). */
    static Result run(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(command());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command() + ": " + e.getMessage(), e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command() + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
