package org.backpropstudio.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check of an {@code --iterations} value. */
final class Iterations {
    private Iterations() {
    }

    /**
     * {@code n} if it lies in 1..{@code max}.
     *
     * @throws ParameterException naming the allowed range otherwise
     */
    static int check(CommandSpec spec, int n, int max) {
        if (n < 1 || n > max) {
            throw new ParameterException(spec.commandLine(),
                    CliWords.format("problem.iterations", String.valueOf(max), String.valueOf(n)));
        }
        return n;
    }
}
