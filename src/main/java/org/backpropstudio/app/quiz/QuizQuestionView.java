package org.backpropstudio.app.quiz;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.lesson.MathText;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.lesson.CardText;
import org.backpropstudio.lesson.QuizQuestion;
import org.backpropstudio.model.QuizModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The question of {@link QuizModel} and the field for the prediction: where training stands, the
 * question, what the value is, a hint with the formula and the numbers it reads, Check and Skip,
 * and a note when there is nothing to predict (a hand edit is next, or the numbers exploded). The
 * hint is the step's equation as the equation panel writes it, its value left to guess. While a
 * verdict is shown above it, where training stands and what the value is are left out
 * ({@link #setCompact}). After Check, the field has the focus again for the next answer.
 *
 * <p>Node ids: {@code #quiz-context}, {@code #quiz-question}, {@code #quiz-about}, {@code #quiz-hint}
 * (a {@link MathText}), {@code #quiz-answer}, {@code #quiz-check}, {@code #quiz-skip},
 * {@code #quiz-error}, {@code #quiz-none}.
 */
final class QuizQuestionView extends VBox {
    private final QuizModel quiz;
    private final Label context = new Label();
    private final Label question = new Label();
    private final Label about = new Label();
    private final MathText hint;
    private final TextField answer = new TextField();
    private final Button check = new Button(Messages.get("quiz.check"));
    private final Button skip = new Button(Messages.get("quiz.skip"));
    private final Label error = new Label();
    private final Label none = new Label();
    private final HBox row = new HBox();
    /** Whether the field had the focus when an answer was checked, to have it back for the next. */
    private boolean refocus;
    /** Whether the context and the description are left out ({@link #setCompact}). */
    private boolean compact;
    /** The hint's markup on screen, so that it is typeset only when it changes. */
    private String hintShown = "";

    /** The question of {@code quiz}, its formulas typeset by {@code typesetter}. */
    QuizQuestionView(QuizModel quiz, MathMasks typesetter) {
        this.quiz = quiz;
        this.hint = new MathText(typesetter);
        createView();
        init();
    }

    /** The rule of what counts as right, as the field's tooltip and its help for screen readers. */
    void setRule(String rule) {
        answer.setTooltip(new Tooltip(rule));
        answer.setAccessibleHelp(rule);
    }

    /** Whether the hint is still being typeset. */
    boolean isTypesetting() {
        return hint.isTypesetting();
    }

    private void createView() {
        getStyleClass().add("quiz-asking");
        context.setId("quiz-context");
        context.getStyleClass().add("quiz-context");
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        about.setId("quiz-about");
        about.getStyleClass().add("quiz-about");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        hint.setId("quiz-hint");
        hint.getStyleClass().add("quiz-hint");

        answer.setId("quiz-answer");
        answer.getStyleClass().add("quiz-answer");
        answer.setPromptText(Messages.get("quiz.answer.prompt"));
        HBox.setHgrow(answer, Priority.ALWAYS);
        check.setId("quiz-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.setGraphic(new FontIcon("mdal-check"));
        check.setMinWidth(Region.USE_PREF_SIZE);
        skip.setId("quiz-skip");
        skip.setGraphic(new FontIcon("mdmz-skip_next"));
        skip.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().setAll(answer, check, skip);
        row.getStyleClass().add("quiz-answer-row");
        error.setId("quiz-error");
        error.getStyleClass().add("quiz-error");
        wrap(error);
        none.setId("quiz-none");
        none.getStyleClass().add("quiz-none");
        wrap(none);
        getChildren().setAll(context, question, about, hint, row, error, none);
    }

    private void init() {
        answer.textProperty().bindBidirectional(quiz.answerProperty());
        answer.disableProperty().bind(quiz.canAnswerProperty().not());
        check.disableProperty().bind(quiz.canCheckProperty().not());
        skip.disableProperty().bind(quiz.canSkipProperty().not());
        error.textProperty().bind(quiz.refusalProperty());
        error.textProperty().addListener(
                o -> answer.pseudoClassStateChanged(Styles.STATE_DANGER, !error.getText().isEmpty()));
        check.setOnAction(e -> checkAnswer());
        answer.setOnAction(e -> checkAnswer());
        quiz.canAnswerProperty().addListener((obs, was, now) -> {
            if (now && refocus) {
                refocus = false;
                answer.requestFocus();
            }
        });
        quiz.quizOnProperty().addListener((obs, was, now) -> {
            if (now && isShown(this)) {
                answer.requestFocus();
            }
        });
        skip.setOnAction(e -> quiz.skip());
        quiz.questionProperty().addListener(o -> showQuestion());
        showQuestion();
    }

    /**
     * Whether to leave out where training stands and what the value is, keeping the question: while
     * a verdict above takes the space, so that the verdict and the question both fit in view.
     */
    void setCompact(boolean compact) {
        this.compact = compact;
        showDetails();
    }

    /** The context and the description, unless compact or empty. */
    private void showDetails() {
        for (Label label : List.of(context, about)) {
            boolean shown = !compact && !label.getText().isEmpty();
            label.setVisible(shown);
            label.setManaged(shown);
        }
    }

    /** Checks the answer typed; the field gets the focus back for the next one if it had it. */
    private void checkAnswer() {
        refocus = answer.isFocused() || check.isFocused();
        quiz.check();
        refocus &= quiz.isWaitingForStep();
    }

    private void showQuestion() {
        QuizQuestion q = quiz.questionProperty().get();
        if (q == null) {
            context.setText("");
            question.setText(Messages.get("quiz.edit.question"));
            about.setText("");
            hintShown = "";
            hint.setText(new CardText(List.of()));
            none.setText(Messages.get("quiz.edit.note"));
            showDetails();
            return;
        }
        String iteration = String.valueOf(q.iteration() + 1);
        String phase = switch (q.step().phase()) {
            case FORWARD -> Messages.get("quiz.phase.forward");
            case LOSS -> Messages.get("quiz.phase.loss");
            case BACKWARD -> Messages.get("quiz.phase.backward");
            case UPDATE -> Messages.get("quiz.phase.update");
        };
        int sample = quiz.sampleProperty().get();
        context.setText(sample > 0
                ? Messages.format("quiz.context.sample", iteration, String.valueOf(sample), phase)
                : Messages.format("quiz.context", iteration, phase));
        question.setText(q.question());
        about.setText(capitalise(q.about()) + ".");
        Equation e = q.equation(Notation.LATEX);
        String markup = "$" + QuizFeedbackView.latexLine(new Equation(e.lhs(), e.rhs(), e.substituted(), "\\,?", ""))
                + "$";
        if (!markup.equals(hintShown)) {
            hintShown = markup;
            hint.setText(CardText.parse(markup));
        }
        none.setText(Double.isFinite(q.answer()) ? "" : Messages.get("quiz.exploded"));
        showDetails();
    }

    /** Whether {@code node} and all its parents are visible (the quiz's tab is the one shown). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A label that wraps, shown only while it has text. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
