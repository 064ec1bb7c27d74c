package org.backpropstudio.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.TraceJson;

/**
 * A session as one runnable Python program (NumPy or PyTorch) that trains as the studio does and
 * writes the same trace ({@value TraceJson#FORMAT}) with {@code --trace PATH}: the session's
 * parameters as it starts (a seeded network with its drawn values), activations, loss, learning
 * rate, batch mode (mini-batches with the studio's shuffled order), locks, and its training and
 * test sets. The program's text is a template beside this class ({@link Framework#template()}, with
 * {@code order.py} and {@code trace.py} shared by both); only the session's part is made here
 * ({@code session.py} filled in).
 *
 * <p>Every feature of a session is exported; a session is refused ({@link ExportRefusedException})
 * only when its data has more than {@value #MAX_DATA_NUMBERS} numbers, which would make a Python
 * file of tens of megabytes.
 */
public final class PythonProgram {
    /** The most numbers (inputs and targets, training and test) an exported program holds. */
    public static final long MAX_DATA_NUMBERS = 2_000_000;
    /** The program's name in its own usage lines when none is given. */
    public static final String DEFAULT_FILE_NAME = "program.py";

    private PythonProgram() {
    }

    /**
     * The program for {@code session}.
     *
     * @param fileName the program's file name, for its usage lines
     * @throws ExportRefusedException if the session cannot be exported (the message says why)
     */
    public static String of(Session session, Framework framework, String fileName) throws ExportRefusedException {
        check(session);
        Map<String, String> parts = Map.of(
                "{{TITLE}}", PythonLiterals.commentText(session.name()),
                "{{SUMMARY}}", PythonLiterals.commentText(summary(session)),
                "{{FILE}}", PythonLiterals.commentText(fileName),
                "{{SESSION}}", sessionPart(session, framework),
                "{{ORDER}}", resource("order.py").strip(),
                "{{TRACE}}", resource("trace.py").strip());
        return fill(resource(framework.template()), parts);
    }

    /** Writes {@link #of} to {@code out}, which stays open. */
    public static void write(Session session, Framework framework, String fileName, Writer out)
            throws IOException, ExportRefusedException {
        out.write(of(session, framework, fileName));
    }

    /** Refuses a session whose data would make too large a program. */
    static void check(Session session) throws ExportRefusedException {
        Dataset data = session.dataset();
        long numbers = numbers(data) + data.test().map(PythonProgram::numbers).orElse(0L);
        if (numbers > MAX_DATA_NUMBERS) {
            throw new ExportRefusedException(ExportWords.format("refused.tooLarge",
                    String.format(Locale.ROOT, "%,d", numbers), String.format(Locale.ROOT, "%,d", MAX_DATA_NUMBERS),
                    String.valueOf(numbers * 20 / 1_000_000)));
        }
    }

    private static long numbers(Dataset data) {
        return (long) data.size() * (data.inputWidth() + data.targetWidth());
    }

    /** One line: the network, loss, batch mode, η and the data. */
    static String summary(Session session) {
        Network net = session.network();
        StringJoiner shape = new StringJoiner("-");
        StringJoiner activations = new StringJoiner(", ");
        shape.add(String.valueOf(net.inputs()));
        for (int l = 1; l <= net.layers(); l++) {
            shape.add(String.valueOf(net.units(l)));
            activations.add(net.activation(l).id());
        }
        String batch = switch (session.batch()) {
            case FULL -> ExportWords.get("program.batch.full");
            case SAMPLE -> ExportWords.get("program.batch.sample");
            case MINI -> ExportWords.format("program.batch.mini", String.valueOf(session.batchSize()),
                    String.valueOf(session.shuffleSeed()));
        };
        Dataset data = session.dataset();
        String test = data.test().map(t -> ExportWords.format("program.test", String.valueOf(t.size()), t.size()))
                .orElse(ExportWords.get("program.noTest"));
        return ExportWords.format("program.summary", shape.toString(), activations.toString(), session.loss().id(),
                batch, PythonLiterals.number(session.learningRate()), String.valueOf(data.size()), data.size(), test);
    }

    /** {@code session.py} filled in with the session's values, as arrays of {@code framework}. */
    private static String sessionPart(Session session, Framework framework) {
        Network net = session.network();
        Dataset data = session.dataset();
        Map<String, String> values = new HashMap<>();
        values.put("{{ETA}}", PythonLiterals.number(session.learningRate()));
        values.put("{{LOSS}}", session.loss().id());
        values.put("{{BATCH}}", session.batch().id());
        values.put("{{BATCH_SIZE}}", String.valueOf(session.batch() == BatchMode.MINI ? session.batchSize() : 0));
        values.put("{{SHUFFLE_SEED}}", String.valueOf(session.shuffleSeed()));
        List<String> activations = new ArrayList<>(List.of("None"));
        List<String> weights = new ArrayList<>(List.of("None"));
        List<String> biases = new ArrayList<>(List.of("None"));
        List<String> lockedWeights = new ArrayList<>(List.of("None"));
        List<String> lockedBiases = new ArrayList<>(List.of("None"));
        double[][][] W = net.weightsCopy();
        double[][] b = net.biasesCopy();
        boolean[][][] lockedW = net.lockedWeightsCopy();
        boolean[][] lockedB = net.lockedBiasesCopy();
        for (int l = 1; l <= net.layers(); l++) {
            activations.add("\"" + net.activation(l).id() + "\"");
            weights.add(framework.array(PythonLiterals.matrix(W[l], framework.column("W = ["))));
            biases.add(framework.array(PythonLiterals.list(b[l])));
            String shape = "(" + W[l].length + ", " + W[l][0].length + ")";
            lockedWeights.add(any(lockedW[l])
                    ? framework.array(PythonLiterals.matrix(lockedW[l], framework.column("W_LOCKED = [")))
                    : framework.noneLocked(shape));
            lockedBiases.add(any(lockedB[l]) ? framework.array(PythonLiterals.list(lockedB[l]))
                    : framework.noneLocked(String.valueOf(b[l].length)));
        }
        values.put("{{ACTIVATIONS}}", "[" + String.join(", ", activations) + "]");
        values.put("{{W}}", PythonLiterals.rows(weights.toArray(String[]::new), "W = ".length()));
        values.put("{{B}}", PythonLiterals.rows(biases.toArray(String[]::new), "b = ".length()));
        values.put("{{W_LOCKED}}", PythonLiterals.rows(lockedWeights.toArray(String[]::new), "W_LOCKED = ".length()));
        values.put("{{B_LOCKED}}", PythonLiterals.rows(lockedBiases.toArray(String[]::new), "B_LOCKED = ".length()));
        values.put("{{IMAGE}}", data.image().map(i -> ExportWords.format("program.image",
                String.valueOf(i.width()), String.valueOf(i.height()))).orElse(""));
        values.put("{{X}}", dataArray(framework, data.inputsCopy(), "X = "));
        values.put("{{Y}}", dataArray(framework, data.targetsCopy(), "Y = "));
        values.put("{{X_TEST}}",
                data.test().map(t -> dataArray(framework, t.inputsCopy(), "X_TEST = ")).orElse("None"));
        values.put("{{Y_TEST}}",
                data.test().map(t -> dataArray(framework, t.targetsCopy(), "Y_TEST = ")).orElse("None"));
        return fill(resource("session.py"), values).strip();
    }

    private static String dataArray(Framework framework, double[][] rows, String assignment) {
        return framework.array(PythonLiterals.matrix(rows, framework.column(assignment)));
    }

    private static boolean any(boolean[][] m) {
        for (boolean[] row : m) {
            if (any(row)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(boolean[] row) {
        for (boolean locked : row) {
            if (locked) {
                return true;
            }
        }
        return false;
    }

    /** {@code template} with each {@code {{NAME}}} replaced by its part. */
    private static String fill(String template, Map<String, String> parts) {
        StringBuilder text = new StringBuilder(template.length());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                break;
            }
            int close = template.indexOf("}}", open);
            String name = template.substring(open, close + 2);
            String part = parts.get(name);
            if (part == null) {
                throw new IllegalStateException("the template names an unknown part: " + name);
            }
            text.append(template, at, open).append(part);
            at = close + 2;
        }
        return text.append(template, at, template.length()).toString();
    }

    /** A template beside this class, as text. */
    private static String resource(String name) {
        try (InputStream in = PythonProgram.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the program template " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
