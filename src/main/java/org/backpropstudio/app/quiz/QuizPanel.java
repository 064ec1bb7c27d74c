package org.backpropstudio.app.quiz;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.lesson.MathText;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;
import org.backpropstudio.lesson.CardText;
import org.backpropstudio.lesson.QuizCheck;
import org.backpropstudio.lesson.QuizQuestion;
import org.backpropstudio.lesson.QuizScore;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Quiz mode: with "Quiz me" on, before each micro-step the student predicts one value it will
 * compute ({@link QuizQuestion#next}), with a hint that shows the formula and the numbers it reads.
 * Check compares the prediction with the true value within the tolerance of {@link QuizCheck},
 * then takes the step so that the value appears, and says "Right!" or "Not quite" with the right
 * computation (the step's own equation, {@link QuizQuestion#explanation}). Skip takes the step
 * without asking. A score (right / asked, the streak) is kept for the session and starts again when
 * another session is opened. Input that is not a number is refused beside the field and changes
 * nothing.
 *
 * <p>Node ids: {@code #quiz-panel}, {@code #quiz-toggle}, {@code #quiz-score}, {@code #quiz-streak},
 * {@code #quiz-off}, {@code #quiz-context}, {@code #quiz-question}, {@code #quiz-about},
 * {@code #quiz-hint} (a {@link MathText}), {@code #quiz-answer}, {@code #quiz-check},
 * {@code #quiz-skip}, {@code #quiz-error}, {@code #quiz-none}, {@code #quiz-feedback} (pseudo-classes
 * {@code :right}, {@code :wrong}) with {@code #quiz-verdict}, {@code #quiz-said},
 * {@code #quiz-explanation} (typeset) and {@code #quiz-explanation-text} (the same as one line of
 * Unicode, hidden), {@code #quiz-rule}.
 *
 * <p>Looks: {@code quiz.css}, colours from the theme's {@code -color-*} variables.
 */
public final class QuizPanel extends VBox {
    private static final String STYLESHEET = Objects.requireNonNull(QuizPanel.class.getResource("quiz.css")).toExternalForm();
    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);
    /** A computation up to this long is quoted in the verdict line itself ("σ(0.3775)"). */
    private static final int SHORT = 14;

    private final StudioModel model;
    private final MathMasks typesetter = MathText.typesetter();
    private final BooleanProperty quizOn = new SimpleBooleanProperty(this, "quizOn");
    private final ReadOnlyObjectWrapper<QuizScore> score = new ReadOnlyObjectWrapper<>(this, "score", QuizScore.NONE);

    private final ToggleSwitch toggle = new ToggleSwitch();
    private final Label toggleLabel = new Label(Messages.get("quiz.toggle"));
    private final Label scoreLabel = new Label();
    private final Label streak = new Label();
    private final Label off = new Label();
    private final Label context = new Label();
    private final Label question = new Label();
    private final Label about = new Label();
    private final MathText hint = new MathText(typesetter);
    private final TextField answer = new TextField();
    private final Button check = new Button(Messages.get("quiz.check"));
    private final Button skip = new Button(Messages.get("quiz.skip"));
    private final Label error = new Label();
    private final Label none = new Label();
    private final Label verdict = new Label();
    private final Label said = new Label();
    private final MathText explanation = new MathText(typesetter);
    private final Label explanationText = new Label();
    private final VBox feedback = new VBox();
    private final VBox asking = new VBox();

    /** The question for the state on screen, or null (quiz off, or the next event is an edit). */
    private QuizQuestion current;
    /** An answer checked whose step has not arrived yet, or null. */
    private Pending pending;
    /** The hint's markup on screen, so that it is typeset only when it changes. */
    private String hintShown = "";
    /** The session of the last state seen, to notice that another one was opened. */
    private Session lastSession;

    private record Pending(QuizQuestion question, double guess, boolean right, long position) {
    }

    private final InvalidationListener stateChanged = o -> onState();
    private final InvalidationListener nameChanged = o -> resetScore();

    /** A quiz on {@code model}'s steps; off until the student turns it on. */
    public QuizPanel(StudioModel model) {
        this.model = model;
        createView();
        init();
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** Whether the quiz asks before each step ("Quiz me"). */
    public BooleanProperty quizOnProperty() {
        return quizOn;
    }

    /** The score for the session open. */
    public ReadOnlyObjectProperty<QuizScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public QuizScore getScore() {
        return score.get();
    }

    /** Whether the hint or the explanation is still being typeset (for tests and snapshots). */
    public boolean isTypesetting() {
        return hint.isTypesetting() || explanation.isTypesetting();
    }

    /** Whether a checked answer is waiting for its step to arrive. */
    public boolean isWaitingForStep() {
        return pending != null;
    }

    // ----------------------------------------------------------------------------------------
    // View
    // ----------------------------------------------------------------------------------------

    private void createView() {
        setId("quiz-panel");
        getStyleClass().add("quiz-panel");
        getStylesheets().add(STYLESHEET);

        Label kicker = new Label(Messages.get("quiz.kicker"));
        kicker.getStyleClass().add("quiz-kicker");
        kicker.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setId("quiz-toggle");
        toggle.getStyleClass().add("quiz-toggle");
        toggleLabel.setId("quiz-toggle-label");
        toggleLabel.getStyleClass().add("quiz-toggle-label");
        toggleLabel.setLabelFor(toggle);
        toggleLabel.setMinWidth(Region.USE_PREF_SIZE);
        toggleLabel.setOnMouseClicked(e -> toggle.setSelected(!toggle.isSelected()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        scoreLabel.setId("quiz-score");
        scoreLabel.getStyleClass().add("quiz-score");
        scoreLabel.setMinWidth(Region.USE_PREF_SIZE);
        streak.setId("quiz-streak");
        streak.getStyleClass().add("quiz-streak");
        streak.setMinWidth(Region.USE_PREF_SIZE);
        VBox scoreBox = new VBox(scoreLabel, streak);
        scoreBox.getStyleClass().add("quiz-score-box");
        HBox header = new HBox(kicker, toggle, toggleLabel, spacer, scoreBox);
        header.getStyleClass().add("quiz-header");

        off.setId("quiz-off");
        off.getStyleClass().add("quiz-off");
        off.setWrapText(true);
        off.setMinHeight(Region.USE_PREF_SIZE);
        off.setText(Messages.get("quiz.off"));

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
        HBox row = new HBox(answer, check, skip);
        row.getStyleClass().add("quiz-answer-row");
        error.setId("quiz-error");
        error.getStyleClass().add("quiz-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        show(error, "");
        none.setId("quiz-none");
        none.getStyleClass().add("quiz-none");
        none.setWrapText(true);
        none.setMinHeight(Region.USE_PREF_SIZE);
        show(none, "");
        asking.getStyleClass().add("quiz-asking");
        asking.getChildren().setAll(context, question, about, hint, row, error, none);

        verdict.setId("quiz-verdict");
        verdict.getStyleClass().add("quiz-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        said.setId("quiz-said");
        said.getStyleClass().add("quiz-said");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setId("quiz-explanation");
        explanationText.setId("quiz-explanation-text");
        explanationText.setVisible(false);
        explanationText.setManaged(false);
        feedback.setId("quiz-feedback");
        feedback.getStyleClass().add("quiz-feedback");
        feedback.getChildren().setAll(verdict, said, explanation, explanationText);
        showFeedback(false);

        VBox body = new VBox(off, asking, feedback);
        body.getStyleClass().add("quiz-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.getStyleClass().add("quiz-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label rule = new Label(QuizCheck.rule());
        rule.setId("quiz-rule");
        rule.getStyleClass().add("quiz-rule");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        VBox footer = new VBox(rule);
        footer.getStyleClass().add("quiz-footer");

        getChildren().setAll(header, scroll, footer);
    }

    private void init() {
        typesetter.warmUp();
        toggle.selectedProperty().bindBidirectional(quizOn);
        quizOn.addListener(o -> onState());
        check.setOnAction(e -> check());
        answer.setOnAction(e -> check());
        answer.textProperty().addListener(o -> show(error, ""));
        skip.setOnAction(e -> skip());
        score.addListener(o -> showScore());
        model.snapshotProperty().addListener(new WeakInvalidationListener(stateChanged));
        model.sessionNameProperty().addListener(new WeakInvalidationListener(nameChanged));
        showScore();
        onState();
    }

    // ----------------------------------------------------------------------------------------
    // Handlers: each reads the field or forwards to the model
    // ----------------------------------------------------------------------------------------

    private void check() {
        if (current == null || pending != null || !quizOn.get()) {
            return;
        }
        double guess;
        try {
            guess = Inputs.parseNumber(answer.getText());
        } catch (IllegalArgumentException refused) {
            show(error, refused.getMessage());
            answer.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            return;
        }
        boolean right = QuizCheck.isRight(guess, current.answer());
        Snapshot s = model.snapshotProperty().get();
        pending = new Pending(current, guess, right, s.position());
        score.set(score.get().after(right));
        answer.clear();
        updateButtons();
        model.stepForward();
    }

    private void skip() {
        pending = null;
        showFeedback(false);
        answer.clear();
        model.stepForward();
    }

    // ----------------------------------------------------------------------------------------
    // Reacting to the state
    // ----------------------------------------------------------------------------------------

    private void onState() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        noticeNewSession(s);
        if (pending != null && s.position() != pending.position()) {
            showAnswer(pending, s.position() == pending.position() + 1 ? s : null);
            pending = null;
        }
        boolean on = quizOn.get();
        off.setVisible(!on);
        off.setManaged(!on);
        asking.setVisible(on);
        asking.setManaged(on);
        current = on ? QuizQuestion.next(s).orElse(null) : null;
        if (on) {
            showQuestion(s);
        }
        updateButtons();
    }

    /** Starts the score again when another session was opened (a new timeline). */
    private void noticeNewSession(Snapshot s) {
        boolean fresh = s.position() == 0 && s.length() == 0 && lastSession != null && s.session() != lastSession;
        lastSession = s.session();
        if (fresh) {
            resetScore();
        }
    }

    /** A new session: the score starts again. */
    private void resetScore() {
        score.set(QuizScore.NONE);
        pending = null;
        showFeedback(false);
        updateButtons();
    }

    private void showQuestion(Snapshot s) {
        if (current == null) {
            context.setText("");
            question.setText(Messages.get("quiz.edit.question"));
            show(about, "");
            hintShown = "";
            hint.setText(new CardText(List.of()));
            show(none, Messages.get("quiz.edit.note"));
            return;
        }
        QuizQuestion q = current;
        long sample = q.step().slot() < 0 ? -1 : q.step().slot() + 1;
        String iteration = String.valueOf(q.iteration() + 1);
        String phase = switch (q.step().phase()) {
            case FORWARD -> Messages.get("quiz.phase.forward");
            case LOSS -> Messages.get("quiz.phase.loss");
            case BACKWARD -> Messages.get("quiz.phase.backward");
            case UPDATE -> Messages.get("quiz.phase.update");
        };
        context.setText(sample > 0 && s.samplesPerIteration() > 1
                ? Messages.format("quiz.context.sample", iteration, String.valueOf(sample), phase)
                : Messages.format("quiz.context", iteration, phase));
        question.setText(q.question());
        show(about, capitalise(q.about()) + ".");
        String markup = "$" + q.symbol(Notation.LATEX) + " = " + q.symbols(Notation.LATEX) + " = "
                + q.numbers(Notation.LATEX) + " = \\,?$";
        if (!markup.equals(hintShown)) {
            hintShown = markup;
            hint.setText(CardText.parse(markup));
        }
        if (Double.isFinite(q.answer())) {
            show(none, "");
        } else {
            show(none, Messages.get("quiz.exploded"));
        }
    }

    /** Says whether {@code p} was right, with the step's equation from {@code after} (null: the question's own). */
    private void showAnswer(Pending p, Snapshot after) {
        QuizQuestion q = p.question();
        String value = NUMBERS.format(q.answer());
        String line = q.symbol(Notation.UNICODE) + " = " + q.numbers(Notation.UNICODE) + " = " + value;
        String shortLine = q.numbers(Notation.UNICODE).length() <= SHORT ? line : q.symbol(Notation.UNICODE) + " = " + value;
        verdict.setText(Messages.format(p.right() ? "quiz.right" : "quiz.wrong", shortLine));
        verdict.setGraphic(new FontIcon(p.right() ? "mdal-check_circle" : "mdal-cancel"));
        said.setText(p.right() ? Messages.format("quiz.said", NUMBERS.format(p.guess()))
                : Messages.format("quiz.said.more", NUMBERS.format(p.guess()), distance(p.guess(), q.answer())));
        boolean matches = after != null && q.step().equals(after.lastStep());
        Equation unicode = matches ? q.explanation(after, Notation.UNICODE) : null;
        String latex = matches ? latexLine(q.explanation(after, Notation.LATEX))
                : q.symbol(Notation.LATEX) + " = " + q.symbols(Notation.LATEX) + " = " + q.numbers(Notation.LATEX)
                        + " = " + new Numbers(Notation.LATEX).format(q.answer());
        explanation.setText(CardText.parse("$" + latex + "$"));
        explanationText.setText(unicode != null ? unicode.line() : line);
        feedback.pseudoClassStateChanged(RIGHT, p.right());
        feedback.pseudoClassStateChanged(WRONG, !p.right());
        showFeedback(true);
    }

    /** How far off, in words, to help the next guess. */
    private static String distance(double guess, double truth) {
        if (Math.signum(guess) != Math.signum(truth) && truth != 0 && guess != 0) {
            return Messages.get("quiz.distance.sign");
        }
        double ratio = Math.abs(guess / truth);
        if (truth != 0 && (ratio > 5 || ratio < 0.2)) {
            return Messages.format("quiz.distance.factor", NUMBERS.format(Math.max(ratio, 1 / ratio)).replaceAll("(\\.\\d).*", "$1"));
        }
        return Messages.get("quiz.distance.none");
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

    private void updateButtons() {
        boolean asking = quizOn.get() && pending == null;
        check.setDisable(!asking || current == null || !Double.isFinite(current.answer()));
        answer.setDisable(!asking || current == null);
        skip.setDisable(!quizOn.get() || pending != null);
        if (!asking) {
            show(error, "");
        }
        answer.pseudoClassStateChanged(Styles.STATE_DANGER, error.isVisible());
    }

    private void showScore() {
        QuizScore s = score.get();
        scoreLabel.setText(s.fraction());
        streak.setText(s.asked() == 0 ? Messages.get("quiz.streak.none")
                : Messages.format("quiz.streak", String.valueOf(s.streak()), String.valueOf(s.best())));
    }

    private void showFeedback(boolean on) {
        feedback.setVisible(on);
        feedback.setManaged(on);
    }

    private static void show(Label label, String s) {
        label.setText(s);
        label.setVisible(!s.isEmpty());
        label.setManaged(!s.isEmpty());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
