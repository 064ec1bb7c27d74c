package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backpropstudio.lesson.Diagnoses;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code worksheet check WORKSHEET ANSWERS.csv} on prepared answer files: all right, some wrong,
 * and files that cannot be read (exit 2, one line).
 */
class WorksheetCheckCommandTest {
    private static final String SEED = "assets/worksheets/seed-example.worksheet.json";
    private static final String ANSWERS = "src/test/resources/org/backpropstudio/cli/worksheets/";

    @TempDir
    Path temp;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void all_right_prints_the_full_score_and_nothing_else() {
        assertThat(run("worksheet", "check", SEED, ANSWERS + "seed-all-right.csv")).isZero();
        assertThat(err).isEmpty();
        assertThat(out).isEqualTo("seed-example.worksheet.json: \"The worked example by hand\"\n"
                + "seed-all-right.csv: 28 / 28 right\n");
    }

    @Test
    void some_wrong_prints_one_line_per_item_not_right_with_what_was_said_and_the_value() throws Exception {
        assertThat(run("worksheet", "check", SEED, ANSWERS + "seed-some-wrong.csv")).isZero();
        assertThat(err).isEmpty();
        assertThat(out.lines()).hasSize(2 + 4);
        assertThat(out.lines().toList().get(1)).isEqualTo("seed-some-wrong.csv: 24 / 28 right");
        assertThat(out).contains("item 3, a₁⁽¹⁾: 0.3775 is wrong (the value is 0.593270): ")
                .contains("item 8, δ₁⁽²⁾: -0.1385 is wrong (the value is 0.138499): ")
                .contains("item 12, ∂Jₛ/∂w₁₂⁽²⁾: no answer")
                .contains("item 20, w₁₁⁽¹⁾⁺: 0,16 is wrong (the value is 0.149666): ");
        // each wrong line ends with the diagnosis Diagnoses gives for that answer, or says there is none
        Worksheet seed = WorksheetLibrary.read(Path.of(SEED));
        String line3 = out.lines().filter(l -> l.startsWith("item 3,")).findFirst().orElseThrow();
        assertThat(line3).endsWith(Diagnoses.of(seed.items().get(2).question(), 0.3775)
                .map(d -> ": " + d.sentence() + " [" + d.mistake().id() + "]")
                .orElse(": not one of the mistakes recognised"));
        // 0.3775 is z₁⁽¹⁾ given for a₁⁽¹⁾, −0.1385 the output δ with the sign of (a − y) flipped
        assertThat(line3).endsWith("The step is a₁⁽¹⁾ = σ(z₁⁽¹⁾). [z-for-a]");
        assertThat(out.lines().filter(l -> l.startsWith("item 8,")).findFirst().orElseThrow())
                .endsWith("[sign-flipped]");
        assertThat(out.lines().filter(l -> l.startsWith("item 20,")).findFirst().orElseThrow())
                .endsWith(": not one of the mistakes recognised");
    }

    @Test
    void an_answer_that_is_not_a_number_is_wrong_and_said_so(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("typo.csv");
        Files.writeString(typo, "item,answer\n1,0.3775\n2,O.3925\n");
        assertThat(run("worksheet", "check", SEED, typo.toString())).isZero();
        assertThat(out).contains("typo.csv: 1 / 28 right\n").contains("item 2, z₂⁽¹⁾: \"O.3925\" is not a number\n")
                .contains("item 3, a₁⁽¹⁾: no answer\n");
    }

    @Test
    void a_built_in_worksheet_is_found_by_its_id() {
        assertThat(run("worksheet", "check", "seed-example", ANSWERS + "seed-all-right.csv")).isZero();
        assertThat(out).startsWith("seed-example: \"The worked example by hand\"");
    }

    @Test
    void the_results_the_window_writes_are_read_back_as_answers() throws Exception {
        Worksheet seed = WorksheetLibrary.read(Path.of(SEED));
        Path results = temp.resolve("results.csv");
        try (var writer = Files.newBufferedWriter(results)) {
            org.backpropstudio.lesson.WorksheetResults.read(seed,
                    Files.readString(Path.of(ANSWERS + "seed-some-wrong.csv"))).writeCsv(writer);
        }
        assertThat(Files.readString(results)).startsWith("item,quantity,answer,correct,value,diagnosis\r\n");
        assertThat(run("worksheet", "check", SEED, results.toString())).isZero();
        assertThat(out).contains("results.csv: 24 / 28 right");
    }

    @Test
    void bad_input_is_exit_code_2_in_one_line() throws Exception {
        assertThat(run("worksheet", "check", SEED, ANSWERS + "seed-malformed.csv")).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).isEqualTo("backprop-studio: " + ANSWERS + "seed-malformed.csv: line 3, column 3:"
                + " a quote that is not closed\n");

        assertThat(run("worksheet", "check", SEED, ANSWERS + "seed-no-header.csv")).isEqualTo(2);
        assertThat(err).startsWith("backprop-studio: ").contains("line 1: expected a header line").hasLineCount(1);

        Path beyond = temp.resolve("beyond.csv");
        Files.writeString(beyond, "item,answer\n29,1\n");
        assertThat(run("worksheet", "check", SEED, beyond.toString())).isEqualTo(2);
        assertThat(err).contains("line 2: item 29: the worksheet has 28 items");

        Path mismatched = temp.resolve("mismatched.csv");
        Files.writeString(mismatched, "item,quantity,answer\n1,a₁⁽¹⁾,0.3775\n");
        assertThat(run("worksheet", "check", SEED, mismatched.toString())).isEqualTo(2);
        assertThat(err).contains("line 2, column 2: item 1 is z₁⁽¹⁾, not a₁⁽¹⁾");

        Path twice = temp.resolve("twice.csv");
        Files.writeString(twice, "item,answer\n1,0.3775\n1,0.3775\n");
        assertThat(run("worksheet", "check", SEED, twice.toString())).isEqualTo(2);
        assertThat(err).contains("line 3, column 1: item 1 is answered twice");

        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'i', 't', 'e', 'm', ',', 'a', 'n', 's', 'w', 'e', 'r', '\n', '1', ',',
            (byte) 0xE9});
        assertThat(run("worksheet", "check", SEED, latin1.toString())).isEqualTo(2);
        assertThat(err).contains("not UTF-8 text");

        assertThat(run("worksheet", "check", SEED, temp.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err).endsWith("none.csv: no such file\n");

        Path broken = temp.resolve("broken.worksheet.json");
        Files.writeString(broken,
                "{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\"}");
        assertThat(run("worksheet", "check", broken.toString(), ANSWERS + "seed-all-right.csv")).isEqualTo(2);
        assertThat(err).isEqualTo("backprop-studio: broken.worksheet.json: $.ask: expected what to ask: an array"
                + " of at least one object such as {\"quantity\": [\"z\", \"a\"], \"layer\": 1}, found nothing\n");

        assertThat(run("worksheet", "check", "nope", ANSWERS + "seed-all-right.csv")).isEqualTo(2);
        assertThat(err).contains("nope: $: expected a worksheet file, found no such file");

        assertThat(run("worksheet")).isEqualTo(2);
        assertThat(err).contains("worksheet check WORKSHEET ANSWERS.csv").hasLineCount(1);
        assertThat(run("worksheet", "check", SEED)).isEqualTo(2);
        assertThat(err).contains("ANSWERS.csv").hasLineCount(1);
    }

    @Test
    void help_describes_the_command() {
        assertThat(run("worksheet", "check", "--help")).isZero();
        assertThat(out).contains("Check a student's answers to a worksheet").contains("WORKSHEET")
                .contains("ANSWERS.csv");
        assertThat(run("--help")).isZero();
        assertThat(out).contains("worksheet");
    }
}
