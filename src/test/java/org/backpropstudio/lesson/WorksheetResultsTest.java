package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backpropstudio.io.CsvFormatException;
import org.junit.jupiter.api.Test;

/**
 * A student's answers checked cell by cell: right by the quiz's rule, the diagnosis column holding
 * exactly what {@link Diagnoses#of} says, and the results CSV read back to the same results.
 */
class WorksheetResultsTest {

    private static Worksheet seed() throws LessonFormatException {
        return WorksheetLibrary.read(Path.of("assets/worksheets/seed-example.worksheet.json"));
    }

    @Test
    void answers_are_checked_by_the_quiz_rule_and_typed_as_people_type_numbers() throws Exception {
        WorksheetItem z = seed().items().get(0);
        assertThat(WorksheetCheck.check(z, "0.3775").isRight()).isTrue();
        assertThat(WorksheetCheck.check(z, " 0,378 ").isRight()).isTrue();
        assertThat(WorksheetCheck.check(z, "3.775e-1").isRight()).isTrue();
        assertThat(WorksheetCheck.check(z, "−0.3775").kind()).isEqualTo(WorksheetCheck.Kind.WRONG);
        assertThat(WorksheetCheck.check(z, "0.39").kind()).isEqualTo(WorksheetCheck.Kind.WRONG);
        assertThat(WorksheetCheck.check(z, "").kind()).isEqualTo(WorksheetCheck.Kind.EMPTY);
        assertThat(WorksheetCheck.check(z, null).kind()).isEqualTo(WorksheetCheck.Kind.EMPTY);
        assertThat(WorksheetCheck.check(z, "abc").kind()).isEqualTo(WorksheetCheck.Kind.NOT_A_NUMBER);
        assertThat(WorksheetCheck.check(z, "NaN").kind()).isEqualTo(WorksheetCheck.Kind.NOT_A_NUMBER);
        assertThat(WorksheetCheck.check(z, "1e999").kind()).isEqualTo(WorksheetCheck.Kind.NOT_A_NUMBER);
    }

    @Test
    void the_diagnosis_of_a_wrong_answer_is_what_diagnoses_says_and_a_right_one_has_none() throws Exception {
        Random random = new Random(15);
        Worksheet w = seed();
        for (WorksheetItem item : w.items()) {
            for (double answer : new double[] {item.answer() * (1 + random.nextGaussian()), -item.answer(),
                    item.answer() + 1}) {
                WorksheetCheck.Verdict v = WorksheetCheck.check(item, Double.toString(answer));
                if (v.isRight()) {
                    assertThat(v.diagnosis()).isEmpty();
                } else {
                    assertThat(v.diagnosis()).isEqualTo(Diagnoses.of(item.question(), answer));
                }
            }
            assertThat(WorksheetCheck.check(item, Double.toString(item.answer())).diagnosis()).isEmpty();
        }
    }

    @Test
    void results_are_written_as_csv_and_read_back_to_the_same_results() throws Exception {
        Worksheet w = seed();
        List<String> answers = new ArrayList<>();
        for (WorksheetItem item : w.items()) {
            answers.add(item.number() % 3 == 0 ? "" : item.number() % 3 == 1 ? Double.toString(item.answer())
                    : Double.toString(item.answer() * 2 + 0.1));
        }
        WorksheetResults results = WorksheetResults.of(w, answers);
        assertThat(results.total()).isEqualTo(28);
        assertThat(results.right()).isEqualTo(10);
        assertThat(results.answered()).isEqualTo(19);
        assertThat(results.score()).isEqualTo("10 / 28 right");
        StringWriter csv = new StringWriter();
        results.writeCsv(csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(29);
        assertThat(lines.get(0)).isEqualTo("item,quantity,answer,correct,value,diagnosis");
        assertThat(lines.get(1)).isEqualTo("1,z₁⁽¹⁾,0.3775,true,0.3775,");
        assertThat(lines.get(3)).isEqualTo("3,a₁⁽¹⁾,,false,0.5932699921071872,");
        String two = lines.get(2);
        assertThat(two).startsWith("2,z₂⁽¹⁾," + answers.get(1) + ",false,0.39249999999999996,")
                .endsWith(results.verdicts().get(1).diagnosis().map(d -> d.mistake().id()).orElse(""));
        WorksheetResults again = WorksheetResults.read(w, csv.toString());
        assertThat(again.answers()).isEqualTo(results.answers());
        assertThat(again.verdicts()).isEqualTo(results.verdicts());
    }

    @Test
    void answers_beyond_the_worksheet_or_not_in_csv_are_named_by_line_and_column_and_typos_kept() throws Exception {
        Worksheet w = seed();
        assertThatThrownBy(() -> WorksheetResults.read(w, "answer,item\n0.1,30\n"))
                .isInstanceOf(CsvFormatException.class).hasMessage("line 2: item 30: the worksheet has 28 items");
        WorksheetResults typo = WorksheetResults.read(w, "item,answer\n1,x\n");
        assertThat(typo.answers().get(0)).isEqualTo("x");
        assertThat(typo.verdicts().get(0).kind()).isEqualTo(WorksheetCheck.Kind.NOT_A_NUMBER);
        assertThatThrownBy(() -> WorksheetResults.read(w, "item,answer\nfirst,1\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2, column 1: expected an item");
        assertThatThrownBy(() -> WorksheetResults.read(w, "item,answer\n1,\"0.3\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("a quote that is not closed");
        assertThatThrownBy(() -> WorksheetResults.read(w, ""))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("expected a header line");
        assertThat(WorksheetResults.read(w, "\uFEFFitem,answer,notes\n\n2,0.3925,\"well, maybe\"\n").right())
                .isEqualTo(1);
    }
}
