package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.core.Tolerance;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One implementation of the math: the quiz's answers, computed from a snapshot before the step,
 * are the engine's values to the bit, and its symbols and formulas are the equations that
 * {@link Equations} writes for the step (the equation panel's and the handouts' writer): for every
 * micro-step kind, on seeded random networks (every activation, both losses, full batch, one sample
 * and mini-batches, some parameters locked), for every unit, weight and bias the step writes.
 */
class QuizQuestionTest {
    @ParameterizedTest(name = "random session {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void every_answer_is_the_engines_value_and_every_formula_the_equations(long seed) {
        Random random = new Random(seed);
        Session session = TestSessions.random(random);
        if (seed % 3 == 0 && session.dataset().size() >= 2) {
            int m = session.dataset().size();
            session = new Session(session.name(), session.network(), session.loss(), session.learningRate(),
                    BatchMode.MINI, session.dataset(), 1 + random.nextInt(m), seed);
        }
        StepMachine machine = new StepMachine(session);
        if (seed % 4 == 0) {
            machine.edit(new Edit.LockWeight(1, 0, 0, true));
            machine.edit(new Edit.LockBias(session.network().layers(), 0, true));
        }
        Set<QuizQuestion.Quantity> seen = EnumSet.noneOf(QuizQuestion.Quantity.class);
        int steps = 3 * machine.engine().plan().length() + 3;
        for (int k = 0; k < steps; k++) {
            Snapshot before = Snapshot.of(machine, 16);
            List<QuizQuestion> questions = QuizQuestion.all(before);
            QuizQuestion chosen = QuizQuestion.next(before).orElseThrow();
            MicroStep taken = machine.stepForward();
            Engine e = machine.engine();
            assertThat(questions).isNotEmpty().allSatisfy(q -> assertThat(q.step()).isEqualTo(taken));
            assertThat(questions).anySatisfy(
                    q -> assertThat(q.symbol(Notation.UNICODE)).isEqualTo(chosen.symbol(Notation.UNICODE)));
            for (Notation notation : Notation.values()) {
                List<Equation> equations = new Equations(notation).forStep(e, taken);
                assertThat(questions).hasSameSizeAs(equations);
                for (int i = 0; i < questions.size(); i++) {
                    QuizQuestion q = questions.get(i);
                    Equation eq = equations.get(i);
                    assertThat(List.of(q.symbol(notation), q.symbols(notation), q.numbers(notation)))
                            .as("the formula of %s, step %d", q.symbol(Notation.UNICODE), k)
                            .containsExactly(eq.lhs(), eq.rhs(), eq.substituted());
                    assertThat(q.equation(notation)).isEqualTo(eq);
                }
            }
            for (QuizQuestion q : questions) {
                seen.add(q.quantity());
                double engine = engineValue(e, q);
                assertThat(Double.doubleToRawLongBits(q.answer()))
                        .as("%s at step %d: %s against the engine's %s", q.symbol(Notation.UNICODE), k, q.answer(),
                                engine)
                        .isEqualTo(Double.doubleToRawLongBits(engine));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(QuizQuestion.Quantity.values());
    }

    @Test
    void on_the_seed_example_the_first_iteration_asks_the_textbook_numbers() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        List<String> asked = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        for (int k = 0; k < machine.engine().plan().length(); k++) {
            QuizQuestion q = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
            asked.add(q.question());
            answers.add(q.answer());
            machine.stepForward();
        }
        assertThat(asked).containsExactly("What is z₁⁽¹⁾?", "What is a₁⁽¹⁾?", "What is z₁⁽²⁾?", "What is a₁⁽²⁾?",
                "What is Jₛ?", "What is δ₁⁽²⁾?", "What is δ₁⁽¹⁾?", "What is ∂Jₛ/∂w₁₁⁽²⁾?", "What is ∂Jₛ/∂w₁₁⁽¹⁾?",
                "What is w₁₁⁽²⁾ after the update?");
        double[] expected = {0.3775, 0.593269992, 1.105905967, 0.75136507, 0.274811083, 0.138498562, 0.0133679204,
            0.082167041, 0.000668396, 0.35891648};
        for (int i = 0; i < expected.length; i++) {
            assertThat(answers.get(i)).as(asked.get(i)).isCloseTo(expected[i], within(Tolerance.WORKED_EXAMPLE));
        }
    }

    @Test
    void the_hint_names_the_quantity_and_the_numbers_it_reads() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        QuizQuestion z = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
        assertThat(z.symbols(Notation.UNICODE)).isEqualTo("w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾");
        assertThat(z.numbers(Notation.UNICODE)).isEqualTo("0.15·0.05 + 0.2·0.1 + 0.35");
        assertThat(z.numbers(Notation.LATEX)).isEqualTo("0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35");
        assertThat(z.about()).isEqualTo("the weighted input of unit 1 of hidden layer 1");
        machine.stepForward();
        QuizQuestion a = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
        assertThat(a.symbol(Notation.UNICODE) + " = " + a.symbols(Notation.UNICODE)
                + " = " + a.numbers(Notation.UNICODE))
                .isEqualTo("a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775))");
        assertThat(a.symbol(Notation.LATEX)).isEqualTo("a^{(1)}_{1}");
        for (int k = 0; k < 5; k++) {
            machine.stepForward();
        }
        QuizQuestion hidden = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
        assertThat(hidden.numbers(Notation.UNICODE)).isEqualTo("(0.4·0.138499)·0.59327·(1 − 0.59327)");
        for (int k = 0; k < 3; k++) {
            machine.stepForward();
        }
        QuizQuestion update = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
        assertThat(update.symbols(Notation.UNICODE)).isEqualTo("w₁₁⁽²⁾ − η·∂J/∂w₁₁⁽²⁾");
        assertThat(update.numbers(Notation.UNICODE)).isEqualTo("0.4 − 0.5·0.082167");
    }

    @Test
    void a_locked_weight_keeps_its_value_in_the_answer() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.edit(new Edit.LockWeight(2, 0, 0, true));
        while (machine.engine().step() < machine.engine().plan().length() - 1) {
            machine.stepForward();
        }
        QuizQuestion q = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
        assertThat(q.quantity()).isEqualTo(QuizQuestion.Quantity.WEIGHT);
        assertThat(q.answer()).isEqualTo(0.4);
        machine.stepForward();
        assertThat(machine.engine().weight(2, 0, 0)).isEqualTo(0.4);
    }

    @Test
    void nothing_is_asked_when_the_next_event_is_a_recorded_edit() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        machine.edit(new Edit.SetWeight(1, 0, 0, 0.5));
        machine.stepBack();
        Snapshot s = Snapshot.of(machine, 16);
        assertThat(QuizQuestion.next(s)).isEmpty();
        assertThat(QuizQuestion.all(s)).isEmpty();
    }

    @Test
    void the_tolerance_is_one_percent_or_a_thousandth_near_zero() {
        assertThat(QuizCheck.isRight(0.59, 0.593269992)).isTrue();
        assertThat(QuizCheck.isRight(0.588, 0.593269992)).isTrue();
        assertThat(QuizCheck.isRight(0.58, 0.593269992)).isFalse();
        assertThat(QuizCheck.isRight(0.0, 0.000668)).isTrue();
        assertThat(QuizCheck.isRight(0.002, 0.000668)).isFalse();
        assertThat(QuizCheck.isRight(-0.3775, 0.3775)).isFalse();
        assertThat(QuizCheck.isRight(1e6, Double.POSITIVE_INFINITY)).isFalse();
        assertThat(QuizCheck.isRight(Double.NaN, 1)).isFalse();
    }

    @Test
    void the_score_counts_right_answers_and_streaks() {
        QuizScore s = QuizScore.NONE.after(true).after(true).after(false).after(true);
        assertThat(s).isEqualTo(new QuizScore(3, 4, 1, 2));
        assertThat(s.fraction()).isEqualTo("3 / 4");
    }

    /** The value the engine wrote for the question's quantity in the step just taken. */
    private static double engineValue(Engine e, QuizQuestion q) {
        int l = q.layer();
        int j = q.unit();
        return switch (q.quantity()) {
            case Z -> e.z(l, j);
            case A -> e.a(l, j);
            case LOSS -> e.sampleLoss();
            case DELTA -> e.delta(l, j);
            case WEIGHT_GRADIENT -> e.sampleWeightGradient(l, j, q.from());
            case BIAS_GRADIENT -> e.delta(l, j);
            case WEIGHT -> e.weight(l, j, q.from());
            case BIAS -> e.bias(l, j);
        };
    }
}
