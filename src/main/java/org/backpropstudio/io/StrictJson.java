package org.backpropstudio.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard JSON (RFC 8259) only, read into a tree: no NaN or Infinity, comments, single quotes,
 * trailing commas, leading zeros or other extensions, no member name twice in an object, and
 * nothing after the top-level value. The first violation is a {@link SessionFormatException}
 * naming the JSON path of the value being read ({@code $.network.layers[0].weights[0][1]}), the
 * line and the column, e.g.
 * <pre>
 *   $.network.layers[0].weights[0][1]: expected well-formed JSON, found NaN (not a JSON number) at line 8, column 28
 * </pre>
 * Numbers keep their value: a number that {@link Double#toString} writes back with the same
 * decimal value (all that this app writes, and -0.0) becomes a {@link DoubleNode}; any other
 * number with a fraction or exponent (more digits than a double holds, 1e400) a {@link DecimalNode}
 * of its exact value, whose {@link JsonNode#doubleValue()} is the nearest double, as a parser
 * reading doubles gives. Integers become int, long or big-integer nodes.
 */
public final class StrictJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)(.*)",
            Pattern.DOTALL);

    private final JsonParser parser;
    /** Whether a number in the array being read is read as a double as it is (its text not kept). */
    private final Predicate<JsonStreamContext> asDouble;
    /** Whether the parser is finishing the text of the current string token, the value at the current path. */
    private boolean inString;

    private StrictJson(JsonParser parser, Predicate<JsonStreamContext> asDouble) {
        this.parser = parser;
        this.asDouble = asDouble;
    }

    /**
     * A factory of parsers for standard JSON within {@code constraints}. It has Jackson's defaults,
     * which allow none of the extensions; read its parsers with {@link #read}.
     */
    public static JsonFactory factory(StreamReadConstraints constraints) {
        return JsonFactory.builder().streamReadConstraints(constraints)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    }

    /**
     * The one JSON value of {@code parser}'s input, which must hold nothing else.
     *
     * @return the value, or null if the input holds none (it is empty or all white space)
     * @throws SessionFormatException naming the path, line and column of the first violation
     * @throws IOException            if the input cannot be read (an I/O error, not a problem of the text)
     */
    public static JsonNode read(JsonParser parser) throws SessionFormatException, IOException {
        return read(parser, context -> false);
    }

    /**
     * The one JSON value of {@code text}, parsed by {@code json} (a {@link #factory}); a leading
     * byte-order mark is skipped.
     *
     * @return the value, or null if the text holds none
     * @throws SessionFormatException naming the path, line and column of the first violation
     * @throws IOException            if the text cannot be read
     */
    public static JsonNode parse(JsonFactory json, String text) throws SessionFormatException, IOException {
        try (JsonParser parser = json.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            return read(parser);
        }
    }

    /**
     * {@link #read(JsonParser)}, where a finite number inside an array for which {@code asDouble}
     * holds (given the array's context) becomes the nearest double without its text being kept:
     * for the members a reader takes as doubles and a save writes anew, millions of numbers in a
     * dataset, whose text need not be compared with how a double writes back.
     */
    public static JsonNode read(JsonParser parser, Predicate<JsonStreamContext> asDouble)
            throws SessionFormatException, IOException {
        return new StrictJson(parser, asDouble).document();
    }

    private JsonNode document() throws SessionFormatException, IOException {
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode root = value();
            if (parser.nextToken() != null) {
                throw new SessionFormatException("$", IoWords.get("json.nothingAfter"),
                        IoWords.format("json.moreContent", at(parser.currentTokenLocation())));
            }
            return root;
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /** The value that starts at the current token, read up to its last token. */
    private JsonNode value() throws SessionFormatException, IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (object.has(name)) {
                        throw new SessionFormatException(path(), IoWords.get("json.memberOnce"),
                                IoWords.format("json.secondMember", TextNode.valueOf(name).toString(),
                                        at(parser.currentTokenLocation())));
                    }
                    parser.nextToken();
                    object.set(name, value());
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value());
                }
                return array;
            case VALUE_STRING:
                inString = true;
                String text = parser.getText();
                inString = false;
                return TextNode.valueOf(text);
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return IntNode.valueOf(parser.getIntValue());
                    case LONG:
                        return LongNode.valueOf(parser.getLongValue());
                    default:
                        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                double nearest = parser.getDoubleValue();
                if (Double.isFinite(nearest) && asDouble.test(parser.getParsingContext())) {
                    return DoubleNode.valueOf(nearest);
                }
                return decimal(parser.getText(), nearest);
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new IllegalStateException("not a JSON value: " + parser.currentToken());
        }
    }

    /** The number {@code text} (parsed to {@code nearest}) as a node that writes back its value. */
    private static JsonNode decimal(String text, double nearest) {
        if (Math.abs(nearest) < 1e7 && writesBack(text)) {
            return DoubleNode.valueOf(nearest);
        }
        if (Double.isFinite(nearest)) {
            String written = Double.toString(nearest);
            if (written.equals(text) || new BigDecimal(written).compareTo(new BigDecimal(text)) == 0) {
                return DoubleNode.valueOf(nearest); // keeps -0.0, which a BigDecimal cannot
            }
        }
        return DecimalNode.valueOf(new BigDecimal(text));
    }

    /**
     * Whether {@link Double#toString} surely writes the value of {@code text} back, without writing
     * it to see (half the time of reading a file of many numbers): a plain decimal of at most 15
     * significant digits, of magnitude below 10⁷ (the caller's part), is the only decimal of so few
     * digits that rounds to its double, and there {@code Double.toString} gives it back (checked on
     * 26 million random such numbers; above 10¹⁷ it does not always, before Java 19).
     */
    private static boolean writesBack(String text) {
        int significant = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9' || c == '0' && !leading) {
                leading = false;
                significant++;
            }
        }
        return significant <= 15;
    }

    /**
     * The JSON path of the value the parser is reading: its containers' member names and indices,
     * then its own name in an object once that name has been read (a problem between members names
     * the object), or its index in an array.
     */
    private String path() {
        JsonStreamContext innermost = parser.getParsingContext();
        boolean named = inString || parser.currentToken() == JsonToken.FIELD_NAME;
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = innermost; context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray() && context.getCurrentIndex() >= 0) {
                path.insert(0, "[" + context.getCurrentIndex() + "]");
            } else if (context.inObject() && context.getCurrentName() != null && (context != innermost || named)) {
                path.insert(0, member(context.getCurrentName()));
            }
        }
        return path.insert(0, "$").toString();
    }

    /** {@code .name}, or {@code ["a name"]} for a name that is not an identifier. */
    private static String member(String name) {
        return IDENTIFIER.matcher(name).matches() ? "." + name : "[" + TextNode.valueOf(name) + "]";
    }

    private SessionFormatException refusal(JacksonException e) {
        String message = e.getOriginalMessage() == null ? IoWords.get("json.malformed") : e.getOriginalMessage();
        String at = at(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
        if (e instanceof StreamConstraintsException) {
            // Jackson's message names its own getter, e.g. "(64, from `StreamReadConstraints.getMaxNestingDepth()`)".
            return new SessionFormatException(path(), IoWords.get("json.limits"),
                    lowerFirst(message.replaceAll(", from `[^`]*`", "")) + at);
        }
        return new SessionFormatException(path(), IoWords.get("json.wellFormed"), problem(e, message) + at);
    }

    /** What the parser found, in the reader's words rather than Jackson's. */
    private String problem(JacksonException e, String message) {
        // Jackson reports some truncations (inside an array) as a plain JsonParseException.
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return IoWords.get("json.endOfInput");
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(message);
        if (nonNumeric.matches()) {
            return IoWords.format("json.notANumber", nonNumeric.group(1));
        }
        if (message.contains("Leading zeroes not allowed")) {
            return IoWords.get("json.leadingZero");
        }
        if (message.contains("(non-standard) comment")) {
            return IoWords.get("json.comment");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.matches()) {
            String character = unexpected.group(1);
            boolean closes = character.equals("]") && parser.getParsingContext().inArray()
                    || character.equals("}") && unexpected.group(2).contains("double-quote to start field name");
            if (character.equals("'")) {
                return IoWords.get("json.singleQuote");
            }
            if (closes) {
                return IoWords.format("json.trailingComma", character);
            }
        }
        return lowerFirst(message.replaceAll(" \\(code \\d+\\)", "").replaceAll(": enable `[^`]*` to allow", ""));
    }

    /** " at line 3, column 5", or nothing if the location is unknown. */
    static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return IoWords.format("json.at", String.valueOf(location.getLineNr()), String.valueOf(location.getColumnNr()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
