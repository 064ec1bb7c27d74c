package org.backpropstudio.lesson;

import static org.backpropstudio.lesson.LessonValues.error;
import static org.backpropstudio.lesson.LessonValues.members;
import static org.backpropstudio.lesson.LessonValues.object;
import static org.backpropstudio.lesson.LessonValues.quoted;
import static org.backpropstudio.lesson.LessonValues.required;
import static org.backpropstudio.lesson.LessonValues.string;
import static org.backpropstudio.lesson.LessonValues.whole;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.JsonAt;
import org.backpropstudio.io.Presets;
import org.backpropstudio.io.SessionFile;

/**
 * The worksheet file, format {@value #FORMAT}: reading with full validation, and writing. The
 * format is documented for instructors in {@code assets/worksheets/README.md}; in short:
 * <pre>
 * {
 *   "format": "backprop-studio-worksheet/1",
 *   "title": "…", "summary": "…",
 *   "session": "seed-example" | "my-session.backprop.json" | { inline backprop-studio/1 session },
 *   "iteration": 1, "sample": 1,
 *   "ask": [
 *     {"quantity": ["z", "a"]},
 *     {"quantity": "weight-gradient", "layer": 2, "unit": [1, 2]}
 *   ],
 *   "order": "steps" | "listed"
 * }
 * </pre>
 * Read as a lesson is (standard JSON only; notes in members starting with {@code _}; any other
 * unknown member an error); every problem is a {@link LessonFormatException} naming the JSON path
 * of the first one found. The items are made from the engine when the file is read
 * ({@link WorksheetItems}).
 */
public final class WorksheetFile {
    /** The value of the {@code format} member this version reads. */
    public static final String FORMAT = "backprop-studio-worksheet/1";
    /** The highest iteration a worksheet may ask about. */
    public static final int MAX_ITERATION = 10_000;

    private static final Set<String> TOP = Set.of("format", "title", "summary", "session", "iteration", "sample",
            "ask", "order");
    private static final Set<String> ASK = Set.of("quantity", "layer", "unit");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SessionNames sessions;

    private WorksheetFile(LessonSource source, Presets presets) {
        this.sessions = new SessionNames(source, presets, SessionNames.Owner.WORKSHEET);
    }

    /**
     * The worksheet in {@code text}; session files it names are read from {@code source}, preset
     * ids looked up in {@code presets}.
     *
     * @throws LessonFormatException naming the first problem (the JSON path, what was expected and
     *                               what was found)
     */
    public static Worksheet parse(String text, LessonSource source, Presets presets) throws LessonFormatException {
        return new WorksheetFile(source, presets).worksheet(text);
    }

    /**
     * {@code worksheet} as the text of its file, which {@link #parse} reads back to the same
     * worksheet (its session named as it was, or written out in full).
     */
    public static String write(Worksheet worksheet) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", worksheet.title());
        if (!worksheet.summary().isEmpty()) {
            root.put("summary", worksheet.summary());
        }
        if (worksheet.sessionName() != null) {
            root.put("session", worksheet.sessionName());
        } else {
            try {
                root.set("session", JSON.readTree(SessionFile.write(worksheet.session(), null)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        root.put("iteration", worksheet.iteration());
        root.put("sample", worksheet.sample());
        ArrayNode asks = root.putArray("ask");
        for (Worksheet.Ask ask : worksheet.asks()) {
            ObjectNode a = asks.addObject();
            ArrayNode quantities = a.putArray("quantity");
            ask.quantities().forEach(q -> quantities.add(Worksheet.id(q)));
            if (!ask.layers().isEmpty()) {
                ask.layers().forEach(a.putArray("layer")::add);
            }
            if (!ask.units().isEmpty()) {
                ask.units().forEach(a.putArray("unit")::add);
            }
        }
        root.put("order", worksheet.order().id());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Worksheet worksheet(String text) throws LessonFormatException {
        if (text.length() > LessonFile.MAX_CHARS) {
            throw new LessonFormatException("$", LessonWords.format("worksheet.size",
                    String.valueOf(LessonFile.MAX_CHARS)), LessonWords.format("file.size.found",
                    String.valueOf(text.length())));
        }
        JsonAt root = LessonFile.document(text, LessonWords.get("file.document"));
        if (root.isMissing()) {
            throw new LessonFormatException("$", LessonWords.get("file.document"), LessonWords.get("file.empty"));
        }
        object(root, LessonWords.get("worksheet.worksheet"));
        members(root, TOP);
        String format = string(root, "format", FORMAT);
        if (!format.equals(FORMAT)) {
            throw new LessonFormatException("$.format", "\"" + FORMAT + "\"", quoted(format));
        }
        String title = string(root, "title", LessonWords.get("worksheet.title"));
        if (title.isBlank()) {
            throw new LessonFormatException("$.title", LessonWords.get("worksheet.title"),
                    LessonWords.get("file.emptyText"));
        }
        String summary = root.node().has("summary")
                ? string(root, "summary", LessonWords.get("worksheet.summary")) : "";
        JsonAt sessionNode = required(root, "session", sessions.expected());
        Session session = sessions.session(sessionNode);
        String sessionName = sessionNode.node().isTextual() ? sessionNode.node().asText().strip() : null;
        int iteration = root.node().has("iteration")
                ? (int) whole(root.member("iteration"), 1, MAX_ITERATION) : 1;
        int samples = session.samplesPerIteration();
        int sample = root.node().has("sample") ? (int) whole(root.member("sample"), 1, samples,
                LessonWords.format("worksheet.sample", String.valueOf(samples), samples)) : 1;
        JsonAt askNode = required(root, "ask", LessonWords.get("worksheet.ask"));
        if (!askNode.node().isArray() || askNode.node().isEmpty()) {
            throw error(askNode, LessonWords.get("worksheet.ask"));
        }
        List<Worksheet.Ask> asks = new ArrayList<>();
        for (int i = 0; i < askNode.node().size(); i++) {
            asks.add(ask(askNode.element(i), session));
        }
        Worksheet.Order order = Worksheet.Order.STEPS;
        if (root.node().has("order")) {
            String id = string(root, "order", LessonWords.get("worksheet.order"));
            order = Arrays.stream(Worksheet.Order.values()).filter(o -> o.id().equals(id)).findFirst()
                    .orElseThrow(() -> error(root.member("order"), LessonWords.get("worksheet.order")));
        }
        WorksheetItems.Result made = WorksheetItems.make(session, iteration, sample, asks, order);
        return new Worksheet(title, summary, sessionName, session, iteration, sample, asks, order, made.given(),
                made.items());
    }

    private static Worksheet.Ask ask(JsonAt node, Session session) throws LessonFormatException {
        object(node, LessonWords.get("worksheet.askLine"));
        members(node, ASK);
        String ids = Arrays.stream(QuizQuestion.Quantity.values()).map(Worksheet::id)
                .collect(Collectors.joining(", "));
        String expected = LessonWords.format("worksheet.quantity", ids);
        List<QuizQuestion.Quantity> quantities = new ArrayList<>();
        for (JsonAt value : oneOrMore(required(node, "quantity", expected), expected)) {
            if (!value.node().isTextual() || Worksheet.quantity(value.node().asText()).isEmpty()) {
                throw error(value, expected);
            }
            QuizQuestion.Quantity q = Worksheet.quantity(value.node().asText()).get();
            if (!quantities.contains(q)) {
                quantities.add(q);
            }
        }
        int L = session.network().layers();
        List<Integer> layers = new ArrayList<>();
        if (node.node().has("layer")) {
            String layerExpected = LessonWords.format("worksheet.layer", String.valueOf(L), L);
            for (JsonAt value : oneOrMore(node.member("layer"), layerExpected)) {
                layers.add((int) whole(value, 1, L, layerExpected));
            }
        }
        List<Integer> units = new ArrayList<>();
        if (node.node().has("unit")) {
            int most = 0;
            for (int l = 1; l <= L; l++) {
                if (layers.isEmpty() || layers.contains(l)) {
                    most = Math.max(most, session.network().units(l));
                }
            }
            String unitExpected = LessonWords.format("worksheet.unit", String.valueOf(most), most);
            for (JsonAt value : oneOrMore(node.member("unit"), unitExpected)) {
                units.add((int) whole(value, 1, most, unitExpected));
            }
        }
        return new Worksheet.Ask(quantities, layers, units);
    }

    /** The value itself, or the elements of a non-empty array. */
    private static List<JsonAt> oneOrMore(JsonAt value, String expected) throws LessonFormatException {
        JsonNode node = value.node();
        if (!node.isArray()) {
            return List.of(value);
        }
        if (node.isEmpty()) {
            throw error(value, expected);
        }
        List<JsonAt> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(value.element(i));
        }
        return elements;
    }
}
