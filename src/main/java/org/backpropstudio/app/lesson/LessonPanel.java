package org.backpropstudio.app.lesson;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.model.LessonModel;
import org.backpropstudio.model.StudioModel;

/**
 * The guided lesson beside the network ({@link LessonModel}): short cards that advance with the
 * steps. The lessons to choose and the lesson's title on top ({@link LessonHeader}); in the middle
 * a banner when the lesson's session is not the one open (with a button to open it), a lesson that
 * could not be read, and the card ({@link LessonCard}); Previous, the progress and Next below
 * ({@link LessonFooter}).
 *
 * <p>Node ids: {@code #lesson-panel}, {@code #lesson-banner} with {@code #lesson-banner-text} and
 * {@code #lesson-start}, {@code #lesson-error}, {@code #lesson-scroll}; those of
 * {@link LessonHeader}, {@link LessonCard} and {@link LessonFooter}.
 *
 * <p>Looks: {@code lesson.css}, colours from the theme's {@code -color-*} variables.
 */
public final class LessonPanel extends VBox {
    private static final String STYLESHEET =
            Objects.requireNonNull(LessonPanel.class.getResource("lesson.css")).toExternalForm();

    private final LessonModel lessons;
    private final MathMasks typesetter;
    private final Label bannerText = new Label();
    private final Button start = new Button();
    private final HBox banner = new HBox();
    private final Label error = new Label();
    private final LessonCard card;
    private final ScrollPane scroll = new ScrollPane();

    /**
     * A panel following {@code model}, offering the lessons of {@code library} (the first is
     * chosen). Nothing is opened until the student asks: a lesson whose session is not open shows
     * a button to open it. Formulas are typeset on {@code typesetting} (one thread).
     */
    public LessonPanel(StudioModel model, LessonLibrary library, Executor typesetting) {
        this(model, library, SessionOpener.direct(model), typesetting);
    }

    /**
     * A panel as {@link #LessonPanel(StudioModel, LessonLibrary, Executor)}, which opens a lesson's
     * session (its start button, a card's button) through {@code opener}.
     */
    public LessonPanel(StudioModel model, LessonLibrary library, SessionOpener opener, Executor typesetting) {
        this(new LessonModel(model, library, opener::open), typesetting);
    }

    /** The lessons of {@code lessons} on screen, their formulas typeset on {@code typesetting}. */
    public LessonPanel(LessonModel lessons, Executor typesetting) {
        this.lessons = lessons;
        this.typesetter = MathText.typesetter(typesetting);
        this.card = new LessonCard(lessons, typesetter);
        createView();
        init();
    }

    /** The lessons shown. */
    public LessonModel lessons() {
        return lessons;
    }

    /** Whether the card's formulas are still being typeset (for tests and snapshots). */
    public boolean isTypesetting() {
        return card.isTypesetting();
    }

    /** Shows the built-in lesson {@code id} (as if chosen in the list): {@link LessonModel#choose(String)}. */
    public void choose(String id) {
        lessons.choose(id);
    }

    /** Reads the lesson in {@code file} and shows it: {@link LessonModel#openFile}. */
    public void openFile(Path file) {
        lessons.openFile(file);
    }

    private void createView() {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        getStylesheets().add(STYLESHEET);

        bannerText.setId("lesson-banner-text");
        bannerText.getStyleClass().add("lesson-banner-text");
        bannerText.setWrapText(true);
        bannerText.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        start.setId("lesson-start");
        start.getStyleClass().add("accent");
        start.setMinWidth(Region.USE_PREF_SIZE);
        banner.setId("lesson-banner");
        banner.getStyleClass().add("lesson-banner");
        banner.getChildren().setAll(bannerText, start);

        error.setId("lesson-error");
        error.getStyleClass().add("lesson-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);

        VBox body = new VBox(banner, error, card);
        body.getStyleClass().add("lesson-body");
        scroll.setId("lesson-scroll");
        scroll.getStyleClass().add("lesson-scroll");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().setAll(new LessonHeader(lessons), scroll, new LessonFooter(lessons));
    }

    private void init() {
        typesetter.warmUp();
        start.setOnAction(e -> lessons.start());
        lessons.cardProperty().addListener(o -> scroll.setVvalue(0));
        lessons.bannerProperty().addListener(o -> showBanner());
        lessons.lessonProperty().addListener(o -> showBanner());
        lessons.problemProperty().addListener(o -> showProblem());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        banner.visibleProperty().bind(bannerText.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        showBanner();
        showProblem();
    }

    private void showBanner() {
        Lesson l = lessons.getLesson();
        switch (lessons.bannerProperty().get()) {
            case OTHER_SESSION -> {
                bannerText.setText(Messages.format("lesson.otherSession", l.session().name()));
                start.setText(Messages.get("lesson.otherSession.button"));
            }
            case OFF_TRACK -> {
                bannerText.setText(Messages.get("lesson.offTrack"));
                start.setText(Messages.get("lesson.offTrack.button"));
            }
            case NONE -> {
                bannerText.setText("");
                start.setText("");
            }
        }
    }

    private void showProblem() {
        LessonModel.Problem p = lessons.problemProperty().get();
        error.setText(p == null ? ""
                : p.kind() == LessonModel.Problem.Kind.LIST ? Messages.format("lesson.listFailed", p.detail())
                : Messages.format("lesson.readFailed", p.detail()));
    }
}
