package org.backpropstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backpropstudio.core.Session;
import org.backpropstudio.export.ExportRefusedException;
import org.backpropstudio.export.Framework;
import org.backpropstudio.export.PythonProgram;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code export FILE --format numpy|pytorch [--out PATH]}: the session as a runnable Python program
 * ({@link PythonProgram}) that trains as the studio does and writes the same trace.
 */
@Command(name = "export", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionArgument session;

    @Mixin
    private OutputOption output;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            descriptionKey = "export.format")
    private Framework framework;

    @Override
    public Integer call() throws CliException {
        Session loaded = session.load().session();
        output.check();
        String name = output.path().map(Path::getFileName).map(Path::toString)
                .orElse(PythonProgram.DEFAULT_FILE_NAME);
        String program;
        try {
            program = PythonProgram.of(loaded, framework, name);
        } catch (ExportRefusedException e) {
            throw new CliException(CliWords.format("problem.exportRefused", session.file().toString(),
                    framework.id(), e.getMessage()));
        }
        output.write(spec.commandLine().getOut(), writer -> writer.write(program));
        return 0;
    }

    /** A {@link Framework} from its id. */
    static final class FormatConverter implements ITypeConverter<Framework> {
        @Override
        public Framework convert(String id) {
            return Framework.fromId(id)
                    .orElseThrow(() -> new TypeConversionException(CliWords.format("problem.exportFormat", id)));
        }
    }
}
