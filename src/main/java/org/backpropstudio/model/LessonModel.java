package org.backpropstudio.model;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.lesson.Card;
import org.backpropstudio.lesson.Lesson;
import org.backpropstudio.lesson.LessonAction;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.LessonLibrary;

/**
 * The state of the lesson tab: the lessons to choose from, the lesson chosen, the card that applies
 * to the {@link StudioModel}'s state ({@link Lesson#cardIndex}) and the card on screen, which is
 * that card unless the student browses; the next step (or a jump on the timeline) ends browsing.
 * Commands choose a lesson, browse, and do a card's buttons ({@link LessonAction}) on the model.
 *
 * <p>Lessons come from a {@link LessonLibrary} or from an instructor's file ({@link #openFile});
 * one that cannot be read is a {@link Problem}, and the lesson chosen before stays. Properties
 * change on the UI thread, after the model's snapshots.
 */
public final class LessonModel {
    private static final System.Logger LOG = System.getLogger(LessonModel.class.getName());
    /** Id prefix of entries that are files rather than the library's lessons. */
    private static final String FILE = "file:";

    /**
     * Opens a lesson's session in place of the one open, then runs {@code then} (the card's next
     * commands, which start from it); neither if the student cancels.
     */
    @FunctionalInterface
    public interface Opener {
        void open(Session session, Runnable then);
    }

    /** What the lesson tab says above the card, with a button that opens the lesson's session. */
    public enum Banner {
        /** Nothing: the card applies to the state. */
        NONE,
        /** The session open is not one the lesson's cards are written for. */
        OTHER_SESSION,
        /** The session is the lesson's, but none of its cards fits the state (η was changed, say). */
        OFF_TRACK
    }

    /**
     * A lesson, or the list of lessons, that could not be read.
     *
     * @param kind   which
     * @param detail the reader's message, naming the file and the place in it
     */
    public record Problem(Kind kind, String detail) {
        /** What could not be read. */
        public enum Kind {
            /** The library's index. */
            LIST,
            /** A lesson. */
            READ
        }
    }

    private final StudioModel model;
    private final LessonLibrary library;
    private final Opener opener;

    private final ObservableList<LessonLibrary.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<LessonLibrary.Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyObjectWrapper<LessonLibrary.Entry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper liveCard = new ReadOnlyIntegerWrapper(this, "liveCard", -1);
    private final ReadOnlyIntegerWrapper shownCard = new ReadOnlyIntegerWrapper(this, "shownCard", -1);
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>(this, "banner", Banner.NONE);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyLongWrapper arrivals = new ReadOnlyLongWrapper(this, "arrivals");
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ReadOnlyBooleanWrapper browsing = new ReadOnlyBooleanWrapper(this, "browsing");
    private final ReadOnlyBooleanWrapper canFollow = new ReadOnlyBooleanWrapper(this, "canFollow");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyBooleanWrapper canGoPrevious = new ReadOnlyBooleanWrapper(this, "canGoPrevious");
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");

    /** The timeline position of the state last seen, to tell a step from a repaint; −1 before the first. */
    private long lastPosition = -1;
    private final InvalidationListener stateChanged = o -> onState();

    /**
     * The lessons of {@code library} beside {@code model}, the first one chosen; their sessions
     * are opened through {@code opener}. A library whose list cannot be read gives a {@link Problem}
     * and no lessons.
     */
    public LessonModel(StudioModel model, LessonLibrary library, Opener opener) {
        this.model = model;
        this.library = library;
        this.opener = opener;
        card.bind(Bindings.createObjectBinding(() -> cardAt(shownCard.get()), lesson, shownCard));
        browsing.bind(card.isNotNull().and(shownCard.isNotEqualTo(liveCard)));
        canFollow.bind(browsing.and(liveCard.greaterThanOrEqualTo(0)));
        started.bind(lesson.isNotNull().and(liveCard.greaterThan(0)));
        canGoPrevious.bind(card.isNotNull().and(shownCard.greaterThan(0)));
        canGoNext.bind(Bindings.createBooleanBinding(
                () -> lesson.get() != null && shownCard.get() < lesson.get().cards().size() - 1,
                lesson, shownCard));
        model.snapshotProperty().addListener(new WeakInvalidationListener(stateChanged));
        try {
            entries.setAll(library.entries());
        } catch (LessonFormatException e) {
            LOG.log(Level.ERROR, "the lessons' index cannot be read", e);
            problem.set(new Problem(Problem.Kind.LIST, e.getMessage()));
        }
        if (entries.isEmpty()) {
            onState();
        } else {
            choose(entries.get(0));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Shows the lesson {@code chosen} (one of {@link #entries()}); its session is not opened. If
     * it cannot be read, that is the {@link #problemProperty() problem} and the lesson stays.
     */
    public void choose(LessonLibrary.Entry chosen) {
        entry.set(chosen);
        try {
            Lesson loaded = chosen.id().startsWith(FILE)
                    ? LessonLibrary.read(Path.of(chosen.file())) : library.load(chosen);
            problem.set(null);
            show(loaded);
        } catch (LessonFormatException e) {
            problem.set(new Problem(Problem.Kind.READ, e.getMessage()));
        }
    }

    /** Shows the lesson of {@link #entries()} whose id is {@code id}, if there is one. */
    public void choose(String id) {
        entries.stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(this::choose);
    }

    /**
     * Reads the lesson in {@code file}, adds it to {@link #entries()} (in place of the same file's
     * entry) and shows it; a problem is the {@link #problemProperty() problem}, and the lesson stays.
     */
    public void openFile(Path file) {
        Lesson read;
        try {
            read = LessonLibrary.read(file);
        } catch (LessonFormatException e) {
            problem.set(new Problem(Problem.Kind.READ, e.getMessage()));
            return;
        }
        String path = file.toAbsolutePath().toString();
        LessonLibrary.Entry added = new LessonLibrary.Entry(FILE + path, read.title(), read.summary(), path);
        entries.removeIf(e -> e.id().equals(added.id()));
        entries.add(added);
        entry.set(added);
        problem.set(null);
        show(read);
    }

    /** Shows card {@code index} (browsing, if it is not the card that applies). */
    public void goTo(int index) {
        Lesson l = lesson.get();
        if (l != null && index >= 0 && index < l.cards().size()) {
            shownCard.set(index);
        }
    }

    /** Shows the card before the one on screen. */
    public void previous() {
        goTo(shownCard.get() - 1);
    }

    /** Shows the card after the one on screen. */
    public void next() {
        goTo(shownCard.get() + 1);
    }

    /** Back to the card that applies, if one does. */
    public void follow() {
        goTo(liveCard.get());
    }

    /** Opens the lesson's session (the banner's button). */
    public void start() {
        Lesson l = lesson.get();
        if (l != null) {
            opener.open(l.session(), () -> { });
        }
    }

    /** Does {@code action}, a button of a card, on the model ({@link LessonActions}). */
    public void perform(LessonAction action) {
        Snapshot s = model.snapshotProperty().get();
        if (s != null) {
            LessonActions.perform(model, opener, action, s.session().withNetwork(s.network()));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** The lessons to choose from: the library's, then the files opened. */
    public ObservableList<LessonLibrary.Entry> entries() {
        return entriesView;
    }

    /** The entry chosen last (also when its lesson could not be read), or null. */
    public ReadOnlyObjectProperty<LessonLibrary.Entry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    /** The lesson on screen, or null. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson getLesson() {
        return lesson.get();
    }

    /** The index of the card that applies to the model's state, −1 if none does. */
    public ReadOnlyIntegerProperty liveCardProperty() {
        return liveCard.getReadOnlyProperty();
    }

    /** The index of the card on screen (the live one unless browsing), −1 if none. */
    public ReadOnlyIntegerProperty shownCardProperty() {
        return shownCard.getReadOnlyProperty();
    }

    /** The card on screen, or null. */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** Whether the card on screen is not the one that applies. */
    public ReadOnlyBooleanProperty browsingProperty() {
        return browsing.getReadOnlyProperty();
    }

    /** Whether browsing, with a card that applies to go back to ({@link #follow}). */
    public ReadOnlyBooleanProperty canFollowProperty() {
        return canFollow.getReadOnlyProperty();
    }

    /** Whether the lesson has moved past its first card. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Whether there is a card before the one on screen. */
    public ReadOnlyBooleanProperty canGoPreviousProperty() {
        return canGoPrevious.getReadOnlyProperty();
    }

    /** Whether there is a card after the one on screen. */
    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    /** What to say above the card. */
    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The last lesson or list that could not be read, or null once a lesson is read. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Counts the cards that came to apply by a change of the state (not the first card of a
     * lesson chosen): the view highlights each arrival.
     */
    public ReadOnlyLongProperty arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }

    // ----------------------------------------------------------------------------------------
    // Following the state
    // ----------------------------------------------------------------------------------------

    /** Shows {@code l}, from the card that applies to the state. */
    private void show(Lesson l) {
        liveCard.set(-1);
        shownCard.set(-1);
        lastPosition = -1;
        lesson.set(l);
        onState();
    }

    /** A new state: the card that applies is shown, and browsing ends on a step. */
    private void onState() {
        Lesson l = lesson.get();
        Snapshot s = model.snapshotProperty().get();
        if (l == null || s == null) {
            banner.set(Banner.NONE);
            return;
        }
        int live = l.cardIndex(s);
        boolean moved = s.position() != lastPosition;
        boolean changed = live != liveCard.get();
        boolean first = lastPosition < 0;
        lastPosition = s.position();
        liveCard.set(live);
        banner.set(!l.isAbout(s) ? Banner.OTHER_SESSION : live < 0 ? Banner.OFF_TRACK : Banner.NONE);
        if (changed || moved || shownCard.get() < 0) {
            shownCard.set(Math.max(live, 0));
        }
        if (changed && live >= 0 && !first) {
            arrivals.set(arrivals.get() + 1);
        }
    }

    private Card cardAt(int index) {
        Lesson l = lesson.get();
        List<Card> cards = l == null ? List.of() : l.cards();
        return index >= 0 && index < cards.size() ? cards.get(index) : null;
    }
}
