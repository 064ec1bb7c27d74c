package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backpropstudio.io.SessionFixtures.SEED_EXAMPLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/** The presets in {@code assets/presets} (read relative to the project root, surefire's working directory). */
class PresetsTest {
    private static final Path PRESETS = Path.of("assets", "presets");
    private static final String SUFFIX = ".backprop.json";

    private static List<Path> presetFiles() throws IOException {
        try (Stream<Path> files = Files.list(PRESETS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static Session preset(String id) throws SessionFormatException {
        return SessionFile.read(PRESETS.resolve(id + SUFFIX)).session();
    }

    @Test
    void every_preset_loads_and_survives_a_round_trip() throws Exception {
        List<Path> files = presetFiles();

        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            LoadedSession loaded = SessionFile.read(file);
            assertThat(SessionFile.parse(SessionFile.write(loaded.session(), loaded.document())).session())
                    .as(file.toString()).isEqualTo(loaded.session());
        }
    }

    @Test
    void index_lists_every_preset_once_with_its_title() throws Exception {
        JsonNode index = new ObjectMapper().readTree(PRESETS.resolve("index.json").toFile());
        List<String> listed = new ArrayList<>();

        for (JsonNode entry : index) {
            String id = entry.get("id").asText();
            assertThat(entry.get("file").asText()).isEqualTo(id + SUFFIX);
            assertThat(entry.get("title").asText()).isEqualTo(preset(id).name());
            assertThat(entry.get("description").asText()).endsWith(".").doesNotContain("\n");
            listed.add(entry.get("file").asText());
        }

        assertThat(listed).startsWith("seed-example" + SUFFIX, "xor" + SUFFIX, "and" + SUFFIX, "or" + SUFFIX)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        presetFiles().stream().map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void seed_example_is_the_contract_example() throws Exception {
        Session contract = SessionFile.parse(SEED_EXAMPLE).session();

        assertThat(preset("seed-example")).isEqualTo(contract.withName("Seed example (2-2-1)"));
    }

    @Test
    void xor_is_a_2_2_1_network_on_the_four_xor_samples() throws Exception {
        Session xor = preset("xor");

        assertThat(xor.network().unitsArray()).containsExactly(2, 2, 1);
        assertThat(xor.network().activation(2)).isEqualTo(Activation.SIGMOID);
        assertThat(xor.dataset().size()).isEqualTo(4);
        for (int s = 0; s < 4; s++) {
            double[] x = xor.dataset().inputRow(s);
            assertThat(xor.dataset().target(s, 0)).isEqualTo(x[0] != x[1] ? 1.0 : 0.0);
        }
    }

    @Test
    void and_and_or_are_single_sigmoid_units_with_cross_entropy() throws Exception {
        for (String id : List.of("and", "or")) {
            Session session = preset(id);
            assertThat(session.network().unitsArray()).as(id).containsExactly(2, 1);
            assertThat(session.network().activation(1)).isEqualTo(Activation.SIGMOID);
            assertThat(session.loss()).isEqualTo(Loss.CROSS_ENTROPY);
            assertThat(session.dataset().size()).isEqualTo(4);
        }
    }
}
