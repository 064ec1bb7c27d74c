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
import java.util.List;
import java.util.Set;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.JsonAt;
import org.backpropstudio.io.Presets;
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

    /** The sessions the lesson names, resolved once each. */
    private final SessionNames sessions;

    private LessonFile(LessonSource source, Presets presets) {
        this.sessions = new SessionNames(source, presets, SessionNames.Owner.LESSON);
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
            throw new LessonFormatException("$", expected, LessonWords.format("file.unreadable", e.getMessage()));
        }
    }

    // ----------------------------------------------------------------------------------------
    // The document
    // ----------------------------------------------------------------------------------------

    private Lesson lesson(String text) throws LessonFormatException {
        if (text.length() > MAX_CHARS) {
            throw new LessonFormatException("$", LessonWords.format("file.size", String.valueOf(MAX_CHARS)),
                    LessonWords.format("file.size.found", String.valueOf(text.length())));
        }
        JsonAt root = document(text, LessonWords.get("file.document"));
        if (root.isMissing()) {
            throw new LessonFormatException("$", LessonWords.get("file.document"), LessonWords.get("file.empty"));
        }
        object(root, LessonWords.get("file.lesson"));
        members(root, TOP);
        String format = string(root, "format", FORMAT);
        if (!format.equals(FORMAT)) {
            throw new LessonFormatException("$.format", "\"" + FORMAT + "\"", quoted(format));
        }
        String title = string(root, "title", LessonWords.get("file.title"));
        String summary = root.node().has("summary") ? string(root, "summary", LessonWords.get("file.summary")) : "";
        Session session = sessions.session(required(root, "session", sessions.expected()));
        JsonAt cardsNode = required(root, "cards", LessonWords.get("file.cards"));
        if (!cardsNode.node().isArray() || cardsNode.node().isEmpty()) {
            throw error(cardsNode, LessonWords.get("file.cardsArray"));
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < cardsNode.node().size(); i++) {
            cards.add(card(cardsNode.element(i), session));
        }
        return new Lesson(title, summary, session, cards);
    }

    private Card card(JsonAt node, Session lessonSession) throws LessonFormatException {
        object(node, LessonWords.get("file.card"));
        members(node, CARD);
        JsonAt when = required(node, "when", LessonWords.get("file.when"));
        Session session = lessonSession;
        if (when.node().isObject() && when.node().has("session")) {
            JsonAt named = when.member("session");
            if (!named.node().isTextual()) {
                throw error(named, LessonWords.get("file.sessionName"));
            }
            session = sessions.session(named);
        }
        Trigger trigger = TriggerReader.read(when, session);
        CardText text = text(required(node, "text", LessonWords.get("file.text")));
        List<LessonAction> actions = new ArrayList<>();
        if (node.node().has("actions")) {
            JsonAt list = node.member("actions");
            if (!list.node().isArray()) {
                throw error(list, LessonWords.get("file.actions"));
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
                    throw error(value.element(i), LessonWords.get("file.paragraph"));
                }
                paragraphs.add(node.get(i).asText());
            }
            source = String.join("\n\n", paragraphs);
        } else {
            throw error(value, LessonWords.get("file.textKinds"));
        }
        if (source.isBlank()) {
            throw new LessonFormatException(value.path(), LessonWords.get("file.someText"),
                    LessonWords.get("file.emptyText"));
        }
        try {
            return CardText.parse(source);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(value.path(), LessonWords.get("file.markup"), e.getMessage());
        }
    }

    private LessonAction action(JsonAt node, Session cardSession) throws LessonFormatException {
        object(node, LessonWords.get("file.action"));
        members(node, ACTION);
        String label = string(node, "label", LessonWords.get("file.label"));
        if (label.isBlank()) {
            throw new LessonFormatException(node.member("label").path(), LessonWords.get("file.label"),
                    LessonWords.get("file.emptyText"));
        }
        JsonNode n = node.node();
        if (n.has("open") && n.has("restart")) {
            throw new LessonFormatException(node.member("restart").path(), LessonWords.get("file.openOrRestart"),
                    LessonWords.get("file.both"));
        }
        Session session = null;
        if (n.has("open")) {
            JsonAt open = node.member("open");
            if (!open.node().isTextual()) {
                throw error(open, LessonWords.get("file.sessionName"));
            }
            session = sessions.session(open);
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
                ? number(node.member("learningRate"), true, LessonWords.get("file.learningRate")) : Double.NaN;
        long steps = n.has("steps") ? whole(node.member("steps"), 1, MAX_STEPS) : 0;
        long run = n.has("run") ? whole(node.member("run"), 1, MAX_ITERATIONS) : 0;
        if (session == null && Double.isNaN(learningRate) && steps == 0 && run == 0) {
            throw new LessonFormatException(node.path(), LessonWords.get("file.actionKinds"),
                    LessonWords.get("file.none"));
        }
        return new LessonAction(label, session, learningRate, steps, run);
    }
}
