package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.StepPlan;
import org.backpropstudio.explain.Notation;

/**
 * The items of a worksheet, taken from the engine: the session is run to the start of the
 * iteration asked, then stepped one micro-step at a time through it; before each micro-step that
 * computes something asked (for the worksheet's sample, or the update), the questions the quiz has
 * for it ({@link QuizQuestion#all}) are collected, and after it the equation of each
 * ({@link QuizQuestion#explanation}). Those the worksheet's {@link Worksheet.Ask}s choose become
 * the items, in its {@link Worksheet.Order}.
 */
final class WorksheetItems {
    /** The most items one worksheet may have. */
    static final int MAX_ITEMS = 1000;

    private WorksheetItems() {
    }

    /** A question and the equation of its value, as collected in the engine's order. */
    private record Found(QuizQuestion question, WorksheetItem item) {
    }

    /**
     * The items, with what the student starts from.
     *
     * @throws LessonFormatException at {@code $.iteration} if the numbers stop being finite before
     *                               or in that iteration; at {@code $.ask} if nothing or too much
     *                               is asked
     */
    static Result make(Session session, int iteration, int sample, List<Worksheet.Ask> asks, Worksheet.Order order)
            throws LessonFormatException {
        StepMachine machine = new StepMachine(session);
        StepPlan plan = machine.engine().plan();
        if (iteration > 1) {
            machine.iterations(iteration - 1);
            if (machine.isDiverged() || machine.position() != (long) (iteration - 1) * plan.length()) {
                throw diverged(iteration);
            }
        }
        Worksheet.Given given = new Worksheet.Given(Snapshot.of(machine, 1).network(),
                session.sampleOf(iteration - 1, sample - 1));
        Set<MicroStep.Kind> kinds = kinds(asks);
        List<Found> found = new ArrayList<>();
        for (int k = 1; k <= plan.length(); k++) {
            MicroStep step = plan.at(k);
            boolean wanted = kinds.contains(step.kind())
                    && (step.kind() == MicroStep.Kind.UPDATE || step.slot() == sample - 1);
            if (!wanted) {
                machine.stepForward();
                continue;
            }
            List<QuizQuestion> questions = QuizQuestion.all(Snapshot.of(machine, 1));
            machine.stepForward();
            Snapshot after = Snapshot.of(machine, 1);
            for (QuizQuestion q : questions) {
                if (asks.stream().anyMatch(a -> a.asks(q))) {
                    if (!Double.isFinite(q.answer())) {
                        throw diverged(iteration);
                    }
                    found.add(new Found(q, new WorksheetItem(0, q, q.explanation(after, Notation.UNICODE),
                            q.explanation(after, Notation.LATEX))));
                }
            }
        }
        List<Found> ordered = order == Worksheet.Order.STEPS ? found : listed(found, asks);
        if (ordered.isEmpty()) {
            throw new LessonFormatException("$.ask", LessonWords.get("worksheet.someItems"),
                    LessonWords.get("worksheet.noItems"));
        }
        if (ordered.size() > MAX_ITEMS) {
            throw new LessonFormatException("$.ask", LessonWords.format("worksheet.fewerItems",
                    String.valueOf(MAX_ITEMS)), LessonWords.format("worksheet.itemCount",
                    String.valueOf(ordered.size())));
        }
        List<WorksheetItem> items = new ArrayList<>();
        for (Found f : ordered) {
            WorksheetItem i = f.item();
            items.add(new WorksheetItem(items.size() + 1, i.question(), i.unicode(), i.latex()));
        }
        return new Result(given, items);
    }

    /** The items and what the student starts from. */
    record Result(Worksheet.Given given, List<WorksheetItem> items) {
    }

    /** The lines of the ask in order, each taking what it asks of what is left, in the engine's order. */
    private static List<Found> listed(List<Found> found, List<Worksheet.Ask> asks) {
        Set<Found> ordered = new LinkedHashSet<>();
        for (Worksheet.Ask ask : asks) {
            for (Found f : found) {
                if (ask.asks(f.question())) {
                    ordered.add(f);
                }
            }
        }
        return new ArrayList<>(ordered);
    }

    /** The micro-steps that compute the quantities asked. */
    private static Set<MicroStep.Kind> kinds(List<Worksheet.Ask> asks) {
        Set<MicroStep.Kind> kinds = java.util.EnumSet.noneOf(MicroStep.Kind.class);
        for (Worksheet.Ask ask : asks) {
            for (QuizQuestion.Quantity q : ask.quantities()) {
                kinds.add(switch (q) {
                    case Z -> MicroStep.Kind.Z;
                    case A -> MicroStep.Kind.A;
                    case LOSS -> MicroStep.Kind.LOSS;
                    case DELTA -> MicroStep.Kind.DELTA;
                    case WEIGHT_GRADIENT, BIAS_GRADIENT -> MicroStep.Kind.GRADIENT;
                    case WEIGHT, BIAS -> MicroStep.Kind.UPDATE;
                });
            }
        }
        return kinds;
    }

    private static LessonFormatException diverged(int iteration) {
        return new LessonFormatException("$.iteration", LessonWords.get("worksheet.finite"),
                LessonWords.format("worksheet.diverged", String.valueOf(iteration)));
    }
}
