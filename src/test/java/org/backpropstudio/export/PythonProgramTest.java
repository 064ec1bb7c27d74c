package org.backpropstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exported program's text: the seed example's programs equal their golden files (run with
 * {@code -Dexport.writeGolden=true} to write them again after a deliberate change, then read the
 * difference), numbers written as Python writes them, every part of a session in the text, and
 * the one refusal.
 */
class PythonProgramTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/backpropstudio/export");
    private static final Path SEED = Path.of("assets/presets/seed-example.backprop.json");

    @ParameterizedTest
    @EnumSource(Framework.class)
    void the_seed_examples_program_is_its_golden_file(Framework framework) throws Exception {
        Session seed = SessionFile.read(SEED).session();
        String name = "seed-example-" + framework.id() + ".py";
        String program = PythonProgram.of(seed, framework, name);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("export.writeGolden")) {
            Files.writeString(golden, program);
        }
        assertThat(program).isEqualTo(Files.readString(golden));
        StringWriter written = new StringWriter();
        PythonProgram.write(seed, framework, name, written);
        assertThat(written.toString()).isEqualTo(program);
    }

    @Test
    void the_readmes_excerpt_is_from_the_seed_examples_numpy_program() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Take it to code");
        int start = readme.indexOf("```python\n", section) + "```python\n".length();
        String excerpt = readme.substring(start, readme.indexOf("```", start));
        String golden = Files.readString(GOLDEN.resolve("seed-example-numpy.py"));
        assertThat(excerpt.split("\n\\.\\.\\.\n")).hasSizeGreaterThan(1)
                .allSatisfy(part -> assertThat(golden).contains(part.strip()));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {
        "0.15 | 0.15", "0.5 | 0.5", "2 | 2.0", "-3 | -3.0", "1e-5 | 1e-05", "0.0001 | 0.0001", "1.5e16 | 1.5e+16",
        "123456789012345678 | 1.2345678901234568e+17", "1e15 | 1000000000000000.0", "0.1 | 0.1",
        "0.30000000000000004 | 0.30000000000000004", "4.9e-324 | 5e-324",
        "1.7976931348623157e308 | 1.7976931348623157e+308", "-0.0 | -0.0", "0 | 0.0",
        "NaN | float(\"nan\")", "Infinity | float(\"inf\")", "-Infinity | -float(\"inf\")",
    })
    void numbers_are_written_as_python_writes_them_and_read_back_the_same(String value, String python) {
        double x = Double.parseDouble(value);
        assertThat(PythonLiterals.number(x)).isEqualTo(python);
        if (Double.isFinite(x)) {
            assertThat(Double.parseDouble(python)).isEqualTo(x);
        }
    }

    @Test
    void shortest_numbers_read_back_as_the_same_double() {
        java.util.Random random = new java.util.Random(16);
        for (int n = 0; n < 2_000; n++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(PythonLiterals.number(x))).isEqualTo(x);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void locks_a_test_set_a_picture_and_mini_batches_are_in_the_program(Framework framework) throws Exception {
        Network net = new Network(new int[] {4, 2}, new Activation[] {null, Activation.SOFTMAX},
                new double[][][] {{}, {{0.5, -0.25, 1e-7, 3}, {0, 1, 2, 3}}}, new double[][] {{}, {0.125, -2}},
                null, null).withWeightLocked(1, 1, 2, true).withBiasLocked(1, 0, true);
        Dataset data = new Dataset(new double[][] {{0, 1, 0, 1}, {1, 0, 1, 0}}, new double[][] {{1, 0}, {0, 1}})
                .withTest(new Dataset(new double[][] {{0.25, 0.5, 0.75, 1}}, new double[][] {{0, 1}}))
                .withImage(new ImageShape(2, 2));
        Session session = new Session("Tiny \"pictures\"\nsecond line", net, Loss.CROSS_ENTROPY, 0.25,
                BatchMode.MINI, data, 2, -42);
        String program = PythonProgram.of(session, framework, "tiny.py");
        String array = framework == Framework.NUMPY ? "np.array(" : "torch.tensor(";
        assertThat(program)
                .contains("# Tiny \"pictures\" second line, exported from Backprop Studio")
                .contains("Network 4-2 (softmax), cross-entropy, mini-batches of 2 (shuffle seed -42),"
                        + " learning rate 0.25; 2 training samples, 1 test sample.")
                .contains("LEARNING_RATE = 0.25", "LOSS = \"cross-entropy\"", "BATCH = \"mini\"", "BATCH_SIZE = 2",
                        "SHUFFLE_SEED = -42", "ACTIVATIONS = [None, \"softmax\"]")
                .contains(array + "[[0.5, -0.25, 1e-07, 3.0],\n", "[0.0, 1.0, 2.0, 3.0]])")
                .contains("W_LOCKED = [None,\n            " + array + "[[False, False, False, False],\n",
                        "[False, False, True, False]])]")
                .contains("B_LOCKED = [None,\n            " + array + "[True, False])]")
                .contains("one row per sample (the pixels of 2 × 2 pictures, row by row)")
                .contains("X_TEST = " + array + "[[0.25, 0.5, 0.75, 1.0]])", "Y_TEST = " + array + "[[0.0, 1.0]])")
                .contains("python3 tiny.py --iterations 10 --trace t.json")
                .doesNotContain("{{");
    }

    @Test
    void a_session_without_locks_or_test_set_says_so() throws Exception {
        String program = PythonProgram.of(SessionFile.read(SEED).session(), Framework.NUMPY, "p.py");
        assertThat(program).contains("W_LOCKED = [None,\n            np.zeros((2, 2), dtype=bool),")
                .contains("X_TEST = None").contains("1 training sample, no test set.");
    }

    @Test
    void data_too_large_for_a_python_file_is_refused_with_its_size() {
        int m = 100_000;
        Dataset data = new Dataset(new double[m][20], new double[m][1]);
        Network net = new Network(new int[] {20, 1}, new Activation[] {null, Activation.LINEAR},
                new double[][][] {{}, {new double[20]}}, new double[][] {{}, {0}}, null, null);
        Session session = new Session("big", net, Loss.SQUARED_ERROR, 0.1, BatchMode.FULL, data);
        assertThatThrownBy(() -> PythonProgram.of(session, Framework.NUMPY, "big.py"))
                .isInstanceOf(ExportRefusedException.class)
                .hasMessage("its data has 2,100,000 numbers, more than the 2,000,000 an exported program holds"
                        + " (the Python file would be about 42 MB)");
    }
}
