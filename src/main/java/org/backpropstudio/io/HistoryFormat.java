package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.EpochScores;
import org.backpropstudio.core.HistoryException;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Limits;
import org.backpropstudio.core.LossHistory;
import org.backpropstudio.core.SavedHistory;
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
 *   "position": 13,
 *   "checkpoints": [                                                        optional
 *     {"position": 9, "parameters": ["mpmZmZmZwT8AAAAA…"]}
 *   ],
 *   "losses": {"iterations": 1, "groupSize": 1, "min": ["5O0L…"]},         with checkpoints
 *   "epochs": {"stride": 1, "iterations": [30, 60], "trainLoss": ["…"],      optional
 *              "trainAccuracy": ["…"], "testLoss": ["…"], "testAccuracy": ["…"]}
 * }
 * </pre>
 * Indices count from 0 as in the file's arrays: {@code layer} indexes {@code network.layers}.
 *
 * <p>{@code checkpoints} and {@code losses} let the history open without being replayed
 * ({@link HistoryResume}): each checkpoint holds every weight and bias after {@code position}
 * events, in the order of {@link org.backpropstudio.core.Network#parameters()} (layer by layer,
 * W row by row, then b), in increasing order of position; {@code losses} holds J of the first
 * {@code iterations} iterations, in groups of {@code groupSize} (a power of two) with the smallest
 * J of each group in {@code min} and, when a group holds more than one, the largest in
 * {@code max}. Both arrays of numbers are {@link PackedDoubles} (Base64 of little-endian 64-bit
 * floats). Their size is bounded whatever the length of the history: checkpoints at most
 * {@link Limits#SAVED_CHECKPOINT_BYTES} bytes of parameters (2.7 MiB of text), losses at most
 * {@link LossHistory#CAPACITY} numbers (21.3 MiB of text). A history without them (as saved by
 * earlier versions) is replayed from its start when it is opened. {@code epochs} holds the scores
 * of the epochs recorded up to the position ({@link org.backpropstudio.core.EpochScores}: a session
 * with a test set), each list with one value per entry of {@code iterations}, NaN for the accuracy of
 * a session that does not classify; without it (as earlier versions saved), the test curve starts
 * again from the saved position.
 */
final class HistoryFormat {
    static final String HISTORY = "history";
    private static final String CHECKPOINTS = "checkpoints";
    private static final String PARAMETERS = "parameters";
    private static final String LOSSES = "losses";
    private static final String ITERATIONS = "iterations";
    private static final String GROUP_SIZE = "groupSize";
    private static final String MIN = "min";
    private static final String MAX = "max";
    private static final String EPOCHS = "epochs";
    private static final String STRIDE = "stride";
    private static final String[] SCORES = {"trainLoss", "trainAccuracy", "testLoss", "testAccuracy"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistoryFormat() {
    }

    /** The {@code history} member for {@code saved}. */
    static ObjectNode write(SavedHistory saved) {
        Timeline timeline = saved.timeline();
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
        if (!saved.checkpoints().isEmpty() || saved.losses() != null) {
            ArrayNode checkpoints = history.putArray(CHECKPOINTS);
            for (SavedHistory.Checkpoint c : saved.checkpoints()) {
                ObjectNode checkpoint = checkpoints.addObject().put("position", c.position());
                checkpoint.set(PARAMETERS, PackedDoubles.write(c.parameters()));
            }
        }
        LossHistory.Saved losses = saved.losses();
        if (losses != null) {
            ObjectNode l = history.putObject(LOSSES)
                    .put(ITERATIONS, losses.iterations())
                    .put(GROUP_SIZE, losses.groupSize());
            l.set(MIN, PackedDoubles.write(losses.min()));
            if (losses.max() != null) {
                l.set(MAX, PackedDoubles.write(losses.max()));
            }
        }
        EpochScores.Saved epochs = saved.epochs();
        if (epochs != null) {
            ObjectNode e = history.putObject(EPOCHS).put(STRIDE, epochs.stride());
            ArrayNode iterations = e.putArray(ITERATIONS);
            for (long i : epochs.iterations()) {
                iterations.add(i);
            }
            double[][] values = {epochs.trainLoss(), epochs.trainAccuracy(), epochs.testLoss(), epochs.testAccuracy()};
            for (int v = 0; v < SCORES.length; v++) {
                e.set(SCORES[v], PackedDoubles.write(values[v]));
            }
        }
        return history;
    }

    private static ObjectNode edit(Edit edit) {
        ObjectNode e = NODES.objectNode();
        if (edit instanceof Edit.SetWeight w) {
            e.put("edit", "set-weight").put("layer", w.layer() - 1).put("to", w.to()).put("from", w.from())
                    .put("value", w.value());
        } else if (edit instanceof Edit.SetBias b) {
            e.put("edit", "set-bias").put("layer", b.layer() - 1).put("unit", b.unit()).put("value", b.value());
        } else if (edit instanceof Edit.LockWeight w) {
            e.put("edit", "lock-weight").put("layer", w.layer() - 1).put("to", w.to()).put("from", w.from())
                    .put("locked", w.locked());
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
     * The history in {@code history} (found at {@code $.history}). Shapes and types are checked
     * here; whether the events, checkpoints and losses fit together is checked by
     * {@link #prepare}.
     *
     * @throws SessionFormatException naming the first problem
     */
    static SavedHistory read(JsonNode node) throws SessionFormatException {
        JsonAt history = new JsonAt(node, "$." + HISTORY);
        Timeline timeline = timeline(history);
        List<SavedHistory.Checkpoint> checkpoints = new ArrayList<>();
        JsonAt list = history.member(CHECKPOINTS);
        if (!list.isMissing() && !list.node().isArray()) {
            throw list.error(IoWords.get("history.checkpoints"));
        }
        for (int i = 0; i < list.node().size(); i++) {
            JsonAt c = list.element(i);
            if (!c.node().isObject()) {
                throw c.error(IoWords.get("history.checkpoint"));
            }
            checkpoints.add(new SavedHistory.Checkpoint(whole(c.member("position"), 1, Long.MAX_VALUE),
                    PackedDoubles.read(c.member(PARAMETERS))));
        }
        JsonAt l = history.member(LOSSES);
        LossHistory.Saved losses = null;
        if (!l.isMissing()) {
            if (!l.node().isObject()) {
                throw l.error(IoWords.get("history.object"));
            }
            long iterations = whole(l.member(ITERATIONS), 0, Long.MAX_VALUE);
            long group = whole(l.member(GROUP_SIZE), 1, 1L << 40);
            double[] min = PackedDoubles.read(l.member(MIN));
            double[] max = l.node().has(MAX) ? PackedDoubles.read(l.member(MAX)) : null;
            losses = new LossHistory.Saved(iterations, group, min, max);
        }
        return new SavedHistory(timeline, checkpoints, losses, epochs(history.member(EPOCHS)));
    }

    /** The scores of the epochs at {@code $.history.epochs}, or null if there are none. */
    private static EpochScores.Saved epochs(JsonAt e) throws SessionFormatException {
        if (e.isMissing()) {
            return null;
        }
        if (!e.node().isObject()) {
            throw e.error(IoWords.get("history.object"));
        }
        long stride = whole(e.member(STRIDE), 1, 1L << 62);
        JsonAt list = e.member(ITERATIONS);
        if (!list.node().isArray()) {
            throw list.error(IoWords.get("history.iterations"));
        }
        long[] iterations = new long[list.node().size()];
        for (int i = 0; i < iterations.length; i++) {
            iterations[i] = whole(list.element(i), 1, Long.MAX_VALUE);
        }
        double[][] values = new double[SCORES.length][];
        for (int v = 0; v < SCORES.length; v++) {
            values[v] = PackedDoubles.read(e.member(SCORES[v]));
        }
        try {
            return new EpochScores.Saved(stride, iterations, values[0], values[1], values[2], values[3]);
        } catch (IllegalArgumentException misfit) {
            throw new SessionFormatException(e.path(), IoWords.get("history.fitsEpochs"),
                    IoWords.format("history.misfitEpochs", misfit.getMessage()));
        }
    }

    /**
     * Checks that the events of {@code saved} fit the network where they stand, that its
     * checkpoints and losses fit its timeline and that no replay would take longer than
     * {@link Limits#MAX_REPLAY}, and makes the machine that resumes it.
     *
     * @param state the saved state (the file's top-level members) the history must lead to
     * @throws SessionFormatException naming the part of {@code $.history} that does not fit
     */
    static HistoryResume prepare(SavedHistory saved, Session state) throws SessionFormatException {
        try {
            return HistoryResume.prepare(saved, state, Limits.MAX_REPLAY);
        } catch (HistoryException e) {
            throw problem(e);
        }
    }

    /** A history that cannot be opened, as a problem of the file at the part's JSON path. */
    static SessionFormatException problem(HistoryException e) {
        String at = "$." + HISTORY;
        switch (e.part()) {
            case EVENT:
                return new SessionFormatException(at + ".events[" + e.index() + "]", IoWords.get("history.fitsEvent"),
                        IoWords.format("history.misfit", e.getMessage()));
            case CHECKPOINT:
                return new SessionFormatException(at + "." + CHECKPOINTS + "[" + e.index() + "]",
                        IoWords.get("history.fitsCheckpoint"), IoWords.format("history.misfit", e.getMessage()));
            case LOSSES:
                return new SessionFormatException(at + "." + LOSSES, IoWords.get("history.fitsLosses"),
                        IoWords.format("history.misfitLosses", e.getMessage()));
            case EPOCHS:
                return new SessionFormatException(at + "." + EPOCHS, IoWords.get("history.fitsEpochs"),
                        IoWords.format("history.misfitEpochs", e.getMessage()));
            default:
                return new SessionFormatException(at, IoWords.get("history.replays"),
                        IoWords.format("history.misfit", e.getMessage()));
        }
    }

    /** The timeline of {@code history}: its start, events and position. */
    private static Timeline timeline(JsonAt history) throws SessionFormatException {
        if (!history.node().isObject()) {
            throw history.error(IoWords.get("history.object"));
        }
        Session start = SessionReader.read(history.member("start"));
        JsonAt events = history.member("events");
        if (!events.node().isArray()) {
            throw events.error(IoWords.get("history.events"));
        }
        List<Timeline.Event> list = new ArrayList<>();
        long length = 0;
        for (int i = 0; i < events.node().size(); i++) {
            Timeline.Event event = event(events.element(i));
            list.add(event);
            length += event.length();
        }
        long position = whole(history.member("position"), 0, length);
        return new Timeline(start, list, position);
    }

    private static Timeline.Event event(JsonAt e) throws SessionFormatException {
        if (!e.node().isObject()) {
            throw e.error(IoWords.get("history.event"));
        }
        if (e.node().has("steps")) {
            return new Timeline.Steps(whole(e.member("steps"), 1, Long.MAX_VALUE));
        }
        JsonAt type = e.member("edit");
        String name = type.node().isTextual() ? type.node().textValue() : "";
        switch (name) {
            case "set-weight":
                return new Timeline.EditEvent(
                        new Edit.SetWeight(index(e, "layer") + 1, index(e, "to"), index(e, "from"), value(e)));
            case "set-bias":
                return new Timeline.EditEvent(new Edit.SetBias(index(e, "layer") + 1, index(e, "unit"), value(e)));
            case "lock-weight":
                return new Timeline.EditEvent(
                        new Edit.LockWeight(index(e, "layer") + 1, index(e, "to"), index(e, "from"), flag(e)));
            case "lock-bias":
                return new Timeline.EditEvent(new Edit.LockBias(index(e, "layer") + 1, index(e, "unit"), flag(e)));
            case "set-input":
                return new Timeline.EditEvent(new Edit.SetInput(index(e, "sample"), index(e, "input"), value(e)));
            case "set-target":
                return new Timeline.EditEvent(new Edit.SetTarget(index(e, "sample"), index(e, "output"), value(e)));
            case "set-learning-rate":
                return new Timeline.EditEvent(new Edit.SetLearningRate(value(e)));
            case "replace":
                return new Timeline.EditEvent(new Edit.Replace(SessionReader.read(e.member("session"))));
            default:
                throw new SessionFormatException(e.path(), IoWords.get("history.eventKinds"),
                        e.node().has("edit") ? JsonAt.describe(type.node()) : IoWords.get("history.neither"));
        }
    }

    private static int index(JsonAt e, String name) throws SessionFormatException {
        return (int) whole(e.member(name), 0, Integer.MAX_VALUE - 1);
    }

    private static double value(JsonAt e) throws SessionFormatException {
        JsonAt v = e.member("value");
        if (!v.node().isNumber() || !Double.isFinite(v.node().doubleValue())) {
            throw v.error(IoWords.get("history.finite"));
        }
        return v.node().doubleValue();
    }

    private static boolean flag(JsonAt e) throws SessionFormatException {
        JsonAt v = e.member("locked");
        if (!v.node().isBoolean()) {
            throw v.error(IoWords.get("history.booleanValue"));
        }
        return v.node().booleanValue();
    }

    private static long whole(JsonAt v, long min, long max) throws SessionFormatException {
        JsonNode n = v.node();
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
            throw v.error(max == Long.MAX_VALUE ? IoWords.format("history.wholeUp", String.valueOf(min))
                    : IoWords.format("history.whole", String.valueOf(min), String.valueOf(max)));
        }
        return n.longValue();
    }
}
