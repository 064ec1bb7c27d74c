package org.backpropstudio.cli;

import java.util.concurrent.Callable;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.TraceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code trace FILE [--iterations N] [--format json|markdown|csv|latex] [--out PATH]}. */
@Command(name = "trace", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class TraceCommand implements Callable<Integer> {
    /** The most iterations one trace may hold. */
    static final int MAX_ITERATIONS = 1000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionArgument session;

    @Mixin
    private OutputOption output;

    private int iterations = 1;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            descriptionKey = "trace.format")
    private TraceFormat format = TraceFormat.JSON;

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "trace.iterations")
    void setIterations(int n) {
        iterations = Iterations.check(spec, n, MAX_ITERATIONS);
    }

    @Override
    public Integer call() throws CliException {
        Session loaded = session.load().session();
        output.check();
        output.write(spec.commandLine().getOut(), writer -> format.write(loaded, iterations, writer));
        return 0;
    }

    /** A {@link TraceFormat} from its id. */
    static final class FormatConverter implements ITypeConverter<TraceFormat> {
        @Override
        public TraceFormat convert(String id) {
            return TraceFormat.fromId(id)
                    .orElseThrow(() -> new TypeConversionException(CliWords.format("problem.format", id)));
        }
    }
}
