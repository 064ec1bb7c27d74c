package org.backpropstudio.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.EvaluationJson;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code evaluate FILE [--format text|json] [--out PATH]}: the loss (and for a classifier the
 * accuracy) of the session's current network on its training set and, if it has one, its test
 * set; the numbers the window's status bar and loss chart show ({@link Score}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class EvaluateCommand implements Callable<Integer> {

    /** What evaluate writes. */
    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionArgument session;

    @Mixin
    private OutputOption output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            descriptionKey = "evaluate.format")
    private Format format = Format.TEXT;

    @Override
    public Integer call() throws CliException {
        LoadedSession loaded = session.load();
        long iterations = -1;
        if (loaded.history() != null) {
            try {
                iterations = loaded.resume().iterations();
            } catch (SessionFormatException e) {
                throw session.problem(e);
            }
        }
        output.check();
        Session s = loaded.session();
        Dataset data = s.dataset();
        Score training = Score.of(s.network(), s.loss(), data);
        Score test = data.test().map(t -> Score.of(s.network(), s.loss(), t)).orElse(null);
        long done = iterations;
        output.write(spec.commandLine().getOut(), writer -> {
            if (format == Format.JSON) {
                EvaluationJson.write(s.name(), done, training, test, writer);
            } else {
                writeText(writer, s.name(), training, test);
            }
        });
        return 0;
    }

    private void writeText(Writer out, String name, Score training, Score test) throws IOException {
        out.write(CliWords.format("evaluate.title", session.file().getFileName().toString(), name));
        out.write('\n');
        out.write(line(CliWords.get("evaluate.training"), training));
        out.write(test == null ? CliWords.get("evaluate.noTest") + "\n" : line(CliWords.get("evaluate.test"), test));
    }

    /** One set's line, e.g. "test set: 360 samples, loss 0.119388, accuracy 98.1 % (353 right)". */
    private static String line(String set, Score score) {
        String samples = String.format(Locale.ROOT, "%,d", score.count());
        String loss = String.format(Locale.ROOT, "%.6g", score.loss());
        String text = CliWords.format("evaluate.loss", set, samples, score.count(), loss);
        if (score.isClassifier()) {
            text = CliWords.format("evaluate.accuracy", text,
                    String.format(Locale.ROOT, "%.1f", 100 * score.accuracy()),
                    String.format(Locale.ROOT, "%,d", score.correct()));
        }
        return text + "\n";
    }

    /** A {@link Format} from its name. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String id) {
            for (Format f : Format.values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(id)) {
                    return f;
                }
            }
            throw new TypeConversionException(CliWords.format("problem.evaluateFormat", id));
        }
    }
}
