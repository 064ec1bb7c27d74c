package org.backpropstudio.io;

import static org.backpropstudio.io.SessionFile.ACTIVATION;
import static org.backpropstudio.io.SessionFile.BATCH;
import static org.backpropstudio.io.SessionFile.BATCH_SIZE;
import static org.backpropstudio.io.SessionFile.BIASES;
import static org.backpropstudio.io.SessionFile.DATASET;
import static org.backpropstudio.io.SessionFile.FORMAT;
import static org.backpropstudio.io.SessionFile.FORMAT_MEMBER;
import static org.backpropstudio.io.SessionFile.HEIGHT;
import static org.backpropstudio.io.SessionFile.IMAGE;
import static org.backpropstudio.io.SessionFile.INPUTS;
import static org.backpropstudio.io.SessionFile.LAYERS;
import static org.backpropstudio.io.SessionFile.LEARNING_RATE;
import static org.backpropstudio.io.SessionFile.LOCKED;
import static org.backpropstudio.io.SessionFile.LOSS;
import static org.backpropstudio.io.SessionFile.NAME;
import static org.backpropstudio.io.SessionFile.NETWORK;
import static org.backpropstudio.io.SessionFile.SHUFFLE_SEED;
import static org.backpropstudio.io.SessionFile.TARGETS;
import static org.backpropstudio.io.SessionFile.TEST;
import static org.backpropstudio.io.SessionFile.UNITS;
import static org.backpropstudio.io.SessionFile.WEIGHTS;
import static org.backpropstudio.io.SessionFile.WIDTH;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/** Turns a session into a session document and the document into text. */
final class SessionWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INDENT = "  ";

    private SessionWriter() {
    }

    /**
     * The document for {@code session}: a deep copy of {@code original} (or an empty object) with
     * every known member set from the session. Members of {@code original} that are not known keep
     * their values and places, at the top level and inside network, each layer, locked and dataset.
     */
    static ObjectNode toDocument(Session session, ObjectNode original) {
        ObjectNode document = original == null ? NODES.objectNode() : original.deepCopy();
        document.put(FORMAT_MEMBER, FORMAT);
        document.put(NAME, session.name());
        writeNetwork(child(document, NETWORK), session.network());
        document.put(LOSS, session.loss().id());
        document.put(LEARNING_RATE, session.learningRate());
        document.put(BATCH, session.batch().id());
        if (session.batch() == BatchMode.MINI) {
            document.put(BATCH_SIZE, session.batchSize());
            document.put(SHUFFLE_SEED, session.shuffleSeed());
        } else {
            document.remove(BATCH_SIZE);
            document.remove(SHUFFLE_SEED);
        }
        Dataset dataset = session.dataset();
        ObjectNode data = child(document, DATASET);
        data.set(INPUTS, numbers(dataset.inputsCopy()));
        data.set(TARGETS, numbers(dataset.targetsCopy()));
        dataset.test().ifPresentOrElse(test -> {
            ObjectNode tests = child(data, TEST);
            tests.set(INPUTS, numbers(test.inputsCopy()));
            tests.set(TARGETS, numbers(test.targetsCopy()));
        }, () -> data.remove(TEST));
        dataset.image().ifPresentOrElse(image -> {
            ObjectNode picture = child(data, IMAGE);
            picture.put(WIDTH, image.width());
            picture.put(HEIGHT, image.height());
        }, () -> data.remove(IMAGE));
        return document;
    }

    /** Sets network.inputs and network.layers; layer objects of the old document are reused in order. */
    private static void writeNetwork(ObjectNode target, Network network) {
        target.put(INPUTS, network.inputs());
        JsonNode oldLayers = target.path(LAYERS);
        ArrayNode layers = NODES.arrayNode();
        double[][][] weights = network.weightsCopy();
        double[][] biases = network.biasesCopy();
        boolean[][][] lockedWeights = network.lockedWeightsCopy();
        boolean[][] lockedBiases = network.lockedBiasesCopy();
        for (int l = 1; l <= network.layers(); l++) {
            ObjectNode layer = oldLayers.get(l - 1) instanceof ObjectNode old ? old : NODES.objectNode();
            layer.put(UNITS, network.units(l));
            layer.put(ACTIVATION, network.activation(l).id());
            layer.set(WEIGHTS, numbers(weights[l]));
            layer.set(BIASES, numbers(biases[l]));
            if (network.hasLocks()) {
                ObjectNode locked = child(layer, LOCKED);
                locked.set(WEIGHTS, booleans(lockedWeights[l]));
                locked.set(BIASES, booleans(lockedBiases[l]));
            } else {
                layer.remove(LOCKED);
            }
            layers.add(layer);
        }
        target.set(LAYERS, layers);
    }

    /** The object member {@code name} of {@code parent}, replaced by an empty object if it is anything else. */
    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    private static ArrayNode numbers(double[][] rows) {
        ArrayNode array = NODES.arrayNode(rows.length);
        for (double[] row : rows) {
            array.add(numbers(row));
        }
        return array;
    }

    private static ArrayNode numbers(double[] row) {
        ArrayNode array = NODES.arrayNode(row.length);
        for (double v : row) {
            array.add(v);
        }
        return array;
    }

    private static ArrayNode booleans(boolean[][] rows) {
        ArrayNode array = NODES.arrayNode(rows.length);
        for (boolean[] row : rows) {
            array.add(booleans(row));
        }
        return array;
    }

    private static ArrayNode booleans(boolean[] row) {
        ArrayNode array = NODES.arrayNode(row.length);
        for (boolean b : row) {
            array.add(b);
        }
        return array;
    }

    /**
     * The document as text, indented by two spaces per level: one object member per line; an array
     * of numbers, strings and the like on one line ({@code [0.15, 0.2]}); an array holding arrays or
     * objects with one element per line, so that a matrix shows one row per line. Scalars are
     * written by Jackson (numbers as {@link Double#toString}, which parses back to the same double).
     */
    static String text(JsonNode document) {
        StringBuilder out = new StringBuilder();
        append(out, document, 0);
        return out.append('\n').toString();
    }

    private static void append(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject()) {
            appendObject(out, node, depth);
        } else if (node.isArray()) {
            appendArray(out, node, depth);
        } else {
            out.append(node);
        }
    }

    private static void appendObject(StringBuilder out, JsonNode object, int depth) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> members = object.properties().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            newLine(out, depth + 1).append(TextNode.valueOf(member.getKey())).append(": ");
            append(out, member.getValue(), depth + 1);
            if (members.hasNext()) {
                out.append(',');
            }
        }
        newLine(out, depth).append('}');
    }

    private static void appendArray(StringBuilder out, JsonNode array, int depth) {
        boolean nested = false;
        for (JsonNode element : array) {
            nested |= element.isContainerNode();
        }
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (nested) {
                newLine(out, depth + 1);
            } else if (i > 0) {
                out.append(' ');
            }
            append(out, array.get(i), depth + 1);
            if (i < array.size() - 1) {
                out.append(',');
            }
        }
        if (nested) {
            newLine(out, depth);
        }
        out.append(']');
    }

    private static StringBuilder newLine(StringBuilder out, int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
        return out;
    }
}
