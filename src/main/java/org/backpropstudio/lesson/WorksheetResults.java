package org.backpropstudio.lesson;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.WorksheetCsv;

/**
 * A student's answers to a worksheet, each checked ({@link WorksheetCheck}): read from and written
 * to the results CSV ({@link WorksheetCsv}), counted for the score.
 *
 * @param worksheet the worksheet
 * @param answers   the answer to each item as typed, in item order ("" for none)
 * @param verdicts  the verdict on each
 */
public record WorksheetResults(Worksheet worksheet, List<String> answers, List<WorksheetCheck.Verdict> verdicts) {

    public WorksheetResults {
        answers = List.copyOf(answers);
        verdicts = List.copyOf(verdicts);
    }

    /** {@code answers} to {@code worksheet} (one per item, in order; null or "" for none), checked. */
    public static WorksheetResults of(Worksheet worksheet, List<String> answers) {
        List<String> typed = new ArrayList<>();
        List<WorksheetCheck.Verdict> verdicts = new ArrayList<>();
        for (WorksheetItem item : worksheet.items()) {
            String answer = item.number() <= answers.size() && answers.get(item.number() - 1) != null
                    ? answers.get(item.number() - 1).strip() : "";
            typed.add(answer);
            verdicts.add(WorksheetCheck.check(item, answer));
        }
        return new WorksheetResults(worksheet, typed, verdicts);
    }

    /**
     * The answers to {@code worksheet} in the CSV {@code text}: items it leaves out are unanswered;
     * an answer that is not a number is kept as written, and is not right.
     *
     * @throws CsvFormatException naming the line and column of the first problem: those of
     *                            {@link WorksheetCsv#read}, an item the worksheet does not have, a
     *                            quantity that is not the item's
     */
    public static WorksheetResults read(Worksheet worksheet, String text) throws CsvFormatException {
        int n = worksheet.items().size();
        String[] answers = new String[n];
        Arrays.fill(answers, "");
        for (WorksheetCsv.Answer a : WorksheetCsv.read(text)) {
            if (a.item() > n) {
                throw new CsvFormatException(a.line(), 0, LessonWords.format("worksheet.csv.noItem",
                        String.valueOf(a.item()), String.valueOf(n), n));
            }
            WorksheetItem item = worksheet.items().get(a.item() - 1);
            if (!a.quantity().isEmpty() && !a.quantity().equals(item.symbol())) {
                throw new CsvFormatException(a.line(), a.quantityColumn(), LessonWords.format(
                        "worksheet.csv.quantity", String.valueOf(a.item()), item.symbol(), a.quantity()));
            }
            answers[a.item() - 1] = a.answer();
        }
        return of(worksheet, Arrays.asList(answers));
    }

    /** The answers right. */
    public int right() {
        return (int) verdicts.stream().filter(WorksheetCheck.Verdict::isRight).count();
    }

    /** The items answered with a number. */
    public int answered() {
        return (int) verdicts.stream().filter(WorksheetCheck.Verdict::isAnswered).count();
    }

    /** The items of the worksheet. */
    public int total() {
        return verdicts.size();
    }

    /** "7 / 12 right". */
    public String score() {
        return LessonWords.format("worksheet.score", String.valueOf(right()), String.valueOf(total()));
    }

    /** Writes the results CSV ({@link WorksheetCsv#HEADER}) to {@code out}, which stays open. */
    public void writeCsv(Writer out) throws IOException {
        List<WorksheetCsv.Result> rows = new ArrayList<>();
        for (WorksheetItem item : worksheet.items()) {
            WorksheetCheck.Verdict v = verdicts.get(item.number() - 1);
            rows.add(new WorksheetCsv.Result(item.number(), item.symbol(), answers.get(item.number() - 1),
                    v.isRight(), item.answer(), v.diagnosis().map(d -> d.mistake().id()).orElse("")));
        }
        WorksheetCsv.write(rows, out);
    }
}
