package org.backpropstudio.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.backpropstudio.core.Session;

/**
 * The trace as JSON, format {@value #FORMAT}:
 * <pre>
 * {"format": "backprop-studio-trace/1",
 *  "iterations": [{"iteration": 1, "loss": 0.274811083176155,
 *    "samples": [{"index": 0, "layers": [{"z": [..], "a": [..], "delta": [..]}, ...]}],
 *    "gradients": [{"weights": [[..]], "biases": [..]}, ...],
 *    "parameters": [{"weights": [[..]], "biases": [..]}, ...]}],
 *  "datasetLoss": 0.2653}
 * </pre>
 * The members are those of {@link TraceIteration}: {@code layers}, {@code gradients} and
 * {@code parameters} list layers 1..L; {@code index} is the dataset index from 0; {@code loss} is
 * the iteration's J before its update; {@code gradients} are averaged over its samples;
 * {@code parameters} are those after its update; {@code datasetLoss} is J over the whole dataset
 * after the last iteration. Numbers parse back to the same double; a value that is not finite
 * (a diverged run) is written as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}.
 * The output is indented by two spaces, arrays on one line, and ends with a line break.
 */
public final class TraceJson {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "backprop-studio-trace/1";

    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Two spaces per level, one member per line, arrays on one line: {@code "z": [0.3775, 0.3925]}. */
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);

    private TraceJson() {
    }

    /** Writes the trace of iterations 1..{@code iterations} of {@code session} to {@code out}, which stays open. */
    public static void write(Session session, int iterations, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PRETTY);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("iterations");
            double datasetLoss = TraceRecorder.record(session, iterations, new TraceRecorder.Listener() {
                @Override
                public void afterIteration(TraceIteration iteration) throws IOException {
                    writeIteration(json, iteration);
                }
            });
            json.writeEndArray();
            json.writeNumberField("datasetLoss", datasetLoss);
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeIteration(JsonGenerator json, TraceIteration iteration) throws IOException {
        json.writeStartObject();
        json.writeNumberField("iteration", iteration.iteration());
        json.writeNumberField("loss", iteration.loss());
        json.writeArrayFieldStart("samples");
        for (TraceIteration.Sample sample : iteration.samples()) {
            json.writeStartObject();
            json.writeNumberField("index", sample.index());
            json.writeArrayFieldStart("layers");
            for (TraceIteration.LayerValues layer : sample.layers()) {
                json.writeStartObject();
                writeNumbers(json, "z", layer.z());
                writeNumbers(json, "a", layer.a());
                writeNumbers(json, "delta", layer.delta());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        writeParameters(json, "gradients", iteration.gradients());
        writeParameters(json, "parameters", iteration.parameters());
        json.writeEndObject();
    }

    private static void writeParameters(JsonGenerator json, String name, List<TraceIteration.Parameters> layers)
            throws IOException {
        json.writeArrayFieldStart(name);
        for (TraceIteration.Parameters layer : layers) {
            json.writeStartObject();
            json.writeArrayFieldStart("weights");
            for (double[] row : layer.weights()) {
                json.writeArray(row, 0, row.length);
            }
            json.writeEndArray();
            writeNumbers(json, "biases", layer.biases());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNumbers(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeFieldName(name);
        json.writeArray(values, 0, values.length);
    }
}
