package org.backpropstudio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code worksheet check WORKSHEET ANSWERS.csv}: worksheets on the command line; {@code check} is
 * {@link WorksheetCheckCommand}. Without a subcommand it is bad input.
 */
@Command(name = "worksheet", mixinStandardHelpOptions = true, version = Cli.VERSION,
        subcommands = WorksheetCheckCommand.class)
final class WorksheetCommand implements Callable<Integer> {

    @Override
    public Integer call() throws CliException {
        throw new CliException(CliWords.get("problem.worksheetCommand"));
    }
}
