package org.backpropstudio.lesson;

import static org.backpropstudio.lesson.LessonValues.error;
import static org.backpropstudio.lesson.LessonValues.members;
import static org.backpropstudio.lesson.LessonValues.number;
import static org.backpropstudio.lesson.LessonValues.object;
import static org.backpropstudio.lesson.LessonValues.quoted;
import static org.backpropstudio.lesson.LessonValues.required;
import static org.backpropstudio.lesson.LessonValues.string;
import static org.backpropstudio.lesson.LessonValues.whole;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.JsonAt;
import org.backpropstudio.io.JsonFormatException;
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
 * expected there; no other exception escapes {@link #parse}. A card's {@code when} is read by
 * {@link TriggerReader}, single values are checked by {@link LessonValues}. Members whose name starts
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
    static final JsonFactory JSON = StrictJson.factory(StreamReadConstraints.builder().maxNestingDepth(64).build());

    static final Set<String> TOP = Set.of("format", "title", "summary", "session", "cards");
    static final Set<String> CARD = Set.of("when", "text", "actions");
    static final Set<String> ACTION = Set.of("label", "open", "restart", "learningRate", "steps", "run");

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

    /**
     * The JSON document in {@code text}, standard JSON only (missing if the text holds none);
     * {@code expected} says what it should be.
     *
     * @throws LessonFormatException if it is not well-formed
     */
    static JsonAt document(String text, String expected) throws LessonFormatException {
        try {
            return new JsonAt(StrictJson.parse(JSON, text), "$");
        } catch (SessionFormatException e) {
            throw new LessonFormatException(e);
        } catch (IOException e) {
            throw new LessonFormatException("$", expected, "unreadable text: " + e.getMessage());
        }
    }

    // ----------------------------------------------------------------------------------------
    // The document
    // ----------------------------------------------------------------------------------------

    private Lesson lesson(String text) throws LessonFormatException {
        if (text.length() > MAX_CHARS) {
            throw new LessonFormatException("$", "a lesson of at most " + MAX_CHARS + " characters", text.length() + " characters");
        }
        JsonAt root = document(text, "a JSON document");
        if (root.isMissing()) {
            throw new LessonFormatException("$", "a JSON document", "an empty file");
        }
        object(root, "a lesson: a JSON object with format, title, session and cards");
        members(root, TOP);
        String format = string(root, "format", FORMAT);
        if (!format.equals(FORMAT)) {
            throw new LessonFormatException("$.format", "\"" + FORMAT + "\"", quoted(format));
        }
        String title = string(root, "title", "the lesson's title");
        String summary = root.node().has("summary") ? string(root, "summary", "a sentence or two on what the lesson teaches") : "";
        Session session = session(required(root, "session", sessionExpected()));
        JsonAt cardsNode = required(root, "cards", "the cards, an array of at least one");
        if (!cardsNode.node().isArray() || cardsNode.node().isEmpty()) {
            throw error(cardsNode, "an array of at least one card");
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < cardsNode.node().size(); i++) {
            cards.add(card(cardsNode.element(i), session));
        }
        return new Lesson(title, summary, session, cards);
    }

    private Card card(JsonAt node, Session lessonSession) throws LessonFormatException {
        object(node, "a card: an object with when and text");
        members(node, CARD);
        JsonAt when = required(node, "when", "when the card applies, e.g. {\"at\": \"start\"} or {\"kind\": \"z\", \"layer\": 1}");
        Session session = lessonSession;
        if (when.node().isObject() && when.node().has("session")) {
            JsonAt named = when.member("session");
            if (!named.node().isTextual()) {
                throw error(named, "a preset id or a session file's name");
            }
            session = session(named);
        }
        Trigger trigger = TriggerReader.read(when, session);
        CardText text = text(required(node, "text", "the card's text"));
        List<LessonAction> actions = new ArrayList<>();
        if (node.node().has("actions")) {
            JsonAt list = node.member("actions");
            if (!list.node().isArray()) {
                throw error(list, "an array of actions");
            }
            for (int i = 0; i < list.node().size(); i++) {
                actions.add(action(list.element(i), session));
            }
        }
        return new Card(trigger, text, actions);
    }

    // ----------------------------------------------------------------------------------------
    // Text and actions
    // ----------------------------------------------------------------------------------------

    private static CardText text(JsonAt value) throws LessonFormatException {
        JsonNode node = value.node();
        String source;
        if (node.isTextual()) {
            source = node.asText();
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    throw error(value.element(i), "a paragraph of text");
                }
                paragraphs.add(node.get(i).asText());
            }
            source = String.join("\n\n", paragraphs);
        } else {
            throw error(value, "text: a string, or an array of strings (one per paragraph)");
        }
        if (source.isBlank()) {
            throw new LessonFormatException(value.path(), "some text", "empty text");
        }
        try {
            return CardText.parse(source);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(value.path(), "Markdown-light text (paragraphs, **bold**, *italic*, $math$)", e.getMessage());
        }
    }

    private LessonAction action(JsonAt node, Session cardSession) throws LessonFormatException {
        object(node, "an action: an object with a label and what it does, e.g. {\"label\": \"Run 500 iterations\", \"run\": 500}");
        members(node, ACTION);
        String label = string(node, "label", "the button's text");
        if (label.isBlank()) {
            throw new LessonFormatException(node.member("label").path(), "the button's text", "empty text");
        }
        JsonNode n = node.node();
        if (n.has("open") && n.has("restart")) {
            throw new LessonFormatException(node.member("restart").path(), "either open or restart", "both");
        }
        Session session = null;
        if (n.has("open")) {
            JsonAt open = node.member("open");
            if (!open.node().isTextual()) {
                throw error(open, "a preset id or a session file's name");
            }
            session = session(open);
        }
        if (n.has("restart")) {
            JsonAt restart = node.member("restart");
            if (!restart.node().isBoolean()) {
                throw error(restart, "true");
            }
            if (restart.node().asBoolean()) {
                session = cardSession;
            }
        }
        double learningRate = n.has("learningRate")
                ? number(node.member("learningRate"), true, "a learning rate above 0 and at most 1e6") : Double.NaN;
        long steps = n.has("steps") ? whole(node.member("steps"), 1, MAX_STEPS) : 0;
        long run = n.has("run") ? whole(node.member("run"), 1, MAX_ITERATIONS) : 0;
        if (session == null && Double.isNaN(learningRate) && steps == 0 && run == 0) {
            throw new LessonFormatException(node.path(), "at least one of open, restart, learningRate, steps, run", "none");
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

    /** The session {@code value} names (a preset id, a file beside the lesson) or holds. */
    private Session session(JsonAt value) throws LessonFormatException {
        JsonNode node = value.node();
        String path = value.path();
        if (node.isObject()) {
            try {
                return SessionFile.parse(node.toString()).session();
            } catch (SessionFormatException e) {
                String inner = e.path().startsWith("$") ? e.path().substring(1) : "." + e.path();
                throw new LessonFormatException(path + inner, e.expected(), e.found());
            }
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(value, sessionExpected());
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
        } catch (JsonFormatException e) {
            throw new LessonFormatException(path, "a valid session file", name + " has a problem at " + e.getMessage());
        }
    }
}
