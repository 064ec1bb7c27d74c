package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.backpropstudio.io.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A malformed lesson gives a {@link LessonFormatException} that names the JSON path of the problem
 * and what was expected there, and no other exception.
 */
class LessonFormatTest {
    private static final String CARD = "{\"when\": {\"at\": \"start\"}, \"text\": \"Hello\"}";
    private static final Map<String, String> FILES = Map.of("ok.backprop.json", """
            {"format": "backprop-studio/1", "name": "Tiny", "network": {"inputs": 1, "layers": [
              {"units": 1, "activation": "sigmoid", "weights": [[0.5]], "biases": [0]}]},
             "loss": "squared-error", "learningRate": 0.5, "batch": "full",
             "dataset": {"inputs": [[1]], "targets": [[0]]}}""",
            "bad.backprop.json", "{\"format\": \"backprop-studio/1\"}");

    private static Lesson parse(String json) throws LessonFormatException {
        return LessonFile.parse(json, name -> Optional.ofNullable(FILES.get(name)), Presets.onClassPath());
    }

    /** A lesson on the seed example with the given cards. */
    private static String withCards(String cards) {
        return "{\"format\": \"backprop-studio-lesson/1\", \"title\": \"T\", \"session\": \"seed-example\","
                + " \"cards\": [" + cards + "]}";
    }

    private static String withSession(String session) {
        return "{\"format\": \"backprop-studio-lesson/1\", \"title\": \"T\", \"session\": " + session
                + ", \"cards\": [" + CARD + "]}";
    }

    private static LessonFormatException problem(String json) {
        try {
            parse(json);
        } catch (LessonFormatException e) {
            return e;
        }
        return fail("expected a LessonFormatException for " + json);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"format\": \"backprop-studio-lesson/1\", `| $ | JSON",
        "`[]` | $ | a lesson",
        "`{\"format\": \"backprop-studio-lesson/2\", \"title\": \"T\", \"session\": \"xor\", \"cards\": []}`"
                + " | $.format | backprop-studio-lesson/1",
        "`{\"format\": \"backprop-studio-lesson/1\", \"session\": \"xor\", \"cards\": []}` | $.title | title",
        "`{\"format\": \"backprop-studio-lesson/1\", \"title\": \"T\", \"session\": \"xor\", \"cards\": []}`"
                + " | $.cards | at least one card",
        "`{\"format\": \"backprop-studio-lesson/1\", \"title\": \"T\", \"sesion\": \"xor\", \"cards\": []}`"
                + " | $.sesion | one of cards, format",
    })
    void a_broken_document_names_the_place(String json, String path, String expected) {
        LessonFormatException e = problem(json);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith(path + ": expected").contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`{\"wehn\": {\"at\": \"start\"}, \"text\": \"x\"}` | $.cards[0].wehn | one of actions, text, when",
        "`{\"when\": {\"kind\": \"z\", \"layer\": 3}, \"text\": \"x\"}` | $.cards[0].when.layer | a layer from 1 to 2",
        "`{\"when\": {\"kind\": \"z\"}, \"text\": \"x\"}` | $.cards[0].when.layer | the layer of z",
        "`{\"when\": {\"kind\": \"loss\", \"layer\": 1}, \"text\": \"x\"}` | $.cards[0].when.layer | no layer",
        "`{\"when\": {\"kind\": \"zz\", \"layer\": 1}, \"text\": \"x\"}`"
                + " | $.cards[0].when.kind | z, a, loss, delta, gradient or update",
        "`{\"when\": {\"at\": \"end\"}, \"text\": \"x\"}` | $.cards[0].when.at | \"start\"",
        "`{\"when\": {\"at\": \"start\", \"completed\": 3}, \"text\": \"x\"}`"
                + " | $.cards[0].when.completed | one moment only",
        "`{\"when\": {\"kind\": \"a\", \"after\": \"a\", \"layer\": 1}, \"text\": \"x\"}`"
                + " | $.cards[0].when.after | either kind or after",
        "`{\"when\": {\"phase\": \"sideways\"}, \"text\": \"x\"}`"
                + " | $.cards[0].when.phase | forward, loss, backward or update",
        "`{\"when\": {\"phase\": \"forward\", \"sample\": 2}, \"text\": \"x\"}`"
                + " | $.cards[0].when.sample | 1 (the session's iterations have 1 sample)",
        "`{\"when\": {\"completed\": 0}, \"text\": \"x\"}` | $.cards[0].when.completed | a whole number from 1 up",
        "`{\"when\": {\"completed\": 2.5}, \"text\": \"x\"}` | $.cards[0].when.completed | a whole number",
        "`{\"when\": {\"diverged\": \"yes\"}, \"text\": \"x\"}` | $.cards[0].when.diverged | true or false",
        "`{\"when\": {\"learningRate\": -1}, \"text\": \"x\"}` | $.cards[0].when.learningRate | above 0",
        "`{\"when\": {}, \"text\": \"x\"}` | $.cards[0].when | at least one of",
        "`{\"when\": {\"session\": \"nope\"}, \"text\": \"x\"}` | $.cards[0].when.session | a preset id",
        "`{\"when\": {\"at\": \"start\"}}` | $.cards[0].text | the card's text",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"\"}` | $.cards[0].text | some text",
        "`{\"when\": {\"at\": \"start\"}, \"text\": [\"ok\", 3]}` | $.cards[0].text[1] | a paragraph",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"see $z^{(1)}\"}` | $.cards[0].text | Markdown-light",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"**bold\"}` | $.cards[0].text | Markdown-light",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", \"actions\": {}}`"
                + " | $.cards[0].actions | an array of actions",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", \"actions\": [{\"run\": 5}]}`"
                + " | $.cards[0].actions[0].label | the button's text",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", \"actions\": [{\"label\": \"Go\"}]}`"
                + " | $.cards[0].actions[0] | at least one of open, restart",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", \"actions\": [{\"label\": \"Go\", \"run\": -5}]}`"
                + " | $.cards[0].actions[0].run | a whole number from 1",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", "
                + "\"actions\": [{\"label\": \"Go\", \"open\": \"xor\", \"restart\": true}]}`"
                + " | $.cards[0].actions[0].restart | either open or restart",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", "
                + "\"actions\": [{\"label\": \"Go\", \"open\": \"missing.backprop.json\"}]}`"
                + " | $.cards[0].actions[0].open | does not exist beside the lesson",
        "`{\"when\": {\"at\": \"start\"}, \"text\": \"x\", "
                + "\"actions\": [{\"label\": \"Go\", \"open\": \"../x.backprop.json\"}]}`"
                + " | $.cards[0].actions[0].open | in the lesson's folder",
    })
    void a_broken_card_names_the_place(String card, String path, String expected) {
        LessonFormatException e = problem(withCards(card));
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage()).startsWith(path + ": expected").contains(expected);
    }

    @Test
    void a_problem_inside_an_inline_session_has_its_path_under_session() {
        String session = FILES.get("ok.backprop.json")
                .replace("\"units\": 1, \"activation\"", "\"units\": 0, \"activation\"");
        LessonFormatException e = problem(withSession(session));
        assertThat(e.path()).isEqualTo("$.session.network.layers[0].units");
    }

    @Test
    void a_session_file_with_a_problem_names_the_file_and_its_own_path() {
        LessonFormatException e = problem(withSession("\"bad.backprop.json\""));
        assertThat(e.path()).isEqualTo("$.session");
        assertThat(e.found()).startsWith("bad.backprop.json has a problem at $.");
        assertThat(problem(withSession("\"nope\"")).found()).isEqualTo("\"nope\", which is no preset");
        assertThat(problem(withSession("42")).expected()).contains("seed-example", "xor");
    }

    @Test
    void sessions_come_from_a_preset_a_file_beside_the_lesson_or_inline() throws LessonFormatException {
        assertThat(parse(withSession("\"seed-example\"")).session().name()).isEqualTo("Seed example (2-2-1)");
        assertThat(parse(withSession("\"ok.backprop.json\"")).session().name()).isEqualTo("Tiny");
        assertThat(parse(withSession(FILES.get("ok.backprop.json"))).session().network().layers()).isEqualTo(1);
    }

    /** Standard JSON only, as in a session file, each problem named at its path with line and column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "NaN              | `\"lossBelow\": NaN`        | $.cards[0].when.lossBelow | NaN (not a JSON number)",
        "Infinity         | `\"lossBelow\": Infinity`   | $.cards[0].when.lossBelow | Infinity (not a JSON number)",
        "a leading zero   | `\"lossBelow\": 01`         | $.cards[0].when.lossBelow | a leading zero",
        "a comment        | `/* soon */ \"lossBelow\": 0.1` | $.cards[0].when       | a comment",
        "single quotes    | `'lossBelow': 0.1`           | $.cards[0].when           | a single quote",
        "a trailing comma | `\"lossBelow\": 0.1,`       | $.cards[0].when           | a trailing comma",
        "a duplicate      | `\"lossBelow\": 0.1, \"lossBelow\": 0.2` | $.cards[0].when.lossBelow"
                + " | a second \"lossBelow\"",
    })
    void non_standard_json_is_refused_at_its_path(String what, String when, String path, String found) {
        LessonFormatException e = problem(withCards("{\"when\": {" + when + "}, \"text\": \"x\"}"));
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.found()).contains(found).contains(" at line 1, column ");
    }

    @Test
    void content_after_the_lesson_and_non_standard_json_in_an_inline_session_are_refused() {
        assertThat(problem(withCards(CARD) + " {}").path()).isEqualTo("$");
        LessonFormatException e =
                problem(withSession(FILES.get("ok.backprop.json").replace("[[0.5]]", "[[-Infinity]]")));
        assertThat(e.path()).isEqualTo("$.session.network.layers[0].weights[0][0]");
        e = problem(withSession(FILES.get("ok.backprop.json").replace("[[0.5]]", "[[1e400]]")));
        assertThat(e.path()).isEqualTo("$.session.network.layers[0].weights[0][0]");
        assertThat(e.found()).isEqualTo("1E+400");
    }

    @Test
    void notes_starting_with_an_underscore_are_ignored() throws LessonFormatException {
        Lesson lesson = parse("{\"_note\": \"draft\", \"format\": \"backprop-studio-lesson/1\", \"title\": \"T\","
                + " \"session\": \"xor\","
                + " \"cards\": [{\"_why\": 1, \"when\": {\"at\": \"start\"}, \"text\": [\"a\", \"b\"]}]}");
        assertThat(lesson.cards().get(0).text().blocks()).hasSize(2);
    }

    @Test
    void a_file_on_disk_is_named_in_the_message(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.lesson.json");
        Files.writeString(file, withCards("{\"when\": {\"kind\": \"z\", \"layer\": 9}, \"text\": \"x\"}"));
        assertThatThrownBy(() -> LessonLibrary.read(file)).isInstanceOf(LessonFormatException.class)
                .hasMessageStartingWith("mine.lesson.json: $.cards[0].when.layer: expected a layer from 1 to 2");
        assertThatThrownBy(() -> LessonLibrary.read(dir.resolve("none.json"))).isInstanceOf(LessonFormatException.class)
                .hasMessageContaining("no such file");
        Files.writeString(dir.resolve("ok.backprop.json"), FILES.get("ok.backprop.json"));
        Files.writeString(file, withSession("\"ok.backprop.json\""));
        assertThat(LessonLibrary.read(file).session().name()).isEqualTo("Tiny");
    }

    @Test
    void mangled_lessons_give_a_lesson_format_exception_and_nothing_else() throws Exception {
        String good = Files.readString(Path.of("assets/lessons/seed-walkthrough.lesson.json"));
        Random random = new Random(0xFF);
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder(good);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, "{}[],:\"0-9$*e\\".charAt(random.nextInt(14)));
                    default -> text.setCharAt(at, (char) (' ' + random.nextInt(95)));
                }
            }
            try {
                parse(text.toString());
            } catch (LessonFormatException expected) {
                assertThat(expected.path()).startsWith("$");
            } catch (RuntimeException e) {
                throw new AssertionError("an unexpected " + e + " for mangled lesson " + n, e);
            }
        }
    }
}
