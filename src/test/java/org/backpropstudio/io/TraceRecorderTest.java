package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepPlan;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {

    @Test
    void the_listener_sees_every_micro_step_in_order_then_the_iteration() throws IOException {
        Session xor = TestPresets.xor();
        StepPlan plan = new Engine(xor).plan();
        List<String> events = new ArrayList<>();
        double datasetLoss = TraceRecorder.record(xor, 2, new TraceRecorder.Listener() {
            @Override
            public void afterStep(int iteration, MicroStep step, NetworkState state) {
                events.add(iteration + " " + step);
            }

            @Override
            public void afterIteration(TraceIteration iteration) {
                events.add(iteration.iteration() + " done");
            }
        });
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            for (int k = 1; k <= plan.length(); k++) {
                expected.add(i + " " + plan.at(k));
            }
            expected.add(i + " done");
        }
        assertThat(events).isEqualTo(expected);
        Engine engine = new Engine(xor);
        engine.runIteration();
        engine.runIteration();
        assertThat(datasetLoss).isEqualTo(engine.datasetLoss());
    }

    @Test
    void zero_iterations_give_the_starting_loss_and_negative_ones_are_refused() throws IOException {
        Session seed = TestPresets.seedExample();
        assertThat(TraceRecorder.record(seed, 0, new TraceRecorder.Listener() { }))
                .isEqualTo(new Engine(seed).datasetLoss());
        assertThatThrownBy(() -> TraceRecorder.record(seed, -1, new TraceRecorder.Listener() { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
