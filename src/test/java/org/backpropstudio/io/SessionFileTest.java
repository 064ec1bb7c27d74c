package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.backpropstudio.io.SessionFixtures.SEED_EXAMPLE;
import static org.backpropstudio.io.SessionFixtures.array;
import static org.backpropstudio.io.SessionFixtures.object;
import static org.backpropstudio.io.SessionFixtures.seedExample;
import static org.backpropstudio.io.SessionFixtures.variant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, writing and saving session files: round trips, kept extras, the seed, files on disk. */
class SessionFileTest {
    @TempDir
    Path directory;

    private static Session parsed(String json) throws SessionFormatException {
        return SessionFile.parse(json).session();
    }

    /** A session that uses every option: softmax with cross-entropy, sample batches, locks, awkward doubles. */
    private static Session everyOption() {
        int[] units = {3, 4, 2, 3};
        Activation[] activations = {null, Activation.LEAKY_RELU, Activation.TANH, Activation.SOFTMAX};
        Network network = Initializer.random(units, activations, 20240601L)
                .withWeightLocked(2, 1, 3, true)
                .withBiasLocked(3, 0, true);
        double[][] inputs = {{0.1 + 0.2, 1.0 / 3, -0.0}, {1e-300, -123456.789, Math.nextUp(1.0)}};
        double[][] targets = {{0.25, 0.75, 0.0}, {1.0 / 3, 1.0 / 3, 1 - 2.0 / 3}};
        return new Session("Every option: ünïcode, \"quotes\"\nand a new line", network, Loss.CROSS_ENTROPY,
                0.1 + 0.2, BatchMode.SAMPLE, new Dataset(inputs, targets));
    }

    // ----- Round trips

    @Test
    void the_contract_example_reads_as_written() throws SessionFormatException {
        Session session = parsed(SEED_EXAMPLE);

        assertThat(session.name()).isEqualTo("Seed example");
        Network network = session.network();
        assertThat(network.unitsArray()).containsExactly(2, 2, 1);
        assertThat(network.weight(1, 0, 1)).isEqualTo(0.20);
        assertThat(network.weight(1, 1, 0)).isEqualTo(0.25);
        assertThat(network.weight(2, 0, 1)).isEqualTo(0.45);
        assertThat(network.bias(2, 0)).isEqualTo(0.60);
        assertThat(network.activation(2)).isEqualTo(Activation.SIGMOID);
        assertThat(network.hasLocks()).isFalse();
        assertThat(session.loss()).isEqualTo(Loss.SQUARED_ERROR);
        assertThat(session.learningRate()).isEqualTo(0.5);
        assertThat(session.batch()).isEqualTo(BatchMode.FULL);
        assertThat(session.dataset().inputRow(0)).containsExactly(0.05, 0.10);
        assertThat(session.dataset().targetRow(0)).containsExactly(0.01);
    }

    @Test
    void writing_then_parsing_gives_an_equal_session() throws SessionFormatException {
        Session seed = parsed(SEED_EXAMPLE);
        Session every = everyOption();

        assertThat(parsed(SessionFile.write(seed, null))).isEqualTo(seed);
        assertThat(parsed(SessionFile.write(every, null))).isEqualTo(every);
    }

    @Test
    void locked_is_written_only_for_a_network_with_locks() throws SessionFormatException {
        Session seed = parsed(SEED_EXAMPLE);
        Session locked = seed.withNetwork(seed.network().withWeightLocked(2, 0, 1, true));

        assertThat(SessionFile.write(seed, seedExample())).doesNotContain("locked");
        String written = SessionFile.write(locked, null);
        assertThat(written).contains("\"locked\"");
        assertThat(parsed(written).network().isWeightLocked(2, 0, 1)).isTrue();
        assertThat(parsed(written).network().isWeightLocked(1, 0, 1)).isFalse();
    }

    @Test
    void written_text_is_indented_with_one_matrix_row_per_line() throws SessionFormatException {
        String written = SessionFile.write(parsed(SEED_EXAMPLE), null);

        assertThat(written).startsWith("{\n  \"format\": \"backprop-studio/1\",\n  \"name\": \"Seed example\",\n")
                .contains("        \"weights\": [\n          [0.15, 0.2],\n          [0.25, 0.3]\n        ],\n")
                .contains("\"biases\": [0.35, 0.35]")
                .contains("\"units\": 2,")
                .endsWith("}\n");
    }

    // ----- Members this version does not know

    @Test
    void unknown_members_survive_a_re_save() throws SessionFormatException {
        String withExtras = variant(d -> {
            d.put("author", "Ada").putObject("view").put("zoom", 2);
            object(d, "/network").put("comment", "tiny");
            object(d, "/network/layers/1").put("label", "output");
            object(d, "/network/layers/0/locked").put("why", "demo");
            object(d, "/dataset").putArray("labels").add("x");
        });
        LoadedSession loaded = SessionFile.parse(withExtras);
        Session network = loaded.session();
        Session edited = network.withNetwork(network.network().withBiasLocked(1, 0, true)).withName("Edited");

        ObjectNode resaved = SessionFile.parse(SessionFile.write(edited, loaded.document())).document();

        assertThat(resaved.get("author").asText()).isEqualTo("Ada");
        assertThat(resaved.at("/view/zoom").asInt()).isEqualTo(2);
        assertThat(resaved.at("/network/comment").asText()).isEqualTo("tiny");
        assertThat(resaved.at("/network/layers/1/label").asText()).isEqualTo("output");
        assertThat(resaved.at("/network/layers/0/locked/why").asText()).isEqualTo("demo");
        assertThat(resaved.at("/dataset/labels/0").asText()).isEqualTo("x");
        assertThat(resaved.get("name").asText()).isEqualTo("Edited");
        assertThat(resaved.at("/network/layers/0/locked/biases/0").asBoolean()).isTrue();
    }

    @Test
    void writing_does_not_modify_the_original_document() throws SessionFormatException {
        LoadedSession loaded = SessionFile.parse(SEED_EXAMPLE);
        ObjectNode before = loaded.document().deepCopy();

        SessionFile.write(loaded.session().withName("Other"), loaded.document());

        assertThat(loaded.document()).isEqualTo(before);
    }

    @Test
    void known_members_keep_their_places_and_layers_follow_the_session() throws SessionFormatException {
        LoadedSession loaded = SessionFile.parse(variant(d -> {
            d.remove("format");
            d.put("format", "backprop-studio/1");
        }));
        Session oneLayer = SessionFile.parse(variant(d -> {
            array(d, "/network/layers").remove(0);
            object(d, "/network").put("inputs", 2);
        })).session();

        ObjectNode resaved = SessionFile.parse(SessionFile.write(oneLayer, loaded.document())).document();

        assertThat(resaved.fieldNames().next()).isEqualTo("name");
        assertThat(resaved.at("/network/layers").size()).isEqualTo(1);
    }

    // ----- The seed

    @Test
    void seed_initializes_omitted_layers_as_the_initializer_does() throws SessionFormatException {
        String seeded = variant(d -> {
            object(d, "/network").put("seed", 42);
            for (int i = 0; i < 2; i++) {
                object(d, "/network/layers/" + i).remove("weights");
                object(d, "/network/layers/" + i).remove("biases");
            }
        });

        Network first = parsed(seeded).network();
        Network second = parsed(seeded).network();

        Network expected = Initializer.random(new int[] {2, 2, 1},
                new Activation[] {null, Activation.SIGMOID, Activation.SIGMOID}, 42);
        assertThat(first).isEqualTo(second).isEqualTo(expected);
    }

    @Test
    void seed_fills_only_the_layers_left_out_and_a_re_save_writes_them() throws SessionFormatException {
        LoadedSession loaded = SessionFile.parse(variant(d -> {
            object(d, "/network").put("seed", -7);
            object(d, "/network/layers/1").remove("weights");
            object(d, "/network/layers/1").remove("biases");
        }));
        Network network = loaded.session().network();
        Network random = Initializer.random(network.unitsArray(), network.activationsArray(), -7);

        assertThat(network.weight(1, 0, 0)).isEqualTo(0.15);
        assertThat(network.weight(2, 0, 1)).isEqualTo(random.weight(2, 0, 1));
        assertThat(network.bias(2, 0)).isZero();

        LoadedSession resaved = SessionFile.parse(SessionFile.write(loaded.session(), loaded.document()));
        assertThat(resaved.document().at("/network/layers/1/weights/0/1").asDouble())
                .isEqualTo(random.weight(2, 0, 1));
        assertThat(resaved.session()).isEqualTo(loaded.session());
    }

    // ----- Files

    @Test
    void save_then_read_gives_the_same_session_and_leaves_no_temporary_file() throws Exception {
        Path file = directory.resolve("every.backprop.json");
        Files.writeString(file, "old content");

        SessionFile.save(file, everyOption(), null);

        assertThat(SessionFile.read(file).session()).isEqualTo(everyOption());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void save_into_a_missing_directory_fails_and_writes_nothing() {
        Path file = directory.resolve("missing").resolve("x.backprop.json");

        assertThat(catchThrowableOfType(IOException.class,
                () -> SessionFile.save(file, everyOption(), null))).isNotNull();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void missing_file_is_refused_with_a_clear_message() {
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> SessionFile.read(directory.resolve("nothing-here.json")));

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.getMessage()).isEqualTo("$: expected a readable file, found no such file");
    }

    @Test
    void directory_is_refused() {
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> SessionFile.read(directory));

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.found()).isEqualTo("a directory");
    }

    @Test
    void file_over_64_mib_is_refused_before_reading() throws IOException {
        Path file = directory.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(SessionFile.MAX_FILE_BYTES + 1);
        }

        SessionFormatException e = catchThrowableOfType(SessionFormatException.class, () -> SessionFile.read(file));

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.found()).isEqualTo("a file of " + (SessionFile.MAX_FILE_BYTES + 1) + " bytes");
    }

    @Test
    void utf8_byte_order_mark_is_skipped() throws Exception {
        Path file = directory.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + SEED_EXAMPLE, StandardCharsets.UTF_8);

        assertThat(SessionFile.read(file).session()).isEqualTo(parsed(SEED_EXAMPLE));
        assertThat(SessionFile.parse("\uFEFF" + SEED_EXAMPLE).session()).isEqualTo(parsed(SEED_EXAMPLE));
    }

    @Test
    void utf16_with_a_byte_order_mark_is_decoded() throws Exception {
        String named = SEED_EXAMPLE.replace("Seed example", "Séance ∑");
        Path littleEndian = directory.resolve("le.json");
        Path bigEndian = directory.resolve("be.json");
        Files.writeString(littleEndian, "\uFEFF" + named, StandardCharsets.UTF_16LE);
        Files.writeString(bigEndian, named, StandardCharsets.UTF_16); // Java writes big-endian with a mark

        assertThat(SessionFile.read(littleEndian).session().name()).isEqualTo("Séance ∑");
        assertThat(SessionFile.read(bigEndian).session()).isEqualTo(parsed(named));
    }

    @Test
    void invalid_utf8_is_refused_as_malformed() throws IOException {
        Path file = directory.resolve("latin1.json");
        Files.writeString(file, SEED_EXAMPLE.replace("Seed example", "Séance"), StandardCharsets.ISO_8859_1);

        SessionFormatException e = catchThrowableOfType(SessionFormatException.class, () -> SessionFile.read(file));

        assertThat(e.path()).isEqualTo("$.name");
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).startsWith("invalid UTF-8").endsWith("at line 3, column 15");
    }
}
