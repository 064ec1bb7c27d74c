package org.backpropstudio.app.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.lesson.MathText;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.lesson.CardText;
import org.backpropstudio.lesson.Diagnoses;
import org.backpropstudio.lesson.Diagnosis;
import org.backpropstudio.lesson.LessonCardLink;
import org.backpropstudio.lesson.QuizQuestion;
import org.backpropstudio.model.QuizModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The verdict of {@link QuizModel} on the last answer: "Right!" or "Not quite" with the value, the
 * mistake a wrong answer was recognised as (one sentence, {@link Diagnoses}) with a link to the
 * lesson card that explains the step, what the student said and how far off it was, and the right
 * computation (the step's own equation: the corrected step). Hidden while there is no verdict; it
 * stays until the next answer or Skip replaces it.
 *
 * <p>Node ids: {@code #quiz-feedback} (pseudo-classes {@code :right}, {@code :wrong}) with
 * {@code #quiz-verdict}, {@code #quiz-diagnosis} (shown for a recognised mistake), {@code #quiz-said},
 * {@code #quiz-explanation} (typeset), {@code #quiz-explanation-text} (the same as one line of
 * Unicode, hidden) and {@code #quiz-card} (a link, shown with a diagnosis that has a card).
 */
final class QuizFeedbackView extends VBox {
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);
    /** A computation up to this long is quoted in the verdict line itself ("0.6 + 0.2"). */
    private static final int SHORT = 14;

    private final Label verdict = new Label();
    private final Label said = new Label();
    private final MathText explanation;
    private final Label explanationText = new Label();
    private final Label diagnosis = new Label();
    private final Hyperlink card = new Hyperlink();
    /** What a click on the card's link does; nothing until the window sets it. */
    private Consumer<LessonCardLink> onOpenCard = link -> { };
    /** The card the link on screen opens. */
    private LessonCardLink cardShown;

    /** The verdicts of {@code quiz}, the explanation typeset by {@code typesetter}. */
    QuizFeedbackView(QuizModel quiz, MathMasks typesetter) {
        this.explanation = new MathText(typesetter);
        createView();
        quiz.verdictProperty().addListener((obs, old, now) -> show(now));
        show(quiz.verdictProperty().get());
    }

    /** What a click on the link to a lesson card does. */
    void setOnOpenCard(Consumer<LessonCardLink> action) {
        onOpenCard = action;
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
        diagnosis.setId("quiz-diagnosis");
        diagnosis.getStyleClass().add("quiz-diagnosis");
        diagnosis.setWrapText(true);
        diagnosis.setMinHeight(USE_PREF_SIZE);
        diagnosis.setGraphic(new FontIcon("mdal-lightbulb"));
        card.setId("quiz-card");
        card.getStyleClass().add("quiz-card");
        card.setWrapText(true);
        card.setMinHeight(USE_PREF_SIZE);
        card.setGraphic(new FontIcon("mdal-book"));
        card.setOnAction(e -> {
            if (cardShown != null) {
                onOpenCard.accept(cardShown);
            }
        });
        // The link to the card right under the diagnosis it belongs to, so that both are in view in
        // a short panel (1280 × 720) before the corrected step, which may need a scroll there.
        getChildren().setAll(verdict, diagnosis, card, said, explanation, explanationText);
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
        String numbers = q.numbers(Notation.UNICODE);
        String shortLine = q.symbol(Notation.UNICODE) + " = "
                + (!numbers.isEmpty() && numbers.length() <= SHORT ? numbers + " = " : "") + value;
        verdict.setText(Messages.format(v.right() ? "quiz.right" : "quiz.wrong", shortLine));
        verdict.setGraphic(new FontIcon(v.right() ? "mdal-check_circle" : "mdal-cancel"));
        Diagnosis d = v.diagnosis().orElse(null);
        show(diagnosis, d != null);
        diagnosis.setText(d != null ? d.sentence() : "");
        cardShown = d != null ? d.card().orElse(null) : null;
        show(card, cardShown != null);
        card.setText(cardShown != null ? Messages.format("quiz.card", cardShown.describe()) : "");
        if (v.right()) {
            said.setText(Messages.format("quiz.said", NUMBERS.format(v.guess())));
        } else {
            said.setText(Messages.format("quiz.said.more", NUMBERS.format(v.guess()),
                    d != null ? Messages.get("quiz.corrected") : distance(v)));
        }
        Equation unicode = v.explanation(Notation.UNICODE);
        Equation latex = v.explanation(Notation.LATEX);
        String markup = latexLine(latex != null ? latex : q.equation(Notation.LATEX));
        explanation.setText(CardText.parse("$" + markup + "$"));
        explanationText.setText((unicode != null ? unicode : q.equation(Notation.UNICODE)).line());
        pseudoClassStateChanged(RIGHT, v.right());
        pseudoClassStateChanged(WRONG, !v.right());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
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
    static String latexLine(Equation e) {
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
