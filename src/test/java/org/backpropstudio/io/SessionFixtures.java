package org.backpropstudio.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The contract's example session file, and variants of it made by editing its JSON. */
final class SessionFixtures {
    /** The example of the format's contract, verbatim. */
    static final String SEED_EXAMPLE = """
            {
              "format": "backprop-studio/1",
              "name": "Seed example",
              "network": {
                "inputs": 2,
                "layers": [
                  {"units": 2, "activation": "sigmoid",
                   "weights": [[0.15, 0.20], [0.25, 0.30]], "biases": [0.35, 0.35],
                   "locked": {"weights": [[false, false], [false, false]], "biases": [false, false]}},
                  {"units": 1, "activation": "sigmoid", "weights": [[0.40, 0.45]], "biases": [0.60]}
                ]
              },
              "loss": "squared-error",
              "learningRate": 0.5,
              "batch": "full",
              "dataset": {"inputs": [[0.05, 0.10]], "targets": [[0.01]]}
            }
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SessionFixtures() {
    }

    /** The seed example as a JSON tree, to edit. */
    static ObjectNode seedExample() {
        try {
            return (ObjectNode) MAPPER.readTree(SEED_EXAMPLE);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed example after {@code edit}, as JSON text. */
    static String variant(Consumer<ObjectNode> edit) {
        ObjectNode document = seedExample();
        edit.accept(document);
        return document.toString();
    }

    /** The object at a JSON pointer such as {@code /network/layers/0}. */
    static ObjectNode object(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    /** The array at a JSON pointer such as {@code /dataset/inputs}. */
    static ArrayNode array(ObjectNode document, String pointer) {
        return (ArrayNode) document.at(pointer);
    }
}
