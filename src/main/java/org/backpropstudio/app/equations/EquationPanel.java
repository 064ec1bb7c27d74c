package org.backpropstudio.app.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.backpropstudio.app.LiveScrollPane;
import org.backpropstudio.app.MathMasks;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;

/**
 * The equations of the current micro-step, typeset as a textbook sets them: in symbols, then with
 * the numbers put in, then the result, each with one plain sentence saying what it means. When an
 * element of the diagram is selected ({@link StudioModel#selectionProperty()}), that element's own
 * equations in the current state instead, with a button back to the current step.
 *
 * <p>How: a change of the snapshot or the selection updates the words at once (headings, the
 * plain-text line and meaning of each equation: cheap), and asks the typesetting thread handed in
 * for the typeset lines ({@link Typesetting}); the FX thread never typesets. Each equation keeps its
 * previous lines until the new ones arrive (a few milliseconds per line once JLaTeXMath is warm), a
 * long list arrives in growing batches, and a request overtaken by a newer one is dropped, so
 * playing at full speed never queues up work; while playing, the panel follows the model five
 * times a second at most ({@link Pacing}).
 * {@link #typesettingProperty()} is true from a change until its lines are all on screen.
 *
 * <p>Node ids: {@code #equation-panel}; at the top those of {@link EquationHeader};
 * {@code #equation-hint} before
 * the first step; each equation {@code #equation-0}, {@code #equation-1}, … holding a hidden label
 * {@code #equation-text-N} with the equation as one line of Unicode text; {@code #equation-pending}
 * for quantities not yet computed.
 *
 * <p>Looks: {@code equations.css}; the type size of equations is {@code -bp-equation-size}.
 */
public final class EquationPanel extends VBox {
    private static final System.Logger LOG = System.getLogger(EquationPanel.class.getName());
    private static final StyleablePropertyFactory<EquationPanel> CSS =
            new StyleablePropertyFactory<>(VBox.getClassCssMetaData());
    private static final String STYLESHEET =
            Objects.requireNonNull(EquationPanel.class.getResource("equations.css")).toExternalForm();
    /** Equations are rendered at least at this multiple of their layout size, for HiDPI screens. */
    private static final double MIN_RENDER_SCALE = 2;
    /** A change of the panel's width by this many pixels or more breaks long lines anew. */
    private static final double RELAYOUT_WIDTH = 8;
    /** While playing, the equations follow the model this often at most (five times a second). */
    static final Duration PLAYING_REFRESH = Duration.millis(200);

    private final StudioModel model;
    /** Typeset lines kept for reuse, in pixels (4 bytes each), and their margin in rendered pixels. */
    private static final long CACHE_PIXELS = 8L << 20;
    private static final int MARGIN = 2;

    private final MathMasks typesetter;
    private final SheetMaker maker;
    private final Typesetting typesetting;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "typesetting");
    private final StyleableProperty<Number> equationSize =
            CSS.createStyleableNumberProperty(this, "equationSize", "-bp-equation-size", p -> p.equationSize, 26,
                    false);

    private final EquationHeader header;
    private final Label hint = new Label();
    private final VBox list = new VBox();
    private final Label pending = new Label();
    private final ScrollPane scroll = new LiveScrollPane();
    private final VBox body = new VBox();
    /** How many equations of the sheet on screen have their typeset lines. */
    private int linesShown;
    /** The line width the sheet on screen (or on its way) was made for. */
    private double requestedWidth;

    /** Whether the whole list of a long step is shown, rather than its first few equations. */
    private boolean all;
    /** What the list is about (a step's kind and layer, or the selection): "show all" resets when it changes. */
    private Object topic;

    private final InvalidationListener changed = o -> refresh();
    /** A new snapshot or a change between playing and paused: redone at once when stepping, paced while playing. */
    private final InvalidationListener stepped = o -> refreshWhenDue();
    private final Pacing pacing = new Pacing(PLAYING_REFRESH, this::refresh);
    /** Whether a snapshot came while playing and typesetting was busy: refresh when it is done. */
    private boolean refreshAfterTypesetting;
    /** How many typesettings have reached the screen; for tests. */
    private long typeset;

    /**
     * A panel following {@code model}'s snapshot and selection, typesetting on {@code typesetting}
     * (one thread, off the FX thread).
     */
    public EquationPanel(StudioModel model, Executor typesetting) {
        this.model = model;
        this.typesetter = new MathMasks(typesetting, CACHE_PIXELS, MARGIN);
        this.maker = new SheetMaker(typesetter);
        this.typesetting = new Typesetting(typesetter, maker);
        this.header = new EquationHeader(() -> model.selectionProperty().set(null), () -> {
            all = !all;
            refresh();
        });
        createView();
        init();
    }

    private void createView() {
        setId("equation-panel");
        getStyleClass().add("equation-panel");
        getStylesheets().add(STYLESHEET);

        hint.setId("equation-hint");
        hint.getStyleClass().add("equation-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("equation-list");
        list.getStyleClass().add("equation-list");
        pending.setId("equation-pending");
        pending.getStyleClass().add("equation-pending");
        pending.setWrapText(true);
        pending.setMinHeight(Region.USE_PREF_SIZE);
        body.getChildren().setAll(hint, list, pending);
        body.getStyleClass().add("equation-body");
        scroll.setId("equation-scroll");
        scroll.getStyleClass().add("equation-scroll");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(header, scroll);
        show(null);
    }

    private void init() {
        typesetter.warmUp();
        model.snapshotProperty().addListener(new WeakInvalidationListener(stepped));
        model.playingProperty().addListener(new WeakInvalidationListener(stepped));
        model.selectionProperty().addListener(new WeakInvalidationListener(changed));
        ((javafx.beans.Observable) equationSize).addListener(changed);
        scroll.viewportBoundsProperty().addListener(o -> onViewportResized());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                refresh();
            }
        });
        refresh();
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /**
     * True from a change of the state or the selection until the equations for it are on screen;
     * for tests, and for anything that snapshots the panel.
     */
    public ReadOnlyBooleanProperty typesettingProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many requests' typeset lines have reached the screen; for tests. */
    long typesetCount() {
        return typeset;
    }

    public boolean isTypesetting() {
        return busy.get();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** A new snapshot: redone at once when stepping, at most every {@link #PLAYING_REFRESH} while playing. */
    private void refreshWhenDue() {
        boolean playing = model.playingProperty().get();
        if (playing && busy.get()) {
            // the lines in progress are not superseded while playing (on a busy machine a newer
            // request every 200 ms would leave the lines of an earlier step under new words)
            refreshAfterTypesetting = true;
            return;
        }
        pacing.request(playing);
    }

    /**
     * Shows the words of the current state and selection at once, and asks the typesetting thread
     * for their typeset lines; the newest request wins.
     */
    private void refresh() {
        pacing.running();
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        Selection selection = model.selectionProperty().get();
        MicroStep step = s.lastStep();
        Object now = selection != null ? selection : step == null ? "upcoming" : List.of(step.kind(), step.layer());
        if (!now.equals(topic)) {
            topic = now;
            all = false;
            scroll.setVvalue(0);
        }
        requestedWidth = lineWidth();
        SheetMaker.Request request = new SheetMaker.Request(s, selection, all,
                equationSize.getValue().doubleValue(), renderScale(), requestedWidth);
        EquationSheet sheet;
        try {
            sheet = maker.sheet(request);
        } catch (RuntimeException e) {
            typesetting.supersede();
            LOG.log(System.Logger.Level.ERROR, "could not explain this state", e);
            showError(e);
            busy.set(false);
            return;
        }
        show(sheet);
        linesShown = 0;
        busy.set(true);
        typesetting.request(request, partial -> showLines(partial, sheet, false), (lines, error) -> {
            if (error != null) {
                LOG.log(System.Logger.Level.ERROR, "could not typeset the equations", error);
                showError(error);
            } else {
                showLines(lines, sheet, true);
            }
            busy.set(false);
            typeset++;
            if (refreshAfterTypesetting) {
                refreshAfterTypesetting = false;
                refreshWhenDue();
            }
        });
    }

    /** The width an equation's lines may take: the list's, inside the scroll pane's viewport; 0 before layout. */
    private double lineWidth() {
        Insets in = body.getInsets();
        double viewport = scroll.getViewportBounds().getWidth();
        return viewport <= 0 ? 0 : Math.floor(viewport - in.getLeft() - in.getRight());
    }

    /** Typesets again when the width for lines has changed enough to break them differently. */
    private void onViewportResized() {
        if (Math.abs(lineWidth() - requestedWidth) >= RELAYOUT_WIDTH) {
            refresh();
        }
    }

    /** The window's output scale, at least {@value #MIN_RENDER_SCALE}. */
    private double renderScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double screen = window == null ? 1 : Math.max(window.getOutputScaleX(), window.getOutputScaleY());
        return Math.max(MIN_RENDER_SCALE, Math.ceil(screen));
    }

    /** Puts the words of {@code sheet} on screen (null: nothing), reusing the blocks already there. */
    private void show(EquationSheet sheet) {
        boolean selected = sheet != null && sheet.mode() == EquationSheet.Mode.ELEMENT;
        pseudo("upcoming", sheet != null && sheet.mode() == EquationSheet.Mode.UPCOMING);
        pseudo("selected", selected);
        header.show(sheet, all);
        setText(hint, sheet == null ? "" : sheet.hint());
        setText(pending, sheet == null ? "" : sheet.pending());

        List<EquationSheet.Item> items = sheet == null ? List.of() : sheet.items();
        ObservableList<Node> blocks = list.getChildren();
        if (blocks.size() > items.size()) {
            blocks.remove(items.size(), blocks.size());
        }
        List<Node> added = new ArrayList<>();
        for (int i = blocks.size(); i < items.size(); i++) {
            added.add(new EquationBlock(i));
        }
        blocks.addAll(added);
        for (int i = 0; i < items.size(); i++) {
            ((EquationBlock) blocks.get(i)).setItem(items.get(i));
        }
    }

    /**
     * Puts the typeset lines of {@code sheet}'s first equations on screen ({@code complete}: of
     * all of them; else a batch of a long list, whose progress the count line shows).
     */
    private void showLines(List<EquationSheet.Lines> lines, EquationSheet sheet, boolean complete) {
        List<Node> blocks = list.getChildren();
        for (int i = linesShown; i < lines.size() && i < blocks.size(); i++) {
            ((EquationBlock) blocks.get(i)).setLines(lines.get(i));
        }
        linesShown = lines.size();
        header.showProgress(lines.size(), sheet, all, complete);
    }

    private void showError(Throwable error) {
        show(null);
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        setText(hint, Messages.format("equations.error", cause.getMessage()));
    }

    private void pseudo(String state, boolean on) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(state), on);
    }

    /** Shows {@code text} in {@code label}, or leaves it out of the layout when it is empty. */
    static void setText(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
