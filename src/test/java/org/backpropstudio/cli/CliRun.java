package org.backpropstudio.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line in a test, as a user would type it (no window is opened): its exit
 * code and what it wrote to standard output and standard error.
 *
 * @param code the exit code
 * @param out  standard output, UTF-8
 * @param err  standard error, UTF-8
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code backprop-studio args…}. */
    static CliRun of(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Cli.execute(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), window -> { });
        return new CliRun(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }
}
