package org.backpropstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetCheck;
import org.backpropstudio.lesson.WorksheetItem;
import org.backpropstudio.lesson.WorksheetLibrary;
import org.backpropstudio.lesson.WorksheetResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code worksheet check WORKSHEET ANSWERS.csv}: checks a student's answers to a worksheet as the
 * window does ({@link WorksheetResults}) and prints the score, then one line per item that is not
 * right, with the mistake recognised ({@code Diagnoses}), e.g.
 * <pre>
 *   seed-example.worksheet.json: "The worked example by hand"
 *   alice.csv: 26 / 28 right
 *   item 3, a₁⁽¹⁾: 0.3775 is wrong (the value is 0.593270): You gave z; the activation is σ(z).
 *   item 9, δ₂⁽¹⁾: no answer
 * </pre>
 * WORKSHEET is a worksheet file, or the id of a built-in worksheet ({@code seed-example}) when no
 * such file exists; ANSWERS.csv is the results CSV the window writes, or any CSV with the columns
 * {@code item} and {@code answer} ({@code io/WorksheetCsv}). Exit 0 however many are wrong; a
 * worksheet or answers file that cannot be read is bad input (exit 2), so a class's files can be
 * graded in a loop.
 */
@Command(name = "check", mixinStandardHelpOptions = true, version = Cli.VERSION)
final class WorksheetCheckCommand implements Callable<Integer> {
    /** The largest answers file read, in bytes. */
    static final long MAX_BYTES = 16L << 20;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSHEET", descriptionKey = "worksheet.file")
    private Path worksheetFile;

    @Parameters(index = "1", paramLabel = "ANSWERS.csv", descriptionKey = "worksheet.answers")
    private Path answersFile;

    @Override
    public Integer call() throws CliException {
        Worksheet worksheet = worksheet();
        WorksheetResults results;
        try {
            results = WorksheetResults.read(worksheet, answers());
        } catch (CsvFormatException e) {
            throw new CliException(CliWords.format("problem.inFile", answersFile.toString(), e.getMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliWords.format("worksheet.title", worksheetFile.getFileName().toString(), worksheet.title()));
        out.println(CliWords.format("worksheet.score", answersFile.getFileName().toString(),
                String.valueOf(results.right()), String.valueOf(results.total())));
        for (WorksheetItem item : worksheet.items()) {
            WorksheetCheck.Verdict v = results.verdicts().get(item.number() - 1);
            if (!v.isRight()) {
                out.println(line(item, results.answers().get(item.number() - 1), v));
            }
        }
        out.flush();
        return 0;
    }

    /** One wrong or unanswered item. */
    private static String line(WorksheetItem item, String answer, WorksheetCheck.Verdict v) {
        String number = String.valueOf(item.number());
        if (v.kind() == WorksheetCheck.Kind.EMPTY) {
            return CliWords.format("worksheet.unanswered", number, item.symbol());
        }
        if (v.kind() == WorksheetCheck.Kind.NOT_A_NUMBER) {
            return CliWords.format("worksheet.notNumber", number, item.symbol(), answer);
        }
        String wrong = CliWords.format("worksheet.wrong", number, item.symbol(), answer,
                String.format(Locale.ROOT, "%.6g", item.answer()));
        return v.diagnosis().map(d -> CliWords.format("worksheet.diagnosis", wrong, d.sentence(), d.mistake().id()))
                .orElseGet(() -> CliWords.format("worksheet.noDiagnosis", wrong));
    }

    /** The worksheet: the file, or a built-in one by its id if there is no such file. */
    private Worksheet worksheet() throws CliException {
        try {
            if (!Files.exists(worksheetFile) && !worksheetFile.toString().contains("/")
                    && !worksheetFile.toString().contains("\\")) {
                Optional<Worksheet> builtIn = WorksheetLibrary.builtIn().load(worksheetFile.toString());
                if (builtIn.isPresent()) {
                    return builtIn.get();
                }
            }
            return WorksheetLibrary.read(worksheetFile);
        } catch (LessonFormatException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The answers file's text, UTF-8. */
    private String answers() throws CliException {
        try {
            if (Files.size(answersFile) > MAX_BYTES) {
                throw new CliException(CliWords.format("problem.inFile", answersFile.toString(),
                        CliWords.format("problem.tooLarge", String.valueOf(MAX_BYTES >> 20))));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(answersFile)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new CliException(CliWords.format("problem.inFile", answersFile.toString(),
                    CliWords.get("problem.noSuchFile")));
        } catch (CharacterCodingException e) {
            throw new CliException(CliWords.format("problem.inFile", answersFile.toString(),
                    CliWords.get("problem.notUtf8")));
        } catch (IOException e) {
            throw new CliException(CliWords.format("problem.inFile", answersFile.toString(), e.toString()));
        }
    }
}
