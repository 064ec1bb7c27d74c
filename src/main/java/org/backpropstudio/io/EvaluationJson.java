package org.backpropstudio.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.backpropstudio.core.Score;

/**
 * How well a session's network does on its training and test sets, as JSON, format {@value #FORMAT}:
 * <pre>
 * {"format": "backprop-studio-evaluation/1",
 *  "name": "Handwritten digits (64-32-10)",
 *  "iterations": 1000,
 *  "training": {"samples": 1437, "loss": 0.1165, "accuracy": 0.976, "correct": 1403},
 *  "test": {"samples": 360, "loss": 0.1194, "accuracy": 0.981, "correct": 353,
 *           "confusion": [[36, 0, …], …]}}
 * </pre>
 * {@code loss} is J = (1/m) Σₛ Jₛ over the set with the session's current parameters, the number
 * the window's status bar and loss chart show; {@code accuracy} and {@code correct} (and the test
 * set's {@code confusion}, rows the true class, columns the predicted one) only for a classifier
 * ({@link Score}); {@code test} only when the session has a test set; {@code iterations} only when
 * the file has a history. Numbers parse back to the same double; a loss that is not finite is
 * written as a string ({@code "NaN"}). Laid out as the JSON trace is ({@link TraceJson}).
 */
public final class EvaluationJson {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "backprop-studio-evaluation/1";

    private EvaluationJson() {
    }

    /**
     * Writes the evaluation to {@code out}, which stays open.
     *
     * @param iterations the iterations the session has done, or −1 if unknown
     * @param test       the test set's score, or null
     */
    public static void write(String name, long iterations, Score training, Score test, Writer out)
            throws IOException {
        try (JsonGenerator json = TraceJson.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(TraceJson.PRETTY);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("name", name);
            if (iterations >= 0) {
                json.writeNumberField("iterations", iterations);
            }
            writeScore(json, "training", training, false);
            if (test != null) {
                writeScore(json, "test", test, true);
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeScore(JsonGenerator json, String name, Score score, boolean confusion)
            throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("samples", score.count());
        json.writeNumberField("loss", score.loss());
        if (score.isClassifier()) {
            json.writeNumberField("accuracy", score.accuracy());
            json.writeNumberField("correct", score.correct());
            if (confusion) {
                json.writeArrayFieldStart("confusion");
                for (int[] row : score.confusion()) {
                    json.writeArray(row, 0, row.length);
                }
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }
}
