package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate}: loss and accuracy on the training and test sets, as text and as JSON. */
class EvaluateCommandTest {
    private static final String DIGITS = "assets/presets/digits.backprop.json";

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
    void json_gives_the_scores_of_the_trained_network_to_the_bit() throws Exception {
        Path trained = temp.resolve("t.json");
        assertThat(run("train", DIGITS, "--iterations", "200", "--out", trained.toString())).isZero();
        assertThat(run("evaluate", trained.toString(), "--format", "json")).isZero();
        assertThat(err).isEmpty();
        Session session = SessionFile.read(trained).session();
        Score training = Score.of(session.network(), session.loss(), session.dataset());
        Score test = Score.of(session.network(), session.loss(), session.dataset().test().orElseThrow());
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("format").asText()).isEqualTo("backprop-studio-evaluation/1");
        assertThat(json.at("/training/loss").doubleValue()).isEqualTo(training.loss());
        assertThat(json.at("/training/samples").intValue()).isEqualTo(1437);
        assertThat(json.at("/training/correct").intValue()).isEqualTo(training.correct());
        assertThat(json.at("/test/loss").doubleValue()).isEqualTo(test.loss());
        assertThat(json.at("/test/accuracy").doubleValue()).isEqualTo(test.accuracy()).isGreaterThan(0.9);
        assertThat(json.at("/test/confusion").size()).isEqualTo(10);
        assertThat(json.at("/test/confusion/3/3").intValue()).isEqualTo(test.confusion()[3][3]);
        assertThat(json.has("iterations")).isFalse();
    }

    @Test
    void text_gives_one_line_per_set() {
        assertThat(run("evaluate", DIGITS)).isZero();
        assertThat(out.lines()).hasSize(3);
        assertThat(out).startsWith("digits.backprop.json: \"Handwritten digits (64-32-10)\"\n")
                .containsPattern("training set: 1,437 samples, loss [0-9.]+, accuracy [0-9.]+ % \\([0-9,]+ right\\)")
                .containsPattern("test set: 360 samples, loss [0-9.]+, accuracy [0-9.]+ % \\([0-9]+ right\\)");
        assertThat(run("evaluate", "assets/presets/sine.backprop.json")).isZero();
        assertThat(out).contains("training set: 60 samples, loss ").doesNotContain("accuracy")
                .endsWith("no test set\n");
    }

    @Test
    void a_history_gives_its_iterations() throws Exception {
        Path trained = temp.resolve("h.json");
        assertThat(run("train", "assets/presets/xor.backprop.json", "--iterations", "7", "--history", "--out",
                trained.toString())).isZero();
        assertThat(run("evaluate", trained.toString(), "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out).get("iterations").longValue()).isEqualTo(7);
    }

    @Test
    void bad_input_is_exit_code_2_in_one_line() {
        assertThat(run("evaluate", DIGITS, "--format", "xml")).isEqualTo(2);
        assertThat(err).contains("expected text or json, not 'xml'");
        assertThat(out).isEmpty();
        assertThat(run("evaluate", temp.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
    }
}
