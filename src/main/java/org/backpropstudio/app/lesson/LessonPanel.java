package org.backpropstudio.app.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.lesson.Card;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.lesson.LessonAction;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The guided lesson beside the network: short cards that advance with the steps. The card shown is
 * the one that applies to the model's state ({@link Lesson#cardIndex}), so Step forward moves the
 * lesson on, Step backward moves it back, and a jump anywhere on the timeline shows the right card.
 * Previous and Next browse the other cards; the next change of the state returns to the card that
 * applies. A card that arrives flashes; a card may offer buttons ({@link LessonAction}).
 *
 * <p>Lessons come from a {@link LessonLibrary} (the built-in ones), chosen in a list, or from a
 * file the instructor wrote (Open…); a lesson that cannot be read is reported in the panel with the
 * place of the problem, and the lesson on screen stays.
 *
 * <p>Node ids: {@code #lesson-panel}, {@code #lesson-choice}, {@code #lesson-open-file},
 * {@code #lesson-title}, {@code #lesson-summary}, {@code #lesson-banner} with
 * {@code #lesson-banner-text} and {@code #lesson-start}, {@code #lesson-error}, {@code #lesson-card}
 * (pseudo-classes {@code :fresh} while it flashes, {@code :browsing} when not the card that
 * applies), {@code #lesson-when}, {@code #lesson-text} (a {@link MathText}), {@code #lesson-action-N},
 * {@code #lesson-previous}, {@code #lesson-next}, {@code #lesson-progress} ("3 / 14"),
 * {@code #lesson-dots}, {@code #lesson-follow}.
 *
 * <p>Looks: {@code lesson.css}, colours from the theme's {@code -color-*} variables.
 */
public final class LessonPanel extends VBox {
    private static final System.Logger LOG = System.getLogger(LessonPanel.class.getName());
    private static final String STYLESHEET =
            Objects.requireNonNull(LessonPanel.class.getResource("lesson.css")).toExternalForm();
    private static final PseudoClass FRESH = PseudoClass.getPseudoClass("fresh");
    private static final PseudoClass BROWSING = PseudoClass.getPseudoClass("browsing");
    private static final PseudoClass LIVE = PseudoClass.getPseudoClass("live");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");
    /** How long a new card stays highlighted. */
    static final Duration FLASH = Duration.millis(1600);

    private final StudioModel model;
    private final LessonLibrary library;
    private final SessionOpener opener;
    private final MathMasks typesetter = MathText.typesetter();
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson");
    private final ReadOnlyIntegerWrapper liveCard = new ReadOnlyIntegerWrapper(this, "liveCard", -1);
    private final ReadOnlyIntegerWrapper shownCard = new ReadOnlyIntegerWrapper(this, "shownCard", -1);

    private final ComboBox<LessonLibrary.Entry> choice = new ComboBox<>();
    private final Button openFile = new Button(Messages.get("lesson.open"));
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label bannerText = new Label();
    private final Button start = new Button();
    private final HBox banner = new HBox();
    private final Label error = new Label();
    private final Label when = new Label();
    private final MathText text = new MathText(typesetter);
    private final FlowPane actions = new FlowPane();
    private final VBox card = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final Button previous = new Button(Messages.get("lesson.previous"));
    private final Button next = new Button(Messages.get("lesson.next"));
    private final Label progress = new Label();
    private final HBox dots = new HBox();
    private final Button follow = new Button(Messages.get("lesson.follow"));
    private final PauseTransition flash = new PauseTransition(FLASH);

    /** The timeline position of the state last shown, to tell a step from a repaint. */
    private long lastPosition = -1;
    /** Which card {@link #text} shows, so that it is typeset once per card. */
    private Card textShown;
    private final InvalidationListener stateChanged = o -> onState();

    /**
     * A panel following {@code model}, offering the lessons of {@code library} (the first is
     * chosen). Nothing is opened until the student asks: a lesson whose session is not open shows
     * a button to open it.
     */
    public LessonPanel(StudioModel model, LessonLibrary library) {
        this(model, library, SessionOpener.direct(model));
    }

    /**
     * A panel as {@link #LessonPanel(StudioModel, LessonLibrary)}, which opens a lesson's session
     * (its start button, a card's button) through {@code opener}.
     */
    public LessonPanel(StudioModel model, LessonLibrary library, SessionOpener opener) {
        this.model = model;
        this.library = library;
        this.opener = opener;
        createView();
        init();
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** The lesson on screen, or null. Set it to show another lesson (its session is not opened). */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    public Lesson getLesson() {
        return lesson.get();
    }

    public void setLesson(Lesson value) {
        lesson.set(value);
    }

    /** The index of the card that applies to the model's state, −1 if none does. */
    public ReadOnlyIntegerProperty liveCardProperty() {
        return liveCard.getReadOnlyProperty();
    }

    /** The index of the card on screen (the live one unless browsing), −1 if none. */
    public ReadOnlyIntegerProperty shownCardProperty() {
        return shownCard.getReadOnlyProperty();
    }

    /** Whether the card's formulas are still being typeset (for tests and snapshots). */
    public boolean isTypesetting() {
        return text.isTypesetting();
    }

    /** Shows the built-in lesson {@code id} (as if chosen in the list). */
    public void choose(String id) {
        choice.getItems().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(choice::setValue);
    }

    // ----------------------------------------------------------------------------------------
    // View
    // ----------------------------------------------------------------------------------------

    private void createView() {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        getStylesheets().add(STYLESHEET);

        Label kicker = new Label(Messages.get("lesson.kicker"));
        kicker.getStyleClass().add("lesson-kicker");
        kicker.setMinWidth(Region.USE_PREF_SIZE);
        choice.setId("lesson-choice");
        choice.getStyleClass().add("lesson-choice");
        choice.setPromptText(Messages.get("lesson.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setButtonCell(new EntryCell());
        choice.setCellFactory(list -> new EntryCell());
        HBox.setHgrow(choice, Priority.ALWAYS);
        openFile.setId("lesson-open-file");
        openFile.setGraphic(new FontIcon("mdal-folder_open"));
        openFile.setTooltip(new Tooltip(Messages.get("lesson.open.tip")));
        openFile.setMinWidth(Region.USE_PREF_SIZE);
        HBox chooser = new HBox(kicker, choice, openFile);
        chooser.getStyleClass().add("lesson-chooser");

        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("lesson-summary");
        summary.getStyleClass().add("lesson-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(chooser, title, summary);
        header.getStyleClass().add("lesson-header");

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

        when.setId("lesson-when");
        when.getStyleClass().add("lesson-when");
        when.setWrapText(true);
        when.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("lesson-text");
        actions.setId("lesson-actions");
        actions.getStyleClass().add("lesson-actions");
        card.setId("lesson-card");
        card.getStyleClass().add("lesson-card");
        card.getChildren().setAll(when, text, actions);
        VBox body = new VBox(banner, error, card);
        body.getStyleClass().add("lesson-body");
        scroll.setId("lesson-scroll");
        scroll.getStyleClass().add("lesson-scroll");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        previous.setId("lesson-previous");
        previous.setGraphic(new FontIcon("mdal-chevron_left"));
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setId("lesson-next");
        next.setGraphic(new FontIcon("mdal-chevron_right"));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
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
        HBox footer = new HBox(previous, middle, next);
        footer.getStyleClass().add("lesson-footer");

        getChildren().setAll(header, scroll, footer);
    }

    private void init() {
        typesetter.warmUp();
        List<LessonLibrary.Entry> entries = List.of();
        try {
            entries = library.entries();
        } catch (LessonFormatException e) {
            LOG.log(System.Logger.Level.ERROR, "the lessons' index cannot be read", e);
            showError(Messages.format("lesson.listFailed", e.getMessage()));
        }
        choice.getItems().setAll(entries);
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                load(now);
            }
        });
        openFile.setOnAction(e -> chooseFile());
        previous.setOnAction(e -> browse(-1));
        next.setOnAction(e -> browse(+1));
        follow.setOnAction(e -> showCard(liveCard.get()));
        start.setOnAction(e -> Optional.ofNullable(lesson.get()).ifPresent(l -> opener.open(l.session(), () -> { })));
        flash.setOnFinished(e -> card.pseudoClassStateChanged(FRESH, false));
        lesson.addListener((obs, old, now) -> onLesson());
        model.snapshotProperty().addListener(new WeakInvalidationListener(stateChanged));
        if (!entries.isEmpty()) {
            choice.setValue(entries.get(0));
        } else {
            onLesson();
        }
    }

    // ----------------------------------------------------------------------------------------
    // Reacting
    // ----------------------------------------------------------------------------------------

    /** Loads the lesson {@code entry} names; on a problem, says so and keeps the lesson on screen. */
    private void load(LessonLibrary.Entry entry) {
        try {
            Lesson loaded = entry.id().startsWith(FILE) ? LessonLibrary.read(Path.of(entry.file())) : library.load(entry);
            showError("");
            lesson.set(loaded);
        } catch (LessonFormatException e) {
            showError(Messages.format("lesson.readFailed", e.getMessage()));
        }
    }

    /** Asks for a lesson file, reads it and adds it to the list. */
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("lesson.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("lesson.files"), "*.lesson.json", "*.json"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** Id prefix of list entries that are files rather than built-in lessons. */
    private static final String FILE = "file:";

    /**
     * Reads the lesson in {@code file} and shows it, adding it to the list; a problem is reported
     * in the panel, naming the place in the file, and the lesson on screen stays.
     */
    public void openFile(Path file) {
        try {
            Lesson read = LessonLibrary.read(file);
            LessonLibrary.Entry entry = new LessonLibrary.Entry(FILE + file.toAbsolutePath(), read.title(), read.summary(),
                    file.toAbsolutePath().toString());
            choice.getItems().removeIf(e -> e.id().equals(entry.id()));
            choice.getItems().add(entry);
            choice.setValue(entry);
        } catch (LessonFormatException e) {
            showError(Messages.format("lesson.readFailed", e.getMessage()));
        }
    }

    private void onLesson() {
        Lesson l = lesson.get();
        title.setText(l == null ? "" : l.title());
        show(summary, l == null ? "" : l.summary());
        dots.getChildren().clear();
        if (l != null) {
            for (int i = 0; i < l.cards().size(); i++) {
                Region dot = new Region();
                dot.getStyleClass().add("lesson-dot");
                int index = i;
                dot.setOnMouseClicked(e -> showCard(index));
                dots.getChildren().add(dot);
            }
        }
        liveCard.set(-1);
        shownCard.set(-1);
        textShown = null;
        lastPosition = -1;
        onState();
    }

    /** A new state: the card that applies is shown (flashing if it changed), browsing ends on a step. */
    private void onState() {
        Lesson l = lesson.get();
        Snapshot s = model.snapshotProperty().get();
        if (l == null || s == null) {
            showBanner("", null);
            render();
            return;
        }
        int live = l.cardIndex(s);
        boolean moved = s.position() != lastPosition;
        boolean changed = live != liveCard.get();
        boolean first = lastPosition < 0;
        lastPosition = s.position();
        liveCard.set(live);
        if (!l.isAbout(s)) {
            showBanner(Messages.format("lesson.otherSession", l.session().name()), Messages.get("lesson.otherSession.button"));
        } else if (live < 0) {
            showBanner(Messages.get("lesson.offTrack"), Messages.get("lesson.offTrack.button"));
        } else {
            showBanner("", null);
        }
        if (changed || moved || shownCard.get() < 0) {
            shownCard.set(Math.max(live, 0));
        }
        if (changed && live >= 0 && !first) {
            card.pseudoClassStateChanged(FRESH, true);
            flash.playFromStart();
        }
        render();
    }

    private void browse(int by) {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        showCard(Math.max(0, Math.min(l.cards().size() - 1, shownCard.get() + by)));
    }

    private void showCard(int index) {
        shownCard.set(index);
        render();
    }

    /** Puts the shown card, the progress and the buttons' states on screen. */
    private void render() {
        Lesson l = lesson.get();
        int shown = shownCard.get();
        int live = liveCard.get();
        int total = l == null ? 0 : l.cards().size();
        Card c = l != null && shown >= 0 && shown < total ? l.cards().get(shown) : null;
        card.setVisible(c != null);
        card.setManaged(c != null);
        if (c != null) {
            String number = String.valueOf(shown + 1);
            String of = String.valueOf(total);
            when.setText(c.when().sessionName().equals(l.session().name())
                    ? Messages.format("lesson.when", number, of, c.when().describe())
                    : Messages.format("lesson.when.otherSession", number, of, c.when().describe(), c.when().sessionName()));
            if (c != textShown) {
                textShown = c;
                text.setText(c.text());
                scroll.setVvalue(0);
                showActions(c);
            }
        }
        boolean started = l != null && live > 0;
        summary.setVisible(!started && !summary.getText().isEmpty());
        summary.setManaged(summary.isVisible());
        boolean browsing = c != null && shown != live;
        card.pseudoClassStateChanged(BROWSING, browsing);
        follow.setVisible(browsing && live >= 0);
        follow.setManaged(browsing && live >= 0);
        progress.setText(total == 0 ? "" : (live >= 0 ? (live + 1) : "–") + " / " + total);
        for (int i = 0; i < dots.getChildren().size(); i++) {
            Node dot = dots.getChildren().get(i);
            dot.pseudoClassStateChanged(DONE, i < live);
            dot.pseudoClassStateChanged(LIVE, i == live);
            dot.pseudoClassStateChanged(SHOWN, i == shown);
        }
        previous.setDisable(c == null || shown <= 0);
        next.setDisable(l == null || shown >= total - 1);
    }

    /** The buttons of card {@code c}, the first one accented. */
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
            b.setOnAction(e -> perform(action));
            buttons.add(b);
        }
        actions.getChildren().setAll(buttons);
        actions.setVisible(!buttons.isEmpty());
        actions.setManaged(!buttons.isEmpty());
    }

    private void perform(LessonAction action) {
        Snapshot s = model.snapshotProperty().get();
        if (s != null) {
            LessonActions.perform(model, opener, action, s.session().withNetwork(s.network()));
        }
    }

    private void showBanner(String message, String button) {
        boolean on = !message.isEmpty();
        bannerText.setText(message);
        start.setText(button == null ? "" : button);
        banner.setVisible(on);
        banner.setManaged(on);
    }

    private void showError(String message) {
        show(error, message);
    }

    private static void show(Label label, String s) {
        label.setText(s);
        label.setVisible(!s.isEmpty());
        label.setManaged(!s.isEmpty());
    }

    /** A lesson in the list: its title. */
    private static final class EntryCell extends ListCell<LessonLibrary.Entry> {
        @Override
        protected void updateItem(LessonLibrary.Entry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
        }
    }
}
