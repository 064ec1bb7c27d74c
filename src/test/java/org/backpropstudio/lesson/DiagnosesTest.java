package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.explain.Notation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each classic mistake is recognised from its wrong variant, and a right answer never is: on 40
 * seeded random sessions (every activation, both losses, full batch, one sample, mini-batches),
 * every question of every micro-step of two iterations is answered with each mistake's variant,
 * computed here by a second implementation from the engine's state after the step (and, for the
 * weights after the update, by stepping the machine on to the update and back). Each mistake must
 * be named as itself in at least {@value #AT_LEAST} sessions, and as itself or a mistake of higher
 * priority that gives the same value wherever its variant is not the right value.
 */
class DiagnosesTest {
    private static final int SESSIONS = 40;
    /** How many sessions must recognise each mistake as itself. */
    private static final int AT_LEAST = 3;

    /** A wrong answer to put to the quiz: the question, the mistake, its value, the session. */
    private record Case(QuizQuestion question, Mistake mistake, double answer, long session) {
    }

    private static List<Case> cases;
    private static List<QuizQuestion> questions;

    @TestFactory
    Stream<DynamicTest> each_mistake_is_recognised_from_its_variant() {
        collect();
        return Arrays.stream(Mistake.values()).map(m -> DynamicTest.dynamicTest(m.id(), () -> recognised(m)));
    }

    @Test
    void a_right_answer_is_never_a_mistake() {
        collect();
        assertThat(questions).hasSizeGreaterThan(1000);
        for (QuizQuestion q : questions) {
            double truth = q.answer();
            for (double answer : new double[] {truth, truth * 1.009, truth * 0.991, truth + 0.0009, truth - 0.0009}) {
                assertThat(Diagnoses.of(q, answer)).as("%s answered %s (right: %s)", q.symbol(Notation.UNICODE),
                        answer, truth).isEmpty();
            }
        }
    }

    @Test
    void an_answer_far_from_every_variant_gets_no_diagnosis() {
        QuizQuestion a = seedQuestionAfter(1);
        assertThat(Diagnoses.of(a, 0.7)).isEmpty();
        assertThat(Diagnoses.of(a, Double.NaN)).isEmpty();
    }

    @Test
    void on_the_seed_example_z_for_a_is_named_with_its_equation_and_card() {
        QuizQuestion a = seedQuestionAfter(1);
        Diagnosis d = Diagnoses.of(a, 0.3775).orElseThrow();
        assertThat(d.mistake()).isEqualTo(Mistake.Z_FOR_A);
        assertThat(d.mistake().id()).isEqualTo("z-for-a");
        assertThat(d.variant()).isEqualTo(0.3775);
        assertThat(d.sentence()).isEqualTo("You gave z₁⁽¹⁾ = 0.3775, the weighted input: the activation was not "
                + "applied. The step is a₁⁽¹⁾ = σ(z₁⁽¹⁾).");
        assertThat(d.equation().line()).isEqualTo("a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775)) = 0.59327");
        LessonCardLink card = d.card().orElseThrow();
        assertThat(card.lesson()).isEqualTo("seed-walkthrough");
        assertThat(card.card()).isEqualTo(2);
        assertThat(card.describe()).isEqualTo("The worked example, step by step, card 3: Activations");
    }

    @Test
    void the_loss_without_its_half_is_named_and_links_the_loss_card() {
        QuizQuestion loss = seedQuestionAfter(4);
        assertThat(loss.quantity()).isEqualTo(QuizQuestion.Quantity.LOSS);
        // J = ½(0.75136507 − 0.01)² = 0.274811; without the ½ it is 0.549622
        Diagnosis d = Diagnoses.of(loss, 0.5496).orElseThrow();
        assertThat(d.mistake()).isEqualTo(Mistake.HALF_LEFT_OUT);
        assertThat(d.sentence()).startsWith("You gave 0.549622, the squared errors without the ½");
        assertThat(cardTrigger(d.card().orElseThrow()).kind()).isEqualTo(MicroStep.Kind.LOSS);
        assertThat(Diagnoses.of(loss, -0.2748)).as("a minus is a cross-entropy mistake").isEmpty();
    }

    @Test
    void the_hidden_delta_with_the_updated_weights_links_the_card_on_the_weights_used() {
        QuizQuestion delta = seedQuestionAfter(6);
        assertThat(delta.symbol(Notation.UNICODE)).isEqualTo("δ₁⁽¹⁾");
        // w₁₁⁽²⁾ after the update is 0.35891648: (0.35891648·0.138498562)·0.59327·(1 − 0.59327)
        Diagnosis d = Diagnoses.of(delta, 0.011994).orElseThrow();
        assertThat(d.mistake()).isEqualTo(Mistake.WEIGHTS_AFTER_UPDATE);
        assertThat(d.card().orElseThrow().heading()).isEqualTo("Sending δ back");
    }

    @Test
    void a_bias_gradient_times_the_bias_is_named_and_links_the_gradient_card() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        QuizQuestion bias = null;
        while (bias == null) {
            machine.stepForward();
            bias = QuizQuestion.all(Snapshot.of(machine, 16)).stream()
                    .filter(q -> q.quantity() == QuizQuestion.Quantity.BIAS_GRADIENT).findFirst().orElse(null);
        }
        assertThat(bias.symbol(Notation.UNICODE)).isEqualTo("∂Jₛ/∂b₁⁽²⁾");
        // δ₁⁽²⁾ = 0.138498562 and b₁⁽²⁾ = 0.60: δ·b = 0.0830991
        Diagnosis d = Diagnoses.of(bias, 0.0831).orElseThrow();
        assertThat(d.mistake()).isEqualTo(Mistake.BIAS_INPUT_NOT_ONE);
        assertThat(d.mistake().id()).isEqualTo("bias-input-not-one");
        assertThat(d.sentence()).startsWith("You gave 0.0830991, δ times b₁⁽²⁾: the bias is added to z with the "
                + "constant input 1");
        assertThat(cardTrigger(d.card().orElseThrow()).kind()).isEqualTo(MicroStep.Kind.GRADIENT);
        // the δ left without its f′ carries into the bias's gradient: a − y = 0.74136507
        assertThat(Diagnoses.of(bias, 0.7414).orElseThrow().mistake()).isEqualTo(Mistake.DERIVATIVE_LEFT_OUT);
        assertThat(QuizScore.NONE.after(false, Mistake.BIAS_INPUT_NOT_ONE).mistakeCounts())
                .isEqualTo("bias input not 1 ×1");
    }

    @Test
    void every_diagnosis_on_the_worked_example_links_the_card_of_its_step() {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        Set<MicroStep.Kind> linked = EnumSet.noneOf(MicroStep.Kind.class);
        for (int k = 0; k < machine.engine().plan().length(); k++) {
            for (QuizQuestion q : QuizQuestion.all(Snapshot.of(machine, 16))) {
                for (Variants.Variant v : Variants.of(q)) {
                    Optional<Diagnosis> d = Diagnoses.of(q, v.value());
                    d.ifPresent(found -> {
                        Trigger when = cardTrigger(found.card().orElseThrow());
                        assertThat(when.kind()).as(found.sentence()).isEqualTo(q.step().kind());
                        linked.add(q.step().kind());
                    });
                }
            }
            machine.stepForward();
        }
        assertThat(linked).containsExactlyInAnyOrder(MicroStep.Kind.Z, MicroStep.Kind.A, MicroStep.Kind.LOSS,
                MicroStep.Kind.DELTA, MicroStep.Kind.GRADIENT, MicroStep.Kind.UPDATE);
    }

    /** The quiz's question on the seed example after {@code steps} micro-steps. */
    private static QuizQuestion seedQuestionAfter(int steps) {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        for (int k = 0; k < steps; k++) {
            machine.stepForward();
        }
        return QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
    }

    private static Trigger cardTrigger(LessonCardLink link) {
        try {
            LessonLibrary library = LessonLibrary.builtIn();
            Lesson lesson = library.load(library.entries().stream().filter(e -> e.id().equals(link.lesson()))
                    .findFirst().orElseThrow());
            assertThat(lesson.title()).isEqualTo(link.lessonTitle());
            return lesson.cards().get(link.card()).when();
        } catch (LessonFormatException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_score_counts_each_mistake() {
        QuizScore s = QuizScore.NONE.after(false, Mistake.Z_FOR_A).after(true).after(false, Mistake.Z_FOR_A)
                .after(false, Mistake.BIAS_LEFT_OUT).after(false);
        assertThat(s.right()).isEqualTo(1);
        assertThat(s.asked()).isEqualTo(5);
        assertThat(s.count(Mistake.Z_FOR_A)).isEqualTo(2);
        assertThat(s.count(Mistake.BIAS_LEFT_OUT)).isEqualTo(1);
        assertThat(s.count(Mistake.SIGN_FLIPPED)).isZero();
        assertThat(s.mistakeCounts()).isEqualTo("z for a ×2 · bias left out ×1");
        assertThat(QuizScore.NONE.after(true).after(false)).isEqualTo(new QuizScore(1, 2, 0, 1));
    }

    /** Every case of {@code m} is diagnosed as m or as a mistake of higher priority that gives the same value. */
    private static void recognised(Mistake m) {
        Set<Long> sessions = new HashSet<>();
        int tried = 0;
        for (Case c : cases) {
            if (c.mistake() != m || QuizCheck.isRight(c.answer(), c.question().answer())) {
                continue;
            }
            tried++;
            Optional<Diagnosis> d = Diagnoses.of(c.question(), c.answer());
            String what = c.question().symbol(Notation.UNICODE) + " answered " + c.answer() + " (right: "
                    + c.question().answer() + ") in session " + c.session();
            assertThat(d).as(what).isPresent();
            assertThat(d.get().mistake()).as(what).isLessThanOrEqualTo(m);
            assertThat(QuizCheck.isRight(c.answer(), d.get().variant())).as(what).isTrue();
            assertThat(d.get().sentence()).as(what).contains("The step is ").doesNotContain("{");
            if (d.get().mistake() == m) {
                sessions.add(c.session());
            }
        }
        assertThat(sessions).as("sessions where %s was recognised, of %d tried", m.id(), tried)
                .hasSizeGreaterThanOrEqualTo(AT_LEAST);
    }

    // ----------------------------------------------------------------------------------------
    // The cases: a second implementation of each mistake's variant
    // ----------------------------------------------------------------------------------------

    private static synchronized void collect() {
        if (cases != null) {
            return;
        }
        cases = new ArrayList<>();
        questions = new ArrayList<>();
        for (long seed = 1; seed <= SESSIONS; seed++) {
            StepMachine machine = new StepMachine(session(seed));
            int steps = 2 * machine.engine().plan().length();
            for (int k = 0; k < steps; k++) {
                List<QuizQuestion> asked = QuizQuestion.all(Snapshot.of(machine, 16));
                MicroStep taken = machine.stepForward();
                boolean needsAfter = taken.kind() == MicroStep.Kind.DELTA || taken.kind() == MicroStep.Kind.GRADIENT;
                double[][][] after = needsAfter ? weightsAfterUpdate(machine) : null;
                for (QuizQuestion q : asked) {
                    questions.add(q);
                    variants(machine.engine(), q, after, seed);
                }
            }
        }
    }

    /** A random session; every third one in mini-batches (when it has two samples or more). */
    private static Session session(long seed) {
        Random random = new Random(seed);
        Session s = TestSessions.random(random);
        int m = s.dataset().size();
        return seed % 3 != 0 || m < 2 ? s : new Session(s.name(), s.network(), s.loss(), s.learningRate(),
                BatchMode.MINI, s.dataset(), 2 + random.nextInt(m - 1), seed);
    }

    /** The weights as the iteration's update leaves them: the machine stepped on to it and back. */
    private static double[][][] weightsAfterUpdate(StepMachine machine) {
        int taken = 0;
        while (machine.engine().step() < machine.engine().plan().length()) {
            machine.stepForward();
            taken++;
        }
        Engine e = machine.engine();
        double[][][] w = new double[e.layers() + 1][][];
        for (int l = 1; l <= e.layers(); l++) {
            w[l] = new double[e.units(l)][e.units(l - 1)];
            for (int j = 0; j < e.units(l); j++) {
                for (int k = 0; k < e.units(l - 1); k++) {
                    w[l][j][k] = e.weight(l, j, k);
                }
            }
        }
        for (int i = 0; i < taken; i++) {
            machine.stepBack();
        }
        return w;
    }

    private static void variants(Engine e, QuizQuestion q, double[][][] after, long seed) {
        int l = q.layer();
        int j = q.unit();
        int k = q.from();
        List<Case> found = new ArrayList<>();
        switch (q.quantity()) {
            case Z -> {
                double z = e.z(l, j);
                found.add(new Case(q, Mistake.A_FOR_Z, activation(e, l, j, l, false), seed));
                found.add(new Case(q, Mistake.BIAS_LEFT_OUT, z - e.bias(l, j), seed));
                if (e.units(l - 1) >= 2) {
                    found.add(new Case(q, Mistake.TERM_LEFT_OUT, z - e.weight(l, j, 1) * e.a(l - 1, 1), seed));
                }
            }
            case A -> {
                found.add(new Case(q, Mistake.Z_FOR_A, e.z(l, j), seed));
                found.add(new Case(q, Mistake.ACTIVATION_TWICE, activation(e, l, j, l, true), seed));
            }
            case LOSS -> {
                int out = e.layers();
                if (e.loss() == Loss.SQUARED_ERROR) {
                    double sum = 0;
                    for (int u = 0; u < e.units(out); u++) {
                        sum += (e.a(out, u) - e.target(u)) * (e.a(out, u) - e.target(u));
                    }
                    found.add(new Case(q, Mistake.HALF_LEFT_OUT, sum, seed));
                } else {
                    found.add(new Case(q, Mistake.MINUS_LEFT_OUT, -e.sampleLoss(), seed));
                }
            }
            case DELTA -> found.addAll(deltas(e, q, after, seed));
            case BIAS_GRADIENT -> {
                // ∂Jₛ/∂b = δ: every mistake in δ carries over, and δ times the bias or an input
                found.addAll(deltas(e, q, after, seed));
                found.add(new Case(q, Mistake.BIAS_INPUT_NOT_ONE, e.delta(l, j) * e.bias(l, j), seed));
                found.add(new Case(q, Mistake.BIAS_INPUT_NOT_ONE, e.delta(l, j) * e.a(l - 1, 0), seed));
            }
            case WEIGHT_GRADIENT -> {
                found.add(new Case(q, Mistake.WRONG_LAYER_ACTIVATION, e.delta(l, j) * e.a(l, j), seed));
                if (k < e.units(l) && j < e.units(l - 1)) {
                    found.add(new Case(q, Mistake.TRANSPOSED_INDEX, e.delta(l, k) * e.a(l - 1, j), seed));
                }
            }
            case WEIGHT -> {
                if (!e.isWeightLocked(l, j, k)) {
                    double w = e.weightBefore(l, j, k);
                    double g = e.weightGradient(l, j, k);
                    found.add(new Case(q, Mistake.UPDATE_PLUS, w + e.learningRate() * g, seed));
                    found.add(new Case(q, Mistake.UPDATE_WITHOUT_RATE, w - g, seed));
                    if (e.samplesPerIteration() > 1) {
                        found.add(new Case(q, Mistake.SUM_NOT_AVERAGE,
                                w - e.learningRate() * e.samplesPerIteration() * g, seed));
                    }
                }
            }
            default -> {
            }
        }
        cases.addAll(found);
    }

    private static List<Case> deltas(Engine e, QuizQuestion q, double[][][] after, long seed) {
        int l = q.layer();
        int j = q.unit();
        double a = e.a(l, j);
        List<Case> found = new ArrayList<>();
        if (l == e.layers()) {
            double error = a - e.target(j);
            found.add(new Case(q, Mistake.SIGN_FLIPPED, -e.delta(l, j), seed));
            if (e.loss() == Loss.CROSS_ENTROPY) {
                found.add(new Case(q, Mistake.EXTRA_DERIVATIVE, error * a * (1 - a), seed));
            } else {
                found.add(new Case(q, Mistake.DERIVATIVE_LEFT_OUT, error, seed));
                Activation f = e.activation(l);
                if (f == Activation.SIGMOID) {
                    double s = 1 / (1 + Math.exp(-a));
                    found.add(new Case(q, Mistake.DERIVATIVE_AT_A, error * s * (1 - s), seed));
                } else if (f == Activation.TANH) {
                    double t = Math.tanh(a);
                    found.add(new Case(q, Mistake.DERIVATIVE_AT_A, error * (1 - t * t), seed));
                }
            }
            return found;
        }
        double sum = 0;
        double sumAfter = 0;
        for (int k = 0; k < e.units(l + 1); k++) {
            sum += e.weight(l + 1, k, j) * e.delta(l + 1, k);
            sumAfter += after[l + 1][k][j] * e.delta(l + 1, k);
        }
        double slope = switch (e.activation(l)) {
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case RELU -> e.z(l, j) > 0 ? 1 : 0;
            case LEAKY_RELU -> e.z(l, j) > 0 ? 1 : Activation.LEAKY_SLOPE;
            default -> 1;
        };
        found.add(new Case(q, Mistake.DERIVATIVE_LEFT_OUT, sum, seed));
        found.add(new Case(q, Mistake.WEIGHTS_AFTER_UPDATE, sumAfter * slope, seed));
        if (e.units(l + 1) >= 2) {
            found.add(new Case(q, Mistake.TERM_LEFT_OUT,
                    (sum - e.weight(l + 1, 0, j) * e.delta(l + 1, 0)) * slope, seed));
        }
        return found;
    }

    /**
     * f⁽ˡ⁾ of unit j applied to layer {@code l}'s z (or, {@code twice}, to its a), written out here
     * from the textbook formulas.
     */
    private static double activation(Engine e, int layer, int j, int l, boolean twice) {
        Activation f = e.activation(layer);
        double x = twice ? e.a(l, j) : e.z(l, j);
        return switch (f) {
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(0, x);
            case LEAKY_RELU -> x > 0 ? x : Activation.LEAKY_SLOPE * x;
            case LINEAR -> x;
            case SOFTMAX -> {
                double sum = 0;
                for (int k = 0; k < e.units(l); k++) {
                    sum += Math.exp(twice ? e.a(l, k) : e.z(l, k));
                }
                yield Math.exp(x) / sum;
            }
        };
    }
}
