package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Timeline;

/**
 * The optional {@code history} member of a session file: where the session started, every step
 * and hand edit since, and the position in that history, so that opening the file again puts the
 * window exactly where it was saved (the top-level members hold the state at that position).
 * <pre>
 * "history": {
 *   "start": { a complete backprop-studio/1 session: the parameters Reset goes back to },
 *   "events": [
 *     {"steps": 12},                                                        12 micro-steps
 *     {"edit": "set-weight", "layer": 1, "to": 0, "from": 1, "value": 0.5},  W of layers[1]
 *     {"edit": "set-bias", "layer": 0, "unit": 1, "value": -0.2},
 *     {"edit": "lock-weight", "layer": 1, "to": 0, "from": 0, "locked": true},
 *     {"edit": "lock-bias", "layer": 0, "unit": 0, "locked": true},
 *     {"edit": "set-input", "sample": 3, "input": 0, "value": 1.0},
 *     {"edit": "set-target", "sample": 3, "output": 0, "value": 0.0},
 *     {"edit": "set-learning-rate", "value": 0.1},
 *     {"edit": "replace", "session": { a complete session: a new architecture or dataset }}
 *   ],
 *   "position": 13
 * }
 * </pre>
 * Indices count from 0 as in the file's arrays: {@code layer} indexes {@code network.layers}.
 */
final class HistoryFormat {
    static final String HISTORY = "history";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistoryFormat() {
    }

    /** The {@code history} member for {@code timeline}. */
    static ObjectNode write(Timeline timeline) {
        ObjectNode history = NODES.objectNode();
        history.set("start", SessionWriter.toDocument(timeline.start(), null));
        ArrayNode events = history.putArray("events");
        for (Timeline.Event event : timeline.events()) {
            if (event instanceof Timeline.Steps steps) {
                events.addObject().put("steps", steps.count());
            } else {
                events.add(edit(((Timeline.EditEvent) event).edit()));
            }
        }
        history.put("position", timeline.position());
        return history;
    }

    private static ObjectNode edit(Edit edit) {
        ObjectNode e = NODES.objectNode();
        if (edit instanceof Edit.SetWeight w) {
            e.put("edit", "set-weight").put("layer", w.layer() - 1).put("to", w.to()).put("from", w.from()).put("value", w.value());
        } else if (edit instanceof Edit.SetBias b) {
            e.put("edit", "set-bias").put("layer", b.layer() - 1).put("unit", b.unit()).put("value", b.value());
        } else if (edit instanceof Edit.LockWeight w) {
            e.put("edit", "lock-weight").put("layer", w.layer() - 1).put("to", w.to()).put("from", w.from()).put("locked", w.locked());
        } else if (edit instanceof Edit.LockBias b) {
            e.put("edit", "lock-bias").put("layer", b.layer() - 1).put("unit", b.unit()).put("locked", b.locked());
        } else if (edit instanceof Edit.SetInput x) {
            e.put("edit", "set-input").put("sample", x.sample()).put("input", x.input()).put("value", x.value());
        } else if (edit instanceof Edit.SetTarget y) {
            e.put("edit", "set-target").put("sample", y.sample()).put("output", y.output()).put("value", y.value());
        } else if (edit instanceof Edit.SetLearningRate r) {
            e.put("edit", "set-learning-rate").put("value", r.value());
        } else {
            e.put("edit", "replace").set("session", SessionWriter.toDocument(((Edit.Replace) edit).session(), null));
        }
        return e;
    }

    /**
     * The timeline in {@code history} (found at {@code $.history}). Shapes and types are checked
     * here; whether each edit fits the network at its point is checked when the history is replayed.
     *
     * @throws SessionFormatException naming the first problem
     */
    static Timeline read(JsonNode history) throws SessionFormatException {
        String at = "$." + HISTORY;
        if (!history.isObject()) {
            throw new SessionFormatException(at, "an object", kind(history));
        }
        Session start = SessionReader.read(history.path("start"), at + ".start");
        JsonNode events = history.path("events");
        if (!events.isArray()) {
            throw new SessionFormatException(at + ".events", "an array of events", kind(events));
        }
        List<Timeline.Event> list = new ArrayList<>();
        long length = 0;
        for (int i = 0; i < events.size(); i++) {
            Timeline.Event event = event(events.get(i), at + ".events[" + i + "]");
            list.add(event);
            length += event.length();
        }
        long position = whole(history.path("position"), at + ".position", 0, length);
        return new Timeline(start, list, position);
    }

    private static Timeline.Event event(JsonNode e, String at) throws SessionFormatException {
        if (!e.isObject()) {
            throw new SessionFormatException(at, "an event object", kind(e));
        }
        if (e.has("steps")) {
            return new Timeline.Steps(whole(e.path("steps"), at + ".steps", 1, Long.MAX_VALUE));
        }
        JsonNode type = e.path("edit");
        String name = type.isTextual() ? type.textValue() : "";
        switch (name) {
            case "set-weight":
                return new Timeline.EditEvent(new Edit.SetWeight(index(e, "layer", at) + 1, index(e, "to", at), index(e, "from", at), value(e, at)));
            case "set-bias":
                return new Timeline.EditEvent(new Edit.SetBias(index(e, "layer", at) + 1, index(e, "unit", at), value(e, at)));
            case "lock-weight":
                return new Timeline.EditEvent(new Edit.LockWeight(index(e, "layer", at) + 1, index(e, "to", at), index(e, "from", at), flag(e, at)));
            case "lock-bias":
                return new Timeline.EditEvent(new Edit.LockBias(index(e, "layer", at) + 1, index(e, "unit", at), flag(e, at)));
            case "set-input":
                return new Timeline.EditEvent(new Edit.SetInput(index(e, "sample", at), index(e, "input", at), value(e, at)));
            case "set-target":
                return new Timeline.EditEvent(new Edit.SetTarget(index(e, "sample", at), index(e, "output", at), value(e, at)));
            case "set-learning-rate":
                return new Timeline.EditEvent(new Edit.SetLearningRate(value(e, at)));
            case "replace":
                return new Timeline.EditEvent(new Edit.Replace(SessionReader.read(e.path("session"), at + ".session")));
            default:
                throw new SessionFormatException(at, "{\"steps\": n} or an edit (set-weight, set-bias, lock-weight, lock-bias, "
                        + "set-input, set-target, set-learning-rate, replace)", e.has("edit") ? kind(type) : "neither");
        }
    }

    private static int index(JsonNode e, String name, String at) throws SessionFormatException {
        return (int) whole(e.path(name), at + "." + name, 0, Integer.MAX_VALUE - 1);
    }

    private static double value(JsonNode e, String at) throws SessionFormatException {
        JsonNode v = e.path("value");
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new SessionFormatException(at + ".value", "a finite number", kind(v));
        }
        return v.doubleValue();
    }

    private static boolean flag(JsonNode e, String at) throws SessionFormatException {
        JsonNode v = e.path("locked");
        if (!v.isBoolean()) {
            throw new SessionFormatException(at + ".locked", "true or false", kind(v));
        }
        return v.booleanValue();
    }

    private static long whole(JsonNode v, String at, long min, long max) throws SessionFormatException {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw new SessionFormatException(at, "a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max), kind(v));
        }
        return v.longValue();
    }

    private static String kind(JsonNode v) {
        if (v.isMissingNode()) {
            return "nothing";
        }
        String text = v.toString();
        return text.length() <= 40 ? text : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
