package org.backpropstudio.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line:
 * <pre>
 *   backprop-studio                         open the window
 *   backprop-studio open FILE               check FILE, then open it in the window
 *   backprop-studio trace FILE [--iterations N] [--format json|markdown|csv|latex] [--out PATH]
 *   backprop-studio train FILE --iterations N [--history] [--out PATH]
 *   backprop-studio check FILE [--full]
 *   backprop-studio evaluate FILE [--format text|json] [--out PATH]
 *   backprop-studio export FILE --format numpy|pytorch [--out PATH]
 *   backprop-studio worksheet check WORKSHEET ANSWERS.csv
 *   backprop-studio --help | --version
 * </pre>
 * Exit codes: 0 on success; 2 for any bad input (a missing or invalid file, an unknown command or
 * option, a bad value, an unwritable {@code --out}), told in exactly one line on the error stream,
 * e.g. {@code backprop-studio: seed.json: $.loss: expected one of …, found "hinge"}; 1 for an internal
 * error, also in one line. Output is UTF-8.
 */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, version = Cli.VERSION)
public final class Cli implements Callable<Integer> {
    /** The program's name, which starts every error line. */
    public static final String NAME = "backprop-studio";
    /** The version {@code --version} prints. */
    public static final String VERSION = "0.1.0";

    private static final System.Logger LOGGER = System.getLogger(Cli.class.getName());

    private final Consumer<Optional<Path>> openWindow;

    private Cli(Consumer<Optional<Path>> openWindow) {
        this.openWindow = openWindow;
    }

    /**
     * Runs the command line {@code args} on the process's standard output and error streams (the
     * jar's entry point; the command line is the one place that prints to them).
     *
     * @param openWindow opens the window, on a session file if one is given
     * @return the exit code: 0, 2 for bad input, 1 for an internal error
     */
    public static int execute(String[] args, Consumer<Optional<Path>> openWindow) {
        return execute(args, System.out, System.err, openWindow);
    }

    /**
     * Runs the command line {@code args}.
     *
     * @param out        where results, help and the version go
     * @param err        where the one line about a problem goes
     * @param openWindow opens the window, on a session file if one is given; called for no command
     *                   and for {@code open}, after the file was checked
     * @return the exit code: 0, 2 for bad input, 1 for an internal error
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, Consumer<Optional<Path>> openWindow) {
        CommandLine commandLine = new CommandLine(new Cli(openWindow))
                .addSubcommand(new OpenCommand(openWindow))
                .addSubcommand(new TraceCommand())
                .addSubcommand(new TrainCommand())
                .addSubcommand(new CheckCommand())
                .addSubcommand(new EvaluateCommand())
                .addSubcommand(new ExportCommand())
                .addSubcommand(new WorksheetCommand());
        commandLine.setResourceBundle(new CliHelp());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(
                (e, arguments) -> fail(e.getCommandLine(), describe(e), ExitCode.USAGE));
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliException) {
                return fail(command, e.getMessage(), ExitCode.USAGE);
            }
            LOGGER.log(System.Logger.Level.DEBUG, "internal error", e);
            return fail(command, CliWords.format("problem.internal", e.toString()), ExitCode.SOFTWARE);
        });
        return commandLine.execute(args);
    }

    /** No command: opens the window. */
    @Override
    public Integer call() {
        openWindow.accept(Optional.empty());
        return ExitCode.OK;
    }

    /** Writes {@code NAME: message} as one line on the error stream and returns {@code code}. */
    private static int fail(CommandLine commandLine, String message, int code) {
        commandLine.getErr().println(NAME + ": " + message.replaceAll("\\R", " "));
        return code;
    }

    /** The problem with the arguments; a word where a command was expected is called an unknown command. */
    private static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && unmatched.getCommandLine().getParent() == null) {
            return CliWords.format("problem.unknownCommand", unmatched.getUnmatched().get(0),
                    String.join(", ", unmatched.getCommandLine().getSubcommands().keySet()));
        }
        return e.getMessage();
    }
}
