package org.backpropstudio.app;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The column beside the diagram: the reading panels and the editors as tabs ({@code #tools}) above
 * the plots ({@code #plots}). The reader comes first. Plots with nothing to show yet (no loss before
 * the first update; no boundary to draw for a single sample) stay folded to their tab strip, and
 * open by themselves once they have something, where the column is tall enough to give them
 * {@link #PLOTS_HEIGHT} below a whole equation block ({@link #READER_HEIGHT}); on a shorter column
 * they wait, folded, to be opened. The student folds or opens them with the button on the strip
 * ({@code #plots-fold}), a click on a plot's tab, or View › Show plots, and gives either side more
 * room with the divider or View › Plots taller / shorter ({@link LayoutMenu}). The divider and the student's choice
 * are remembered between runs ({@link LayoutMemory}).
 */
final class SideColumn {
    /** What the student chose for the plots: nothing yet, open them, keep them folded. */
    enum Choice { AUTO, OPEN, FOLDED }

    /** The least height of the reading panels and of the open plots, px: a tab strip and a little. */
    static final double MIN_PANE_HEIGHT = 140;
    /** The height the reading panels are given first when the plots open, px: a whole equation block. */
    static final double READER_HEIGHT = 470;
    /** The least height the plots open with, px: a header and a curve that can be read. */
    static final double PLOTS_HEIGHT = 170;
    /** The reader's share of a short column whose plots the student opened. */
    static final double ASKED_SHARE = 0.52;
    /** A move of the divider this close to where the column put it is the split settling, not the student. */
    private static final double SETTLE = 0.01;
    /** How far one View › Plots taller / shorter moves the divider, as a share of the column. */
    static final double NUDGE = 0.08;
    /** The tab strip's height before the tab pane has its skin, px. */
    private static final double STRIP_GUESS = 36;

    private final StudioModel model;
    private final LayoutMemory memory;
    private final TabPane tools;
    private final TabPane plots;
    private final StackPane plotArea;
    private final SplitPane split;
    private final Button fold = new Button();
    /** What the student chose for plots with something to show (remembered). */
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.AUTO);
    /** Whether the timeline open has shown a loss (reset when a new one starts). */
    private final BooleanProperty hadLoss = new SimpleBooleanProperty();
    /** The student opened the plots while they had nothing to show (this run only). */
    private final BooleanProperty peeking = new SimpleBooleanProperty();
    /** Whether the column can give the plots room below a whole equation block. */
    private final BooleanBinding roomy;
    private final BooleanBinding hasContent;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    /** The divider while the plots are shown, as the student placed it; NaN: the column's own choice. */
    private double readerShare;
    /** Whether the column itself is moving the divider (not the student), and where it put it last. */
    private boolean placing;
    private double lastPlaced = Double.NaN;
    private final javafx.beans.InvalidationListener dividerMoved = o -> dividerMoved();
    private final javafx.beans.InvalidationListener contentChanged = o -> apply();

    /**
     * @param tools  the reading panels and editors
     * @param plots  the plots' tabs, the first being the loss chart, the second the decision boundary
     * @param memory where the divider and the fold are kept between runs
     */
    SideColumn(StudioModel model, TabPane tools, TabPane plots, LayoutMemory memory) {
        this.model = model;
        this.memory = memory;
        this.tools = tools;
        this.plots = plots;
        this.readerShare = memory.share(LayoutMemory.READER_SHARE).orElse(Double.NaN);
        choice.set(memory.choice(LayoutMemory.PLOTS, Choice.class).orElse(Choice.AUTO));
        fold.setId("plots-fold");
        fold.getStyleClass().addAll("plots-fold", "flat");
        plotArea = new StackPane(plots, fold);
        plotArea.getStyleClass().add("plot-area");
        StackPane.setAlignment(fold, Pos.TOP_RIGHT);
        tools.setMinHeight(MIN_PANE_HEIGHT);
        split = new SplitPane(tools, plotArea);
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("side");
        // a loss once shown stays something to show while its timeline lasts: stepping back before
        // the first update does not fold the plots under the student (a new session does)
        model.lossesProperty().addListener((obs, was, now) -> {
            if (now != null && now.count() > 0) {
                hadLoss.set(true);
            }
        });
        model.lengthProperty().addListener((obs, was, now) -> {
            if (now.longValue() == 0) {
                hadLoss.set(false);
            }
        });
        hasContent = Bindings.createBooleanBinding(() -> hadLoss.get()
                        || hasSomethingToShow(model.lossesProperty().get(), model.snapshotProperty().get()),
                hadLoss, model.lossesProperty(), model.snapshotProperty());
        roomy = split.heightProperty().greaterThanOrEqualTo(READER_HEIGHT + PLOTS_HEIGHT);
        // opened by hand before there was anything: still open the moment something comes (then OPEN)
        shown.bind(Bindings.createBooleanBinding(() -> peeking.get() || hasContent.get()
                        && (choice.get() == Choice.OPEN || choice.get() == Choice.AUTO && roomy.get()),
                hasContent, choice, peeking, roomy));
        wire();
    }

    /**
     * Whether a plot has something to show: a loss once an update has been made, a decision
     * boundary (a network of one or two inputs) over more than one sample, or the pictures of a
     * session whose inputs are images.
     */
    static boolean hasSomethingToShow(LossSeries losses, Snapshot snapshot) {
        if (losses != null && losses.count() > 0) {
            return true;
        }
        if (snapshot == null) {
            return false;
        }
        int inputs = snapshot.network().inputs();
        return (inputs == 1 || inputs == 2) && snapshot.session().dataset().size() > 1
                || snapshot.session().dataset().image().isPresent();
    }

    /** The column (the split of the reading panels above the plots). */
    SplitPane node() {
        return split;
    }

    /** The plots with their fold button, the split's lower item. */
    Node plotArea() {
        return plotArea;
    }

    /** Whether the plots are open (not folded to their tab strip). */
    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * Folds the plots if open, opens them if folded (the fold button, View › Show plots); nothing
     * while presenting, which has taken the plots out.
     */
    void toggle() {
        if (!split.getItems().contains(plotArea)) {
            return;
        }
        boolean open = !shown.get();
        if (hasContent.get()) {
            choice.set(open ? Choice.OPEN : Choice.FOLDED);
        } else {
            peeking.set(open);
        }
    }

    /** Gives the plots {@code NUDGE} more of the column's height (negative: less), opening them if folded. */
    void nudge(double share) {
        if (!split.getItems().contains(plotArea)) {
            return;
        }
        if (!shown.get()) {
            toggle();
        }
        double now = split.getDividerPositions()[0];
        readerShare = Math.max(0.15, Math.min(0.85, now - share));
        place(readerShare);
    }

    /** Back to the window's own choice: plots open where they have something and room, the reader first. */
    void resetLayout() {
        readerShare = Double.NaN;
        peeking.set(false);
        choice.set(Choice.AUTO);
        apply();
    }

    /** Writes the divider and the fold into the memory (saved by the window). */
    void remember() {
        if (!Double.isNaN(readerShare)) {
            memory.put(LayoutMemory.READER_SHARE, readerShare);
        }
        memory.put(LayoutMemory.PLOTS, choice.get().name());
    }

    private void wire() {
        fold.setOnAction(e -> toggle());
        shown.addListener((obs, was, now) -> apply());
        hasContent.addListener((obs, was, now) -> {
            if (now && peeking.get()) {
                choice.set(Choice.OPEN); // opened by hand before there was anything: they stay open
            }
            peeking.set(false);
            if (now) {
                showTheOneWithSomething();
            }
        });
        // where the student drags the divider while the plots are open is where it goes back to
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> watchDividers());
        watchDividers();
        // folded plots keep nothing in the Tab order: their controls cannot be seen
        watchContents();
        plots.getTabs().addListener((ListChangeListener<Tab>) c -> { // the pictures in the boundary's place
            watchContents();
            apply();
        });
        // a click on a tab of the folded plots opens them, as the fold button does
        plots.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!shown.get() && e.getY() <= stripHeight()) {
                toggle();
            }
        });
        plots.skinProperty().addListener((obs, was, now) -> apply());
        split.heightProperty().addListener((obs, was, now) -> {
            if (!shown.get()) {
                place(1);
            } else if (was.doubleValue() <= 0 && Double.isNaN(readerShare)) {
                place(firstShare()); // the first layout: now the reader's need is known
            }
        });
        // presentation mode takes the plots out and puts them back: they come back as they were
        split.getItems().addListener((ListChangeListener<Node>) c -> {
            placing = true; // the split's own moves until the plots are placed again are not the student's
            Platform.runLater(() -> {
                placing = false;
                apply();
            });
        });
        apply();
        showTheOneWithSomething();
    }

    /** Opens or folds the plots as {@link #shown} says, the fold button telling what a click does. */
    private void apply() {
        boolean open = shown.get();
        if (!split.getItems().contains(plotArea)) {
            return;
        }
        fold.setGraphic(new FontIcon(open ? "mdal-expand_more" : "mdal-expand_less"));
        String tip = Messages.get(open ? "plots.fold" : "plots.show");
        fold.setTooltip(new Tooltip(tip));
        fold.setAccessibleText(tip);
        fold.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        plots.getTabs().stream().map(Tab::getContent).filter(java.util.Objects::nonNull)
                .forEach(content -> content.setVisible(open));
        if (open) {
            plotArea.setMinHeight(MIN_PANE_HEIGHT);
            plotArea.setMaxHeight(Double.MAX_VALUE);
            place(Double.isNaN(readerShare) ? firstShare() : readerShare);
        } else {
            double strip = stripHeight();
            plotArea.setMinHeight(strip);
            plotArea.setMaxHeight(strip);
            place(1);
        }
    }

    /** Moves the divider to {@code position}, as the column's own move (not the student's). */
    private void place(double position) {
        placing = true;
        lastPlaced = position;
        try {
            split.setDividerPositions(position);
        } finally {
            placing = false;
        }
    }

    /** Keeps where the student put the divider of the open plots (not where the column put it). */
    private void dividerMoved() {
        if (!placing && shown.get() && split.getItems().contains(plotArea) && split.getHeight() > 0
                && split.getDividerPositions().length > 0
                && Math.abs(split.getDividerPositions()[0] - lastPlaced) > SETTLE) {
            readerShare = split.getDividerPositions()[0];
        }
    }

    /** Folds (or shows) each plot's content as it is made, whatever tabs the plots have now. */
    private void watchContents() {
        for (Tab tab : plots.getTabs()) {
            tab.contentProperty().removeListener(contentChanged);
            tab.contentProperty().addListener(contentChanged);
        }
    }

    /** Keeps where the student puts the divider of the open plots, whatever moves it. */
    private void watchDividers() {
        for (SplitPane.Divider divider : split.getDividers()) {
            divider.positionProperty().removeListener(dividerMoved);
            divider.positionProperty().addListener(dividerMoved);
        }
    }

    /**
     * Where the divider goes when the plots open and the student has not placed it: the reader
     * first ({@link #readerFirst}) where the column has room for both; on a shorter column, where
     * the plots opened only because the student asked, an even share ({@link #ASKED_SHARE}) so that
     * the plot asked for can be read.
     */
    private double firstShare() {
        return roomy.get() ? readerFirst() : ASKED_SHARE;
    }

    /**
     * The divider that gives the reading panels {@link #READER_HEIGHT} (a whole equation block)
     * where the column allows, the plots at least {@link #PLOTS_HEIGHT}, and the reader at least
     * 62 % of a tall column.
     */
    private double readerFirst() {
        double height = split.getHeight();
        if (height <= 0) {
            return 0.62;
        }
        double reader = Math.max(0.62 * height, Math.min(READER_HEIGHT, height - PLOTS_HEIGHT));
        return Math.max(0.15, Math.min(0.85, reader / height));
    }

    /** The height of the plots' tab strip (with the pane's own insets). */
    private double stripHeight() {
        Node header = plots.lookup(".tab-header-area");
        if (header instanceof Region strip) {
            double h = strip.prefHeight(-1);
            if (h > 0) {
                return Math.ceil(h + plots.snappedTopInset() + plots.snappedBottomInset());
            }
        }
        return STRIP_GUESS;
    }

    /** Selects a plot that has something when the one selected has nothing (the boundary before any loss). */
    private void showTheOneWithSomething() {
        LossSeries losses = model.lossesProperty().get();
        boolean lossEmpty = losses == null || losses.count() == 0;
        if (lossEmpty && hasContent.get() && plots.getTabs().size() > 1
                && plots.getSelectionModel().getSelectedIndex() == 0) {
            plots.getSelectionModel().select(1);
        }
    }

    /** The reading panels' tab pane. */
    TabPane tools() {
        return tools;
    }

    /** The tab of {@code id} among the reading panels, if there is one. */
    Tab toolsTab(String id) {
        return tools.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElse(null);
    }
}
