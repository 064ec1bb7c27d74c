package org.backpropstudio.cli;

import java.util.concurrent.Callable;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train FILE --iterations N [--history] [--out PATH]}: trains and writes the trained session.
 * With {@code --history} the training is recorded on the session's timeline (after its saved
 * history, if it has one) and the file is written with that history, exactly as the window's Save
 * writes it, so that the window opens it at its end and can step back through all of it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, version = Cli.VERSION)
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

    @Option(names = "--history", descriptionKey = "train.history")
    private boolean history;

    @Option(names = "--iterations", paramLabel = "N", required = true, descriptionKey = "train.iterations")
    void setIterations(int n) {
        iterations = Iterations.check(spec, n, MAX_ITERATIONS);
    }

    @Override
    public Integer call() throws CliException {
        LoadedSession loaded = session.load();
        output.check();
        String trained;
        if (history) {
            StepMachine machine;
            try {
                machine = loaded.restore();
            } catch (SessionFormatException e) {
                throw session.problem(e);
            }
            machine.iterations(iterations);
            trained = SessionFile.write(machine.engine().currentSession(), loaded.document(), machine.saved());
        } else {
            Engine engine = new Engine(loaded.session());
            for (int i = 0; i < iterations; i++) {
                engine.runIteration();
            }
            trained = SessionFile.write(engine.currentSession(), loaded.document());
        }
        output.write(spec.commandLine().getOut(), writer -> writer.write(trained));
        return 0;
    }
}
