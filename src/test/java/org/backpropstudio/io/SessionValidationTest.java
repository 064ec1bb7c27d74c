package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.backpropstudio.io.SessionFixtures.SEED_EXAMPLE;
import static org.backpropstudio.io.SessionFixtures.array;
import static org.backpropstudio.io.SessionFixtures.object;
import static org.backpropstudio.io.SessionFixtures.variant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of malformed session file: each checks that parsing names the exact path of
 * the first problem in a one-line message. Most files are the contract's example with one edit.
 */
class SessionValidationTest {

    /** Asserts that {@code json} is refused at {@code path} with a one-line message, and returns the refusal. */
    private static SessionFormatException assertRejected(String json, String path) {
        Throwable thrown = catchThrowable(() -> SessionFile.parse(json));
        assertThat(thrown).isInstanceOf(SessionFormatException.class);
        SessionFormatException e = (SessionFormatException) thrown;
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.getMessage())
                .isEqualTo(path + ": expected " + e.expected() + ", found " + e.found())
                .doesNotContain("\n", "\r");
        return e;
    }

    private static ObjectNode layer(ObjectNode document, int index) {
        return object(document, "/network/layers/" + index);
    }

    // ----- Not JSON

    @Test
    void text_that_is_not_json_is_refused_as_a_whole() {
        SessionFormatException e = assertRejected("hello", "$");
        assertThat(e.expected()).isEqualTo("well-formed JSON");
        assertThat(e.found()).contains("'hello'").endsWith("at line 1, column 1");
    }

    @Test
    void truncated_file_names_the_end_of_input_and_where_it_came() {
        String truncated = "{\n  \"format\": \"backprop-studio/1\",\n  \"network\": {\"inputs\": [1, ";
        assertThat(assertRejected(truncated, "$.network.inputs[1]").found())
                .isEqualTo("end of input at line 3, column 29");
        assertThat(assertRejected(truncated + "2]", "$.network").found())
                .isEqualTo("end of input at line 3, column 31");
        assertThat(assertRejected(SEED_EXAMPLE.substring(0, 40), "$").found()).startsWith("end of input at line 3");
    }

    @Test
    void empty_text_is_refused() {
        assertThat(assertRejected("", "$").found()).isEqualTo("nothing");
    }

    @Test
    void content_after_the_top_level_object_is_refused() {
        assertThat(assertRejected(SEED_EXAMPLE + "{}", "$").found()).startsWith("more content at line");
    }

    @Test
    void duplicate_member_is_refused() {
        String duplicate = SEED_EXAMPLE.replace("\"batch\": \"full\"", "\"batch\": \"full\", \"batch\": \"sample\"");
        SessionFormatException e = assertRejected(duplicate, "$.batch");
        assertThat(e.expected()).isEqualTo("each member name once in an object");
        assertThat(e.found()).isEqualTo("a second \"batch\" at line 15, column 20");
        assertRejected(SEED_EXAMPLE.replace("\"inputs\": 2,", "\"inputs\": 2, \"x\": {\"a\": 1, \"a\": 1},"),
                "$.network.x.a");
    }

    @Test
    void top_level_array_is_refused() {
        assertThat(assertRejected("[" + SEED_EXAMPLE + "]", "$").found()).isEqualTo("an array of 1");
    }

    // ----- Format

    @Test
    void missing_format_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> d.remove("format")), "$.format");
        assertThat(e.getMessage()).isEqualTo("$.format: expected \"backprop-studio/1\", found nothing");
    }

    @Test
    void other_format_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> d.put("format", "backprop-studio/2")), "$.format");
        assertThat(e.found()).isEqualTo("\"backprop-studio/2\"");
    }

    // ----- Missing members

    @Test
    void missing_name_is_refused() {
        assertRejected(variant(d -> d.remove("name")), "$.name");
    }

    @Test
    void missing_network_is_refused() {
        assertRejected(variant(d -> d.remove("network")), "$.network");
    }

    @Test
    void missing_inputs_is_refused() {
        assertRejected(variant(d -> object(d, "/network").remove("inputs")), "$.network.inputs");
    }

    @Test
    void missing_or_empty_layers_are_refused() {
        assertRejected(variant(d -> object(d, "/network").remove("layers")), "$.network.layers");
        SessionFormatException e = assertRejected(
                variant(d -> object(d, "/network").putArray("layers")), "$.network.layers");
        assertThat(e.found()).isEqualTo("0 layers");
    }

    @Test
    void missing_units_is_refused() {
        assertRejected(variant(d -> layer(d, 1).remove("units")), "$.network.layers[1].units");
    }

    @Test
    void missing_activation_is_refused() {
        assertRejected(variant(d -> layer(d, 0).remove("activation")), "$.network.layers[0].activation");
    }

    @Test
    void missing_weights_without_a_seed_are_refused() {
        assertRejected(variant(d -> {
            layer(d, 1).remove("weights");
            layer(d, 1).remove("biases");
        }), "$.network.layers[1].weights");
    }

    @Test
    void missing_loss_learning_rate_or_batch_is_refused() {
        assertRejected(variant(d -> d.remove("loss")), "$.loss");
        assertRejected(variant(d -> d.remove("learningRate")), "$.learningRate");
        assertRejected(variant(d -> d.remove("batch")), "$.batch");
    }

    @Test
    void missing_dataset_or_its_members_are_refused() {
        assertRejected(variant(d -> d.remove("dataset")), "$.dataset");
        assertRejected(variant(d -> object(d, "/dataset").remove("inputs")), "$.dataset.inputs");
        assertRejected(variant(d -> object(d, "/dataset").remove("targets")), "$.dataset.targets");
    }

    // ----- Wrong types

    @Test
    void string_where_a_number_belongs_is_refused() {
        SessionFormatException e = assertRejected(
                variant(d -> array(d, "/network/layers/1/weights/0").set(1, "0.45")),
                "$.network.layers[1].weights[0][1]");
        assertThat(e.found()).isEqualTo("\"0.45\"");
    }

    @Test
    void number_where_an_array_belongs_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> layer(d, 0).put("biases", 0.35)),
                "$.network.layers[0].biases");
        assertThat(e.getMessage()).isEqualTo("$.network.layers[0].biases: expected 2 numbers (units), found 0.35");
    }

    @Test
    void non_boolean_lock_is_refused() {
        assertRejected(variant(d -> array(d, "/network/layers/0/locked/weights/1").set(0, 0)),
                "$.network.layers[0].locked.weights[1][0]");
    }

    @Test
    void locked_that_is_not_an_object_is_refused() {
        assertRejected(variant(d -> layer(d, 0).put("locked", true)), "$.network.layers[0].locked");
    }

    @Test
    void name_that_is_not_a_string_is_refused() {
        assertRejected(variant(d -> d.put("name", 7)), "$.name");
    }

    @Test
    void fractional_units_are_refused() {
        SessionFormatException e = assertRejected(variant(d -> layer(d, 0).put("units", 2.5)),
                "$.network.layers[0].units");
        assertThat(e.getMessage()).isEqualTo("$.network.layers[0].units: expected an integer from 1 to "
                + Limits.MAX_UNITS + ", found 2.5");
    }

    @Test
    void fractional_inputs_are_refused() {
        assertRejected(variant(d -> object(d, "/network").put("inputs", 2.5)), "$.network.inputs");
    }

    @Test
    void learning_rate_as_a_string_is_refused() {
        assertRejected(variant(d -> d.put("learningRate", "0.5")), "$.learningRate");
    }

    // ----- Shapes

    @Test
    void weights_with_too_many_rows_are_refused() {
        SessionFormatException e = assertRejected(
                variant(d -> array(d, "/network/layers/1/weights").addArray().add(0.1).add(0.2)),
                "$.network.layers[1].weights");
        assertThat(e.getMessage()).isEqualTo(
                "$.network.layers[1].weights: expected 1 row of 2 numbers (units × previous units), found 2 rows");
    }

    @Test
    void ragged_weight_row_is_refused() {
        SessionFormatException e = assertRejected(
                variant(d -> array(d, "/network/layers/0/weights/1").add(0.5)), "$.network.layers[0].weights[1]");
        assertThat(e.found()).isEqualTo("3 entries");
    }

    @Test
    void biases_of_the_wrong_length_are_refused() {
        assertRejected(variant(d -> array(d, "/network/layers/0/biases").remove(1)), "$.network.layers[0].biases");
    }

    @Test
    void lock_masks_of_the_wrong_shape_are_refused() {
        assertRejected(variant(d -> array(d, "/network/layers/0/locked/weights").remove(0)),
                "$.network.layers[0].locked.weights");
        assertRejected(variant(d -> array(d, "/network/layers/0/locked/biases").add(false)),
                "$.network.layers[0].locked.biases");
    }

    @Test
    void input_row_of_the_wrong_width_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> array(d, "/dataset/inputs/0").add(0.2)),
                "$.dataset.inputs[0]");
        assertThat(e.expected()).isEqualTo("2 numbers (network inputs)");
    }

    @Test
    void target_row_of_the_wrong_width_is_refused() {
        assertRejected(variant(d -> array(d, "/dataset/targets/0").add(0.2)), "$.dataset.targets[0]");
    }

    @Test
    void fewer_targets_than_inputs_are_refused() {
        SessionFormatException e = assertRejected(
                variant(d -> array(d, "/dataset/inputs").addArray().add(0.1).add(0.2)), "$.dataset.targets");
        assertThat(e.getMessage()).isEqualTo("$.dataset.targets: expected 2 rows (one per input), found 1 row");
    }

    // ----- Non-finite numbers and magnitudes

    @Test
    void nan_as_a_string_is_refused_where_training_cannot_put_it() {
        assertThat(assertRejected(SEED_EXAMPLE.replace("0.05", "\"NaN\""), "$.dataset.inputs[0][0]")
                .found()).isEqualTo("\"NaN\"");
        assertThat(assertRejected(SEED_EXAMPLE.replace("0.20", "\"nan\""), "$.network.layers[0].weights[0][1]")
                .expected()).contains("\"NaN\", \"Infinity\" or \"-Infinity\" (a diverged session)");
    }

    @Test
    void weights_and_biases_of_a_diverged_session_read_back_as_written() throws Exception {
        Session diverged = SessionFile.parse(SEED_EXAMPLE.replace("0.20", "\"NaN\"").replace("0.60", "\"-Infinity\"")
                .replace("0.15", "3.5e12")).session();
        assertThat(diverged.network().weight(1, 0, 1)).isNaN();
        assertThat(diverged.network().bias(2, 0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(diverged.network().weight(1, 0, 0)).isEqualTo(3.5e12);
        assertThat(SessionFile.parse(SessionFile.write(diverged, null)).session()).isEqualTo(diverged);
    }

    @Test
    void nan_and_infinity_tokens_are_refused_by_the_parser() {
        assertThat(assertRejected(SEED_EXAMPLE.replace("0.20", "NaN"), "$.network.layers[0].weights[0][1]")
                .found()).isEqualTo("NaN (not a JSON number) at line 8, column 30");
        assertThat(assertRejected(SEED_EXAMPLE.replace("0.60", "-Infinity"), "$.network.layers[1].biases[0]")
                .found()).startsWith("-Infinity (not a JSON number) at line 10");
    }

    @Test
    void huge_exponent_is_refused() {
        SessionFormatException e = assertRejected(SEED_EXAMPLE.replace("0.05", "1e999"), "$.dataset.inputs[0][0]");
        assertThat(e.getMessage()).isEqualTo(
                "$.dataset.inputs[0][0]: expected a finite number of magnitude at most 1000000, found 1E+999");
        assertRejected(SEED_EXAMPLE.replace("0.5,", "-1e400,"), "$.learningRate");
    }

    @Test
    void magnitudes_over_the_limit_are_refused() {
        SessionFormatException e = assertRejected(SEED_EXAMPLE.replace("0.10", "-1000001"),
                "$.dataset.inputs[0][1]");
        assertThat(e.getMessage()).isEqualTo(
                "$.dataset.inputs[0][1]: expected a finite number of magnitude at most 1000000, found -1000001");
        assertRejected(SEED_EXAMPLE.replace("0.35]", "1e400]"), "$.network.layers[0].biases[1]");
        assertRejected(SEED_EXAMPLE.replace("0.01", "1e7"), "$.dataset.targets[0][0]");
    }

    @Test
    void learning_rate_out_of_range_is_refused() {
        assertRejected(variant(d -> d.put("learningRate", 0)), "$.learningRate");
        assertRejected(variant(d -> d.put("learningRate", -0.5)), "$.learningRate");
        assertRejected(variant(d -> d.put("learningRate", 2e6)), "$.learningRate");
    }

    // ----- Sizes

    @Test
    void empty_dataset_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> {
            object(d, "/dataset").putArray("inputs");
            object(d, "/dataset").putArray("targets");
        }), "$.dataset.inputs");
        assertThat(e.found()).isEqualTo("0 rows");
    }

    @Test
    void too_many_layers_are_refused() {
        SessionFormatException e = assertRejected(variant(d -> {
            ArrayNode layers = array(d, "/network/layers");
            while (layers.size() <= Limits.MAX_LAYERS) {
                layers.insert(0, layers.get(0).deepCopy());
            }
        }), "$.network.layers");
        assertThat(e.found()).isEqualTo((Limits.MAX_LAYERS + 1) + " layers");
    }

    @Test
    void units_outside_the_limits_are_refused() {
        assertRejected(variant(d -> layer(d, 0).put("units", 0)), "$.network.layers[0].units");
        assertRejected(variant(d -> layer(d, 0).put("units", Limits.MAX_UNITS + 1)), "$.network.layers[0].units");
        assertRejected(variant(d -> object(d, "/network").put("inputs", Limits.MAX_UNITS + 1)), "$.network.inputs");
        assertRejected(SEED_EXAMPLE.replace("\"units\": 1", "\"units\": 12345678901234567890123"),
                "$.network.layers[1].units");
    }

    @Test
    void too_many_samples_are_refused() {
        SessionFormatException e = assertRejected(variant(d -> {
            ArrayNode inputs = array(d, "/dataset/inputs");
            ArrayNode targets = array(d, "/dataset/targets");
            while (inputs.size() <= Limits.MAX_SAMPLES) {
                inputs.add(inputs.get(0));
                targets.add(targets.get(0));
            }
        }), "$.dataset.inputs");
        assertThat(e.found()).isEqualTo((Limits.MAX_SAMPLES + 1) + " rows");
    }

    // ----- Names of activations, losses and batch modes

    @Test
    void unknown_activation_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> layer(d, 1).put("activation", "gelu")),
                "$.network.layers[1].activation");
        assertThat(e.getMessage()).isEqualTo("$.network.layers[1].activation: expected one of "
                + "sigmoid, tanh, relu, leaky-relu, linear, softmax, found \"gelu\"");
    }

    @Test
    void unknown_loss_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> d.put("loss", "hinge")), "$.loss");
        assertThat(e.expected()).isEqualTo("one of squared-error, cross-entropy");
        assertThat(e.found()).isEqualTo("\"hinge\"");
    }

    @Test
    void unknown_batch_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> d.put("batch", "minibatch")), "$.batch");
        assertThat(e.expected()).isEqualTo("one of full, sample, mini");
    }

    // ----- Combinations of activations, loss and targets

    @Test
    void softmax_in_a_hidden_layer_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> layer(d, 0).put("activation", "softmax")),
                "$.network.layers[0].activation");
        assertThat(e.expected()).doesNotContain("softmax,").contains("output layer only");
    }

    @Test
    void softmax_without_cross_entropy_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> layer(d, 1).put("activation", "softmax")), "$.loss");
        assertThat(e.expected()).startsWith("cross-entropy");
    }

    @Test
    void cross_entropy_after_a_linear_output_is_refused() {
        SessionFormatException e = assertRejected(variant(d -> {
            layer(d, 1).put("activation", "linear");
            d.put("loss", "cross-entropy");
        }), "$.loss");
        assertThat(e.expected()).contains("not linear");
    }

    @Test
    void sigmoid_cross_entropy_target_outside_zero_one_is_refused() {
        assertRejected(variant(d -> {
            d.put("loss", "cross-entropy");
            array(d, "/dataset/targets/0").set(0, 1.5);
        }), "$.dataset.targets[0][0]");
    }

    @Test
    void softmax_target_that_is_not_a_distribution_is_refused() {
        String twoOutputs = variant(d -> {
            ObjectNode output = layer(d, 1);
            output.put("units", 2).put("activation", "softmax");
            array(d, "/network/layers/1/weights").addArray().add(0.1).add(0.2);
            array(d, "/network/layers/1/biases").add(0.0);
            d.put("loss", "cross-entropy");
            array(d, "/dataset/targets/0").removeAll().add(0.5).add(0.4);
        });
        SessionFormatException e = assertRejected(twoOutputs, "$.dataset.targets[0]");
        assertThat(e.found()).startsWith("entries summing to 0.9");
        assertRejected(twoOutputs.replace("[0.5,0.4]", "[1.5,-0.5]"), "$.dataset.targets[0][0]");
        assertRejected(twoOutputs.replace("[0.5,0.4]", "[0.5,0.50000001]"), "$.dataset.targets[0]");
        assertThat(catchThrowable(() -> SessionFile.parse(twoOutputs.replace("[0.5,0.4]", "[0.5,0.5000000001]"))))
                .as("a sum within 1e-9 of 1 is a distribution").isNull();
    }

    // ----- The seed

    @Test
    void seed_that_is_not_an_integer_is_refused() {
        assertRejected(variant(d -> object(d, "/network").put("seed", 2.5)), "$.network.seed");
    }

    @Test
    void seed_does_not_excuse_weights_without_biases() {
        assertRejected(variant(d -> {
            object(d, "/network").put("seed", 7);
            layer(d, 1).remove("biases");
        }), "$.network.layers[1].biases");
    }

    // ----- Robustness

    @Test
    void deep_nesting_is_refused_without_overflowing_the_stack() {
        String deep = "{\"format\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        SessionFormatException e = assertRejected(deep, "$.format" + "[0]".repeat(SessionFile.MAX_NESTING_DEPTH));
        assertThat(e.found()).contains("nesting depth")
                .endsWith("at line 1, column " + (11 + SessionFile.MAX_NESTING_DEPTH + 1));
    }

    @Test
    void overlong_number_is_refused() {
        assertThat(assertRejected(SEED_EXAMPLE.replace("0.15", "0." + "1".repeat(5_000)),
                "$.network.layers[0].weights[0][0]").found())
                .contains("number value length");
    }

    @Test
    void overlong_string_is_refused() {
        String name = "x".repeat(SessionFile.MAX_STRING_LENGTH + 1);
        assertThat(assertRejected(variant(d -> d.put("name", name)), "$.name").found()).contains("string value length");
    }

    @Test
    void long_values_are_abbreviated_in_the_message() {
        SessionFormatException e = assertRejected(variant(d -> d.put("batch", "b".repeat(1000))), "$.batch");
        assertThat(e.found()).hasSizeLessThanOrEqualTo(40).startsWith("\"bbb").endsWith("…");
    }

    @Test
    void random_corruptions_give_a_session_or_a_session_format_exception_only() {
        Random random = new Random(0xFF);
        String alphabet = "{}[],:\"\\0123456789.-+eE truefalsn\n\uFEFF\u00e9";
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder text = new StringBuilder(SEED_EXAMPLE);
            for (int edit = 0; edit < 1 + random.nextInt(3); edit++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.insert(at, text.substring(random.nextInt(at + 1), at));
                }
            }
            Throwable thrown = catchThrowable(() -> SessionFile.parse(text.toString()));
            assertThat(thrown).as(text.toString()).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(SessionFormatException.class)
                            .extracting(Throwable::getMessage).asString().doesNotContain("\n"));
        }
    }

    @Test
    void the_first_problem_in_document_order_is_named() {
        assertRejected(variant(d -> {
            d.put("loss", "hinge");
            layer(d, 1).put("units", 0);
            d.put("name", false);
        }), "$.name");
        assertRejected(variant(d -> {
            d.put("loss", "hinge");
            layer(d, 1).put("units", 0);
        }), "$.network.layers[1].units");
    }
}
