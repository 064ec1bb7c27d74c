package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.io.Presets;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worksheet files: the shipped ones load with the engine's values, a worksheet round-trips through
 * its file, and a malformed one is refused naming the JSON path of its problem.
 */
class WorksheetFileTest {
    static final Path FOLDER = Path.of("assets/worksheets");
    private static final Map<String, String> FILES = Map.of("tiny.backprop.json", """
            {"format": "backprop-studio/1", "name": "Tiny", "network": {"inputs": 1, "layers": [
              {"units": 1, "activation": "sigmoid", "weights": [[0.5]], "biases": [0]}]},
             "loss": "squared-error", "learningRate": 0.5, "batch": "full",
             "dataset": {"inputs": [[1], [2]], "targets": [[0], [1]]}}""");

    static Worksheet parse(String json) throws LessonFormatException {
        return WorksheetFile.parse(json, name -> Optional.ofNullable(FILES.get(name)), Presets.onClassPath());
    }

    private static String sheet(String members) {
        return "{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", " + members + "}";
    }

    private static LessonFormatException problem(String json) {
        try {
            parse(json);
        } catch (LessonFormatException e) {
            return e;
        }
        return fail("expected a LessonFormatException for " + json);
    }

    @Test
    void the_seed_worksheet_asks_every_value_of_iteration_1_as_the_engine_computes_it() throws Exception {
        Worksheet w = WorksheetLibrary.read(FOLDER.resolve("seed-example.worksheet.json"));
        assertThat(w.items()).hasSize(28);
        assertThat(w.items()).extracting(WorksheetItem::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 28).boxed().toList());
        assertThat(w.items().get(0).symbol()).isEqualTo("z₁⁽¹⁾");
        assertThat(w.items().get(0).answer()).isEqualTo(0.3775, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(w.items().get(2).symbol()).isEqualTo("a₁⁽¹⁾");
        assertThat(w.items().get(2).answer()).isEqualTo(0.593269992, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.items().get(6).question().quantity()).isEqualTo(QuizQuestion.Quantity.LOSS);
        assertThat(w.items().get(6).answer()).isEqualTo(0.274811083, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w.items().get(27).question().quantity()).isEqualTo(QuizQuestion.Quantity.BIAS);

        // every answer is the engine's own value: the trace of the same iteration holds each
        StepMachine m = new StepMachine(w.session());
        java.util.Set<Double> computed = new java.util.HashSet<>();
        for (int k = 0; k < m.engine().plan().length(); k++) {
            MicroStep step = m.stepForward();
            var s = m.engine();
            for (int l = 1; l <= s.layers(); l++) {
                for (int j = 0; j < s.units(l); j++) {
                    computed.add(s.z(l, j));
                    computed.add(s.a(l, j));
                    computed.add(s.delta(l, j));
                    computed.add(s.bias(l, j));
                    for (int i = 0; i < s.units(l - 1); i++) {
                        computed.add(s.sampleWeightGradient(l, j, i));
                        computed.add(s.weight(l, j, i));
                    }
                }
            }
            if (step.kind() == MicroStep.Kind.LOSS) {
                computed.add(s.sampleLoss());
            }
        }
        assertThat(w.items()).allSatisfy(i -> assertThat(computed).contains(i.answer()));
        assertThat(w.items().get(2).equation(Notation.UNICODE).lhs()).isEqualTo("a₁⁽¹⁾");
        assertThat(w.items().get(2).equation(Notation.LATEX).result()).contains("0.59327");
    }

    @Test
    void the_softmax_worksheet_is_on_the_blobs_preset_and_asks_the_output_layer() throws Exception {
        Worksheet w = WorksheetLibrary.read(FOLDER.resolve("blobs-softmax.worksheet.json"));
        assertThat(w.session().name()).isEqualTo("Gaussian blobs (2-6-3 softmax)");
        assertThat(w.items()).hasSize(18 + 1 + 9 + 3 + 6);
        assertThat(w.quantities()).contains(QuizQuestion.Quantity.LOSS, QuizQuestion.Quantity.DELTA);
        assertThat(w.items()).extracting(WorksheetItem::symbol).contains("a₃⁽²⁾", "δ₁⁽²⁾");
        assertThat(w.items()).filteredOn(i -> i.question().quantity() == QuizQuestion.Quantity.WEIGHT_GRADIENT)
                .hasSize(6).allSatisfy(i -> {
                    assertThat(i.question().layer()).isEqualTo(2);
                    assertThat(i.question().unit()).isZero();
                });
        // softmax with cross-entropy: δ = a − y
        double a1 = w.items().stream().filter(i -> i.symbol().equals("a₁⁽²⁾")).findFirst().orElseThrow().answer();
        double d1 = w.items().stream().filter(i -> i.symbol().equals("δ₁⁽²⁾")).findFirst().orElseThrow().answer();
        assertThat(d1).isEqualTo(a1 - w.session().dataset().target(0, 0));
    }

    @Test
    void the_index_lists_both_worksheets_and_the_class_path_holds_the_same() throws Exception {
        WorksheetLibrary builtIn = WorksheetLibrary.builtIn();
        assertThat(builtIn.entries()).extracting(LessonLibrary.Entry::id)
                .containsExactly("seed-example", "blobs-softmax");
        for (LessonLibrary.Entry e : builtIn.entries()) {
            assertThat(Files.exists(FOLDER.resolve(e.file()))).isTrue();
            assertThat(builtIn.load(e).items()).hasSameSizeAs(WorksheetLibrary.read(FOLDER.resolve(e.file())).items());
        }
        assertThat(builtIn.load("seed-example")).isPresent();
        assertThat(builtIn.load("nope")).isEmpty();
    }

    @Test
    void a_worksheet_round_trips_through_its_file() throws Exception {
        for (String json : List.of(
                Files.readString(FOLDER.resolve("seed-example.worksheet.json")),
                Files.readString(FOLDER.resolve("blobs-softmax.worksheet.json")),
                sheet("\"summary\": \"S\", \"session\": \"tiny.backprop.json\", \"iteration\": 3, \"sample\": 2,"
                        + " \"ask\": [{\"quantity\": \"updated-weight\"},"
                        + " {\"quantity\": [\"a\", \"z\"], \"layer\": [1],"
                        + " \"unit\": 1}], \"order\": \"listed\""),
                sheet("\"session\": " + FILES.get("tiny.backprop.json") + ", \"ask\": [{\"quantity\": \"delta\"}]"))) {
            Worksheet first = parse(json);
            Worksheet again = parse(WorksheetFile.write(first));
            assertThat(again.title()).isEqualTo(first.title());
            assertThat(again.summary()).isEqualTo(first.summary());
            assertThat(again.sessionName()).isEqualTo(first.sessionName());
            assertThat(again.session()).isEqualTo(first.session());
            assertThat(again.iteration()).isEqualTo(first.iteration());
            assertThat(again.sample()).isEqualTo(first.sample());
            assertThat(again.asks()).isEqualTo(first.asks());
            assertThat(again.order()).isEqualTo(first.order());
            assertThat(again.given()).isEqualTo(first.given());
            assertThat(again.items()).extracting(WorksheetItem::symbol)
                    .containsExactlyElementsOf(first.items().stream().map(WorksheetItem::symbol).toList());
            assertThat(again.items()).extracting(WorksheetItem::answer)
                    .containsExactlyElementsOf(first.items().stream().map(WorksheetItem::answer).toList());
            assertThat(WorksheetFile.write(again)).isEqualTo(WorksheetFile.write(first));
        }
    }

    @Test
    void listed_order_follows_the_ask_and_steps_order_the_engine() throws Exception {
        String ask = "\"session\": \"seed-example\", \"ask\": [{\"quantity\": \"delta\"}, {\"quantity\": \"z\"}]";
        assertThat(parse(sheet(ask + ", \"order\": \"listed\"")).items()).extracting(WorksheetItem::symbol)
                .containsExactly("δ₁⁽²⁾", "δ₁⁽¹⁾", "δ₂⁽¹⁾", "z₁⁽¹⁾", "z₂⁽¹⁾", "z₁⁽²⁾");
        assertThat(parse(sheet(ask)).items()).extracting(WorksheetItem::symbol)
                .containsExactly("z₁⁽¹⁾", "z₂⁽¹⁾", "z₁⁽²⁾", "δ₁⁽²⁾", "δ₁⁽¹⁾", "δ₂⁽¹⁾");
    }

    @Test
    void a_later_iteration_and_sample_start_from_the_parameters_then() throws Exception {
        Worksheet w = parse(sheet("\"session\": \"tiny.backprop.json\", \"iteration\": 2, \"sample\": 2,"
                + " \"ask\": [{\"quantity\": \"z\"}]"));
        Session tiny = w.session();
        StepMachine m = new StepMachine(tiny);
        m.iterations(1);
        double weight = m.engine().weight(1, 0, 0);
        assertThat(w.given().network().weight(1, 0, 0)).isEqualTo(weight).isNotEqualTo(0.5);
        assertThat(w.given().sampleIndex()).isEqualTo(1);
        assertThat(w.items()).singleElement().satisfies(i -> assertThat(i.answer()).isEqualTo(weight * 2
                + m.engine().bias(1, 0)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"format\": \"backprop-studio-worksheet/1\", `| $ | JSON",
        "`[]` | $ | a worksheet",
        "`{\"format\": \"backprop-studio-worksheet/2\", \"title\": \"T\"}` | $.format | backprop-studio-worksheet/1",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"session\": \"xor\"}` | $.title | title",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"sesion\": \"xor\"}` | $.sesion"
                + " | one of ask, format",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"nope\", \"ask\": []}`"
                + " | $.session | a preset id",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"missing.json\"}`"
                + " | $.session | does not exist beside the worksheet",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\"}` | $.ask | what to ask",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\", \"ask\": []}`"
                + " | $.ask | at least one object",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\", \"iteration\": 0,"
                + " \"ask\": [{\"quantity\": \"z\"}]}` | $.iteration | from 1 to 10000",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"seed-example\","
                + " \"sample\": 2, \"ask\": [{\"quantity\": \"z\"}]}` | $.sample | from 1 to 1",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": \"w\"}]}` | $.ask[0].quantity | z, a, loss, delta, weight-gradient",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": [\"z\", 3]}]}` | $.ask[0].quantity[1] | a quantity",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"layer\": 1}]}` | $.ask[0].quantity | a quantity",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": \"z\", \"layer\": 3}]}` | $.ask[0].layer | a layer from 1 to 2",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": \"z\", \"layer\": 2, \"unit\": [1, 2]}]}` | $.ask[0].unit[1]"
                + " | a unit from 1 to 1",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": \"z\", \"units\": 1}]}` | $.ask[0].units | one of layer, quantity, unit",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"xor\","
                + " \"ask\": [{\"quantity\": \"z\"}], \"order\": \"random\"}` | $.order | \"steps\" or \"listed\"",
        "`{\"format\": \"backprop-studio-worksheet/1\", \"title\": \"T\", \"session\": \"digits\","
                + " \"ask\": [{\"quantity\": \"updated-weight\"}]}`"
                + " | $.ask | at most 1000 items",
    })
    void a_broken_worksheet_names_the_place(String json, String path, String expected) {
        LessonFormatException e = problem(json);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith(path + ": expected").contains(expected);
    }

    @Test
    void a_session_that_blows_up_before_the_iteration_is_refused_at_the_iteration() {
        String exploding = FILES.get("tiny.backprop.json").replace("\"learningRate\": 0.5", "\"learningRate\": 1e6")
                .replace("\"activation\": \"sigmoid\"", "\"activation\": \"linear\"");
        LessonFormatException e = problem(sheet("\"session\": " + exploding + ", \"iteration\": 200,"
                + " \"ask\": [{\"quantity\": \"z\"}]"));
        assertThat(e.path()).isEqualTo("$.iteration");
        assertThat(e.found()).contains("blow up");
    }

    @Test
    void a_file_on_disk_is_named_in_the_message_and_its_session_files_read_beside_it(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("mine.worksheet.json");
        Files.writeString(file, sheet("\"session\": \"seed-example\", \"ask\": [{\"quantity\": \"z\", \"layer\": 9}]"));
        assertThatThrownBy(() -> WorksheetLibrary.read(file)).isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("mine.worksheet.json: $.ask[0].layer: expected a layer from 1 to 2");
        assertThatThrownBy(() -> WorksheetLibrary.read(dir.resolve("none.json")))
                .isInstanceOf(LessonFormatException.class).hasMessageContaining("no such file");
        Files.writeString(dir.resolve("tiny.backprop.json"), FILES.get("tiny.backprop.json"));
        Files.writeString(file, sheet("\"session\": \"tiny.backprop.json\", \"ask\": [{\"quantity\": \"a\"}]"));
        assertThat(WorksheetLibrary.read(file).session().name()).isEqualTo("Tiny");
        Files.writeString(file, sheet("\"session\": \"../tiny.backprop.json\", \"ask\": [{\"quantity\": \"a\"}]"));
        assertThatThrownBy(() -> WorksheetLibrary.read(file)).hasMessageContaining("in the worksheet's folder");
    }

    @Test
    void an_inline_session_is_written_out_in_full() throws Exception {
        Worksheet w = parse(sheet("\"session\": " + FILES.get("tiny.backprop.json")
                + ", \"ask\": [{\"quantity\": \"z\"}]"));
        assertThat(w.sessionName()).isNull();
        assertThat(WorksheetFile.write(w)).contains("\"format\" : \"" + SessionFile.FORMAT + "\"");
    }
}
