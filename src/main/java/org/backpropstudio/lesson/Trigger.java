package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepPlan;

/**
 * When a card applies: one moment on the timeline, which has fired once the cursor has reached it
 * (and stays fired until the cursor goes back before it), and conditions on the state, which hold
 * or not now. A card applies while its session is open, its moment has fired and every condition
 * holds. Every field is a pure function of a {@link Snapshot}, so the card on screen follows
 * stepping back as exactly as stepping forward.
 *
 * <p>Moments (iterations and samples counted from 1, as on screen):
 * <ul>
 *   <li>{@link Moment#START}: always fired.</li>
 *   <li>{@link Moment#STEP}: micro-step {@code kind} of {@code layer} for sample slot {@code sample}
 *       of iteration {@code iteration} has been computed (or the cursor is past it).</li>
 *   <li>{@link Moment#PHASE}: the first micro-step of {@code phase} (for that sample and iteration)
 *       has been computed.</li>
 *   <li>{@link Moment#ITERATION}: iteration {@code iteration} is under way (its first micro-step
 *       computed) or past.</li>
 *   <li>{@link Moment#COMPLETED}: at least {@code completed} iterations are complete.</li>
 * </ul>
 *
 * @param moment       the kind of moment
 * @param kind         the micro-step, for {@link Moment#STEP}
 * @param layer        its layer 1..L (0 for the loss and the update)
 * @param phase        the phase, for {@link Moment#PHASE}
 * @param sample       the sample slot within the iteration, counted from 1
 * @param iteration    the iteration, counted from 1
 * @param completed    the completed iterations, for {@link Moment#COMPLETED}
 * @param sessionName  the name of the session the card belongs to (the state's session must have it)
 * @param learningRate the learning rate the state must have, or NaN for any
 * @param lossBelow    J of the last completed iteration must be below this, or NaN
 * @param lossAbove    J of the last completed iteration must be above this, or NaN
 * @param diverged     whether the loss must have blown up ({@link #hasDiverged}), or null for either
 */
public record Trigger(Moment moment, MicroStep.Kind kind, int layer, Phase phase, int sample, long iteration,
                      long completed, String sessionName, double learningRate, double lossBelow, double lossAbove,
                      Boolean diverged) {

    /** The kinds of moment. */
    public enum Moment { START, STEP, PHASE, ITERATION, COMPLETED }

    /** The loss has blown up once J is this many times J of the first iteration. */
    public static final double BLOWN_UP = 10;

    /** The moment at the start of the session, no conditions. */
    public static Trigger atStart(String sessionName) {
        return new Trigger(Moment.START, null, 0, null, 1, 1, 0, sessionName, Double.NaN, Double.NaN, Double.NaN, null);
    }

    /** Whether the card with this trigger applies to state {@code s}: its session, moment and conditions. */
    public boolean hasFired(Snapshot s) {
        return s.session().name().equals(sessionName) && momentReached(s) && conditionsHold(s);
    }

    /** Whether the cursor of {@code s} is at or past this trigger's moment. */
    public boolean momentReached(Snapshot s) {
        StepPlan plan = s.plan();
        switch (moment) {
            case START:
                return true;
            case COMPLETED:
                return s.completedIterations() >= completed;
            case ITERATION:
                return reached(s, iteration - 1, 1);
            case PHASE:
                return sample <= plan.samples() && reached(s, iteration - 1, firstOf(phase, plan));
            default:
                if (layer > plan.layers() || sample > plan.samples()) {
                    return false;
                }
                return reached(s, iteration - 1, plan.indexOf(kind, layer, sample - 1));
        }
    }

    /** Whether the conditions (learning rate, loss, divergence) hold for {@code s}. */
    public boolean conditionsHold(Snapshot s) {
        if (!Double.isNaN(learningRate)
                && Math.abs(s.learningRate() - learningRate) > 1e-9 * Math.max(1, Math.abs(learningRate))) {
            return false;
        }
        double last = s.losses().last();
        if (!Double.isNaN(lossBelow) && !(last < lossBelow)) {
            return false;
        }
        if (!Double.isNaN(lossAbove) && !(last > lossAbove)) {
            return false;
        }
        return diverged == null || diverged == hasDiverged(s);
    }

    /**
     * Whether training has blown up in {@code s}: J of the last completed iteration is not a finite
     * number, or is more than {@value #BLOWN_UP} times J of the first; or a weight or bias is not
     * a finite number.
     */
    public static boolean hasDiverged(Snapshot s) {
        if (s.losses().count() > 0) {
            double last = s.losses().last();
            double first = s.losses().max()[0];
            if (!Double.isFinite(last) || last > BLOWN_UP * first) {
                return true;
            }
        }
        for (int l = 1; l <= s.layers(); l++) {
            for (int j = 0; j < s.units(l); j++) {
                if (!Double.isFinite(s.bias(l, j))) {
                    return true;
                }
                for (int k = 0; k < s.units(l - 1); k++) {
                    if (!Double.isFinite(s.weight(l, j, k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * In words, for the card's caption: "at the start", "when z⁽¹⁾ is computed", "when the backward
     * pass begins in iteration 2", "after 500 iterations, once J < 0.01".
     */
    public String describe() {
        String when = switch (moment) {
            case START -> LessonWords.get("trigger.start");
            case COMPLETED -> completed == 1 ? LessonWords.get("trigger.completedFirst")
                    : LessonWords.format("trigger.completed", String.valueOf(completed));
            case ITERATION -> LessonWords.format("trigger.iteration", String.valueOf(iteration));
            case PHASE -> where(LessonWords.format("trigger.phase", phaseName(phase)), phase != Phase.UPDATE);
            case STEP -> where(stepName(), kind != MicroStep.Kind.UPDATE);
        };
        List<String> conditions = new ArrayList<>();
        if (!Double.isNaN(learningRate)) {
            conditions.add("η = " + number(learningRate));
        }
        if (!Double.isNaN(lossBelow)) {
            conditions.add("J < " + number(lossBelow));
        }
        if (!Double.isNaN(lossAbove)) {
            conditions.add("J > " + number(lossAbove));
        }
        if (diverged != null) {
            conditions.add(diverged ? LessonWords.get("trigger.blownUp") : LessonWords.get("trigger.notBlownUp"));
        }
        if (conditions.isEmpty()) {
            return when;
        }
        String all = conditions.get(0);
        for (int i = 1; i < conditions.size(); i++) {
            all = LessonWords.format("trigger.and", all, conditions.get(i));
        }
        String once = LessonWords.format("trigger.once", all);
        return moment == Moment.START ? once : LessonWords.format("trigger.whenOnce", when, once);
    }

    private String stepName() {
        return switch (kind) {
            case Z -> LessonWords.format("trigger.computed", Symbols.unicodeLayer("z", layer));
            case A -> LessonWords.format("trigger.computed", Symbols.unicodeLayer("a", layer));
            case LOSS -> LessonWords.get("trigger.loss");
            case DELTA -> LessonWords.format("trigger.computed", Symbols.unicodeLayer("δ", layer));
            case GRADIENT -> LessonWords.format("trigger.gradients", String.valueOf(layer));
            case UPDATE -> LessonWords.get("trigger.update");
        };
    }

    /** {@code moment} with the sample (if {@code perSample} and not the first) and the iteration (if not the first). */
    private String where(String moment, boolean perSample) {
        String at = perSample && sample > 1
                ? LessonWords.format("trigger.forSample", moment, String.valueOf(sample)) : moment;
        return iteration > 1 ? LessonWords.format("trigger.inIteration", at, String.valueOf(iteration)) : at;
    }

    private static String phaseName(Phase phase) {
        return switch (phase) {
            case FORWARD -> LessonWords.get("trigger.phase.forward");
            case LOSS -> LessonWords.get("trigger.phase.loss");
            case BACKWARD -> LessonWords.get("trigger.phase.backward");
            case UPDATE -> LessonWords.get("trigger.phase.update");
        };
    }

    /** The micro-step number (1..N) with which {@code phase} begins for this trigger's sample. */
    private int firstOf(Phase phase, StepPlan plan) {
        int slot = sample - 1;
        return switch (phase) {
            case FORWARD -> plan.indexOf(MicroStep.Kind.Z, 1, slot);
            case LOSS -> plan.indexOf(MicroStep.Kind.LOSS, 0, slot);
            case BACKWARD -> plan.indexOf(MicroStep.Kind.DELTA, plan.layers(), slot);
            case UPDATE -> plan.length();
        };
    }

    /** Whether the cursor (i, k) of {@code s} is at or past (iteration, step). */
    private static boolean reached(Snapshot s, long iteration, int step) {
        return s.iteration() > iteration || (s.iteration() == iteration && s.step() >= step);
    }

    private static String number(double value) {
        return new org.backpropstudio.explain.Numbers(org.backpropstudio.explain.Notation.UNICODE).format(value)
                .toLowerCase(Locale.ROOT);
    }
}
