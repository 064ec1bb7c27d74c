package org.backpropstudio.cli;

import java.util.concurrent.Callable;
import org.backpropstudio.core.Engine;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train FILE --iterations N [--out PATH]}: trains and writes the trained session. */
@Command(name = "train", mixinStandardHelpOptions = true, version = Cli.VERSION,
        description = "Train a session for N iterations and write the session with its trained weights "
                + "(members of the file this version does not know are kept).")
final class TrainCommand implements Callable<Integer> {
    /** The most iterations one run may train. */
    static final int MAX_ITERATIONS = 10_000_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionArgument session;

    @Mixin
    private OutputOption output;

    private int iterations;

    @Option(names = "--iterations", paramLabel = "N", required = true,
            description = "Iterations to train, 1 to " + MAX_ITERATIONS + ".")
    void setIterations(int n) {
        iterations = Iterations.check(spec, n, MAX_ITERATIONS);
    }

    @Override
    public Integer call() throws CliException {
        LoadedSession loaded = session.load();
        output.check();
        Engine engine = new Engine(loaded.session());
        for (int i = 0; i < iterations; i++) {
            engine.runIteration();
        }
        String trained = SessionFile.write(engine.currentSession(), loaded.document());
        output.write(spec.commandLine().getOut(), writer -> writer.write(trained));
        return 0;
    }
}
