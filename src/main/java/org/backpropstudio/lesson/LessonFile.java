package org.backpropstudio.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import org.backpropstudio.io.StrictJson;

/**
 * The lesson file, format {@value #FORMAT}: reading with full validation. The format is documented
 * for instructors in {@code assets/lessons/README.md}; in short:
 * <pre>
 * {
 *   "format": "backprop-studio-lesson/1",
 *   "title": "…", "summary": "…",
 *   "session": "seed-example" | "my-session.backprop.json" | { inline backprop-studio/1 session },
 *   "cards": [
 *     {"when": {"at": "start"}, "text": "Markdown-light …",
 *      "actions": [{"label": "Run 500 iterations", "run": 500}]},
 *     {"when": {"kind": "z", "layer": 1}, "text": ["paragraph", "paragraph"]}
 *   ]
 * }
 * </pre>
 * The file is standard JSON only, read as a session file is ({@link StrictJson}). Every problem
 * gives a {@link LessonFormatException} naming the JSON path of the first one found and what was
 * expected there; no other exception escapes {@link #parse}. Members whose name starts
 * with {@code _} are notes for the author and are ignored; any other unknown member is an error, so
 * that a misspelt one does not pass unnoticed.
 */
public final class LessonFile {
    /** The value of the {@code format} member this version reads. */
    public static final String FORMAT = "backprop-studio-lesson/1";
    /** The largest lesson file, in characters: 1 MiB. */
    public static final int MAX_CHARS = 1 << 20;
    /** The most micro-steps one action may take. */
    public static final long MAX_STEPS = 10_000;
    /** The most iterations one action may run. */
    public static final long MAX_ITERATIONS = 10_000_000;

    /** Standard JSON only, as a session file ({@link StrictJson}). */
    private static final JsonFactory JSON = StrictJson.factory(StreamReadConstraints.builder().maxNestingDepth(64).build());

    static final Set<String> TOP = Set.of("format", "title", "summary", "session", "cards");
    static final Set<String> CARD = Set.of("when", "text", "actions");
    static final Set<String> WHEN = Set.of("at", "kind", "after", "layer", "sample", "phase", "iteration",
            "completed", "session", "learningRate", "lossBelow", "lossAbove", "diverged");
    static final Set<String> ACTION = Set.of("label", "open", "restart", "learningRate", "steps", "run");
    private static final String KINDS = "z, a, loss, delta, gradient or update";
    private static final String PHASES = "forward, loss, backward or update";

    private final LessonSource source;
    private final Presets presets;
    /** Sessions named by a string, resolved once each. */
    private final Map<String, Session> resolved = new HashMap<>();

    private LessonFile(LessonSource source, Presets presets) {
        this.source = source;
        this.presets = presets;
    }

    /**
     * The lesson in {@code text}; session files it names are read from {@code source}, preset ids
     * looked up in {@code presets}.
     *
     * @throws LessonFormatException naming the first problem (the JSON path, what was expected and
     *                               what was found)
     */
    public static Lesson parse(String text, LessonSource source, Presets presets) throws LessonFormatException {
        return new LessonFile(source, presets).lesson(text);
    }

    // ----------------------------------------------------------------------------------------
    // The document
    // ----------------------------------------------------------------------------------------

    private Lesson lesson(String text) throws LessonFormatException {
        if (text.length() > MAX_CHARS) {
            throw new LessonFormatException("$", "a lesson of at most " + MAX_CHARS + " characters", text.length() + " characters");
        }
        JsonNode root;
        try (JsonParser parser = JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            root = StrictJson.read(parser);
        } catch (SessionFormatException e) {
            throw new LessonFormatException(e.path(), e.expected(), e.found());
        } catch (IOException e) {
            throw new LessonFormatException("$", "a JSON document", "unreadable text: " + e.getMessage());
        }
        if (root == null) {
            throw new LessonFormatException("$", "a JSON document", "an empty file");
        }
        object(root, "$", "a lesson: a JSON object with format, title, session and cards");
        members(root, "$", TOP);
        String format = string(root, "$", "format", FORMAT);
        if (!format.equals(FORMAT)) {
            throw new LessonFormatException("$.format", "\"" + FORMAT + "\"", quoted(format));
        }
        String title = string(root, "$", "title", "the lesson's title");
        String summary = root.has("summary") ? string(root, "$", "summary", "a sentence or two on what the lesson teaches") : "";
        Session session = session(required(root, "$", "session", sessionExpected()), "$.session");
        JsonNode cardsNode = required(root, "$", "cards", "the cards, an array of at least one");
        if (!cardsNode.isArray() || cardsNode.isEmpty()) {
            throw new LessonFormatException("$.cards", "an array of at least one card", found(cardsNode));
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < cardsNode.size(); i++) {
            cards.add(card(cardsNode.get(i), "$.cards[" + i + "]", session));
        }
        return new Lesson(title, summary, session, cards);
    }

    private Card card(JsonNode node, String path, Session lessonSession) throws LessonFormatException {
        object(node, path, "a card: an object with when and text");
        members(node, path, CARD);
        JsonNode when = required(node, path, "when", "when the card applies, e.g. {\"at\": \"start\"} or {\"kind\": \"z\", \"layer\": 1}");
        Session session = lessonSession;
        if (when.isObject() && when.has("session")) {
            if (!when.get("session").isTextual()) {
                throw new LessonFormatException(path + ".when.session", "a preset id or a session file's name", found(when.get("session")));
            }
            session = session(when.get("session"), path + ".when.session");
        }
        Trigger trigger = trigger(when, path + ".when", session);
        CardText text = text(required(node, path, "text", "the card's text"), path + ".text");
        List<LessonAction> actions = new ArrayList<>();
        if (node.has("actions")) {
            JsonNode list = node.get("actions");
            if (!list.isArray()) {
                throw new LessonFormatException(path + ".actions", "an array of actions", found(list));
            }
            for (int i = 0; i < list.size(); i++) {
                actions.add(action(list.get(i), path + ".actions[" + i + "]", session));
            }
        }
        return new Card(trigger, text, actions);
    }

    // ----------------------------------------------------------------------------------------
    // Triggers
    // ----------------------------------------------------------------------------------------

    private Trigger trigger(JsonNode node, String path, Session session) throws LessonFormatException {
        object(node, path, "an object such as {\"at\": \"start\"}, {\"kind\": \"z\", \"layer\": 1} or {\"completed\": 100}");
        members(node, path, WHEN);
        if (!node.fieldNames().hasNext()) {
            throw new LessonFormatException(path, "at least one of " + String.join(", ", sorted(WHEN)), "an empty object");
        }
        if (node.has("kind") && node.has("after")) {
            throw new LessonFormatException(path + ".after", "either kind or after (they mean the same)", "both");
        }
        String kindMember = node.has("after") ? "after" : "kind";
        List<String> moments = new ArrayList<>();
        for (String m : List.of("at", kindMember, "phase", "completed")) {
            if (node.has(m)) {
                moments.add(m);
            }
        }
        if (moments.size() > 1) {
            throw new LessonFormatException(path + "." + moments.get(1), "one moment only (" + moments.get(0)
                    + " is given already)", "a second one");
        }
        String moment = moments.isEmpty() ? (node.has("iteration") ? "iteration" : "none") : moments.get(0);
        int L = session.network().layers();
        int S = session.samplesPerIteration();

        if (!moment.equals(kindMember) && node.has("layer")) {
            throw new LessonFormatException(path + ".layer", "layer only with kind (or after)", found(node.get("layer")));
        }
        if (!moment.equals(kindMember) && !moment.equals("phase") && node.has("sample")) {
            throw new LessonFormatException(path + ".sample", "sample only with kind, after or phase", found(node.get("sample")));
        }
        if ((moment.equals("at") || moment.equals("completed")) && node.has("iteration")) {
            throw new LessonFormatException(path + ".iteration", "iteration only alone or with kind, after or phase",
                    "it beside " + moment);
        }
        long iteration = node.has("iteration") ? whole(node.get("iteration"), path + ".iteration", 1, Long.MAX_VALUE) : 1;
        int sample = node.has("sample") ? (int) whole(node.get("sample"), path + ".sample", 1, S,
                S == 1 ? "1 (the session's iterations have 1 sample)" : "a sample from 1 to " + S + " (the samples of one iteration)") : 1;

        Trigger.Moment kind = Trigger.Moment.START;
        MicroStep.Kind step = null;
        int layer = 0;
        Phase phase = null;
        long completed = 0;
        switch (moment) {
            case "at": {
                JsonNode at = node.get("at");
                if (!at.isTextual() || !at.asText().equals("start")) {
                    throw new LessonFormatException(path + ".at", "\"start\"", found(at));
                }
                break;
            }
            case "kind":
            case "after": {
                kind = Trigger.Moment.STEP;
                step = stepKind(node.get(moment), path + "." + moment);
                boolean layered = step != MicroStep.Kind.LOSS && step != MicroStep.Kind.UPDATE;
                if (layered) {
                    if (!node.has("layer")) {
                        throw new LessonFormatException(path + ".layer", "the layer of " + node.get(moment).asText()
                                + ", from 1 to " + L, "nothing");
                    }
                    layer = (int) whole(node.get("layer"), path + ".layer", 1, L,
                            "a layer from 1 to " + L + " (the network has " + L + (L == 1 ? " layer" : " layers") + ")");
                } else if (node.has("layer")) {
                    throw new LessonFormatException(path + ".layer", "no layer: " + node.get(moment).asText()
                            + " belongs to the whole network", found(node.get("layer")));
                }
                if (step == MicroStep.Kind.UPDATE && node.has("sample")) {
                    throw new LessonFormatException(path + ".sample", "no sample: the update is one per iteration", found(node.get("sample")));
                }
                break;
            }
            case "phase":
                kind = Trigger.Moment.PHASE;
                phase = phase(node.get("phase"), path + ".phase");
                break;
            case "completed":
                kind = Trigger.Moment.COMPLETED;
                completed = whole(node.get("completed"), path + ".completed", 1, Long.MAX_VALUE);
                break;
            case "iteration":
                kind = Trigger.Moment.ITERATION;
                break;
            default:
                break;
        }
        double learningRate = node.has("learningRate")
                ? number(node.get("learningRate"), path + ".learningRate", true, "a learning rate above 0 and at most 1e6") : Double.NaN;
        double lossBelow = node.has("lossBelow") ? number(node.get("lossBelow"), path + ".lossBelow", false, "a number") : Double.NaN;
        double lossAbove = node.has("lossAbove") ? number(node.get("lossAbove"), path + ".lossAbove", false, "a number") : Double.NaN;
        Boolean diverged = null;
        if (node.has("diverged")) {
            if (!node.get("diverged").isBoolean()) {
                throw new LessonFormatException(path + ".diverged", "true or false", found(node.get("diverged")));
            }
            diverged = node.get("diverged").asBoolean();
        }
        return new Trigger(kind, step, layer, phase, sample, iteration, completed, session.name(),
                learningRate, lossBelow, lossAbove, diverged);
    }

    private static MicroStep.Kind stepKind(JsonNode node, String path) throws LessonFormatException {
        String name = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "";
        switch (name) {
            case "z":
                return MicroStep.Kind.Z;
            case "a":
                return MicroStep.Kind.A;
            case "loss":
                return MicroStep.Kind.LOSS;
            case "delta":
            case "δ":
                return MicroStep.Kind.DELTA;
            case "gradient":
                return MicroStep.Kind.GRADIENT;
            case "update":
                return MicroStep.Kind.UPDATE;
            default:
                throw new LessonFormatException(path, KINDS, found(node));
        }
    }

    private static Phase phase(JsonNode node, String path) throws LessonFormatException {
        String name = node.isTextual() ? node.asText().toLowerCase(Locale.ROOT) : "";
        for (Phase p : Phase.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return p;
            }
        }
        throw new LessonFormatException(path, PHASES, found(node));
    }

    // ----------------------------------------------------------------------------------------
    // Text and actions
    // ----------------------------------------------------------------------------------------

    private static CardText text(JsonNode node, String path) throws LessonFormatException {
        String source;
        if (node.isTextual()) {
            source = node.asText();
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw new LessonFormatException(path + "[" + i + "]", "a paragraph of text", found(node.get(i)));
                }
                paragraphs.add(node.get(i).asText());
            }
            source = String.join("\n\n", paragraphs);
        } else {
            throw new LessonFormatException(path, "text: a string, or an array of strings (one per paragraph)", found(node));
        }
        if (source.isBlank()) {
            throw new LessonFormatException(path, "some text", "empty text");
        }
        try {
            return CardText.parse(source);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(path, "Markdown-light text (paragraphs, **bold**, *italic*, $math$)", e.getMessage());
        }
    }

    private LessonAction action(JsonNode node, String path, Session cardSession) throws LessonFormatException {
        object(node, path, "an action: an object with a label and what it does, e.g. {\"label\": \"Run 500 iterations\", \"run\": 500}");
        members(node, path, ACTION);
        String label = string(node, path, "label", "the button's text");
        if (label.isBlank()) {
            throw new LessonFormatException(path + ".label", "the button's text", "empty text");
        }
        if (node.has("open") && node.has("restart")) {
            throw new LessonFormatException(path + ".restart", "either open or restart", "both");
        }
        Session session = null;
        if (node.has("open")) {
            if (!node.get("open").isTextual()) {
                throw new LessonFormatException(path + ".open", "a preset id or a session file's name", found(node.get("open")));
            }
            session = session(node.get("open"), path + ".open");
        }
        if (node.has("restart")) {
            if (!node.get("restart").isBoolean()) {
                throw new LessonFormatException(path + ".restart", "true", found(node.get("restart")));
            }
            if (node.get("restart").asBoolean()) {
                session = cardSession;
            }
        }
        double learningRate = node.has("learningRate")
                ? number(node.get("learningRate"), path + ".learningRate", true, "a learning rate above 0 and at most 1e6") : Double.NaN;
        long steps = node.has("steps") ? whole(node.get("steps"), path + ".steps", 1, MAX_STEPS) : 0;
        long run = node.has("run") ? whole(node.get("run"), path + ".run", 1, MAX_ITERATIONS) : 0;
        if (session == null && Double.isNaN(learningRate) && steps == 0 && run == 0) {
            throw new LessonFormatException(path, "at least one of open, restart, learningRate, steps, run", "none");
        }
        return new LessonAction(label, session, learningRate, steps, run);
    }

    // ----------------------------------------------------------------------------------------
    // Sessions
    // ----------------------------------------------------------------------------------------

    private String sessionExpected() {
        return "a preset id (" + String.join(", ", presets.ids()) + "), the name of a session file beside the lesson"
                + " (ending in .json), or a session object (format " + SessionFile.FORMAT + ")";
    }

    private Session session(JsonNode node, String path) throws LessonFormatException {
        if (node.isObject()) {
            try {
                return SessionFile.parse(node.toString()).session();
            } catch (SessionFormatException e) {
                String inner = e.path().startsWith("$") ? e.path().substring(1) : "." + e.path();
                throw new LessonFormatException(path + inner, e.expected(), e.found());
            }
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new LessonFormatException(path, sessionExpected(), found(node));
        }
        String name = node.asText().strip();
        Session known = resolved.get(name);
        if (known != null) {
            return known;
        }
        Session session = name.toLowerCase(Locale.ROOT).endsWith(".json") ? sessionFile(name, path) : preset(name, path);
        resolved.put(name, session);
        return session;
    }

    private Session preset(String id, String path) throws LessonFormatException {
        Optional<Session> preset = presets.session(id);
        if (preset.isEmpty()) {
            throw new LessonFormatException(path, sessionExpected(), quoted(id) + ", which is no preset");
        }
        return preset.get();
    }

    private Session sessionFile(String name, String path) throws LessonFormatException {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":") || List.of(name.split("/")).contains("..")) {
            throw new LessonFormatException(path, "the name of a session file in the lesson's folder (or below it)", quoted(name));
        }
        Optional<String> text;
        try {
            text = source.read(name);
        } catch (IOException e) {
            throw new LessonFormatException(path, "a readable session file", quoted(name) + ": " + e.getMessage());
        }
        if (text.isEmpty()) {
            throw new LessonFormatException(path, sessionExpected(), quoted(name) + ", which does not exist beside the lesson");
        }
        try {
            return SessionFile.parse(text.get()).session();
        } catch (SessionFormatException e) {
            throw new LessonFormatException(path, "a valid session file", name + " has a problem at " + e.getMessage());
        }
    }

    // ----------------------------------------------------------------------------------------
    // Values
    // ----------------------------------------------------------------------------------------

    private static void object(JsonNode node, String path, String expected) throws LessonFormatException {
        if (!node.isObject()) {
            throw new LessonFormatException(path, expected, found(node));
        }
    }

    /** Refuses members not in {@code allowed}, except notes whose names start with {@code _}. */
    private static void members(JsonNode node, String path, Set<String> allowed) throws LessonFormatException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name) && !name.startsWith("_")) {
                throw new LessonFormatException(path + "." + name, "one of " + String.join(", ", sorted(allowed))
                        + " (or a note whose name starts with _)", "an unknown member");
            }
        }
    }

    private static JsonNode required(JsonNode node, String path, String member, String expected) throws LessonFormatException {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            throw new LessonFormatException(path + "." + member, expected, "nothing");
        }
        return value;
    }

    private static String string(JsonNode node, String path, String member, String expected) throws LessonFormatException {
        JsonNode value = required(node, path, member, expected);
        if (!value.isTextual()) {
            throw new LessonFormatException(path + "." + member, expected + " (a string)", found(value));
        }
        return value.asText();
    }

    private static long whole(JsonNode node, String path, long min, long max) throws LessonFormatException {
        return whole(node, path, min, max, max == Long.MAX_VALUE ? "a whole number from " + min + " up"
                : "a whole number from " + min + " to " + max);
    }

    private static long whole(JsonNode node, String path, long min, long max, String expected) throws LessonFormatException {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
            throw new LessonFormatException(path, expected, found(node));
        }
        return node.asLong();
    }

    private static double number(JsonNode node, String path, boolean learningRate, String expected) throws LessonFormatException {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())
                || (learningRate && (!(node.asDouble() > 0) || node.asDouble() > 1e6))) {
            throw new LessonFormatException(path, expected, found(node));
        }
        return node.asDouble();
    }

    /** A value as an error message shows it: abbreviated, or its type. */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return quoted(node.asText());
        }
        if (node.isNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty array" : "an array of " + node.size();
        }
        return node.isEmpty() ? "an empty object" : "an object";
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    private static List<String> sorted(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        java.util.Collections.sort(list);
        return list;
    }
}
