package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * The built-in lessons under assets/lessons: the index, every lesson and the sessions it opens,
 * every formula typesets, and the two lessons that make a claim about training make it true.
 */
class BuiltInLessonsTest {
    static final Path FOLDER = Path.of("assets/lessons");
    static final LessonLibrary LIBRARY = LessonLibrary.folder(FOLDER);

    static Stream<LessonLibrary.Entry> entries() throws LessonFormatException {
        return LIBRARY.entries().stream();
    }

    static Lesson lesson(String id) throws LessonFormatException {
        return LIBRARY.load(LIBRARY.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void the_index_lists_the_four_lessons_in_course_order() throws LessonFormatException {
        assertThat(LIBRARY.entries()).extracting(LessonLibrary.Entry::id)
                .containsExactly("seed-walkthrough", "xor", "vanishing-gradients", "learning-rate");
        assertThat(LIBRARY.entries()).allSatisfy(e -> {
            assertThat(e.title()).isNotBlank();
            assertThat(e.summary()).isNotBlank();
        });
    }

    @Test
    void on_the_class_path_the_built_in_lessons_are_the_same_once_the_pom_copies_them() throws LessonFormatException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                LessonLibrary.class.getResource(LessonLibrary.RESOURCES + LessonLibrary.INDEX) != null,
                "assets/lessons is not on the class path yet"
                        + " (pom <resource> with targetPath org/backpropstudio/lessons)");
        LessonLibrary builtIn = LessonLibrary.builtIn();
        assertThat(builtIn.entries()).isEqualTo(LIBRARY.entries());
        for (LessonLibrary.Entry entry : builtIn.entries()) {
            assertThat(builtIn.load(entry).cards()).hasSameSizeAs(LIBRARY.load(entry).cards());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void each_lesson_loads_with_a_valid_session_and_cards_that_typeset(LessonLibrary.Entry entry)
            throws LessonFormatException {
        Lesson lesson = LIBRARY.load(entry);
        assertThat(lesson.title()).isEqualTo(entry.title());
        assertThat(lesson.cards()).isNotEmpty();
        assertThat(lesson.cards().get(0).when().moment()).isEqualTo(Trigger.Moment.START);
        assertThat(lesson.cards().get(0).when().sessionName()).isEqualTo(lesson.session().name());
        assertThatCode(() -> new StepMachine(lesson.session()).iterations(1)).doesNotThrowAnyException();
        for (Card card : lesson.cards()) {
            assertThat(card.text().plainText()).isNotBlank().doesNotContain("**").doesNotContain("$");
            for (String math : card.text().math()) {
                assertThatCode(() -> new TeXFormula(math)).as(math).doesNotThrowAnyException();
            }
            for (LessonAction action : card.actions()) {
                assertThat(action.label()).isNotBlank();
                if (action.opens()) {
                    assertThat(lesson.sessionNames()).as("a session the lesson opens has cards")
                            .contains(action.session().name());
                }
            }
        }
    }

    @Test
    void the_readme_documents_every_member_of_the_format() throws Exception {
        String readme = Files.readString(FOLDER.resolve("README.md"));
        Stream.of(LessonFile.TOP, LessonFile.CARD, TriggerReader.WHEN, LessonFile.ACTION).flatMap(java.util.Set::stream)
                .forEach(member -> assertThat(readme).as("README mentions " + member).contains("`" + member + "`"));
        assertThat(readme).contains(LessonFile.FORMAT);
    }

    @Test
    void vanishing_gradients_delta_shrinks_from_the_output_to_layer_1_by_a_big_factor() throws LessonFormatException {
        Lesson lesson = lesson("vanishing-gradients");
        double[] delta = deltasAfterOneBackwardPass(lesson.session());
        int L = delta.length - 1;
        for (int l = L - 1; l >= 1; l--) {
            assertThat(Math.abs(delta[l])).as("|δ⁽%d⁾| < |δ⁽%d⁾| / 4", l, l + 1).isLessThan(Math.abs(delta[l + 1]) / 4);
        }
        assertThat(Math.abs(delta[L]) / Math.abs(delta[1])).isGreaterThan(1000);

        Session relu = lesson.cards().stream().flatMap(c -> c.actions().stream())
                .filter(a -> a.opens() && a.session().name().contains("ReLU")).findFirst().orElseThrow().session();
        double[] kept = deltasAfterOneBackwardPass(relu);
        assertThat(kept[1]).as("with ReLU δ⁽¹⁾ = δ⁽ᴸ⁾").isEqualTo(kept[L]);
    }

    @Test
    void a_learning_rate_too_large_diverges_and_the_lessons_smaller_rates_converge() throws LessonFormatException {
        Lesson lesson = lesson("learning-rate");
        double[] large = losses(lesson.session(), 30);
        assertThat(large[29]).as("J after 30 iterations at η = %s", lesson.session().learningRate())
                .isGreaterThan(1e6 * large[0]);
        for (int i = 1; i < 30; i++) {
            assertThat(large[i]).as("J grows at every iteration").isGreaterThan(large[i - 1]);
        }
        List<LessonAction> restarts = lesson.cards().stream().flatMap(c -> c.actions().stream())
                .filter(a -> a.opens() && a.setsLearningRate() && a.learningRate() < lesson.session().learningRate())
                .toList();
        assertThat(restarts).extracting(LessonAction::learningRate).contains(0.5, 0.7);
        for (LessonAction restart : restarts) {
            double[] small = losses(restart.sessionToOpen(), 300);
            assertThat(small[299]).as("J after 300 iterations at η = %s", restart.learningRate())
                    .isLessThan(1e-6 * small[0]);
        }
        double[] oscillating = losses(
                restarts.stream().filter(a -> a.learningRate() == 0.7).findFirst().orElseThrow().sessionToOpen(), 8);
        assertThat(oscillating[7]).isLessThan(oscillating[0]);
    }

    /** δ⁽ˡ⁾ of the first sample after the backward pass of the first iteration, l = 1..L (index 0 unused). */
    private static double[] deltasAfterOneBackwardPass(Session session) {
        Engine e = new Engine(session);
        int L = e.layers();
        for (int k = 0; k < 3 * L + 1; k++) {
            e.takeStep();
        }
        double[] delta = new double[L + 1];
        for (int l = 1; l <= L; l++) {
            delta[l] = e.delta(l, 0);
        }
        return delta;
    }

    private static double[] losses(Session session, int iterations) {
        Engine e = new Engine(session);
        double[] J = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            J[i] = e.runIteration();
        }
        return J;
    }
}
