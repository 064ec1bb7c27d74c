package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.backpropstudio.io.SessionFixtures.SEED_EXAMPLE;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard JSON in and out: anything else is refused by the parser at its JSON path, in known and
 * unknown members alike; numbers in members this version does not know survive a save with
 * their exact values, known members read the same doubles as {@link Double#parseDouble}, and all
 * JSON the app writes parses with a strict parser that is not this app's own.
 */
class StandardJsonTest {
    /** Numbers a double cannot hold exactly, or at all, and forms this app never writes. */
    private static final List<String> ODD_NUMBERS = List.of("0.1000000000000000055511151231257827", "1e400", "-1e400",
            "123456789012345678901234567890", "-123456789012345678901234567890.5", "1e-400", "-0.0", "-0", "0.1",
            "2.50", "8.41e21", "4.9e-324", "1E+2", "0.000", "17", "0.10000000000000001", "-123.25", "9999999.5",
            "123456789012345.6", "0.000012345678901234567");

    /**
     * Jackson with its defaults (no NaN, comments, ...), plus no trailing content, no duplicate
     * names, exact numbers.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    @TempDir
    Path directory;

    /** Asserts that {@code json} is refused at {@code path} with a one-line message, and returns the refusal. */
    private static SessionFormatException assertRejected(String json, String path) {
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class, () -> SessionFile.parse(json));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).isEqualTo(path + ": expected " + e.expected() + ", found " + e.found())
                .doesNotContain("\n", "\r");
        return e;
    }

    /**
     * Standard JSON only: each extension Jackson could be told to accept, in the second weight of
     * the first row, is refused by the parser naming that weight's path ([1]), line and column. A
     * trailing comma names the element it promises.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "NaN                | `0.15, 0.20]`         | `0.15, NaN]`             | NaN (not a JSON number)",
        "Infinity           | `0.15, 0.20]`         | `0.15, Infinity]`        | Infinity (not a JSON number)",
        "-Infinity          | `0.15, 0.20]`         | `0.15, -Infinity]`       | -Infinity (not a JSON number)",
        "a leading zero     | `0.15, 0.20]`         | `0.15, 00.20]`           | a number with a leading zero",
        "a trailing comma   | `0.15, 0.20]`         | `0.15,]`                 | ']' after a comma (a trailing comma)",
        "a block comment    | `0.15, 0.20]`         | `0.15, /* w12 */ 0.20]`  | a comment (JSON has none)",
        "a line comment     | `0.15, 0.20]`         | `0.15, // w12\n0.20]`    | a comment (JSON has none)",
        "single quotes      | `0.15, 0.20]`         | `0.15, '0.20']`          | a single quote (JSON quotes with \")",
    })
    void non_standard_json_is_refused_by_the_parser_at_its_path(String what, String from, String to, String found) {
        SessionFormatException e = assertRejected(SEED_EXAMPLE.replace(from, to.replace("\\n", "\n")),
                "$.network.layers[0].weights[0][1]");
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).startsWith(found + " at line ").matches(".* at line [89], column \\d+");
    }

    @Test
    void non_standard_json_in_a_member_this_version_does_not_know_is_refused_too() {
        String extra = SEED_EXAMPLE.replace("\"batch\": \"full\"",
                "\"batch\": \"full\", \"notes\": {\"scores\": [1, NaN]}");
        assertThat(assertRejected(extra, "$.notes.scores[1]").found())
                .isEqualTo("NaN (not a JSON number) at line 15, column 47");
        assertRejected(SEED_EXAMPLE.replace("\"name\"", "\"a name\": [0, 1, 02], \"name\""), "$[\"a name\"][2]");
        assertRejected(SEED_EXAMPLE.replace("\"name\"", "\"tags\": ['x'], \"name\""), "$.tags[0]");
        assertRejected(SEED_EXAMPLE.replace("\"name\"", "\"tags\": {\"x\": 1,}, \"name\""), "$.tags");
    }

    @Test
    void numbers_in_unknown_members_survive_a_re_save_with_their_exact_values() throws Exception {
        String list = String.join(", ", ODD_NUMBERS);
        String withExtras = SEED_EXAMPLE
                .replace("\"batch\": \"full\"", "\"batch\": \"full\", \"measures\": [" + list + "]")
                .replace("\"inputs\": 2,", "\"inputs\": 2, \"note\": {\"values\": [" + list + "]},");
        LoadedSession loaded = SessionFile.parse(withExtras);

        Path file = directory.resolve("extras.backprop.json");
        SessionFile.save(file, loaded.session().withName("Re-saved"), loaded.document());
        JsonNode written = STRICT.readTree(Files.readString(file));

        for (String pointer : List.of("/measures", "/network/note/values")) {
            JsonNode numbers = written.at(pointer);
            assertThat(numbers.size()).isEqualTo(ODD_NUMBERS.size());
            for (int i = 0; i < ODD_NUMBERS.size(); i++) {
                assertThat(numbers.get(i).isNumber()).as(ODD_NUMBERS.get(i)).isTrue();
                assertThat(numbers.get(i).decimalValue()).as(ODD_NUMBERS.get(i))
                        .isEqualByComparingTo(new BigDecimal(ODD_NUMBERS.get(i)));
            }
        }
        assertThat(Files.readString(file)).contains("-0.0,").doesNotContain("NaN", "Infinity");
        assertThat(SessionFile.read(file).document().get("measures")).isEqualTo(loaded.document().get("measures"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1000000000000000055511151231257827", "0.20", "2.50e-1", "-0.0", "-0e5", "-1e-400",
        "1e-400", "4.9e-324", "2.4703282292062328e-324", "8.41e-21", "999999.99999999999999", "0.30000000000000004"})
    void known_members_read_the_nearest_double_as_before(String text) throws Exception {
        double weight = SessionFile.parse(SEED_EXAMPLE.replace("0.20", text)).session().network().weight(1, 0, 1);

        assertThat(Double.doubleToRawLongBits(weight)).as(text)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Test
    void a_saved_session_with_history_parses_with_a_strict_parser() throws Exception {
        Session xor = SessionFile.read(Path.of("assets/presets/xor.backprop.json")).session();
        StepMachine machine = new StepMachine(xor);
        machine.iterations(20);
        machine.edit(new Edit.SetWeight(2, 0, 1, 1e-300));
        machine.edit(new Edit.SetInput(0, 1, -0.0));
        machine.iterations(3);
        LoadedSession odd = SessionFile.parse(SEED_EXAMPLE.replace("\"batch\": \"full\"",
                "\"batch\": \"full\", \"extra\": [1e400, 123456789012345678901234567890]"));
        Path file = directory.resolve("xor.backprop.json");
        SessionFile.save(file, machine.engine().currentSession(), odd.document(), machine.saved());
        RecoveryFile recovery = new RecoveryFile(directory.resolve("home").resolve("recovery.backprop.json"));
        recovery.save(machine.engine().currentSession(), odd.document(), machine.saved());

        for (Path written : List.of(file, recovery.path())) {
            JsonNode tree = STRICT.readTree(Files.readString(written));
            assertThat(tree.at("/history/events").size()).isEqualTo(4);
            assertThat(tree.at("/extra/0").decimalValue()).isEqualByComparingTo("1e400");
            assertThat(SessionFile.read(written).session()).isEqualTo(machine.engine().currentSession());
        }
    }

    @Test
    void traces_as_json_parse_with_a_strict_parser_even_after_divergence() throws Exception {
        Session sine = SessionFile.read(Path.of("assets/presets/sine.backprop.json")).session();
        Session diverging = new Session("diverging", sine.network(), sine.loss(), 1e6, sine.batch(), sine.dataset());
        for (Session session : List.of(sine, diverging)) {
            StringWriter out = new StringWriter();
            TraceFormat.JSON.write(session, 60, out);

            JsonNode trace = STRICT.readTree(out.toString());

            assertThat(trace.at("/iterations").size()).isEqualTo(60);
            if (session == diverging) {
                assertThat(trace.at("/iterations/59/loss").textValue()).as("a non-finite loss, as a string")
                        .isIn("NaN", "Infinity");
            }
        }
    }
}
