package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A JSON value of a document being checked ({@link com.fasterxml.jackson.databind.node.MissingNode}
 * for nothing) and its path in the document, and how a session file's message quotes what was
 * found. The path is written out only when a message needs it: a dataset has millions of elements.
 * Session files and lesson files are checked with it.
 */
public final class JsonAt {
    /** The longest text of a value quoted in a message. */
    private static final int QUOTE_LENGTH = 40;

    private final JsonNode node;
    private final JsonAt parent;
    private final String name;
    private final int index;
    private String path;

    /** The value {@code node} found at {@code path}; null or missing for nothing. */
    public JsonAt(JsonNode node, String path) {
        this(node, null, null, -1);
        this.path = path;
    }

    private JsonAt(JsonNode node, JsonAt parent, String name, int index) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The JSON value (missing for nothing). */
    public JsonNode node() {
        return node;
    }

    /** The member {@code member} of this object (missing if there is none). */
    public JsonAt member(String member) {
        return new JsonAt(node.path(member), this, member, -1);
    }

    /** Element {@code i} of this array (missing if there is none). */
    public JsonAt element(int i) {
        return new JsonAt(node.path(i), this, null, i);
    }

    /** E.g. {@code $.network.layers[1].weights[0][1]}. */
    public String path() {
        if (path == null) {
            path = parent.path() + (name != null ? "." + name : "[" + index + "]");
        }
        return path;
    }

    /** Whether there is no value here. */
    public boolean isMissing() {
        return node.isMissingNode();
    }

    /** The problem that this value is not {@code expected}. */
    SessionFormatException error(String expected) {
        return new SessionFormatException(path(), expected, describe(node));
    }

    /** What a message says was found: the value as JSON, abbreviated, or its type for arrays and objects. */
    public static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return IoWords.get("found.nothing");
        }
        if (node.isObject()) {
            return IoWords.get("found.object");
        }
        if (node.isArray()) {
            return node.isEmpty() ? IoWords.get("found.emptyArray")
                    : IoWords.format("found.array", String.valueOf(node.size()));
        }
        String json = node.toString();
        if (json.length() <= QUOTE_LENGTH) {
            return json;
        }
        int end = QUOTE_LENGTH - 1;
        if (Character.isHighSurrogate(json.charAt(end - 1))) {
            end--;
        }
        return json.substring(0, end) + "…";
    }
}
