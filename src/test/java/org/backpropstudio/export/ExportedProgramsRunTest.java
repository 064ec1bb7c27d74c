package org.backpropstudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.TraceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported programs run with Python and their traces compared with the studio's
 * ({@link TraceJson}, what {@code trace --format json} writes) on seeded random sessions that use
 * every activation, both losses, every batch mode, locks, seeded weights and test sets, on a
 * session file whose network is drawn from {@code network.seed} and on one saved after it
 * diverged: NumPy to a relative 10⁻¹², PyTorch to 10⁻⁹ ({@link TraceComparison} says relative to
 * what). Where the interpreter lacks NumPy or
 * PyTorch the test says so in one line on standard output and is skipped, never passed.
 * {@code -Dbackprop.python=PATH} picks the interpreter; else the first that has the module
 * ({@link Python#with}).
 */
class ExportedProgramsRunTest {
    /** NumPy adds in the studio's order: only exp, log and tanh may differ, in their last bits. */
    private static final double NUMPY_TOLERANCE = 1e-12;
    /** PyTorch adds in its own orders (matrix products, means), and reads δ back as S · ∂J/∂z. */
    private static final double PYTORCH_TOLERANCE = 1e-9;
    private static final int ITERATIONS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void numpy_programs_trace_what_the_studio_traces() throws Exception {
        compareAll(interpreterWith("numpy", "NumPy"), Framework.NUMPY, NUMPY_TOLERANCE);
    }

    @Test
    void pytorch_programs_trace_what_the_studio_traces() throws Exception {
        compareAll(interpreterWith("torch", "PyTorch"), Framework.PYTORCH, PYTORCH_TOLERANCE);
    }

    @Test
    void the_seed_examples_program_prints_the_studios_losses() throws Exception {
        String python = interpreterWith("numpy", "NumPy");
        Session seed = SessionFile.read(Path.of("assets/presets/seed-example.backprop.json")).session();
        Files.writeString(dir.resolve("seed.py"), PythonProgram.of(seed, Framework.NUMPY, "seed.py"));
        Python.Result run = Python.run(python, dir, "seed.py", "--iterations", "3");
        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonNode trace = studioTrace(seed, 3);
        List<String> lines = run.output().lines().toList();
        assertThat(lines).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).startsWith("iteration " + (i + 1) + ": J = ");
            assertClose(lines.get(i), trace.at("/iterations/" + i + "/loss").asDouble());
        }
        assertThat(lines.get(3)).startsWith("training set: J = ");
        assertClose(lines.get(3), trace.get("datasetLoss").asDouble());
    }

    /** The number after "J = " in {@code line} is {@code expected} to the NumPy tolerance. */
    private static void assertClose(String line, double expected) {
        double printed = Double.parseDouble(line.substring(line.indexOf("J = ") + 4));
        assertThat(printed).isCloseTo(expected, within(NUMPY_TOLERANCE * Math.abs(expected)));
    }

    /** The interpreter that can import {@code module}; if none, one line on standard output and the test is skipped. */
    private static String interpreterWith(String module, String name) {
        Optional<String> interpreter = Python.with(module);
        if (interpreter.isEmpty()) {
            System.out.println("NOT RUN: the " + name + " comparison of exported programs with the studio's traces (no "
                    + String.join(" or ", Python.candidates()) + " can import " + module + "; -D" + Python.PROPERTY
                    + "=PATH names another interpreter)");
        }
        assumeTrue(interpreter.isPresent(), "no interpreter can import " + module);
        return interpreter.get();
    }

    private void compareAll(String python, Framework framework, double tolerance) throws Exception {
        List<Session> sessions = new ArrayList<>(ExportSessions.sessions(16, 14));
        sessions.add(seededFromFile());
        sessions.add(divergedFromFile());
        List<String> names = new ArrayList<>();
        for (int n = 0; n < sessions.size(); n++) {
            names.add("program" + n + ".py");
            Files.writeString(dir.resolve(names.get(n)), PythonProgram.of(sessions.get(n), framework, names.get(n)));
        }
        runAll(python, names);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < sessions.size(); n++) {
            Session session = sessions.get(n);
            List<String> differences = TraceComparison.differences(studioTrace(session, ITERATIONS),
                    JSON.readTree(dir.resolve(names.get(n) + ".json").toFile()), tolerance);
            if (!differences.isEmpty()) {
                failures.add(session.name() + " (" + PythonProgram.summary(session) + "):\n  "
                        + String.join("\n  ", differences));
            }
        }
        assertThat(failures).as("sessions whose %s trace differs from the studio's", framework).isEmpty();
        System.out.println("Compared the " + framework + " traces of " + sessions.size()
                + " exported sessions with the studio's (" + python + "): all within " + tolerance);
    }

    /** A session file whose network is drawn from its seed: the program starts from the drawn values. */
    private static Session seededFromFile() throws Exception {
        String file = "{\"format\": \"backprop-studio/1\", \"name\": \"seeded\", \"network\": {\"inputs\": 2,"
                + " \"seed\": 7, \"layers\": [{\"units\": 3, \"activation\": \"tanh\"},"
                + " {\"units\": 2, \"activation\": \"softmax\"}]}, \"loss\": \"cross-entropy\","
                + " \"learningRate\": 0.3, \"batch\": \"mini\", \"batchSize\": 2, \"shuffleSeed\": -5,"
                + " \"dataset\": {\"inputs\": [[0, 1], [1, 0], [1, 1], [0.5, -0.5], [-1, 0.25]],"
                + " \"targets\": [[1, 0], [0, 1], [1, 0], [0, 1], [1, 0]],"
                + " \"test\": {\"inputs\": [[0.2, 0.3]], \"targets\": [[0, 1]]}}}";
        return SessionFile.parse(file).session();
    }

    /** A session saved after it diverged: ∞ and NaN where the studio has them, as the same strings. */
    private static Session divergedFromFile() throws Exception {
        String file = "{\"format\": \"backprop-studio/1\", \"name\": \"diverged\", \"network\": {\"inputs\": 2,"
                + " \"layers\": [{\"units\": 3, \"activation\": \"linear\","
                + " \"weights\": [[1e300, 2], [3, \"Infinity\"], [0.5, 0.25]], \"biases\": [0, 1, \"NaN\"]},"
                + " {\"units\": 2, \"activation\": \"softmax\","
                + " \"weights\": [[1, 2, 3], [4, 5, 6]], \"biases\": [0, 0]}]}, \"loss\": \"cross-entropy\","
                + " \"learningRate\": 1000, \"batch\": \"sample\","
                + " \"dataset\": {\"inputs\": [[1, 2], [3, -4]], \"targets\": [[1, 0], [0, 1]]}}";
        return SessionFile.parse(file).session();
    }

    private static JsonNode studioTrace(Session session, int iterations) throws IOException {
        StringWriter out = new StringWriter();
        TraceJson.write(session, iterations, out);
        return JSON.readTree(out.toString());
    }

    /**
     * Runs each program as {@code python3 NAME --iterations N --trace NAME.json} would, all in one
     * interpreter (importing NumPy or PyTorch once, not once per program, keeps the test short).
     */
    private void runAll(String python, List<String> names) throws Exception {
        Files.writeString(dir.resolve("run_all.py"), String.join("\n",
                "import runpy, sys",
                "for name in sys.argv[1:]:",
                "    sys.argv = [name, '--iterations', '" + ITERATIONS + "', '--trace', name + '.json']",
                "    runpy.run_path(name, run_name='__main__')",
                ""));
        List<String> args = new ArrayList<>(List.of("run_all.py"));
        args.addAll(names);
        Python.Result run = Python.run(python, dir, args.toArray(String[]::new));
        assertThat(run.exitCode()).as("the programs exit with 0; they printed:%n%s", run.output()).isZero();
    }
}
