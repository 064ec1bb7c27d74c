package org.backpropstudio.app.lesson;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.model.LessonModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom of the lesson tab: Previous and Next, which browse the cards; between them the
 * progress ("3 / 14"), a dot per card (done, the one that applies, the one on screen; a click
 * shows its card) and, while browsing, the way back to the card that applies.
 *
 * <p>Node ids: {@code #lesson-previous}, {@code #lesson-next}, {@code #lesson-progress},
 * {@code #lesson-dots} (style class {@code lesson-dot}, pseudo-classes {@code :done}, {@code :live},
 * {@code :shown}), {@code #lesson-follow}.
 */
final class LessonFooter extends HBox {
    private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private final LessonModel lessons;
    private final Button previous = new Button(Messages.get("lesson.previous"));
    private final Button next = new Button(Messages.get("lesson.next"));
    private final Label progress = new Label();
    private final HBox dots = new HBox();
    private final Button follow = new Button(Messages.get("lesson.follow"));

    LessonFooter(LessonModel lessons) {
        this.lessons = lessons;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("lesson-footer");
        previous.setId("lesson-previous");
        previous.setGraphic(new FontIcon("mdal-chevron_left"));
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setId("lesson-next");
        next.setGraphic(new FontIcon("mdal-chevron_right"));
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("lesson-progress");
        progress.getStyleClass().add("lesson-progress");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        dots.setId("lesson-dots");
        dots.getStyleClass().add("lesson-dots");
        follow.setId("lesson-follow");
        follow.getStyleClass().addAll("lesson-follow", "flat");
        VBox middle = new VBox(progress, dots, follow);
        middle.getStyleClass().add("lesson-middle");
        HBox.setHgrow(middle, Priority.ALWAYS);
        getChildren().setAll(previous, middle, next);
    }

    private void init() {
        previous.setOnAction(e -> lessons.previous());
        next.setOnAction(e -> lessons.next());
        follow.setOnAction(e -> lessons.follow());
        previous.disableProperty().bind(lessons.canGoPreviousProperty().not());
        next.disableProperty().bind(lessons.canGoNextProperty().not());
        follow.visibleProperty().bind(lessons.canFollowProperty());
        follow.managedProperty().bind(follow.visibleProperty());
        lessons.lessonProperty().addListener(o -> makeDots());
        lessons.liveCardProperty().addListener(o -> showProgress());
        lessons.shownCardProperty().addListener(o -> showProgress());
        makeDots();
    }

    /** A dot per card of the lesson. */
    private void makeDots() {
        dots.getChildren().clear();
        Lesson l = lessons.getLesson();
        for (int i = 0; l != null && i < l.cards().size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().add("lesson-dot");
            int index = i;
            dot.setOnMouseClicked(e -> lessons.goTo(index));
            dots.getChildren().add(dot);
        }
        showProgress();
    }

    /** "3 / 14" ("– / 14" when no card applies), and the dots' states. */
    private void showProgress() {
        Lesson l = lessons.getLesson();
        int live = lessons.liveCardProperty().get();
        int shown = lessons.shownCardProperty().get();
        int total = l == null ? 0 : l.cards().size();
        String number = live >= 0 ? String.valueOf(live + 1) : Messages.get("lesson.progress.none");
        progress.setText(total == 0 ? "" : Messages.format("lesson.progress", number, String.valueOf(total)));
        for (int i = 0; i < dots.getChildren().size(); i++) {
            Node dot = dots.getChildren().get(i);
            dot.pseudoClassStateChanged(DONE, i < live);
            dot.pseudoClassStateChanged(LIVE, i == live);
            dot.pseudoClassStateChanged(SHOWN, i == shown);
        }
    }
}
