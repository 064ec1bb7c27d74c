package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.backpropstudio.io.SessionFixtures.variant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/** The session file's test set ({@code dataset.test}), picture ({@code dataset.image}) and mini-batches. */
class TestSetAndBatchFormatTest {

    /** The seed example (2 inputs, 1 output, 1 sample) with a test set, a 2 × 1 picture and mini-batches of 1. */
    private static final Consumer<ObjectNode> ALL = d -> {
        d.put("batch", "mini");
        d.put("batchSize", 1);
        d.put("shuffleSeed", -7);
        ObjectNode test = ((ObjectNode) d.get("dataset")).putObject("test");
        test.putArray("inputs").addArray().add(0.5).add(-0.25);
        test.putArray("targets").addArray().add(0.75);
        ((ObjectNode) d.get("dataset")).putObject("image").put("width", 2).put("height", 1);
    };

    @Test
    void a_test_set_a_picture_and_mini_batches_are_read_and_written_back_the_same() throws Exception {
        Session session = SessionFile.parse(variant(ALL)).session();
        assertThat(session.batch()).isEqualTo(BatchMode.MINI);
        assertThat(session.batchSize()).isEqualTo(1);
        assertThat(session.shuffleSeed()).isEqualTo(-7);
        assertThat(session.dataset().image()).contains(new ImageShape(2, 1));
        assertThat(session.dataset().test().orElseThrow().inputRow(0)).containsExactly(0.5, -0.25);
        assertThat(session.dataset().test().orElseThrow().targetRow(0)).containsExactly(0.75);
        assertThat(session.dataset().size()).isEqualTo(1);
        Session again = SessionFile.parse(SessionFile.write(session, null)).session();
        assertThat(again).isEqualTo(session);
    }

    @Test
    void a_shuffle_seed_left_out_is_zero_and_other_batch_modes_write_no_batch_size() throws Exception {
        Session session = SessionFile.parse(variant(ALL.andThen(d -> d.remove("shuffleSeed")))).session();
        assertThat(session.shuffleSeed()).isZero();
        String full = SessionFile.write(session.withDataset(session.dataset()), null);
        assertThat(full).contains("\"batchSize\": 1");
        Session fullBatch = new Session(session.name(), session.network(), session.loss(), session.learningRate(),
                BatchMode.FULL, session.dataset());
        assertThat(SessionFile.write(fullBatch, null)).doesNotContain("batchSize", "shuffleSeed");
        assertThat(SessionFile.write(fullBatch.withDataset(fullBatch.dataset().withTest(null).withImage(null)), null))
                .doesNotContain("\"test\"", "\"image\"");
    }

    @Test
    void a_bad_batch_size_is_refused_with_its_path() {
        assertRejected(variant(ALL.andThen(d -> d.remove("batchSize"))), "$.batchSize", "an integer from 1 to 100000");
        assertRejected(variant(ALL.andThen(d -> d.put("batchSize", 2))), "$.batchSize",
                "a mini-batch size of at most 1 (the number of training samples)");
        assertRejected(variant(ALL.andThen(d -> d.put("batchSize", 0.5))), "$.batchSize",
                "an integer from 1 to 100000");
        assertRejected(variant(ALL.andThen(d -> d.put("shuffleSeed", "x"))), "$.shuffleSeed",
                "an integer (the seed of the mini-batches' order)");
    }

    @Test
    void bad_test_samples_are_refused_as_training_samples_are() {
        assertRejected(variant(ALL.andThen(d -> ((ObjectNode) d.get("dataset")).put("test", 3))), "$.dataset.test",
                "an object");
        assertRejected(variant(ALL.andThen(d -> ((ObjectNode) d.at("/dataset/test")).putArray("inputs")
                .addArray().add(1))), "$.dataset.test.inputs[0]", "2 numbers (network inputs)");
        assertRejected(variant(ALL.andThen(d -> ((ObjectNode) d.at("/dataset/test")).putArray("targets"))),
                "$.dataset.test.targets", "1 row (one per input)");
    }

    @Test
    void a_picture_that_is_not_the_inputs_is_refused() {
        assertRejected(variant(ALL.andThen(d -> ((ObjectNode) d.at("/dataset/image")).put("width", 3))),
                "$.dataset.image", "a picture of width × height pixels equal to the network's 2 inputs");
        assertRejected(variant(ALL.andThen(d -> ((ObjectNode) d.at("/dataset/image")).remove("height"))),
                "$.dataset.image.height", "an integer from 1 to 256");
    }

    private static void assertRejected(String json, String path, String expected) {
        Throwable thrown = catchThrowable(() -> SessionFile.parse(json));
        assertThat(thrown).isInstanceOf(SessionFormatException.class);
        SessionFormatException e = (SessionFormatException) thrown;
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.expected()).isEqualTo(expected);
    }
}
