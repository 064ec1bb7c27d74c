package org.backpropstudio.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check FILE [--full]}: validates a session file as the window opens it, history included,
 * and prints one line, e.g.
 * {@code lecture.backprop.json: "Two moons", network 2-8-8-1 (tanh, tanh, sigmoid), cross-entropy, full batch,
 * 1,000,000 iterations in its history}.
 * A history saved with checkpoints is replayed from the one before its position, as the window
 * does; one saved without (by an earlier version) is replayed from its start only if that is
 * quick or {@code --full} asks for it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class CheckCommand implements Callable<Integer> {
    /** The most replay (multiply-adds) done without --full: about half a second. */
    static final double QUICK_REPLAY = 1L << 28;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionArgument session;

    @Option(names = "--full", descriptionKey = "check.full")
    private boolean full;

    @Override
    public Integer call() throws CliException {
        LoadedSession loaded = session.load();
        Session s = loaded.session();
        String line = CliWords.format("check.line", session.file().getFileName().toString(), s.name(), describe(s));
        if (loaded.history() != null) {
            try {
                HistoryResume resume = loaded.resume();
                String iterations = String.format(Locale.ROOT, "%,d", resume.iterations());
                if (full || resume.replayCost() <= QUICK_REPLAY) {
                    LoadedSession.finish(resume);
                    line = CliWords.format("check.history", line, iterations);
                } else {
                    line = CliWords.format("check.notReplayed", line, iterations);
                }
            } catch (SessionFormatException e) {
                throw session.problem(e);
            }
        } else {
            line = CliWords.format("check.noHistory", line);
        }
        spec.commandLine().getOut().println(line);
        return 0;
    }

    /** E.g. "2-8-8-1 (tanh, tanh, sigmoid), cross-entropy, full batch". */
    static String describe(Session s) {
        Network net = s.network();
        String units = Arrays.stream(net.unitsArray()).mapToObj(Integer::toString).collect(Collectors.joining("-"));
        String activations = IntStream.rangeClosed(1, net.layers()).mapToObj(l -> net.activation(l).id())
                .collect(Collectors.joining(", "));
        return CliWords.format("check.network", units, activations, s.loss().id(), s.batch().id());
    }
}
