package org.backpropstudio.app.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backpropstudio.app.Messages;
import org.backpropstudio.lesson.Diagnosis;
import org.backpropstudio.lesson.QuizScore;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetCheck;
import org.backpropstudio.lesson.WorksheetItem;
import org.backpropstudio.lesson.WorksheetResults;

/**
 * A worksheet's table: one row per item with its number, its symbol, what it is, a field for the
 * answer and the verdict ({@link WorksheetCheck}: right, or wrong with the mistake recognised, named
 * in a word in the verdict and in the quiz's sentence on a line of its own under the row). A
 * cell is checked when the student leaves it (Tab, a click elsewhere) or presses Enter, which also
 * moves on to the next answer (Shift+Enter to the one before); Tab and Shift+Tab move as usual.
 * Each field tells a screen reader which item it is, and its verdict once checked.
 *
 * <p>Node ids: {@code #worksheet-grid}, per item n (from 1) {@code #answer-n}, {@code #verdict-n} and
 * {@code #diagnosis-n} (shown only while the mistake is recognised).
 * Pseudo-classes of a verdict: {@code :right}, {@code :wrong}, {@code :refused}.
 */
final class WorksheetGrid extends GridPane {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    /** The answer column this wide, px. */
    private static final double ANSWER_WIDTH = 150;

    private final Worksheet worksheet;
    private final List<TextField> fields = new ArrayList<>();
    private final List<Label> verdicts = new ArrayList<>();
    private final List<Label> diagnoses = new ArrayList<>();
    /** Each cell's text when it was last checked, and its verdict then. */
    private final List<String> checkedText = new ArrayList<>();
    private final List<WorksheetCheck.Verdict> checked = new ArrayList<>();
    private final ReadOnlyObjectWrapper<WorksheetResults> results = new ReadOnlyObjectWrapper<>(this, "results");

    WorksheetGrid(Worksheet worksheet) {
        this.worksheet = worksheet;
        createView();
        for (int n = 1; n <= fields.size(); n++) {
            checkedText.add("");
            checked.add(WorksheetCheck.check(worksheet.items().get(n - 1), ""));
        }
        publish();
    }

    /** The answers as the fields hold them now, cells changed since their last check checked again. */
    WorksheetResults current() {
        for (int n = 1; n <= fields.size(); n++) {
            if (!fields.get(n - 1).getText().equals(checkedText.get(n - 1))) {
                show(n, verdict(n));
            }
        }
        publish();
        return results.get();
    }

    /** The answers checked so far, as the fields hold them when last checked. */
    ReadOnlyObjectProperty<WorksheetResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** The answers as typed, in item order. */
    List<String> answers() {
        return fields.stream().map(TextField::getText).toList();
    }

    /** Puts {@code answers} (in item order) in the fields and checks every cell. */
    void setAnswers(List<String> answers) {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).setText(i < answers.size() && answers.get(i) != null ? answers.get(i) : "");
        }
        checkAll();
    }

    /** The answer field of item {@code number} (from 1). */
    TextField field(int number) {
        return fields.get(number - 1);
    }

    private void createView() {
        setId("worksheet-grid");
        getStyleClass().add("worksheet-grid");
        addRow(0, header(Messages.get("worksheet.column.item")), header(Messages.get("worksheet.column.quantity")),
                header(Messages.get("worksheet.column.about")), header(Messages.get("worksheet.column.answer")),
                header(Messages.get("worksheet.column.verdict")));
        for (WorksheetItem item : worksheet.items()) {
            int n = item.number();
            Label number = cell(String.valueOf(n), "worksheet-number");
            Label symbol = cell(item.symbol(), "worksheet-symbol");
            Label about = cell(item.question().about(), "worksheet-about");
            TextField answer = new TextField();
            answer.setId("answer-" + n);
            answer.getStyleClass().add("worksheet-answer");
            answer.setPromptText(Messages.get("worksheet.answer.prompt"));
            answer.setAccessibleText(Messages.format("worksheet.answer.accessible", String.valueOf(n),
                    item.symbol(), item.question().about()));
            answer.setPrefColumnCount(10);
            Label verdict = cell("", "worksheet-verdict");
            verdict.setId("verdict-" + n);
            verdict.setAccessibleRole(AccessibleRole.TEXT);
            answer.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    check(n);
                }
            });
            answer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    check(n);
                    int next = e.isShiftDown() ? n - 1 : n + 1;
                    if (next >= 1 && next <= fields.size()) {
                        fields.get(next - 1).requestFocus();
                    }
                    e.consume();
                }
            });
            Label diagnosis = cell("", "worksheet-diagnosis");
            diagnosis.setId("diagnosis-" + n);
            diagnosis.setVisible(false);
            diagnosis.setManaged(false);
            fields.add(answer);
            verdicts.add(verdict);
            diagnoses.add(diagnosis);
            addRow(2 * n - 1, number, symbol, about, answer, verdict);
            add(diagnosis, 2, 2 * n, 3, 1);
        }
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints about = new ColumnConstraints();
        about.setHgrow(Priority.ALWAYS);
        about.setMinWidth(120);
        ColumnConstraints answer = new ColumnConstraints(ANSWER_WIDTH, ANSWER_WIDTH, ANSWER_WIDTH);
        ColumnConstraints verdict = new ColumnConstraints();
        verdict.setHgrow(Priority.SOMETIMES);
        verdict.setMinWidth(120);
        verdict.setPrefWidth(260);
        getColumnConstraints().setAll(fixed, fixed, about, answer, verdict);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("worksheet-header");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.CENTER);
        return label;
    }

    private void checkAll() {
        for (int n = 1; n <= fields.size(); n++) {
            show(n, verdict(n));
        }
        publish();
    }

    /** Checks the cell of item {@code n} (again only if it changed) and updates the results. */
    private void check(int n) {
        if (!fields.get(n - 1).getText().equals(checkedText.get(n - 1))) {
            show(n, verdict(n));
            publish();
        }
    }

    /** The verdict on the cell of item {@code n} as it is now, remembered with its text. */
    private WorksheetCheck.Verdict verdict(int n) {
        String text = fields.get(n - 1).getText();
        WorksheetCheck.Verdict v = WorksheetCheck.check(worksheet.items().get(n - 1), text);
        checkedText.set(n - 1, text);
        checked.set(n - 1, v);
        return v;
    }

    private void publish() {
        results.set(new WorksheetResults(worksheet, checkedText.stream().map(String::strip).toList(), checked));
    }

    private void show(int n, WorksheetCheck.Verdict v) {
        Label verdict = verdicts.get(n - 1);
        Optional<Diagnosis> diagnosis = v.kind() == WorksheetCheck.Kind.WRONG ? v.diagnosis() : Optional.empty();
        String text = switch (v.kind()) {
            case EMPTY -> "";
            case NOT_A_NUMBER -> Messages.get("worksheet.verdict.notNumber");
            case RIGHT -> Messages.get("worksheet.verdict.right");
            case WRONG -> diagnosis
                    .map(d -> Messages.format("worksheet.verdict.diagnosed", QuizScore.name(d.mistake())))
                    .orElse(Messages.get("worksheet.verdict.wrong"));
        };
        verdict.setText(text);
        verdict.pseudoClassStateChanged(RIGHT, v.kind() == WorksheetCheck.Kind.RIGHT);
        verdict.pseudoClassStateChanged(WRONG, v.kind() == WorksheetCheck.Kind.WRONG);
        verdict.pseudoClassStateChanged(REFUSED, v.kind() == WorksheetCheck.Kind.NOT_A_NUMBER);
        Label sentence = diagnoses.get(n - 1);
        sentence.setText(diagnosis.map(Diagnosis::sentence).orElse(""));
        sentence.setVisible(diagnosis.isPresent());
        sentence.setManaged(diagnosis.isPresent());
        String heard = diagnosis.map(d -> text + ". " + d.sentence()).orElse(text);
        verdict.setAccessibleText(text.isEmpty() ? null
                : Messages.format("worksheet.verdict.accessible", String.valueOf(n), heard));
        fields.get(n - 1).setAccessibleHelp(text.isEmpty() ? null : heard);
    }
}
