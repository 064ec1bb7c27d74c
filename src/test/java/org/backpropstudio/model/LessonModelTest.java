package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.backpropstudio.core.Session;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.LessonLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson tab's state without a window: a real engine thread and a hand-driven "UI thread" queue. */
class LessonModelTest {
    private static final LessonLibrary LIBRARY = LessonLibrary.folder(Path.of("assets/lessons"));

    private final HandDrivenUi threads = new HandDrivenUi();
    private final ScheduledExecutorService engine = threads.engine();
    private final StudioModel model = threads.model(seedWalkthroughSession());
    /** The sessions the lessons opened, in order. */
    private final List<String> opened = new ArrayList<>();
    private final LessonModel.Opener opener = (session, then) -> {
        opened.add(session.name());
        model.open(session);
        then.run();
    };

    private static Session seedWalkthroughSession() {
        try {
            return LIBRARY.load("seed-walkthrough.lesson.json").session();
        } catch (LessonFormatException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void stop() {
        threads.close();
    }

    private void settle() throws Exception {
        threads.settle();
    }

    private LessonModel lessons() throws Exception {
        LessonModel lessons = new LessonModel(model, LIBRARY, opener);
        settle();
        return lessons;
    }

    private static String text(LessonModel lessons) {
        return lessons.cardProperty().get().text().plainText();
    }

    @Test
    void the_first_lesson_is_chosen_and_its_first_card_applies_at_the_start() throws Exception {
        LessonModel lessons = lessons();
        assertThat(lessons.entries()).extracting(LessonLibrary.Entry::id).startsWith("seed-walkthrough", "xor");
        assertThat(lessons.entryProperty().get().id()).isEqualTo("seed-walkthrough");
        assertThat(lessons.getLesson().title()).isEqualTo("The worked example, step by step");
        assertThat(lessons.liveCardProperty().get()).isZero();
        assertThat(lessons.shownCardProperty().get()).isZero();
        assertThat(lessons.cardProperty().get()).isSameAs(lessons.getLesson().cards().get(0));
        assertThat(lessons.bannerProperty().get()).isEqualTo(LessonModel.Banner.NONE);
        assertThat(lessons.problemProperty().get()).isNull();
        assertThat(lessons.startedProperty().get()).isFalse();
        assertThat(lessons.canGoPreviousProperty().get()).isFalse();
        assertThat(lessons.canGoNextProperty().get()).isTrue();
        assertThat(lessons.arrivalsProperty().get()).as("the first card does not arrive, it is there").isZero();
    }

    @Test
    void a_step_brings_the_next_card_and_a_step_back_the_one_before() throws Exception {
        LessonModel lessons = lessons();
        model.stepForward();
        settle();
        assertThat(lessons.liveCardProperty().get()).isEqualTo(1);
        assertThat(lessons.shownCardProperty().get()).isEqualTo(1);
        assertThat(text(lessons)).contains("0.3775");
        assertThat(lessons.startedProperty().get()).isTrue();
        assertThat(lessons.arrivalsProperty().get()).isEqualTo(1);

        model.stepBack();
        settle();
        assertThat(lessons.liveCardProperty().get()).isZero();
        assertThat(lessons.arrivalsProperty().get()).as("a card that comes back arrives too").isEqualTo(2);
        assertThat(lessons.startedProperty().get()).isFalse();
    }

    @Test
    void browsing_shows_other_cards_until_follow_or_the_next_step() throws Exception {
        LessonModel lessons = lessons();
        model.stepForward();
        model.stepForward();
        settle();
        lessons.previous();
        assertThat(lessons.shownCardProperty().get()).isEqualTo(1);
        assertThat(lessons.browsingProperty().get()).isTrue();
        assertThat(lessons.canFollowProperty().get()).isTrue();
        lessons.next();
        lessons.next();
        assertThat(text(lessons)).contains("1.105905967");
        lessons.follow();
        assertThat(lessons.shownCardProperty().get()).isEqualTo(2);
        assertThat(lessons.browsingProperty().get()).isFalse();

        lessons.goTo(0);
        lessons.previous();
        assertThat(lessons.shownCardProperty().get()).as("no card before the first").isZero();
        assertThat(lessons.canGoPreviousProperty().get()).isFalse();
        model.stepForward();
        settle();
        assertThat(lessons.browsingProperty().get()).isFalse();
        assertThat(lessons.shownCardProperty().get()).isEqualTo(3);
    }

    @Test
    void a_cards_button_runs_its_commands_on_the_model() throws Exception {
        LessonModel lessons = lessons();
        model.iterations(1);
        model.stepForward();
        settle();
        assertThat(text(lessons)).startsWith("Iteration 2");
        lessons.perform(lessons.cardProperty().get().actions().get(0));
        settle();
        assertThat(model.lossesProperty().get().count()).isEqualTo(101);
        assertThat(text(lessons)).startsWith("At iteration 100");
    }

    @Test
    void a_lesson_on_another_session_says_so_and_start_opens_it_through_the_opener() throws Exception {
        LessonModel lessons = lessons();
        lessons.choose("xor");
        settle();
        assertThat(lessons.getLesson().title()).isEqualTo("XOR: why a hidden layer is needed");
        assertThat(lessons.bannerProperty().get()).isEqualTo(LessonModel.Banner.OTHER_SESSION);
        assertThat(lessons.liveCardProperty().get()).isEqualTo(-1);
        assertThat(lessons.shownCardProperty().get()).as("the first card is shown meanwhile").isZero();

        lessons.start();
        settle();
        assertThat(opened).containsExactly("XOR (2-2-1)");
        assertThat(lessons.bannerProperty().get()).isEqualTo(LessonModel.Banner.NONE);
        assertThat(lessons.liveCardProperty().get()).isZero();

        lessons.perform(lessons.cardProperty().get().actions().get(0));
        settle();
        assertThat(opened).containsExactly("XOR (2-2-1)", "XOR with one unit (2-1)");
        assertThat(lessons.liveCardProperty().get()).isEqualTo(2);
    }

    @Test
    void a_session_the_lesson_is_about_but_no_card_fits_is_off_track(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eta.lesson.json");
        Files.writeString(file, "{\"format\": \"backprop-studio-lesson/1\", \"title\": \"At η = 0.5\","
                + " \"session\": \"seed-example\","
                + " \"cards\": [{\"when\": {\"learningRate\": 0.5}, \"text\": \"η is 0.5.\","
                + " \"actions\": [{\"label\": \"Set η to 5\", \"learningRate\": 5}]}]}");
        LessonModel lessons = lessons();
        lessons.openFile(file);
        settle();
        assertThat(lessons.entryProperty().get().title()).isEqualTo("At η = 0.5");
        assertThat(lessons.entries()).last().isEqualTo(lessons.entryProperty().get());
        assertThat(lessons.liveCardProperty().get()).isZero();

        lessons.perform(lessons.cardProperty().get().actions().get(0));
        settle();
        assertThat(model.snapshotProperty().get().session().learningRate()).isEqualTo(5);
        assertThat(lessons.bannerProperty().get()).isEqualTo(LessonModel.Banner.OFF_TRACK);
        assertThat(lessons.liveCardProperty().get()).isEqualTo(-1);
        assertThat(opened).as("setting η opens nothing").isEmpty();

        int before = lessons.entries().size();
        lessons.openFile(file);
        assertThat(lessons.entries()).as("the same file again replaces its entry").hasSize(before);
    }

    @Test
    void a_lesson_that_cannot_be_read_is_a_problem_and_the_lesson_stays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.lesson.json");
        Files.writeString(file, "{\"format\": \"backprop-studio-lesson/1\", \"title\": \"B\","
                + " \"session\": \"seed-example\","
                + " \"cards\": [{\"when\": {\"kind\": \"delta\", \"layer\": 7}, \"text\": \"x\"}]}");
        LessonModel lessons = lessons();
        lessons.openFile(file);
        assertThat(lessons.problemProperty().get().kind()).isEqualTo(LessonModel.Problem.Kind.READ);
        assertThat(lessons.problemProperty().get().detail())
                .contains("broken.lesson.json: $.cards[0].when.layer: expected a layer from 1 to 2");
        assertThat(lessons.getLesson().title()).isEqualTo("The worked example, step by step");
        assertThat(lessons.entries()).noneMatch(e -> e.title().equals("B"));

        lessons.choose("xor");
        assertThat(lessons.problemProperty().get()).as("a lesson read clears the problem").isNull();
    }

    @Test
    void a_library_without_an_index_is_a_problem_and_offers_no_lesson(@TempDir Path dir) throws Exception {
        LessonModel lessons = new LessonModel(model, LessonLibrary.folder(dir), opener);
        settle();
        assertThat(lessons.problemProperty().get().kind()).isEqualTo(LessonModel.Problem.Kind.LIST);
        assertThat(lessons.problemProperty().get().detail()).contains("index.json");
        assertThat(lessons.entries()).isEmpty();
        assertThat(lessons.getLesson()).isNull();
        assertThat(lessons.cardProperty().get()).isNull();
        assertThat(lessons.bannerProperty().get()).isEqualTo(LessonModel.Banner.NONE);
        assertThat(lessons.canGoNextProperty().get()).isFalse();
        lessons.start();
        lessons.next();
        assertThat(opened).isEmpty();
    }

    @Test
    void opening_a_session_is_left_to_the_opener_which_may_decline() throws Exception {
        List<Session> asked = new ArrayList<>();
        LessonModel lessons = new LessonModel(model, LIBRARY, (session, then) -> asked.add(session));
        settle();
        lessons.choose("xor");
        lessons.start();
        settle();
        assertThat(asked).extracting(Session::name).containsExactly("XOR (2-2-1)");
        assertThat(lessons.bannerProperty().get()).as("declined: nothing changed")
                .isEqualTo(LessonModel.Banner.OTHER_SESSION);
    }
}
