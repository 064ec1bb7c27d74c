package org.backpropstudio.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.io.Presets;
import org.junit.jupiter.api.Test;

/**
 * The words of the lessons and the quiz in {@code words.properties}: every key the code reads is
 * there, every key there is read, each value suits the way it is read, and a translation beside it
 * is used for its locale without a change to the code, the symbols staying as they are.
 */
class LessonWordsTest extends BundleContract {
    private static final String NO_TITLE = "{\"format\": \"backprop-studio-lesson/1\", \"session\": \"seed-example\","
            + " \"cards\": [{\"when\": {\"at\": \"start\"}, \"text\": \"Hi\"}]}";

    LessonWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/lesson/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/lesson/words_xx.properties"),
                "LessonWords", "quiz.question", "trigger.computed");
    }

    @Test
    void english_reads_as_before() {
        QuizQuestion first = QuizQuestion.next(Snapshot.of(new StepMachine(TestSessions.seedExample()), 16))
                .orElseThrow();
        assertThat(first.question()).isEqualTo("What is z₁⁽¹⁾?");
        assertThat(first.about()).isEqualTo("the weighted input of unit 1 of hidden layer 1");
        assertThat(QuizScore.NONE.after(true).after(false).fraction()).isEqualTo("1 / 2");
        assertThatThrownBy(() -> LessonFile.parse(NO_TITLE, name -> Optional.empty(), Presets.onClassPath()))
                .hasMessage("$.title: expected the lesson's title, found nothing");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() throws Exception {
        StepMachine machine = new StepMachine(TestSessions.seedExample());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            QuizQuestion first = QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow();
            assertThat(first.question()).as("the symbol is not translated").isEqualTo("[xx] z₁⁽¹⁾ = ?");
            assertThat(first.about()).as("a key the translation lacks")
                    .isEqualTo("the weighted input of unit 1 of hidden layer 1");
            assertThatThrownBy(() -> LessonFile.parse(NO_TITLE, name -> Optional.empty(), Presets.onClassPath()))
                    .as("the io bundle's translation writes the line")
                    .hasMessage("[xx] $.title ≠ [xx] title (nothing)");
            Lesson seed = LessonLibrary.builtIn().load("seed-walkthrough.lesson.json");
            assertThat(seed.cards()).anySatisfy(c -> assertThat(c.when().describe()).isEqualTo("[xx] z⁽¹⁾ ✓"));
        } finally {
            Locale.setDefault(before);
        }
        assertThat(QuizQuestion.next(Snapshot.of(machine, 16)).orElseThrow().question()).isEqualTo("What is z₁⁽¹⁾?");
    }
}
