package org.backpropstudio.app.quiz;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.lesson.MathText;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.lesson.CardText;
import org.backpropstudio.lesson.QuizQuestion;
import org.backpropstudio.model.QuizModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The verdict of {@link QuizModel} on the last answer: "Right!" or "Not quite" with the value, what
 * the student said and how far off it was, and the right computation (the step's own equation).
 * Hidden while there is no verdict.
 *
 * <p>Node ids: {@code #quiz-feedback} (pseudo-classes {@code :right}, {@code :wrong}) with
 * {@code #quiz-verdict}, {@code #quiz-said}, {@code #quiz-explanation} (typeset) and
 * {@code #quiz-explanation-text} (the same as one line of Unicode, hidden).
 */
final class QuizFeedbackView extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);
    private static final Numbers LATEX_NUMBERS = new Numbers(Notation.LATEX);
    /** A computation up to this long is quoted in the verdict line itself ("σ(0.3775)"). */
    private static final int SHORT = 14;

    private final Label verdict = new Label();
    private final Label said = new Label();
    private final MathText explanation;
    private final Label explanationText = new Label();

    /** The verdicts of {@code quiz}, the explanation typeset by {@code typesetter}. */
    QuizFeedbackView(QuizModel quiz, MathMasks typesetter) {
        this.explanation = new MathText(typesetter);
        createView();
        quiz.verdictProperty().addListener((obs, old, now) -> show(now));
        show(quiz.verdictProperty().get());
    }

    /** Whether the explanation is still being typeset. */
    boolean isTypesetting() {
        return explanation.isTypesetting();
    }

    private void createView() {
        setId("quiz-feedback");
        getStyleClass().add("quiz-feedback");
        verdict.setId("quiz-verdict");
        verdict.getStyleClass().add("quiz-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(USE_PREF_SIZE);
        said.setId("quiz-said");
        said.getStyleClass().add("quiz-said");
        said.setWrapText(true);
        said.setMinHeight(USE_PREF_SIZE);
        explanation.setId("quiz-explanation");
        explanationText.setId("quiz-explanation-text");
        explanationText.setVisible(false);
        explanationText.setManaged(false);
        getChildren().setAll(verdict, said, explanation, explanationText);
    }

    /** Shows {@code v}, or hides the feedback if it is null. */
    private void show(QuizModel.Verdict v) {
        setVisible(v != null);
        setManaged(v != null);
        if (v == null) {
            return;
        }
        QuizQuestion q = v.question();
        String value = NUMBERS.format(q.answer());
        String line = q.symbol(Notation.UNICODE) + " = " + q.numbers(Notation.UNICODE) + " = " + value;
        String shortLine = q.numbers(Notation.UNICODE).length() <= SHORT ? line
                : q.symbol(Notation.UNICODE) + " = " + value;
        verdict.setText(Messages.format(v.right() ? "quiz.right" : "quiz.wrong", shortLine));
        verdict.setGraphic(new FontIcon(v.right() ? "mdal-check_circle" : "mdal-cancel"));
        said.setText(v.right() ? Messages.format("quiz.said", NUMBERS.format(v.guess()))
                : Messages.format("quiz.said.more", NUMBERS.format(v.guess()), distance(v)));
        Equation unicode = v.explanation(Notation.UNICODE);
        Equation latex = v.explanation(Notation.LATEX);
        String markup = latex != null ? latexLine(latex)
                : q.symbol(Notation.LATEX) + " = " + q.symbols(Notation.LATEX) + " = " + q.numbers(Notation.LATEX)
                        + " = " + LATEX_NUMBERS.format(q.answer());
        explanation.setText(CardText.parse("$" + markup + "$"));
        explanationText.setText(unicode != null ? unicode.line() : line);
        pseudoClassStateChanged(RIGHT, v.right());
        pseudoClassStateChanged(WRONG, !v.right());
    }

    /** How far off {@code v}'s guess was, in words, to help the next one. */
    private static String distance(QuizModel.Verdict v) {
        return switch (v.miss()) {
            case SIGN -> Messages.get("quiz.distance.sign");
            case FACTOR -> Messages.format("quiz.distance.factor",
                    NUMBERS.format(v.factor()).replaceAll("(\\.\\d).*", "$1"));
            case NEAR -> Messages.get("quiz.distance.none");
        };
    }

    /** lhs = rhs = substituted = result in LaTeX, a part left out if empty or the same as the next. */
    private static String latexLine(Equation e) {
        List<String> parts = new ArrayList<>(List.of(e.lhs(), e.rhs(), e.substituted(), e.result()));
        parts.removeIf(String::isEmpty);
        for (int i = parts.size() - 2; i >= 0; i--) {
            if (parts.get(i).equals(parts.get(i + 1))) {
                parts.remove(i);
            }
        }
        return String.join(" = ", parts);
    }
}
