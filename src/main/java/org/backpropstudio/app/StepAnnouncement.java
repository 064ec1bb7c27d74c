package org.backpropstudio.app;

import java.util.List;
import java.util.stream.Collectors;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;

/**
 * What a screen reader hears after a step: what the step computed and its results, e.g.
 * "Forward: z⁽¹⁾ of sample 1. z₁⁽¹⁾ = 0.3775, z₂⁽¹⁾ = 0.3925" (the first {@value #MOST} results of a
 * wide layer, and how many more).
 */
final class StepAnnouncement {
    /** The most results said of one step. */
    static final int MOST = 4;
    private static final Equations EQUATIONS = new Equations(Notation.UNICODE);

    private StepAnnouncement() {
    }

    /** The announcement of the last step of {@code s}; empty before the iteration's first step. */
    static String of(Snapshot s) {
        MicroStep step = s.lastStep();
        if (step == null) {
            return "";
        }
        List<Equation> equations = EQUATIONS.forStep(s, step);
        String results = equations.stream().limit(MOST).map(e -> e.lhs() + " = " + e.result())
                .collect(Collectors.joining(", "));
        String text = Messages.format("announce.step", EQUATIONS.describe(step, s), results);
        int more = equations.size() - MOST;
        return more > 0 ? text + Messages.format("announce.more", String.valueOf(more), more) : text;
    }
}
