package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.io.Presets;
import org.junit.jupiter.api.Test;

/** When each kind of trigger fires, on XOR (4 samples per iteration, N = 4·9 + 1 = 37 micro-steps). */
class TriggerTest {
    private final Session xor = TestSessions.xor(3);

    private Trigger trigger(String when) throws LessonFormatException {
        String json = "{\"format\": \"" + LessonFile.FORMAT + "\", \"title\": \"t\", \"session\": \"xor\","
                + "\"cards\": [{\"when\": " + when + ", \"text\": \"x\"}]}";
        Lesson lesson = LessonFile.parse(json, name -> Optional.empty(), Presets.onClassPath());
        Trigger t = lesson.cards().get(0).when();
        return new Trigger(t.moment(), t.kind(), t.layer(), t.phase(), t.sample(), t.iteration(), t.completed(),
                xor.name(), t.learningRate(), t.lossBelow(), t.lossAbove(), t.diverged());
    }

    /** The number of micro-steps after which {@code t} has first fired, stepping from the start. */
    private long firstFiredAt(Trigger t, long limit) {
        StepMachine m = new StepMachine(xor);
        for (long k = 0; k <= limit; k++) {
            if (t.hasFired(Snapshot.of(m, 16))) {
                return k;
            }
            m.stepForward();
        }
        return -1;
    }

    @Test
    void moments_fire_at_their_micro_step() throws LessonFormatException {
        assertThat(firstFiredAt(trigger("{\"at\": \"start\"}"), 100)).isZero();
        assertThat(firstFiredAt(trigger("{\"kind\": \"z\", \"layer\": 1}"), 100)).isEqualTo(1);
        assertThat(firstFiredAt(trigger("{\"kind\": \"a\", \"layer\": 2}"), 100)).isEqualTo(4);
        assertThat(firstFiredAt(trigger("{\"kind\": \"loss\"}"), 100)).isEqualTo(5);
        assertThat(firstFiredAt(trigger("{\"kind\": \"delta\", \"layer\": 1}"), 100)).isEqualTo(7);
        assertThat(firstFiredAt(trigger("{\"kind\": \"z\", \"layer\": 1, \"sample\": 2}"), 100)).isEqualTo(10);
        assertThat(firstFiredAt(trigger("{\"phase\": \"backward\"}"), 100)).isEqualTo(6);
        assertThat(firstFiredAt(trigger("{\"phase\": \"forward\", \"sample\": 3}"), 100)).isEqualTo(19);
        assertThat(firstFiredAt(trigger("{\"after\": \"update\"}"), 100)).isEqualTo(37);
        assertThat(firstFiredAt(trigger("{\"iteration\": 2}"), 100)).isEqualTo(38);
        assertThat(firstFiredAt(trigger("{\"kind\": \"loss\", \"iteration\": 2}"), 100)).isEqualTo(42);
        assertThat(firstFiredAt(trigger("{\"completed\": 2}"), 100)).isEqualTo(74);
    }

    @Test
    void a_moment_stays_fired_until_the_cursor_goes_back_before_it() throws LessonFormatException {
        Trigger loss = trigger("{\"kind\": \"loss\"}");
        StepMachine m = new StepMachine(xor);
        m.iterations(3);
        assertThat(loss.hasFired(Snapshot.of(m, 16))).isTrue();
        m.seek(5);
        assertThat(loss.hasFired(Snapshot.of(m, 16))).isTrue();
        m.stepBack();
        assertThat(loss.hasFired(Snapshot.of(m, 16))).isFalse();
    }

    @Test
    void conditions_hold_or_not_now() throws LessonFormatException {
        StepMachine m = new StepMachine(xor);
        Trigger below = trigger("{\"lossBelow\": 0.2}");
        Trigger above = trigger("{\"lossAbove\": 0.2}");
        Trigger rate = trigger("{\"learningRate\": 2}");
        Trigger calm = trigger("{\"diverged\": false}");
        Snapshot start = Snapshot.of(m, 16);
        assertThat(below.hasFired(start)).as("no loss yet").isFalse();
        assertThat(above.hasFired(start)).isFalse();
        assertThat(rate.hasFired(start)).isTrue();
        assertThat(calm.hasFired(start)).isTrue();
        m.iterations(1);
        double J = m.losses().groupMin(0);
        assertThat(below.hasFired(Snapshot.of(m, 16))).isEqualTo(J < 0.2);
        assertThat(above.hasFired(Snapshot.of(m, 16))).isEqualTo(J > 0.2);
        m.edit(new Edit.SetLearningRate(0.5));
        assertThat(rate.hasFired(Snapshot.of(m, 16))).isFalse();
    }

    @Test
    void the_loss_has_blown_up_at_ten_times_its_first_value_or_at_a_number_that_is_not_finite() throws Exception {
        Lesson lesson = BuiltInLessonsTest.lesson("learning-rate");
        StepMachine m = new StepMachine(lesson.session());
        m.iterations(3);
        assertThat(Trigger.hasDiverged(Snapshot.of(m, 16))).as("J = 65 after 6.75").isFalse();
        m.iterations(1);
        assertThat(Trigger.hasDiverged(Snapshot.of(m, 16))).as("J = 202 after 6.75").isTrue();
        m.iterations(2000);
        assertThat(m.isDiverged()).isTrue();
        assertThat(Trigger.hasDiverged(Snapshot.of(m, 16))).isTrue();
    }

    @Test
    void a_trigger_describes_itself() throws LessonFormatException {
        assertThat(trigger("{\"at\": \"start\"}").describe()).isEqualTo("at the start");
        assertThat(trigger("{\"kind\": \"z\", \"layer\": 1}").describe()).isEqualTo("when z⁽¹⁾ is computed");
        assertThat(trigger("{\"kind\": \"delta\", \"layer\": 2, \"sample\": 2, \"iteration\": 3}").describe())
                .isEqualTo("when δ⁽²⁾ is computed for sample 2 in iteration 3");
        assertThat(trigger("{\"phase\": \"backward\"}").describe()).isEqualTo("when the backward pass begins");
        assertThat(trigger("{\"completed\": 500, \"lossBelow\": 0.01}").describe())
                .isEqualTo("after 500 iterations, once J < 0.01");
        assertThat(trigger("{\"diverged\": true}").describe()).isEqualTo("once the loss has blown up");
    }
}
