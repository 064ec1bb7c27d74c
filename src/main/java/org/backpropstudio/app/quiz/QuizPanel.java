package org.backpropstudio.app.quiz;

import atlantafx.base.controls.ToggleSwitch;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.lesson.MathText;
import org.backpropstudio.lesson.LessonCardLink;
import org.backpropstudio.lesson.QuizCheck;
import org.backpropstudio.lesson.QuizScore;
import org.backpropstudio.model.QuizModel;
import org.backpropstudio.model.StudioModel;

/**
 * Quiz mode on screen ({@link QuizModel}): the "Quiz me" switch and the score, then either a word
 * on what the quiz does (while it is off) or the verdict on the last answer ({@link QuizFeedbackView})
 * right above the next question ({@link QuizQuestionView}), where the eye is when the answer was
 * given, and the rule of what counts as right. The verdict scrolls (from its top: the verdict and
 * the diagnosis first) in the space the question leaves, and the question with its field is never
 * scrolled away: both stay in view however tall the verdict is. The rule gives the verdict its
 * room while one shows (it stays the field's tooltip and accessible help).
 *
 * <p>The score counts the answers right, the streak, and how many wrong answers were recognised as
 * each classic mistake ({@code #quiz-mistakes}, shown once there is one).
 *
 * <p>Node ids: {@code #quiz-panel}, {@code #quiz-toggle}, {@code #quiz-toggle-label},
 * {@code #quiz-score}, {@code #quiz-streak}, {@code #quiz-mistakes}, {@code #quiz-off}, {@code #quiz-rule}; those of
 * {@link QuizQuestionView} and {@link QuizFeedbackView}.
 *
 * <p>Looks: {@code quiz.css}, colours from the theme's {@code -color-*} variables.
 */
public final class QuizPanel extends VBox {
    private static final String STYLESHEET =
            Objects.requireNonNull(QuizPanel.class.getResource("quiz.css")).toExternalForm();

    private final QuizModel quiz;
    private final MathMasks typesetter;
    private final ToggleSwitch toggle = new ToggleSwitch();
    private final Label toggleLabel = new Label(Messages.get("quiz.toggle"));
    private final Label scoreLabel = new Label();
    private final Label streak = new Label();
    private final Label mistakes = new Label();
    private final Label off = new Label(Messages.get("quiz.off"));
    private final QuizQuestionView asking;
    private final QuizFeedbackView feedback;
    private final VBox body;
    private final ScrollPane scroll;
    /** The rule of what counts as right, under the question until a verdict needs the room. */
    private final Label rule = new Label(QuizCheck.rule());
    private final VBox footer = new VBox(rule);

    /** A quiz on {@code model}'s steps, off until the student turns it on; formulas typeset on {@code typesetting}. */
    public QuizPanel(StudioModel model, Executor typesetting) {
        this(new QuizModel(model), typesetting);
    }

    /** The quiz {@code quiz} on screen, its formulas typeset on {@code typesetting} (one thread). */
    public QuizPanel(QuizModel quiz, Executor typesetting) {
        this.quiz = quiz;
        this.typesetter = MathText.typesetter(typesetting);
        this.asking = new QuizQuestionView(quiz, typesetter);
        this.feedback = new QuizFeedbackView(quiz, typesetter);
        this.body = new VBox();
        this.scroll = new ScrollPane(body);
        createView();
        init();
    }

    /** The quiz shown. */
    public QuizModel quiz() {
        return quiz;
    }

    /** Whether the quiz asks before each step ("Quiz me"): {@link QuizModel#quizOnProperty()}. */
    public BooleanProperty quizOnProperty() {
        return quiz.quizOnProperty();
    }

    /** The score for the session open: {@link QuizModel#scoreProperty()}. */
    public ReadOnlyObjectProperty<QuizScore> scoreProperty() {
        return quiz.scoreProperty();
    }

    public QuizScore getScore() {
        return quiz.getScore();
    }

    /**
     * What a click on a diagnosis's link to a lesson card does (the window shows that card in the
     * lesson panel); nothing until it is set.
     */
    public void setOnOpenCard(Consumer<LessonCardLink> action) {
        feedback.setOnOpenCard(Objects.requireNonNull(action));
    }

    /** Whether the hint or the explanation is still being typeset (for tests and snapshots). */
    public boolean isTypesetting() {
        return asking.isTypesetting() || feedback.isTypesetting();
    }

    /** Whether a checked answer is waiting for its step to arrive. */
    public boolean isWaitingForStep() {
        return quiz.isWaitingForStep();
    }

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

        mistakes.setId("quiz-mistakes");
        mistakes.getStyleClass().add("quiz-mistakes");
        mistakes.setWrapText(true);
        mistakes.setMinHeight(Region.USE_PREF_SIZE);

        off.setId("quiz-off");
        off.getStyleClass().add("quiz-off");
        off.setWrapText(true);
        off.setMinHeight(Region.USE_PREF_SIZE);
        body.getChildren().setAll(off, feedback);
        body.getStyleClass().add("quiz-body");
        scroll.getStyleClass().add("quiz-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        // as tall as what it holds (wrapped at its width), shrunk and scrolled when the question needs the room
        scroll.prefViewportHeightProperty().bind(body.heightProperty());
        asking.getStyleClass().add("quiz-asking-pinned");
        Region below = new Region();
        VBox.setVgrow(below, Priority.ALWAYS);

        rule.setId("quiz-rule");
        rule.getStyleClass().add("quiz-rule");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        footer.getStyleClass().add("quiz-footer");

        getChildren().setAll(header, mistakes, scroll, asking, below, footer);
    }

    private void init() {
        typesetter.warmUp();
        toggle.selectedProperty().bindBidirectional(quiz.quizOnProperty());
        toggleLabel.setOnMouseClicked(e -> quiz.setQuizOn(!quiz.isQuizOn()));
        off.visibleProperty().bind(quiz.quizOnProperty().not());
        off.managedProperty().bind(off.visibleProperty());
        asking.visibleProperty().bind(quiz.quizOnProperty());
        asking.managedProperty().bind(asking.visibleProperty());
        quiz.scoreProperty().addListener(o -> showScore());
        showScore();
        // While a verdict shows, the rule gives its room to the verdict: the student has read it by
        // then, and the answer field keeps it as its tooltip and its help for screen readers.
        footer.visibleProperty().bind(quiz.verdictProperty().isNull());
        footer.managedProperty().bind(footer.visibleProperty());
        asking.setRule(rule.getText());
        quiz.verdictProperty().addListener(o -> {
            scroll.setVvalue(0);
            asking.setCompact(quiz.verdictProperty().get() != null);
        });
    }

    private void showScore() {
        QuizScore s = quiz.getScore();
        scoreLabel.setText(Messages.format("quiz.score", String.valueOf(s.right()), String.valueOf(s.asked())));
        streak.setText(s.asked() == 0 ? Messages.get("quiz.streak.none")
                : Messages.format("quiz.streak", String.valueOf(s.streak()), String.valueOf(s.best())));
        String counts = s.mistakeCounts();
        mistakes.setText(counts.isEmpty() ? "" : Messages.format("quiz.mistakes", counts));
        mistakes.setVisible(!counts.isEmpty());
        mistakes.setManaged(!counts.isEmpty());
    }
}
