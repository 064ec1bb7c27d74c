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

    private TriggerReader() {
    }

    /**
     * The trigger {@code when} describes for a card of {@code session}.
     *
     * @throws LessonFormatException naming the first problem
     */
    static Trigger read(JsonAt when, Session session) throws LessonFormatException {
        JsonNode node = when.node();
        object(when, LessonWords.get("when.object"));
        members(when, WHEN);
        if (!node.fieldNames().hasNext()) {
            throw new LessonFormatException(when.path(),
                    LessonWords.format("when.atLeastOne", String.join(", ", sorted(WHEN))),
                    LessonWords.get("when.emptyObject"));
        }
        if (node.has("kind") && node.has("after")) {
            throw new LessonFormatException(when.member("after").path(), LessonWords.get("when.kindOrAfter"),
                    LessonWords.get("file.both"));
        }
        String kindMember = node.has("after") ? "after" : "kind";
        List<String> moments = new ArrayList<>();
        for (String m : List.of("at", kindMember, "phase", "completed")) {
            if (node.has(m)) {
                moments.add(m);
            }
        }
        if (moments.size() > 1) {
            throw new LessonFormatException(when.member(moments.get(1)).path(),
                    LessonWords.format("when.oneMoment", moments.get(0)), LessonWords.get("when.secondMoment"));
        }
        String moment = moments.isEmpty() ? (node.has("iteration") ? "iteration" : "none") : moments.get(0);
        int L = session.network().layers();
        int S = session.samplesPerIteration();

        if (!moment.equals(kindMember) && node.has("layer")) {
            throw error(when.member("layer"), LessonWords.get("when.layerOnly"));
        }
        if (!moment.equals(kindMember) && !moment.equals("phase") && node.has("sample")) {
            throw error(when.member("sample"), LessonWords.get("when.sampleOnly"));
        }
        if ((moment.equals("at") || moment.equals("completed")) && node.has("iteration")) {
            throw new LessonFormatException(when.member("iteration").path(), LessonWords.get("when.iterationOnly"),
                    LessonWords.format("when.iterationBeside", moment));
        }
        long iteration = node.has("iteration") ? whole(when.member("iteration"), 1, Long.MAX_VALUE) : 1;
        int sample = node.has("sample") ? (int) whole(when.member("sample"), 1, S,
                S == 1 ? LessonWords.get("when.oneSample") : LessonWords.format("when.samples", String.valueOf(S))) : 1;

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
                        throw new LessonFormatException(when.member("layer").path(),
                                LessonWords.format("when.layerOf", name, String.valueOf(L)),
                                LessonWords.get("value.nothing"));
                    }
                    layer = (int) whole(when.member("layer"), 1, L,
                            LessonWords.format("when.layers", String.valueOf(L), L));
                } else if (node.has("layer")) {
                    throw error(when.member("layer"), LessonWords.format("when.noLayer", name));
                }
                if (step == MicroStep.Kind.UPDATE && node.has("sample")) {
                    throw error(when.member("sample"), LessonWords.get("when.noSample"));
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
                ? number(when.member("learningRate"), true, LessonWords.get("file.learningRate")) : Double.NaN;
        double lossBelow = node.has("lossBelow")
                ? number(when.member("lossBelow"), false, LessonWords.get("when.number")) : Double.NaN;
        double lossAbove = node.has("lossAbove")
                ? number(when.member("lossAbove"), false, LessonWords.get("when.number")) : Double.NaN;
        Boolean diverged = null;
        if (node.has("diverged")) {
            if (!node.get("diverged").isBoolean()) {
                throw error(when.member("diverged"), LessonWords.get("when.booleanValue"));
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
                throw error(value, LessonWords.get("when.kinds"));
        }
    }

    private static Phase phase(JsonAt value) throws LessonFormatException {
        String name = value.node().isTextual() ? value.node().asText().toLowerCase(Locale.ROOT) : "";
        for (Phase p : Phase.values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return p;
            }
        }
        throw error(value, LessonWords.get("when.phases"));
    }
}
