package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's walkthrough driven by the step machine: the card at each micro-step of the first
 * iteration quotes the number that step computes, and stepping back brings the earlier card back.
 */
class SeedWalkthroughTest {
    private Lesson lesson;
    private StepMachine machine;

    @BeforeEach
    void load() throws LessonFormatException {
        lesson = BuiltInLessonsTest.lesson("seed-walkthrough");
        machine = new StepMachine(lesson.session());
    }

    private int card() {
        return lesson.cardIndex(Snapshot.of(machine, 16));
    }

    private String text() {
        return lesson.cards().get(card()).text().plainText();
    }

    @Test
    void each_micro_step_of_the_first_iteration_brings_the_card_that_quotes_its_number() {
        assertThat(card()).isZero();
        assertThat(text()).contains("Step forward");
        List<String> quotes = List.of("0.3775", "0.593269992", "1.105905967", "0.75136507", "0.274811083",
                "0.138498562", "0.0133679", "0.082167041", "0.000668", "0.35891648");
        List<Integer> cards = new ArrayList<>();
        for (String quote : quotes) {
            machine.stepForward();
            cards.add(card());
            assertThat(text()).as("the card after %s", machine.engine().lastStep()).contains(quote);
        }
        assertThat(cards).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(machine.engine().weight(2, 0, 0))
                .isEqualTo(0.35891648, org.assertj.core.api.Assertions.within(Tolerance.WORKED_EXAMPLE));
    }

    @Test
    void stepping_back_returns_to_the_earlier_card() {
        for (int k = 0; k < 5; k++) {
            machine.stepForward();
        }
        assertThat(text()).contains("0.274811083");
        machine.stepBack();
        assertThat(text()).contains("0.75136507");
        machine.stepBack();
        machine.stepBack();
        machine.stepBack();
        assertThat(text()).contains("0.3775");
        machine.stepBack();
        assertThat(card()).isZero();
    }

    @Test
    void the_later_cards_follow_the_iterations() {
        machine.iterations(1);
        assertThat(text()).contains("0.35891648");
        machine.stepForward();
        assertThat(text()).startsWith("Iteration 2");
        machine.iterations(99);
        assertThat(machine.engine().completedIterations()).isEqualTo(100);
        assertThat(text()).startsWith("At iteration 100");
        machine.iterations(900);
        assertThat(text()).startsWith("At iteration 1000");
        machine.reset();
        assertThat(card()).isZero();
    }

    @Test
    void another_session_has_no_card_of_this_lesson() {
        StepMachine other = new StepMachine(TestSessions.xor(1));
        Snapshot s = Snapshot.of(other, 16);
        assertThat(lesson.cardIndex(s)).isEqualTo(-1);
        assertThat(lesson.isAbout(s)).isFalse();
    }
}
