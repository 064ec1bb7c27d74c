package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.Test;

/** The trace JSON parses back to exactly the engine's numbers. */
class TraceJsonTest {
    private static JsonNode trace(Session session, int iterations) throws IOException {
        StringWriter out = new StringWriter();
        TraceJson.write(session, iterations, out);
        assertThat(out.toString()).endsWith("}\n");
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void the_seed_example_trace_holds_the_worked_numbers() throws IOException {
        JsonNode trace = trace(TestPresets.seedExample(), 1);
        assertThat(trace.get("format").textValue()).isEqualTo("backprop-studio-trace/1");
        assertThat(trace.get("iterations")).hasSize(1);
        JsonNode first = trace.get("iterations").get(0);
        assertThat(first.get("iteration").intValue()).isEqualTo(1);
        assertThat(first.get("loss").doubleValue())
                .isCloseTo(0.5 * Math.pow(0.75136507 - 0.01, 2), within(Tolerance.WORKED_EXAMPLE));
        JsonNode layers = first.get("samples").get(0).get("layers");
        assertThat(first.get("samples").get(0).get("index").intValue()).isZero();
        assertThat(layers.get(0).get("z").get(0).doubleValue()).isCloseTo(0.3775, within(Tolerance.WORKED_EXAMPLE));
        assertThat(layers.get(1).get("a").get(0).doubleValue()).isCloseTo(0.75136507, within(Tolerance.WORKED_EXAMPLE));
        assertThat(layers.get(1).get("delta").get(0).doubleValue())
                .isCloseTo(0.138498562, within(Tolerance.WORKED_EXAMPLE));
        assertThat(first.get("parameters").get(1).get("weights").get(0).get(0).doubleValue())
                .isCloseTo(0.35891648, within(Tolerance.WORKED_EXAMPLE));
    }

    @Test
    void every_number_is_the_engines_bit_for_bit() throws IOException {
        Session xor = TestPresets.xor();
        JsonNode trace = trace(xor, 3);
        Engine engine = new Engine(xor);
        for (JsonNode iteration : trace.get("iterations")) {
            double loss = engine.runIteration();
            assertThat(iteration.get("loss").doubleValue()).isEqualTo(loss);
            JsonNode samples = iteration.get("samples");
            assertThat(samples).hasSize(4);
            for (int s = 0; s < 4; s++) {
                assertThat(samples.get(s).get("index").intValue()).isEqualTo(s);
            }
            JsonNode last = samples.get(3).get("layers");
            for (int l = 1; l <= engine.layers(); l++) {
                JsonNode gradients = iteration.get("gradients").get(l - 1);
                JsonNode parameters = iteration.get("parameters").get(l - 1);
                for (int j = 0; j < engine.units(l); j++) {
                    assertThat(last.get(l - 1).get("z").get(j).doubleValue()).isEqualTo(engine.z(l, j));
                    assertThat(last.get(l - 1).get("a").get(j).doubleValue()).isEqualTo(engine.a(l, j));
                    assertThat(last.get(l - 1).get("delta").get(j).doubleValue()).isEqualTo(engine.delta(l, j));
                    assertThat(gradients.get("biases").get(j).doubleValue()).isEqualTo(engine.biasGradient(l, j));
                    assertThat(parameters.get("biases").get(j).doubleValue()).isEqualTo(engine.bias(l, j));
                    for (int k = 0; k < engine.units(l - 1); k++) {
                        assertThat(gradients.get("weights").get(j).get(k).doubleValue())
                                .isEqualTo(engine.weightGradient(l, j, k));
                        assertThat(parameters.get("weights").get(j).get(k).doubleValue())
                                .isEqualTo(engine.weight(l, j, k));
                    }
                }
            }
        }
        assertThat(trace.get("datasetLoss").doubleValue()).isEqualTo(engine.datasetLoss());
    }

    @Test
    void one_sample_per_iteration_names_the_sample_each_iteration_took() throws IOException {
        JsonNode iterations = trace(TestPresets.seedOneSampleAtATime(), 4).get("iterations");
        assertThat(iterations).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(iterations.get(i).get("iteration").intValue()).isEqualTo(i + 1);
            assertThat(iterations.get(i).get("samples")).hasSize(1);
            assertThat(iterations.get(i).get("samples").get(0).get("index").intValue()).isEqualTo(i % 3);
        }
    }
}
