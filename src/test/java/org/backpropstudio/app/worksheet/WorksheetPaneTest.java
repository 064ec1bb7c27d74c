package org.backpropstudio.app.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.lesson.Diagnoses;
import org.backpropstudio.lesson.Diagnosis;
import org.backpropstudio.lesson.Mistake;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The worksheet table on the seed example: answers typed with the keyboard are checked cell by
 * cell, the score follows, and the answers are saved and opened again.
 */
@ExtendWith(ApplicationExtension.class)
class WorksheetPaneTest {
    private final FxErrors fxErrors = new FxErrors();
    private Stage stage;
    private Worksheet worksheet;
    private WorksheetPane pane;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        this.stage = stage;
        worksheet = WorksheetLibrary.read(Path.of("assets/worksheets/seed-example.worksheet.json"));
        pane = new WorksheetPane(worksheet, Runnable::run, null);
        stage.setScene(new Scene(pane, 980, 640));
        stage.show();
    }

    @AfterEach
    void noErrors() {
        fxErrors.assertNone();
    }

    private static Label verdict(FxRobot robot, int n) {
        return robot.lookup("#verdict-" + n).queryAs(Label.class);
    }

    private static TextField answer(FxRobot robot, int n) {
        return robot.lookup("#answer-" + n).queryAs(TextField.class);
    }

    private static boolean is(Label label, String state) {
        return label.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state));
    }

    private static String score(FxRobot robot) {
        return robot.lookup("#worksheet-score").queryAs(Label.class).getText();
    }

    private static void await(CompletableFuture<Void> done) throws Exception {
        done.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeFourAnswers(FxRobot robot) {
        robot.clickOn("#answer-1").write("0.3775").type(KeyCode.ENTER);
        robot.write("0.3925").type(KeyCode.TAB);
        robot.write("0.3775").type(KeyCode.ENTER);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typed_answers_are_checked_cell_by_cell_and_enter_and_tab_move_on(FxRobot robot) {
        assertThat(score(robot)).isEqualTo("0 / 28 right (0 answered)");
        robot.clickOn("#answer-1").write("0.3775");
        assertThat(verdict(robot, 1).getText()).as("not checked while typing").isEmpty();
        robot.type(KeyCode.ENTER);
        assertThat(answer(robot, 2).isFocused()).as("Enter moves to the next answer").isTrue();
        assertThat(verdict(robot, 1).getText()).isEqualTo("✓ Right");
        assertThat(is(verdict(robot, 1), "right")).isTrue();

        robot.write("0.3925").type(KeyCode.TAB);
        assertThat(answer(robot, 3).isFocused()).as("Tab moves to the next answer").isTrue();
        assertThat(verdict(robot, 2).getText()).isEqualTo("✓ Right");

        robot.write("0.3775").type(KeyCode.ENTER);
        Diagnosis zForA = Diagnoses.of(worksheet.items().get(2).question(), 0.3775).orElseThrow();
        assertThat(zForA.mistake()).as("z₁⁽¹⁾ given for a₁⁽¹⁾").isEqualTo(Mistake.Z_FOR_A);
        assertThat(verdict(robot, 3).getText()).isEqualTo("✗ z for a");
        assertThat(is(verdict(robot, 3), "wrong")).isTrue();
        Label sentence = robot.lookup("#diagnosis-3").queryAs(Label.class);
        assertThat(sentence.isVisible()).isTrue();
        assertThat(sentence.getText()).isEqualTo(zForA.sentence()).startsWith("You gave z₁⁽¹⁾ = 0.3775");
        assertThat(verdict(robot, 3).getAccessibleText()).isEqualTo("Item 3: ✗ z for a. " + zForA.sentence());
        assertThat(robot.lookup("#diagnosis-1").queryAs(Label.class).isVisible()).as("a right answer").isFalse();

        robot.write("abc").type(KeyCode.ENTER);
        assertThat(verdict(robot, 4).getText()).isEqualTo("Not a number");
        assertThat(is(verdict(robot, 4), "refused")).isTrue();
        assertThat(score(robot)).isEqualTo("2 / 28 right (3 answered)");

        assertThat(answer(robot, 5).isFocused()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(answer(robot, 4).isFocused()).as("Shift+Enter goes back").isTrue();
    }

    @Test
    void the_cell_the_keyboard_is_in_is_scrolled_into_view(FxRobot robot) {
        robot.clickOn("#answer-1");
        for (int n = 1; n < 20; n++) {
            robot.type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        TextField twenty = answer(robot, 20);
        assertThat(twenty.isFocused()).isTrue();
        var scroll = robot.lookup("#worksheet-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        var view = scroll.localToScene(scroll.getLayoutBounds());
        var field = twenty.localToScene(twenty.getLayoutBounds());
        assertThat(field.getMinY()).isGreaterThanOrEqualTo(view.getMinY());
        assertThat(field.getMaxY()).isLessThanOrEqualTo(view.getMaxY());
    }

    @Test
    void a_screen_reader_hears_which_item_a_field_is_and_its_verdict(FxRobot robot) {
        assertThat(answer(robot, 3).getAccessibleText())
                .isEqualTo("Item 3, a₁⁽¹⁾: the activation of unit 1 of hidden layer 1. Your answer");
        robot.clickOn("#answer-1").write("0.3775").type(KeyCode.ENTER);
        assertThat(answer(robot, 1).getAccessibleHelp()).isEqualTo("✓ Right");
        assertThat(verdict(robot, 1).getAccessibleText()).isEqualTo("Item 1: ✓ Right");
    }

    @Test
    void answers_are_saved_and_opened_again_in_a_fresh_table(FxRobot robot) throws Exception {
        typeFourAnswers(robot);
        Path file = temp.resolve("answers.csv");
        await(Fx.call(() -> pane.saveAnswers(file)));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(29);
        assertThat(lines.get(0)).isEqualTo("item,quantity,answer,correct,value,diagnosis");
        assertThat(lines.get(1)).isEqualTo("1,z₁⁽¹⁾,0.3775,true,0.3775,");
        assertThat(lines.get(3)).startsWith("3,a₁⁽¹⁾,0.3775,false,0.5932699921071872,");
        assertThat(lines.get(4)).startsWith("4,a₂⁽¹⁾,abc,false,");

        WorksheetPane fresh = Fx.call(() -> {
            WorksheetPane p = new WorksheetPane(worksheet, Runnable::run, null);
            stage.getScene().setRoot(p);
            return p;
        });
        pane = fresh;
        await(Fx.call(() -> fresh.openAnswers(file)));
        assertThat(robot.lookup("#worksheet-problem").queryAs(Label.class).getText()).isEmpty();
        assertThat(answer(robot, 1).getText()).isEqualTo("0.3775");
        assertThat(answer(robot, 3).getText()).isEqualTo("0.3775");
        assertThat(verdict(robot, 1).getText()).isEqualTo("✓ Right");
        assertThat(is(verdict(robot, 3), "wrong")).isTrue();
        assertThat(answer(robot, 4).getText()).isEqualTo("abc");
        assertThat(verdict(robot, 4).getText()).isEqualTo("Not a number");
        assertThat(score(robot)).isEqualTo("2 / 28 right (3 answered)");

        Path broken = temp.resolve("broken.csv");
        Files.writeString(broken, "item,answer\n1,0.1\n30,1\n");
        await(Fx.call(() -> fresh.openAnswers(broken)));
        assertThat(robot.lookup("#worksheet-problem").queryAs(Label.class).getText())
                .isEqualTo("Could not read broken.csv: line 3: item 30: the worksheet has 28 items");
        assertThat(answer(robot, 1).getText()).as("a file refused changes nothing").isEqualTo("0.3775");
    }

    @Test
    void the_menu_lists_the_built_in_worksheets_and_exports_the_one_open(FxRobot robot) throws Exception {
        WorksheetMenu menu = new WorksheetMenu(() -> stage, Runnable::run, null);
        List<String> ids = Fx.call(() -> menu.worksheetsMenu().getItems().stream().map(MenuItem::getId).toList());
        assertThat(ids).containsExactly("worksheet-seed-example", "worksheet-blobs-softmax", null,
                "worksheet-open-file");
        var export = Fx.call(menu::exportMenu);
        assertThat(export.isDisable()).isTrue();
        await(Fx.call(() -> menu.open(() -> WorksheetLibrary.builtIn().load("blobs-softmax").orElseThrow())));
        assertThat(menu.paneProperty().get().worksheet().title()).isEqualTo("Softmax and cross-entropy by hand");
        assertThat(export.isDisable()).isFalse();
        assertThat(menu.stage().isShowing()).isTrue();
        Path key = temp.resolve("key.md");
        WorksheetPane open = menu.paneProperty().get();
        await(Fx.call(() -> menu.export(key, out -> org.backpropstudio.lesson.WorksheetHandout.write(open.worksheet(),
                org.backpropstudio.lesson.WorksheetHandout.Kind.KEY, org.backpropstudio.io.TraceMarkdown.style(),
                out))));
        assertThat(Files.readString(key)).startsWith("# Softmax and cross-entropy by hand: answer key");
        Fx.run(() -> menu.stage().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu.paneProperty().get()).isNull();
        assertThat(export.isDisable()).isTrue();
    }
}
