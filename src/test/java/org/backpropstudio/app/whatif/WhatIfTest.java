package org.backpropstudio.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.backpropstudio.model.QueuedExecutor;
import org.junit.jupiter.api.Test;

/**
 * The what-if computation on the seed's worked example, with the worker and the UI executor run
 * by hand: what it computes, and that requests coalesce.
 */
class WhatIfTest {
    private static final Parameter W = Parameter.weight(2, 0, 0);
    private static final Parameter B = Parameter.bias(1, 0);
    /**
     * How close the first-order prediction of a step of 0.1 in b₁⁽¹⁾ comes to the actual change: it
     * leaves out the second-order term ½·J″·Δb², 1.5e-5 here.
     */
    private static final double FIRST_ORDER = 1e-4;

    private final AtomicInteger probesMade = new AtomicInteger();
    private final QueuedExecutor worker = new QueuedExecutor();
    private final WhatIf whatIf = new WhatIf(this::probe, worker, Runnable::run);

    private CompletableFuture<LossProbe> probe() {
        probesMade.incrementAndGet();
        return CompletableFuture.completedFuture(freshProbe());
    }

    private static LossProbe freshProbe() {
        return new LossProbe(TestSessions.seedExample(), 0);
    }

    @Test
    void the_slice_goes_through_the_current_point_with_backprops_slope() {
        whatIf.follow(W, 1.0, 21);
        worker.runAll();
        WhatIf.Curve c = whatIf.curveProperty().get();
        LossProbe probe = freshProbe();
        assertThat(c.parameter()).isEqualTo(W);
        assertThat(c.value()).isEqualTo(0.4);
        assertThat(c.loss()).isCloseTo(probe.loss(), within(Tolerance.ROUNDING));
        assertThat(c.slope()).isCloseTo(probe.gradient(W), within(Tolerance.ROUNDING));
        assertThat(c.slope()).isCloseTo(0.08216704, within(Tolerance.WORKED_EXAMPLE)); // the seed's ∂J/∂w₁₁⁽²⁾
        assertThat(c.xs()).hasSize(21);
        assertThat(c.xs()[0]).isCloseTo(-0.6, within(Tolerance.ROUNDING));
        assertThat(c.xs()[20]).isCloseTo(1.4, within(Tolerance.ROUNDING));
        for (int i = 0; i < c.xs().length; i++) {
            assertThat(c.js()[i]).isCloseTo(probe.lossWith(W, c.xs()[i]), within(Tolerance.ROUNDING));
        }
    }

    @Test
    void a_value_tried_gives_the_actual_change_beside_the_first_order_prediction() {
        whatIf.follow(B, 1.0, 21);
        whatIf.ask(0.45);
        worker.runAll();
        WhatIf.Point p = whatIf.pointProperty().get();
        LossProbe probe = freshProbe();
        assertThat(p.value()).isEqualTo(0.45);
        assertThat(p.loss()).isCloseTo(probe.lossWith(B, 0.45), within(Tolerance.ROUNDING));
        assertThat(p.change()).isCloseTo(probe.lossWith(B, 0.45) - probe.loss(), within(Tolerance.ROUNDING));
        assertThat(p.predicted()).isCloseTo(probe.gradient(B) * 0.1, within(Tolerance.ROUNDING));
        // for a small step the first-order prediction is close to the truth, and not equal to it
        assertThat(p.predicted()).isCloseTo(p.change(), within(FIRST_ORDER)).isNotEqualTo(p.change());
    }

    @Test
    void of_the_values_asked_while_the_worker_is_busy_only_the_newest_is_computed() {
        whatIf.follow(W, 1.0, 21);
        worker.runAll();
        AtomicInteger published = new AtomicInteger();
        whatIf.pointProperty().addListener((obs, old, now) -> published.incrementAndGet());
        whatIf.ask(0.5);
        whatIf.ask(0.6);
        whatIf.ask(0.7);
        assertThat(worker.jobs()).hasSize(1);
        worker.runAll();
        assertThat(published.get()).isEqualTo(1);
        assertThat(whatIf.pointProperty().get().value()).isEqualTo(0.7);
    }

    @Test
    void a_newer_follow_makes_an_older_one_moot() {
        whatIf.follow(W, 1.0, 21);
        whatIf.follow(B, 1.0, 21);
        worker.runAll();
        assertThat(whatIf.curveProperty().get().parameter()).isEqualTo(B);
        assertThat(probesMade.get()).isEqualTo(2);
    }

    @Test
    void a_value_outside_the_slice_widens_it() {
        whatIf.follow(W, 1.0, 21);
        whatIf.ask(3.4);
        worker.runAll();
        WhatIf.Curve c = whatIf.curveProperty().get();
        assertThat(c.xs()[c.xs().length - 1]).isGreaterThanOrEqualTo(3.4);
        assertThat(whatIf.pointProperty().get().value()).isEqualTo(3.4);
    }

    @Test
    void clearing_drops_results_still_on_their_way() {
        whatIf.follow(W, 1.0, 21);
        whatIf.clear();
        worker.runAll();
        assertThat(whatIf.curveProperty().get()).isNull();
        assertThat(whatIf.pointProperty().get()).isNull();
    }

    @Test
    void a_slice_gets_fewer_points_as_the_loss_gets_dearer() {
        assertThat(WhatIf.points(9, 1)).isEqualTo(WhatIf.MAX_POINTS);
        assertThat(WhatIf.points(100_000, 10_000)).isEqualTo(WhatIf.MIN_POINTS);
        assertThat(WhatIf.points(10_000, 50)).isBetween(WhatIf.MIN_POINTS, WhatIf.MAX_POINTS);
    }
}
