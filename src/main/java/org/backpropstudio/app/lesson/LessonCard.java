package org.backpropstudio.app.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.lesson.Card;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.lesson.LessonAction;
import org.backpropstudio.model.LessonModel;

/**
 * The card on screen ({@link LessonModel#cardProperty()}): when it applies, its text, and its
 * buttons, the first one accented. A card that arrives flashes; a card browsed to, not the one
 * that applies, is drawn apart. Hidden while there is no card.
 *
 * <p>Node ids: {@code #lesson-card} (pseudo-classes {@code :fresh} while it flashes,
 * {@code :browsing} when not the card that applies), {@code #lesson-when}, {@code #lesson-text}
 * (a {@link MathText}), {@code #lesson-actions} with {@code #lesson-action-N}.
 */
final class LessonCard extends VBox {
    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass BROWSING = PseudoClass.getPseudoClass("browsing");
    /** How long a new card stays highlighted. */
    private static final Duration FLASH = Duration.millis(1600);

    private final LessonModel lessons;
    private final Label when = new Label();
    private final MathText text;
    private final FlowPane actions = new FlowPane();
    private final PauseTransition flash = new PauseTransition(FLASH);

    /** The card of {@code lessons}, its formulas typeset by {@code typesetter}. */
    LessonCard(LessonModel lessons, MathMasks typesetter) {
        this.lessons = lessons;
        this.text = new MathText(typesetter);
        createView();
        init();
    }

    /** Whether the card's formulas are still being typeset. */
    boolean isTypesetting() {
        return text.isTypesetting();
    }

    private void createView() {
        setId("lesson-card");
        getStyleClass().add("lesson-card");
        when.setId("lesson-when");
        when.getStyleClass().add("lesson-when");
        when.setWrapText(true);
        when.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("lesson-text");
        actions.setId("lesson-actions");
        actions.getStyleClass().add("lesson-actions");
        getChildren().setAll(when, text, actions);
    }

    private void init() {
        visibleProperty().bind(lessons.cardProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        lessons.cardProperty().addListener((obs, old, now) -> show(now));
        lessons.shownCardProperty().addListener(o -> showWhen());
        lessons.browsingProperty().addListener((obs, old, now) -> pseudoClassStateChanged(BROWSING, now));
        lessons.arrivalsProperty().addListener(o -> {
            pseudoClassStateChanged(FRESH, true);
            flash.playFromStart();
        });
        flash.setOnFinished(e -> pseudoClassStateChanged(FRESH, false));
        show(lessons.cardProperty().get());
        pseudoClassStateChanged(BROWSING, lessons.browsingProperty().get());
    }

    /** Puts card {@code c} on screen. */
    private void show(Card c) {
        if (c != null) {
            text.setText(c.text());
            showActions(c);
        }
        showWhen();
    }

    /** "Card 3 of 14 · when a⁽¹⁾ is computed", naming the card's session if it is not the lesson's. */
    private void showWhen() {
        Lesson l = lessons.getLesson();
        Card c = lessons.cardProperty().get();
        if (l == null || c == null) {
            return;
        }
        String number = String.valueOf(lessons.shownCardProperty().get() + 1);
        String of = String.valueOf(l.cards().size());
        when.setText(c.when().sessionName().equals(l.session().name())
                ? Messages.format("lesson.when", number, of, c.when().describe())
                : Messages.format("lesson.when.otherSession", number, of, c.when().describe(), c.when().sessionName()));
    }

    /** The buttons of card {@code c}, the first one accented, each forwarded to the model. */
    private void showActions(Card c) {
        List<Node> buttons = new ArrayList<>();
        for (int i = 0; i < c.actions().size(); i++) {
            LessonAction action = c.actions().get(i);
            Button b = new Button(action.label());
            b.setId("lesson-action-" + i);
            b.getStyleClass().add("lesson-action");
            if (i == 0) {
                b.getStyleClass().add("accent");
            }
            b.setOnAction(e -> lessons.perform(action));
            buttons.add(b);
        }
        actions.getChildren().setAll(buttons);
        actions.setVisible(!buttons.isEmpty());
        actions.setManaged(!buttons.isEmpty());
    }
}
