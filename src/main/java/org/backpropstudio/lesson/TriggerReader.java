package org.backpropstudio.lesson;

import static org.backpropstudio.lesson.LessonValues.error;
import static org.backpropstudio.lesson.LessonValues.members;
import static org.backpropstudio.lesson.LessonValues.number;
import static org.backpropstudio.lesson.LessonValues.object;
import static org.backpropstudio.lesson.LessonValues.sorted;
import static org.backpropstudio.lesson.LessonValues.whole;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.JsonAt;

/**
 * A card's {@code when} in a lesson file, read into a {@link Trigger} with full validation: one
 * moment at most ({@code at}, {@code kind} or its synonym {@code after}, {@code phase},
 * {@code completed}, or {@code iteration} alone), the members that refine it, and the conditions.
 * Layers and samples are checked against the card's session.
 */
final class TriggerReader {
    static final Set<String> WHEN = Set.of("at", "kind", "after", "layer", "sample", "phase", "iteration",
            "completed", "session", "learningRate", "lossBelow", "lossAbove", "diverged");
    private static final String KINDS = "z, a, loss, delta, gradient or update";
    private static final String PHASES = "forward, loss, backward or update";

    private TriggerReader() {
    }

    /**
     * The trigger {@code when} describes for a card of {@code session}.
     *
     * @throws LessonFormatException naming the first problem
     */
    static Trigger read(JsonAt when, Session session) throws LessonFormatException {
        JsonNode node = when.node();
        object(when, "an object such as {\"at\": \"start\"}, {\"kind\": \"z\", \"layer\": 1} or {\"completed\": 100}");
        members(when, WHEN);
        if (!node.fieldNames().hasNext()) {
            throw new LessonFormatException(when.path(), "at least one of " + String.join(", ", sorted(WHEN)), "an empty object");
        }
        if (node.has("kind") && node.has("after")) {
            throw new LessonFormatException(when.member("after").path(), "either kind or after (they mean the same)", "both");
        }
        String kindMember = node.has("after") ? "after" : "kind";
        List<String> moments = new ArrayList<>();
        for (String m : List.of("at", kindMember, "phase", "completed")) {
            if (node.has(m)) {
                moments.add(m);
            }
        }
        if (moments.size() > 1) {
            throw new LessonFormatException(when.member(moments.get(1)).path(), "one moment only (" + moments.get(0)
                    + " is given already)", "a second one");
        }
        String moment = moments.isEmpty() ? (node.has("iteration") ? "iteration" : "none") : moments.get(0);
        int L = session.network().layers();
        int S = session.samplesPerIteration();

        if (!moment.equals(kindMember) && node.has("layer")) {
            throw error(when.member("layer"), "layer only with kind (or after)");
        }
        if (!moment.equals(kindMember) && !moment.equals("phase") && node.has("sample")) {
            throw error(when.member("sample"), "sample only with kind, after or phase");
        }
        if ((moment.equals("at") || moment.equals("completed")) && node.has("iteration")) {
            throw new LessonFormatException(when.member("iteration").path(), "iteration only alone or with kind, after or phase",
                    "it beside " + moment);
        }
        long iteration = node.has("iteration") ? whole(when.member("iteration"), 1, Long.MAX_VALUE) : 1;
        int sample = node.has("sample") ? (int) whole(when.member("sample"), 1, S,
                S == 1 ? "1 (the session's iterations have 1 sample)" : "a sample from 1 to " + S + " (the samples of one iteration)") : 1;

        Trigger.Moment kind = Trigger.Moment.START;
        MicroStep.Kind step = null;
        int layer = 0;
        Phase phase = null;
        long completed = 0;
        switch (moment) {
            case "at": {
                JsonAt at = when.member("at");
                if (!at.node().isTextual() || !at.node().asText().equals("start")) {
                    throw error(at, "\"start\"");
                }
                break;
            }
            case "kind":
            case "after": {
                kind = Trigger.Moment.STEP;
                step = stepKind(when.member(moment));
                String name = node.get(moment).asText();
                boolean layered = step != MicroStep.Kind.LOSS && step != MicroStep.Kind.UPDATE;
                if (layered) {
                    if (!node.has("layer")) {
                        throw new LessonFormatException(when.member("layer").path(), "the layer of " + name + ", from 1 to " + L, "nothing");
                    }
                    layer = (int) whole(when.member("layer"), 1, L,
                            "a layer from 1 to " + L + " (the network has " + L + (L == 1 ? " layer" : " layers") + ")");
                } else if (node.has("layer")) {
                    throw error(when.member("layer"), "no layer: " + name + " belongs to the whole network");
                }
                if (step == MicroStep.Kind.UPDATE && node.has("sample")) {
                    throw error(when.member("sample"), "no sample: the update is one per iteration");
                }
                break;
            }
            case "phase":
                kind = Trigger.Moment.PHASE;
                phase = phase(when.member("phase"));
                break;
            case "completed":
                kind = Trigger.Moment.COMPLETED;
                completed = whole(when.member("completed"), 1, Long.MAX_VALUE);
                break;
            case "iteration":
                kind = Trigger.Moment.ITERATION;
                break;
            default:
                break;
        }
        double learningRate = node.has("learningRate")
                ? number(when.member("learningRate"), true, "a learning rate above 0 and at most 1e6") : Double.NaN;
        double lossBelow = node.has("lossBelow") ? number(when.member("lossBelow"), false, "a number") : Double.NaN;
        double lossAbove = node.has("lossAbove") ? number(when.member("lossAbove"), false, "a number") : Double.NaN;
        Boolean diverged = null;
        if (node.has("diverged")) {
            if (!node.get("diverged").isBoolean()) {
                throw error(when.member("diverged"), "true or false");
            }
            diverged = node.get("diverged").asBoolean();
        }
        return new Trigger(kind, step, layer, phase, sample, iteration, completed, session.name(),
                learningRate, lossBelow, lossAbove, diverged);
    }

    private static MicroStep.Kind stepKind(JsonAt value) throws LessonFormatException {
        String name = value.node().isTextual() ? value.node().asText().toLowerCase(Locale.ROOT) : "";
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
                throw error(value, KINDS);
        }
    }

    private static Phase phase(JsonAt value) throws LessonFormatException {
        String name = value.node().isTextual() ? value.node().asText().toLowerCase(Locale.ROOT) : "";
        for (Phase p : Phase.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return p;
            }
        }
        throw error(value, PHASES);
    }
}
