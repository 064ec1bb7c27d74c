package org.backpropstudio.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.backpropstudio.core.Limits;
import org.backpropstudio.io.JsonAt;

/**
 * The checks of single values of a lesson file, each of which returns what it checked or refuses
 * it naming its path ({@link JsonAt}), and how a lesson's message quotes what was found. A member
 * that is JSON {@code null} counts as missing.
 */
final class LessonValues {
    /** The longest text of a string quoted in a message. */
    private static final int QUOTE_LENGTH = 40;

    private LessonValues() {
    }

    /** The problem that {@code value} is not {@code expected}. */
    static LessonFormatException error(JsonAt value, String expected) {
        return new LessonFormatException(value.path(), expected, found(value.node()));
    }

    /** Refuses a value that is not an object. */
    static void object(JsonAt value, String expected) throws LessonFormatException {
        if (!value.node().isObject()) {
            throw error(value, expected);
        }
    }

    /** Refuses members not in {@code allowed}, except notes whose names start with {@code _}. */
    static void members(JsonAt object, Set<String> allowed) throws LessonFormatException {
        for (Iterator<String> names = object.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name) && !name.startsWith("_")) {
                throw new LessonFormatException(object.member(name).path(),
                        LessonWords.format("value.member", String.join(", ", sorted(allowed))),
                        LessonWords.get("value.unknownMember"));
            }
        }
    }

    /** Member {@code member} of {@code object}, which must be there and not null. */
    static JsonAt required(JsonAt object, String member, String expected) throws LessonFormatException {
        JsonAt value = object.member(member);
        if (value.isMissing() || value.node().isNull()) {
            throw new LessonFormatException(value.path(), expected, LessonWords.get("value.nothing"));
        }
        return value;
    }

    /** Member {@code member} of {@code object}, a string. */
    static String string(JsonAt object, String member, String expected) throws LessonFormatException {
        JsonAt value = required(object, member, expected);
        if (!value.node().isTextual()) {
            throw error(value, LessonWords.format("value.aString", expected));
        }
        return value.node().asText();
    }

    /** A whole number in [min, max]. */
    static long whole(JsonAt value, long min, long max) throws LessonFormatException {
        return whole(value, min, max, max == Long.MAX_VALUE ? LessonWords.format("value.wholeUp", String.valueOf(min))
                : LessonWords.format("value.whole", String.valueOf(min), String.valueOf(max)));
    }

    /** A whole number in [min, max], {@code expected} saying which. */
    static long whole(JsonAt value, long min, long max, String expected) throws LessonFormatException {
        JsonNode node = value.node();
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw error(value, expected);
        }
        return node.asLong();
    }

    /** A finite number; a learning rate also above 0 and at most 1e6. */
    static double number(JsonAt value, boolean learningRate, String expected) throws LessonFormatException {
        JsonNode node = value.node();
        if (!node.isNumber() || !Double.isFinite(node.asDouble())
                || (learningRate && !Limits.isLearningRate(node.asDouble()))) {
            throw error(value, expected);
        }
        return node.asDouble();
    }

    /**
     * A value as a lesson's message shows it: a string quoted and abbreviated, a number as it is,
     * an object as empty or not, else as a session file's message does ({@link JsonAt#describe}).
     */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return LessonWords.get("value.nothing");
        }
        if (node.isTextual()) {
            return quoted(node.asText());
        }
        if (node.isNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        if (node.isObject()) {
            return node.isEmpty() ? LessonWords.get("value.emptyObject") : LessonWords.get("value.object");
        }
        return JsonAt.describe(node);
    }

    /** {@code "text"}, abbreviated past {@value #QUOTE_LENGTH} characters. */
    static String quoted(String text) {
        return "\"" + (text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + "…" : text) + "\"";
    }

    /** The names in alphabetical order. */
    static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        Collections.sort(list);
        return list;
    }
}
