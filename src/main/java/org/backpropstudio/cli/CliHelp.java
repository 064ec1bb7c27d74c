package org.backpropstudio.cli;

import java.util.ListResourceBundle;

/**
 * The help of the commands and options as picocli reads it: its keys ({@code usage.description}
 * of a command, qualified by the command's name, and each option's {@code descriptionKey}) with
 * the texts of {@link CliWords}, in the default locale when it is made.
 */
final class CliHelp extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"usage.description", CliWords.get("help.cli")},
            {Cli.NAME + ".open.usage.description", CliWords.get("help.open")},
            {Cli.NAME + ".trace.usage.description", CliWords.get("help.trace")},
            {Cli.NAME + ".train.usage.description", CliWords.get("help.train")},
            {Cli.NAME + ".check.usage.description", CliWords.get("help.check")},
            {Cli.NAME + ".evaluate.usage.description", CliWords.get("help.evaluate")},
            {Cli.NAME + ".export.usage.description", CliWords.get("help.export")},
            {Cli.NAME + ".worksheet.usage.description", CliWords.get("help.worksheet")},
            {Cli.NAME + ".worksheet.check.usage.description", CliWords.get("help.worksheet.check")},
            {"file", CliWords.get("help.file")},
            {"out", CliWords.get("help.out")},
            {"trace.format", CliWords.get("help.trace.format")},
            {"trace.iterations", CliWords.format("help.trace.iterations", String.valueOf(TraceCommand.MAX_ITERATIONS))},
            {"train.iterations", CliWords.format("help.train.iterations", String.valueOf(TrainCommand.MAX_ITERATIONS))},
            {"train.history", CliWords.get("help.train.history")},
            {"check.full", CliWords.get("help.check.full")},
            {"evaluate.format", CliWords.get("help.evaluate.format")},
            {"export.format", CliWords.get("help.export.format")},
            {"worksheet.file", CliWords.get("help.worksheet.file")},
            {"worksheet.answers", CliWords.get("help.worksheet.answers")},
            {"mixinStandardHelpOptions.help", CliWords.get("help.help")},
            {"mixinStandardHelpOptions.version", CliWords.get("help.version")},
        };
    }
}
