package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No lost work: every command that puts another session in place of the open one (New from preset,
 * Open recent, a lesson's buttons, a file dropped on the window) asks Save / Don't save / Cancel
 * when there are unsaved changes, as closing does; hand edits and new work on the timeline mark
 * the session unsaved, and the title shows it.
 */
@ExtendWith(ApplicationExtension.class)
class AskBeforeReplacingTest {
    private static final String SEED = "Seed example (2-2-1)";
    private static final String XOR = "XOR (2-2-1)";

    @TempDir
    Path dir;
    private TestWindow test;
    private StudioModel model;
    private MainWindow window;
    private RecoveryFile recovery;

    @Start
    void start(Stage stage) {
        recovery = new RecoveryFile(dir.resolve("recovery.backprop.json"));
        test = new TestWindow(stage, new RecentFiles(dir.resolve("recent.txt")), recovery);
        model = test.model;
        window = test.window;
    }

    /** The documents of a window on {@code stage}, with their own recent files in the test's folder. */
    private Documents documents(Stage stage) {
        return new Documents(stage, new RecentFiles(dir.resolve("recent.txt")));
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private void settle() throws Exception {
        test.settle();
    }

    private double weight() {
        return model.snapshotProperty().get().weight(2, 0, 0);
    }

    /** Sets w₁₁⁽²⁾ to 0.5 in the diagram's editor, as a student does. */
    private void editAWeightByHand(FxRobot robot) throws Exception {
        robot.clickOn("#w-2-0-0");
        robot.write("0.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> weight() == 0.5);
        robot.type(KeyCode.ESCAPE);
        settle();
    }

    /** File › New from preset › the preset {@code id}. */
    private static void newFromPreset(FxRobot robot, String id) throws Exception {
        Menus.chooseInFileSubmenu(robot, "New from preset", "#preset-" + id);
    }

    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup("#unsaved-question").tryQueryAs(DialogPane.class)
                .filter(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing());
    }

    /** Clicks the question's button {@code text} (Save, Don't save, Cancel). */
    private static void answer(FxRobot robot, String text) {
        DialogPane pane = question(robot).orElseThrow(() -> new AssertionError("no question was asked"));
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getText().equals(text)).findFirst()
                .orElseThrow();
        robot.clickOn(pane.lookupButton(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A session file in the test's folder, a copy of the seed example preset. */
    private Path sessionFile(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = Documents.class.getResourceAsStream(
                "/org/backpropstudio/presets/seed-example.backprop.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /**
     * Drags {@code files} from outside the window over it and, if the window accepts them, drops
     * them; returns the transfer accepted, or null. The events are made here (TestFX cannot drag
     * from another application) with a dragboard as the toolkit makes one, and fired on the
     * window's content, so that the window's own handlers take them.
     */
    private TransferMode drag(FxRobot robot, File... files) {
        TransferMode[] accepted = new TransferMode[1];
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(fromOutside());
            ClipboardContent content = new ClipboardContent();
            if (files.length == 0) {
                content.putString("not a file");
            } else {
                content.putFiles(List.of(files));
            }
            board.setContent(content);
            Node target = window.root();
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, 640, 400, 640, 400, TransferMode.COPY,
                    null, null, null);
            Event.fireEvent(target, over);
            accepted[0] = over.getAcceptedTransferMode();
            if (accepted[0] != null) {
                Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, board, 640, 400, 640, 400, accepted[0],
                        null, null, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return accepted[0];
    }

    /**
     * The data of a drag that another application started: the toolkit's local clipboard, which
     * offers to copy or move it (a local clipboard alone has no transfer modes: it is no drag).
     */
    private static TKClipboard fromOutside() {
        TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
        return (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class},
                (proxy, method, args) -> method.getName().equals("getTransferModes")
                        ? EnumSet.of(TransferMode.COPY, TransferMode.MOVE)
                        : method.invoke(local, args));
    }

    @Test
    void a_hand_edit_marks_the_session_unsaved_and_new_from_preset_asks_where_cancel_keeps_it(FxRobot robot)
            throws Exception {
        assertThat(window.title().get()).isEqualTo(SEED + " — Backprop Studio");
        editAWeightByHand(robot);
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(window.title().get()).as("the title shows it").isEqualTo("• " + SEED + " — Backprop Studio");

        newFromPreset(robot, "xor");
        assertThat(question(robot)).isPresent();
        assertThat(question(robot).get().getHeaderText())
                .isEqualTo("Save the changes to " + SEED + " before opening another session?");
        answer(robot, "Cancel");
        settle();
        assertThat(question(robot)).isEmpty();
        assertThat(model.sessionNameProperty().get()).isEqualTo(SEED);
        assertThat(weight()).as("the edit is still there").isEqualTo(0.5);
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void dont_save_replaces_the_session_and_deletes_its_recovery_copy(FxRobot robot) throws Exception {
        editAWeightByHand(robot);
        robot.interact(window::autosave);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(recovery.path()));

        newFromPreset(robot, "xor");
        answer(robot, "Don't save");
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo(XOR);
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(window.title().get()).isEqualTo(XOR + " — Backprop Studio");
        assertThat(recovery.path()).doesNotExist();
    }

    @Test
    void save_writes_the_file_that_is_open_then_replaces(FxRobot robot) throws Exception {
        Path file = sessionFile("lecture.backprop.json");
        assertThat(drag(robot, file.toFile())).isEqualTo(TransferMode.COPY);
        settle();
        assertThat(window.documentFile()).isEqualTo(file);
        editAWeightByHand(robot);

        newFromPreset(robot, "xor");
        answer(robot, "Save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> XOR.equals(model.sessionNameProperty().get()));
        settle();
        assertThat(Files.readString(file)).as("the edit saved in the file that was open").contains("set-weight");
        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(window.documentFile()).as("a preset has no file").isNull();
    }

    @Test
    void without_unsaved_changes_nothing_is_asked_and_new_steps_are_unsaved_changes(FxRobot robot) throws Exception {
        robot.clickOn("#step-forward").clickOn("#step-back");
        settle();
        assertThat(model.dirtyProperty().get()).as("a step past the end").isTrue();
        newFromPreset(robot, "xor");
        answer(robot, "Don't save");
        settle();

        robot.interact(() -> model.iterations(2));
        robot.interact(() -> model.markSaved(XOR));
        robot.clickOn("#reset").clickOn("#step-forward");
        settle();
        assertThat(model.dirtyProperty().get()).as("moving inside the recorded history").isFalse();
        newFromPreset(robot, "seed-example");
        assertThat(question(robot)).isEmpty();
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo(SEED);
    }

    @Test
    void a_session_file_dropped_on_the_window_opens_after_asking_and_other_drags_are_refused(FxRobot robot)
            throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a session");
        Path file = sessionFile("dropped.backprop.json");
        assertThat(drag(robot, text.toFile())).isNull();
        assertThat(drag(robot, file.toFile(), sessionFile("other.json").toFile())).as("two files").isNull();
        assertThat(drag(robot)).as("no file").isNull();

        robot.clickOn("#step-forward");
        settle();
        assertThat(drag(robot, file.toFile())).isEqualTo(TransferMode.COPY);
        answer(robot, "Don't save");
        settle();
        assertThat(window.documentFile()).isEqualTo(file);
        assertThat(model.positionProperty().get()).as("the file's session, from its start").isZero();

        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"backprop-studio/1\", \"name\": ");
        assertThat(drag(robot, bad.toFile())).isEqualTo(TransferMode.COPY);
        assertThat(question(robot)).as("nothing unsaved").isEmpty();
        Labeled problem = robot
                .lookup((Node n) -> n instanceof Labeled l && "Could not open bad.json".equals(l.getText()))
                .queryAs(Labeled.class);
        assertThat(problem).as("the same dialog as File › Open").isNotNull();
        robot.clickOn("OK");
        assertThat(window.documentFile()).as("the open session stays").isEqualTo(file);

        robot.clickOn("#step-forward");
        settle();
        Menus.chooseInFileSubmenu(robot, "Open recent", "#recent-0");
        answer(robot, "Cancel");
        settle();
        assertThat(model.positionProperty().get()).as("File › Open recent asked, and Cancel kept the step")
                .isEqualTo(1);
    }

    /**
     * Clicks the lesson's button {@code id}, its card first scrolled just far enough to show it, as
     * a student would (the robot's scroll wheel does not reach a scroll pane under Monocle).
     */
    private static void clickLessonButton(FxRobot robot, String id) {
        ScrollPane scroll = robot.lookup("#lesson-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node button = robot.lookup(id).query();
            Node content = scroll.getContent();
            double below = content.sceneToLocal(button.localToScene(button.getBoundsInLocal())).getMaxY();
            double viewport = scroll.getViewportBounds().getHeight();
            double range = content.getBoundsInLocal().getHeight() - viewport;
            if (below > viewport + range * scroll.getVvalue() && range > 0) {
                scroll.setVvalue(Math.min(1, (below - viewport) / range));
            }
        });
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_lessons_buttons_ask_too_and_its_session_is_saved_to_a_new_file(FxRobot robot) throws Exception {
        Path file = sessionFile("lecture.backprop.json");
        drag(robot, file.toFile());
        settle();
        byte[] before = Files.readAllBytes(file);
        editAWeightByHand(robot);

        robot.clickOn(robot.lookup(".tab-label").match(n -> n instanceof Labeled l && "Lesson".equals(l.getText()))
                .queryAs(Labeled.class));
        robot.clickOn("#lesson-choice").clickOn("XOR: why a hidden layer is needed");
        clickLessonButton(robot, "#lesson-start");
        answer(robot, "Don't save");
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo(XOR);
        assertThat(window.documentFile()).as("Save asks for a new file").isNull();
        assertThat(Files.readAllBytes(file)).as("the file that was open is left as it was").isEqualTo(before);

        clickLessonButton(robot, "#lesson-action-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.lossesProperty().get().count() == 500);
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo("XOR with one unit (2-1)");
        assertThat(model.dirtyProperty().get()).as("500 iterations of new work").isTrue();
        clickLessonButton(robot, "#lesson-action-0");
        answer(robot, "Cancel");
        settle();
        assertThat(model.sessionNameProperty().get()).as("cancelled: the lesson's session stays")
                .isEqualTo("XOR with one unit (2-1)");
        assertThat(model.lossesProperty().get().count()).isEqualTo(500);
        clickLessonButton(robot, "#lesson-action-0");
        answer(robot, "Don't save");
        settle();
        assertThat(model.sessionNameProperty().get()).isEqualTo(XOR);
    }

    @Test
    void closing_with_unsaved_changes_asks_the_same_question(FxRobot robot) throws Exception {
        ScheduledExecutorService ownEngine = StudioApp.newEngineThread();
        RecoveryFile ownRecovery = new RecoveryFile(dir.resolve("own-recovery.backprop.json"));
        Stage own = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        Documents documents = documents(own);
        StudioModel ownModel = new StudioModel(documents.initialSession(Optional.empty()).session(), ownEngine,
                FxThread.UI);
        MainWindow closing = WaitForAsyncUtils.asyncFx(() -> new MainWindow(ownModel, documents,
                documents.initialSession(Optional.empty()), ownRecovery)).get();
        robot.interact(() -> closing.show(own));
        robot.interact(() -> ownModel.iterations(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, ownModel.idle());
        robot.interact(closing::autosave);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(ownRecovery.path()));
        try {
            WaitForAsyncUtils.asyncFx(() -> own.fireEvent(new WindowEvent(own, WindowEvent.WINDOW_CLOSE_REQUEST)));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> question(robot).isPresent());
            assertThat(question(robot).get().getHeaderText())
                    .isEqualTo("Save the changes to " + SEED + " before closing?");
            answer(robot, "Cancel");
            assertThat(own.isShowing()).isTrue();

            WaitForAsyncUtils.asyncFx(() -> own.fireEvent(new WindowEvent(own, WindowEvent.WINDOW_CLOSE_REQUEST)));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> question(robot).isPresent());
            answer(robot, "Don't save");
            assertThat(own.isShowing()).isFalse();
            assertThat(ownRecovery.path()).doesNotExist();
        } finally {
            robot.interact(own::hide);
            ownEngine.shutdownNow();
        }
    }
}
