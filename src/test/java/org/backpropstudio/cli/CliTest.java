package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Timeline;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.TraceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line in process: what goes to out and err, the exit code, and the window calls. */
class CliTest {
    private static final String SEED = "assets/presets/seed-example.backprop.json";

    @TempDir
    Path temp;

    private final List<Optional<Path>> windows = new ArrayList<>();
    private String out;
    private String err;

    /** Runs the command line; keeps what it wrote to out and err. */
    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Cli.execute(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), windows::add);
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Asserts that the run failed as bad input: exit code 2, nothing on out, one line on err. */
    private void assertBadInput(int code, String expectedMessage) {
        assertThat(code).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).startsWith("backprop-studio: ").contains(expectedMessage).endsWith("\n");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(windows).isEmpty();
    }

    // ----- The window

    @Test
    void no_arguments_open_the_window() {
        assertThat(run()).isZero();
        assertThat(windows).containsExactly(Optional.empty());
        assertThat(out + err).isEmpty();
    }

    @Test
    void open_checks_the_file_then_opens_it_in_the_window() {
        assertThat(run("open", SEED)).isZero();
        assertThat(windows).containsExactly(Optional.of(Path.of(SEED)));
    }

    @Test
    void open_refuses_a_bad_file_without_opening_the_window() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\"format\": \"backprop-studio/1\", \"name\": 3}");
        assertBadInput(run("open", bad.toString()), bad + ": $.name: expected a string, found 3");
    }

    // ----- trace

    @Test
    void trace_writes_json_by_default() throws IOException {
        assertThat(run("trace", SEED)).isZero();
        assertThat(err).isEmpty();
        JsonNode trace = new ObjectMapper().readTree(out);
        assertThat(trace.get("format").textValue()).isEqualTo("backprop-studio-trace/1");
        assertThat(trace.get("iterations")).hasSize(1);
    }

    @Test
    void trace_writes_the_markdown_handout() {
        assertThat(run("trace", SEED, "--format", "markdown", "--iterations", "2")).isZero();
        assertThat(out).startsWith("# Backpropagation, step by step: Seed example (2-2-1)")
                .contains("z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775",
                        "## Iteration 2");
    }

    @Test
    void trace_writes_csv() {
        assertThat(run("trace", SEED, "--format=csv", "--iterations=3")).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo(TraceCsv.HEADER);
        assertThat(lines).hasSize(1 + 3 * 28).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(8));
    }

    @Test
    void out_writes_a_file_instead_of_standard_output() throws IOException {
        Path file = temp.resolve("trace.json");
        assertThat(run("trace", SEED, "--out", file.toString())).isZero();
        assertThat(out).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile()).get("datasetLoss").isNumber()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "markdown", "csv", "latex"})
    void out_replaces_an_existing_file_with_what_standard_output_gets_and_leaves_nothing_else(String format)
            throws IOException {
        Path file = Files.writeString(temp.resolve("handout"), "an older, longer file ".repeat(10_000));
        assertThat(run("trace", SEED, "--iterations", "2", "--format", format)).isZero();
        String expected = out;

        assertThat(run("trace", SEED, "--iterations", "2", "--format", format, "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).isEqualTo(expected);
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    // ----- train

    @Test
    void train_writes_a_session_that_loads_back_with_a_lower_loss() throws Exception {
        Path trained = temp.resolve("trained.backprop.json");
        assertThat(run("train", SEED, "--iterations", "100", "--out", trained.toString())).isZero();
        assertThat(out + err).isEmpty();
        Session before = SessionFile.read(Path.of(SEED)).session();
        Session after = SessionFile.read(trained).session();
        assertThat(new Engine(after).datasetLoss()).isLessThan(new Engine(before).datasetLoss());
        Engine expected = new Engine(before);
        for (int i = 0; i < 100; i++) {
            expected.runIteration();
        }
        assertThat(after.network()).isEqualTo(expected.currentNetwork());
    }

    @Test
    void train_keeps_members_it_does_not_know_and_writes_to_standard_output() throws Exception {
        String text = Files.readString(Path.of(SEED)).replaceFirst("\\{", "{\"comment\": \"for week 3\",");
        Path file = Files.writeString(temp.resolve("commented.json"), text);
        assertThat(run("train", file.toString(), "--iterations", "1")).isZero();
        LoadedSession trained = SessionFile.parse(out);
        assertThat(trained.document().get("comment").textValue()).isEqualTo("for week 3");
    }

    // ----- Bad input: exit code 2, one line on err

    @Test
    void a_missing_file() {
        assertBadInput(run("trace", "no-such.json"), "no-such.json: $: expected a readable file, found no such file");
    }

    @Test
    void a_malformed_file() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.json"), "{\"format\": ");
        assertBadInput(run("train", file.toString(), "--iterations", "5"),
                file + ": $.format: expected well-formed JSON, found end of input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1001", "2.5", ""})
    void a_bad_number_of_trace_iterations(String n) {
        assertBadInput(run("trace", SEED, "--iterations", n), "--iterations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "10000001"})
    void a_bad_number_of_training_iterations(String n) {
        assertBadInput(run("train", SEED, "--iterations", n), "--iterations");
    }

    @Test
    void train_without_iterations() {
        assertBadInput(run("train", SEED), "Missing required option: '--iterations=N'");
    }

    @Test
    void an_unknown_format() {
        assertBadInput(run("trace", SEED, "--format", "xml"), "expected json, markdown, csv or latex, not 'xml'");
    }

    @Test
    void an_unknown_command() {
        assertBadInput(run("fly", SEED),
                "unknown command 'fly' (the commands are open, trace, train, check, evaluate, export, worksheet)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--fly", "-x"})
    void an_unknown_option(String option) {
        assertBadInput(run(option), "Unknown option: '" + option + "'");
        assertBadInput(run("trace", SEED, option), "Unknown option: '" + option + "'");
    }

    @Test
    void a_missing_file_argument() {
        assertBadInput(run("open"), "Missing required parameter: 'FILE'");
    }

    @Test
    void an_out_path_that_cannot_be_written() throws IOException {
        Path missingDirectory = temp.resolve("missing/trace.json");
        assertBadInput(run("trace", SEED, "--out", missingDirectory.toString()),
                "cannot write " + missingDirectory + ": no such directory");
        assertBadInput(run("train", SEED, "--iterations", "1", "--out", temp.toString()),
                "cannot write " + temp + ": it is a directory");
    }

    @Test
    void an_internal_error_is_one_line_with_exit_code_1() {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Cli.execute(new String[0],
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), path -> {
                    throw new IllegalStateException("no display");
                });
        assertThat(code).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("backprop-studio: internal error: java.lang.IllegalStateException: no display\n");
    }

    // ----- train --history and check

    @Test
    void check_prints_one_line_about_a_file_without_history() {
        assertThat(run("check", SEED)).isZero();
        assertThat(out).isEqualTo("seed-example.backprop.json: \"Seed example (2-2-1)\","
                + " network 2-2-1 (sigmoid, sigmoid), squared-error, full batch, no history\n");
        assertThat(err).isEmpty();
    }

    @Test
    void train_with_history_writes_what_the_window_saves_and_check_reads_it_back() throws Exception {
        Path xor = Path.of("assets/presets/xor.backprop.json");
        Path trained = temp.resolve("xor-trained.backprop.json");
        assertThat(run("train", xor.toString(), "--iterations", "30000", "--history", "--out", trained.toString()))
                .isZero();

        LoadedSession preset = SessionFile.read(xor);
        StepMachine window = new StepMachine(preset.session());
        window.iterations(30_000);
        assertThat(Files.readString(trained)).as("as the window's Save writes it")
                .isEqualTo(SessionFile.write(window.engine().currentSession(), preset.document(), window.saved()));

        assertThat(run("check", trained.toString())).isZero();
        assertThat(out).isEqualTo("xor-trained.backprop.json: \"XOR (2-2-1)\","
                + " network 2-2-1 (tanh, sigmoid), squared-error, full batch, "
                + "30,000 iterations in its history\n");

        // training again continues the saved history
        Path more = temp.resolve("xor-more.backprop.json");
        assertThat(run("train", trained.toString(), "--iterations", "5", "--history", "--out", more.toString()))
                .isZero();
        StepMachine reopened = SessionFile.read(more).restore();
        assertThat(reopened.engine().completedIterations()).isEqualTo(30_005);
        window.iterations(5);
        assertThat(reopened.engine().currentNetwork()).isEqualTo(window.engine().currentNetwork());
        assertThat(reopened.length()).isEqualTo(window.length());
    }

    @Test
    void a_history_that_would_replay_forever_is_refused_by_every_command() throws Exception {
        LoadedSession seed = SessionFile.read(Path.of(SEED));
        long huge = 1_000_000_000_000_000L;
        String text = SessionFile.write(seed.session(), null,
                SavedHistory.of(new Timeline(seed.session(), List.of(new Timeline.Steps(huge)), 0)));
        Path file = Files.writeString(temp.resolve("forever.json"), text);
        for (String[] command : List.of(new String[] {"check"}, new String[] {"trace"}, new String[] {"open"},
                new String[] {"train", "--iterations", "1"})) {
            List<String> args = new ArrayList<>(List.of(command));
            args.add(1, file.toString());
            assertBadInput(run(args.toArray(String[]::new)),
                    file + ": $.history: expected a history that replays to the saved state");
        }
    }

    @Test
    void a_history_that_does_not_lead_to_the_saved_state_is_refused_by_check() throws Exception {
        Path trained = temp.resolve("trained.backprop.json");
        assertThat(run("train", SEED, "--iterations", "3", "--history", "--out", trained.toString())).isZero();
        LoadedSession loaded = SessionFile.read(trained);
        Session state = loaded.session();
        double[] p = state.network().parameters();
        p[0] += 0.125;
        Path edited = Files.writeString(temp.resolve("edited.backprop.json"),
                SessionFile.write(state.withNetwork(state.network().withParameters(p)), null, loaded.history()));
        assertBadInput(run("check", edited.toString()),
                edited + ": $.history: expected a history that replays to the saved state "
                + "within the limits, found one that does not: "
                + "replaying it does not give the saved state: w(1)[1,1] is");
    }

    // ----- Help and version

    @Test
    void help_and_version_go_to_standard_output() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("Usage: backprop-studio", "open", "trace", "train");
        assertThat(run("trace", "--help")).isZero();
        assertThat(out).contains("--iterations=N", "--format=FORMAT", "--out=PATH");
        assertThat(run("--version")).isZero();
        assertThat(out).isEqualTo("0.1.0\n");
        assertThat(err).isEmpty();
        assertThat(windows).isEmpty();
    }
}
