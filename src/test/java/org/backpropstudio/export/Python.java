package org.backpropstudio.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Python interpreter for the tests that run exported programs: the one the system property
 * {@value #PROPERTY} names, else the first of {@code python3} on the path and the system's
 * {@code /usr/bin/python3} that can import the module a test needs (on a machine where NumPy comes
 * with one interpreter and PyTorch with the other, both comparisons run).
 */
final class Python {
    /** The system property naming the interpreter. */
    static final String PROPERTY = "backprop.python";
    /** The longest one program may run. */
    private static final long TIMEOUT_SECONDS = 120;

    private Python() {
    }

    /** The interpreters tried, in order. */
    static List<String> candidates() {
        String named = System.getProperty(PROPERTY);
        return named != null ? List.of(named) : List.of("python3", "/usr/bin/python3");
    }

    /** The first {@linkplain #candidates() interpreter} that runs and can import {@code module}. */
    static Optional<String> with(String module) {
        for (String interpreter : candidates()) {
            try {
                if (run(interpreter, null, "-c", "import " + module).exitCode() == 0) {
                    return Optional.of(interpreter);
                }
            } catch (IOException e) {
                // not there: try the next
            }
        }
        return Optional.empty();
    }

    /** What a run printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    /** Runs {@code interpreter} with {@code args} in {@code directory} (null: the current one). */
    static Result run(String interpreter, Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(interpreter);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + interpreter + ": " + e.getMessage(), e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(interpreter + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
