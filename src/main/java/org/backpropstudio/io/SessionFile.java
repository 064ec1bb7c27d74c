package org.backpropstudio.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;

/**
 * The session file, format {@value #FORMAT}: reading with full validation, and writing.
 *
 * <pre>
 * {
 *   "format": "backprop-studio/1",
 *   "name": "Seed example",
 *   "network": {
 *     "inputs": 2,
 *     "seed": 7,                                   optional
 *     "layers": [
 *       {"units": 2, "activation": "sigmoid",
 *        "weights": [[0.15, 0.20], [0.25, 0.30]],  W⁽ˡ⁾ⱼₖ, units × previous units
 *        "biases": [0.35, 0.35],
 *        "locked": {"weights": [[false, false], [false, false]], "biases": [false, false]}},  optional
 *       {"units": 1, "activation": "sigmoid", "weights": [[0.40, 0.45]], "biases": [0.60]}
 *     ]
 *   },
 *   "loss": "squared-error",
 *   "learningRate": 0.5,
 *   "batch": "full",
 *   "dataset": {"inputs": [[0.05, 0.10]], "targets": [[0.01]],
 *               "test": {"inputs": [[0.1, 0.2]], "targets": [[0.02]]},   optional
 *               "image": {"width": 2, "height": 1}}                       optional
 * }
 * </pre>
 * {@code "batch": "mini"} adds {@code "batchSize"} (1..m) and optionally {@code "shuffleSeed"} (a
 * whole number, 0 if left out); see {@link org.backpropstudio.core.BatchMode#MINI}. The test samples
 * are checked as the training samples are and never used for gradients; {@code image} says that
 * the inputs are a picture's pixels, row by row (width × height must be the inputs).
 * {@code layers[i]} is layer l = i + 1 of the network. When {@code network.seed} is given, a layer may
 * omit both {@code weights} and {@code biases}; it then takes them from
 * {@link org.backpropstudio.core.Initializer#random} with that seed. {@code locked} and its two
 * members are optional (nothing locked). Members this version does not know are kept by a re-save
 * that passes the loaded document back, numbers in them with their exact values.
 *
 * <p>Reading is defensive: a file that is not standard JSON ({@link StrictJson}: no NaN or
 * Infinity, comments, single quotes, trailing commas or leading zeros, anywhere), is larger than
 * {@value #MAX_FILE_BYTES} bytes, nests deeper than {@value #MAX_NESTING_DEPTH} levels, or breaks
 * any rule of the format gives a {@link SessionFormatException} naming the first problem; no other
 * exception escapes. Files are decoded as UTF-8 (a byte-order mark is skipped); UTF-16 and UTF-32
 * files are decoded too, by Jackson's encoding detection. Writing always produces UTF-8 without a
 * byte-order mark.
 */
public final class SessionFile {
    /** The value of the {@code format} member this version reads and writes. */
    public static final String FORMAT = "backprop-studio/1";
    /** The largest file (in bytes) or text (in characters) that is read: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** The deepest nesting of arrays and objects that is read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The most characters in one JSON number. */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** The most characters in one JSON string: 4 MiB. */
    public static final int MAX_STRING_LENGTH = 4 << 20;

    static final String FORMAT_MEMBER = "format";
    static final String NAME = "name";
    static final String NETWORK = "network";
    static final String INPUTS = "inputs";
    static final String SEED = "seed";
    static final String LAYERS = "layers";
    static final String UNITS = "units";
    static final String ACTIVATION = "activation";
    static final String WEIGHTS = "weights";
    static final String BIASES = "biases";
    static final String LOCKED = "locked";
    static final String LOSS = "loss";
    static final String LEARNING_RATE = "learningRate";
    static final String BATCH = "batch";
    static final String DATASET = "dataset";
    static final String TARGETS = "targets";
    static final String BATCH_SIZE = "batchSize";
    static final String SHUFFLE_SEED = "shuffleSeed";
    static final String TEST = "test";
    static final String IMAGE = "image";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";

    /** Parses standard JSON only ({@link StrictJson}) within the limits above. */
    private static final JsonFactory JSON = StrictJson.factory(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_FILE_BYTES)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build());

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private SessionFile() {
    }

    /**
     * Parses and validates a session from JSON text. A leading byte-order mark is skipped.
     *
     * @throws SessionFormatException naming the first problem, if the text is not a valid session
     */
    public static LoadedSession parse(String text) throws SessionFormatException {
        String json = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        return load(() -> JSON.createParser(json));
    }

    /**
     * Reads, parses and validates a session file. The file is streamed into the parser, never read
     * whole first; one larger than {@value #MAX_FILE_BYTES} bytes is refused.
     *
     * @throws SessionFormatException naming the first problem, if the file cannot be read (path
     *                                {@code $}, e.g. found "no such file") or is not a valid session
     */
    public static LoadedSession read(Path file) throws SessionFormatException {
        return load(() -> {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new SessionFormatException("$", IoWords.get("file.readable"), IoWords.get("file.directory"));
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                throw new SessionFormatException("$", IoWords.format("file.size", String.valueOf(MAX_FILE_BYTES)),
                        IoWords.format("file.size.found", String.valueOf(attributes.size())));
            }
            return JSON.createParser(Files.newInputStream(file));
        });
    }

    /**
     * The session as pretty-printed JSON (two-space indent, one matrix row per line). Every known
     * member is written explicitly, weights and biases included; {@code locked} only if
     * {@link org.backpropstudio.core.Network#hasLocks()}. Numbers are written so that they parse
     * back to the same double.
     *
     * @param original the document the session was loaded from, or null: its members that this
     *                 version does not know are kept, in their places; it is not modified
     */
    public static String write(Session session, ObjectNode original) {
        return write(session, original, null);
    }

    /**
     * {@link #write(Session, ObjectNode)} with the history that leads to {@code session}: the
     * {@code history} member ({@link HistoryFormat}), so that opening the file restores the
     * timeline and the position in it. Without a history, a {@code history} in {@code original}
     * is left out (it would no longer lead to this state).
     */
    public static String write(Session session, ObjectNode original, SavedHistory history) {
        ObjectNode document = SessionWriter.toDocument(session, original);
        if (history == null) {
            document.remove(HistoryFormat.HISTORY);
        } else {
            document.set(HistoryFormat.HISTORY, HistoryFormat.write(history));
        }
        return SessionWriter.text(document);
    }

    /**
     * Writes {@link #write(Session, ObjectNode)} to {@code file} atomically ({@link AtomicFile}): into
     * a temporary file in the same directory, forced to the disk, then moved over {@code file} in one
     * step, so that a crash leaves either the old file or the new one, never a mix.
     *
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void save(Path file, Session session, ObjectNode original) throws IOException {
        save(file, session, original, null);
    }

    /** {@link #save(Path, Session, ObjectNode)} with the history that leads to {@code session}. */
    public static void save(Path file, Session session, ObjectNode original, SavedHistory history) throws IOException {
        String text = write(session, original, history);
        AtomicFile.writeText(file, out -> out.write(text));
    }

    /**
     * Whether numbers in the array of {@code context} are ones the session reader takes as doubles
     * and a save writes anew from the session: a row of {@code dataset.inputs} or
     * {@code dataset.targets}, a row of a layer's {@code weights}, or a layer's {@code biases} (in
     * the session and in those of its history). Their text need not be kept exactly.
     */
    private static boolean readAsDouble(JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        if (parent == null) {
            return false;
        }
        if (parent.inObject()) {
            return BIASES.equals(parent.getCurrentName()) && isLayer(parent);
        }
        JsonStreamContext member = parent.getParent();
        if (member == null || !member.inObject()) {
            return false;
        }
        String name = member.getCurrentName();
        if (WEIGHTS.equals(name)) {
            return isLayer(member);
        }
        JsonStreamContext dataset = member.getParent();
        if (!(INPUTS.equals(name) || TARGETS.equals(name)) || dataset == null || !dataset.inObject()) {
            return false;
        }
        JsonStreamContext outer = dataset.getParent();
        return DATASET.equals(dataset.getCurrentName()) || TEST.equals(dataset.getCurrentName())
                && outer != null && outer.inObject() && DATASET.equals(outer.getCurrentName());
    }

    /** Whether the object of {@code context} is an element of a {@code layers} array. */
    private static boolean isLayer(JsonStreamContext context) {
        JsonStreamContext layers = context.getParent();
        return layers != null && layers.inArray() && layers.getParent() != null
                && LAYERS.equals(layers.getParent().getCurrentName());
    }

    /** Opens a parser on the text to read; may refuse the input itself. */
    @FunctionalInterface
    private interface Source {
        JsonParser open() throws IOException, SessionFormatException;
    }

    /** Parses one JSON value from {@code source} and validates it as a session. */
    private static LoadedSession load(Source source) throws SessionFormatException {
        JsonNode root;
        try (JsonParser parser = source.open()) {
            root = StrictJson.read(parser, SessionFile::readAsDouble);
        } catch (JacksonException e) { // opening or closing the parser; StrictJson names a problem in the text
            throw new SessionFormatException("$", IoWords.get("json.wellFormed"),
                    e.getOriginalMessage() + StrictJson.at(e.getLocation()));
        } catch (IOException e) {
            throw cannotRead(e);
        }
        Session session = SessionReader.read(root); // accepts an object only
        JsonNode history = root.get(HistoryFormat.HISTORY);
        return new LoadedSession(session, (ObjectNode) root, history == null ? null : HistoryFormat.read(history));
    }

    private static SessionFormatException cannotRead(IOException e) {
        String problem;
        if (e instanceof NoSuchFileException) {
            problem = IoWords.get("file.noSuchFile");
        } else if (e instanceof AccessDeniedException) {
            problem = IoWords.get("file.noPermission");
        } else {
            problem = IoWords.format("file.readError",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new SessionFormatException("$", IoWords.get("file.readable"), problem);
    }
}
