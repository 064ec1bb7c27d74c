package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.backpropstudio.core.Session;
import org.backpropstudio.export.Framework;
import org.backpropstudio.export.PythonProgram;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export FILE --format numpy|pytorch [--out PATH]}: the program on standard output or in a file; bad input. */
class ExportCommandTest {
    private static final String SEED = "assets/presets/seed-example.backprop.json";

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

    private void assertBadInput(int code, String message) {
        assertThat(code).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).startsWith("backprop-studio: ").contains(message).endsWith("\n");
        assertThat(err.strip().lines()).hasSize(1);
    }

    @Test
    void the_program_goes_to_standard_output_or_to_the_out_file_named_in_its_usage_lines() throws Exception {
        Session seed = SessionFile.read(Path.of(SEED)).session();
        assertThat(run("export", SEED, "--format", "numpy")).isZero();
        assertThat(err).isEmpty();
        assertThat(out).isEqualTo(PythonProgram.of(seed, Framework.NUMPY, "program.py"));

        Path file = temp.resolve("seed-torch.py");
        assertThat(run("export", SEED, "--format", "pytorch", "--out", file.toString())).isZero();
        assertThat(out).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(PythonProgram.of(seed, Framework.PYTORCH, "seed-torch.py"))
                .contains("import torch", "python3 seed-torch.py --iterations 10 --trace t.json");
    }

    @Test
    void bad_input_is_exit_code_2_in_one_line() throws Exception {
        assertBadInput(run("export", SEED, "--format", "tensorflow"), "expected numpy or pytorch, not 'tensorflow'");
        assertBadInput(run("export", SEED), "Missing required option: '--format=FORMAT'");
        assertBadInput(run("export", temp.resolve("none.json").toString(), "--format", "numpy"), "none.json");
        assertBadInput(run("export", SEED, "--format", "numpy", "--out", temp.toString()), "it is a directory");
    }

    @Test
    void a_session_too_large_for_a_program_is_refused_and_nothing_is_written() throws Exception {
        String row = "[" + String.join(",", Collections.nCopies(20, "0")) + "]";
        String inputs = "[" + String.join(",", Collections.nCopies(100_000, row)) + "]";
        String targets = "[" + String.join(",", Collections.nCopies(100_000, "[0]")) + "]";
        Path big = temp.resolve("big.json");
        Files.writeString(big, "{\"format\": \"backprop-studio/1\", \"name\": \"big\", \"network\": {\"inputs\": 20,"
                + " \"seed\": 1, \"layers\": [{\"units\": 1, \"activation\": \"linear\"}]},"
                + " \"loss\": \"squared-error\", \"learningRate\": 0.1, \"batch\": \"full\","
                + " \"dataset\": {\"inputs\": " + inputs + ", \"targets\": " + targets + "}}");
        Path program = temp.resolve("big.py");
        assertBadInput(run("export", big.toString(), "--format", "numpy", "--out", program.toString()),
                "big.json: cannot export it as a numpy program: its data has 2,100,000 numbers, more than the"
                        + " 2,000,000 an exported program holds");
        assertThat(program).doesNotExist();
    }
}
