package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;

/**
 * The micro-step after a snapshot, taken on an engine of its own at the snapshot's state, and the
 * {@link QuizQuestion}s about what it computed. One implementation of the math: an answer is the
 * value that engine's step wrote, and a formula is the {@link Equation} that {@link Equations}
 * (the equation panel's and the handouts' writer) makes for it from that engine's state; the
 * quiz shows its symbol, its formula in symbols and its numbers, never its result. Every number a
 * formula shows is one the step read, and the step wrote none of them.
 *
 * <p>It also keeps what {@link Diagnoses} needs to recompute the wrong variants of a value: the
 * state after the step and, on demand, the parameters after the iteration's update.
 */
final class NextStep {
    private static final Equations UNICODE = new Equations(Notation.UNICODE);
    private static final Equations LATEX = new Equations(Notation.LATEX);

    private final MicroStep step;
    private final long iteration;
    /** The snapshot's session with its parameters, from which the engines start. */
    private final Session start;
    /** The state after the step: the snapshot's parameters, data and cursor, then the step taken. */
    private final Engine p;
    /** The iteration run to the end of its update, made at its first use; the engine's own. */
    private Engine updated;

    private NextStep(Snapshot s) {
        boolean done = s.step() == s.plan().length();
        this.iteration = done ? s.iteration() + 1 : s.iteration();
        this.start = s.session().withNetwork(s.network());
        this.p = Engine.at(start, iteration, done ? 0 : s.step());
        this.step = p.takeStep();
    }

    /** The step after {@code s}; empty if the next event is a recorded hand edit, which computes nothing. */
    static Optional<NextStep> after(Snapshot s) {
        return s.editAfter() != null ? Optional.empty() : Optional.of(new NextStep(s));
    }

    /** The state after the step (read only: no caller may step it). */
    NetworkState state() {
        return p;
    }

    /** The step taken. */
    MicroStep step() {
        return step;
    }

    /**
     * wⱼₖ⁽ˡ⁾ as the iteration's update will leave it: the iteration run to its end on an engine of
     * its own (the engine's update, not a formula of the quiz's).
     */
    synchronized double weightAfterUpdate(int l, int j, int k) {
        if (updated == null) {
            Engine e = Engine.at(start, iteration, 0);
            while (e.step() < e.plan().length()) {
                e.takeStep();
            }
            updated = e;
        }
        return updated.weight(l, j, k);
    }

    /** The question {@link QuizQuestion#next} asks: one unit, weight or bias, chosen by the iteration and slot. */
    QuizQuestion asked() {
        long i = iteration;
        int slot = Math.max(step.slot(), 0);
        int l = step.layer();
        switch (step.kind()) {
            case LOSS:
                return make(QuizQuestion.Quantity.LOSS, 0, 0, -1);
            case UPDATE: {
                int L = p.layers();
                int layer = L - (int) (i % L);
                return update(layer, (int) (i % p.units(layer)), (int) (i % p.units(layer - 1)));
            }
            case GRADIENT:
                return gradient(l, (int) ((i + slot) % p.units(l)), (int) ((i + slot) % p.units(l - 1)));
            default:
                return unit(step.kind(), l, (int) ((i + slot) % p.units(l)));
        }
    }

    /** Every question {@link QuizQuestion#all} lists, in the order of the step's equations. */
    List<QuizQuestion> all() {
        List<QuizQuestion> all = new ArrayList<>();
        int l = step.layer();
        switch (step.kind()) {
            case LOSS:
                all.add(make(QuizQuestion.Quantity.LOSS, 0, 0, -1));
                break;
            case UPDATE:
                for (int layer = 1; layer <= p.layers(); layer++) {
                    for (int j = 0; j < p.units(layer); j++) {
                        for (int k = 0; k < p.units(layer - 1); k++) {
                            all.add(update(layer, j, k));
                        }
                        all.add(update(layer, j, -1));
                    }
                }
                break;
            case GRADIENT:
                for (int j = 0; j < p.units(l); j++) {
                    for (int k = 0; k < p.units(l - 1); k++) {
                        all.add(gradient(l, j, k));
                    }
                    all.add(gradient(l, j, -1));
                }
                break;
            default:
                for (int j = 0; j < p.units(l); j++) {
                    all.add(unit(step.kind(), l, j));
                }
        }
        return all;
    }

    private QuizQuestion unit(MicroStep.Kind kind, int l, int j) {
        return switch (kind) {
            case Z -> make(QuizQuestion.Quantity.Z, l, j, -1);
            case A -> make(QuizQuestion.Quantity.A, l, j, -1);
            default -> make(QuizQuestion.Quantity.DELTA, l, j, -1);
        };
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ (k ≥ 0) or ∂Jₛ/∂bⱼ⁽ˡ⁾ (k = −1). */
    private QuizQuestion gradient(int l, int j, int k) {
        return make(k < 0 ? QuizQuestion.Quantity.BIAS_GRADIENT : QuizQuestion.Quantity.WEIGHT_GRADIENT, l, j, k);
    }

    /** wⱼₖ⁽ˡ⁾ after the update (k ≥ 0), or bⱼ⁽ˡ⁾ (k = −1). */
    private QuizQuestion update(int l, int j, int k) {
        return make(k < 0 ? QuizQuestion.Quantity.BIAS : QuizQuestion.Quantity.WEIGHT, l, j, k);
    }

    /** The question with the value the step wrote and the equation the step's writer makes, in both notations. */
    private QuizQuestion make(QuizQuestion.Quantity quantity, int l, int j, int k) {
        int index = QuizQuestion.equationIndex(p, quantity, l, j, k);
        return new QuizQuestion(this, quantity, l, j, k, value(quantity, l, j, k),
                UNICODE.forStep(p, step, index), LATEX.forStep(p, step, index));
    }

    /** The value the engine's step wrote for the quantity. */
    private double value(QuizQuestion.Quantity quantity, int l, int j, int k) {
        return switch (quantity) {
            case Z -> p.z(l, j);
            case A -> p.a(l, j);
            case LOSS -> p.sampleLoss();
            case DELTA, BIAS_GRADIENT -> p.delta(l, j);
            case WEIGHT_GRADIENT -> p.sampleWeightGradient(l, j, k);
            case WEIGHT -> p.weight(l, j, k);
            case BIAS -> p.bias(l, j);
        };
    }

    /** The iteration of the step, counting from 0. */
    long iteration() {
        return iteration;
    }
}
