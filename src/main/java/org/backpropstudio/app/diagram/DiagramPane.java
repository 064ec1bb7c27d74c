package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * The drawing itself: follows the model's snapshots and selection, and lays the drawing out from
 * its own size as {@link DiagramLayout} plans it (the roomiest {@link Density} whose cards fit,
 * weight tags only where they cannot collide). The nodes are made once per architecture
 * ({@link NetworkNodes}); each snapshot only changes texts, style classes and pseudo-classes.
 */
final class DiagramPane extends Region {
    private final StudioModel model;
    private final BooleanProperty animated;
    private final ParameterEditor editor;
    private final EditGestures gestures;
    private final ReadOnlyObjectWrapper<Density> density =
            new ReadOnlyObjectWrapper<>(this, "density", Density.EXTRA_LARGE);

    private final Group edgeLayer = group("edges");
    private final Pulses pulses = new Pulses();
    private final Group tagLayer = group("edge-tags");
    private final Group cardLayer = group("neurons");
    private final Group headerLayer = group("headers");
    private final NumberLabel loss = new NumberLabel("Jₛ", "loss");
    private final Group content = group("content");
    private final Probes probes = new Probes();
    private final Highlights highlights = new Highlights();

    /** The nodes of the architecture shown; null before the first snapshot. */
    private NetworkNodes nodes;
    /** The snapshot shown. */
    private Snapshot shown;

    // layout state
    private DiagramLayout.Plan plan;
    /** Weight tags whose text changed, to refit in the next layout pass. */
    private final Set<EdgeView> refits = new LinkedHashSet<>();
    private boolean lossRefit;
    private boolean geometryValid;
    private boolean laying;
    private double laidOutWidth;
    private double laidOutHeight;
    /** A weight whose tag is being shown to take the focus, or null. */
    private EdgeView revealing;

    private final InvalidationListener onSnapshot = obs -> snapshotChanged();
    private final InvalidationListener onSelection = obs -> showSelection();
    /** The model holds these weakly, and {@link #dispose()} removes them. */
    private final InvalidationListener weakOnSnapshot = new WeakInvalidationListener(onSnapshot);
    private final InvalidationListener weakOnSelection = new WeakInvalidationListener(onSelection);

    /** A drawing of {@code model}'s network; the editor's what-if slices are computed on {@code whatIfWorker}. */
    DiagramPane(StudioModel model, BooleanProperty animated, Executor whatIfWorker) {
        this.model = model;
        this.animated = animated;
        this.editor = new ParameterEditor(model, whatIfWorker);
        this.gestures = new EditGestures(model, editor);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("diagram-canvas");
        loss.setId("loss");
        loss.setManaged(false);
        content.getChildren().setAll(edgeLayer, pulses.layer(), cardLayer, tagLayer, headerLayer, loss);
        content.getStyleClass().add(density.get().styleClass());
        getChildren().setAll(content, probes.node());
    }

    private void init() {
        model.snapshotProperty().addListener(weakOnSnapshot);
        model.selectionProperty().addListener(weakOnSelection);
        sceneProperty().addListener(obs -> {
            probes.forget(); // another scene may style it differently
            geometryValid = false;
        });
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                model.selectionProperty().set(null);
                editor.hide();
            }
        });
        snapshotChanged();
    }

    /** The density the layout chose for the current size. */
    ReadOnlyObjectProperty<Density> densityProperty() {
        return density.getReadOnlyProperty();
    }

    /** Whether the weight tags of the edges into layer {@code l} are shown (for tests). */
    boolean tagsShown(int l) {
        return plan != null && l < plan.columns() && plan.tagsShown(l);
    }

    /** The editor of weights, biases, inputs and targets. */
    ParameterEditor editor() {
        return editor;
    }

    /** The hands-on gestures (their notices). */
    EditGestures gestures() {
        return gestures;
    }

    /** Stops following the model (the diagram is being thrown away). */
    void dispose() {
        editor.dispose();
        gestures.hideNote();
        model.snapshotProperty().removeListener(weakOnSnapshot);
        model.selectionProperty().removeListener(weakOnSelection);
        pulses.stop();
    }

    // ----------------------------------------------------------------------------------------
    // Following the model: nodes once per architecture, then per snapshot texts and marks only
    // ----------------------------------------------------------------------------------------

    private void snapshotChanged() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null) {
            return;
        }
        if (nodes == null || !nodes.draws(s)) {
            rebuild(s);
        }
        nodes.show(s);
        if (loss.show(DiagramValues.hasLoss(s), s.sampleLoss())) {
            lossRefit = true;
            requestLayoutUnlessLaying();
        }
        nodes.setStrengths(s, density.get().maxStroke());
        Marks now = Marks.of(s.lastStep(), s);
        if (!now.equals(highlights.marks())) {
            highlights.mark(now, nodes, loss);
            placeTags(); // the tags of the weights the step uses, where the layout dropped them
        }
        if (shown != null) {
            pulses.follow(shown, s, nodes, animated.get());
        }
        shown = s;
    }

    private void rebuild(Snapshot s) {
        pulses.stop();
        editor.hide();
        gestures.hideNote();
        highlights.clear();
        nodes = new NetworkNodes(s, model, gestures, this::requestRefit);
        nodes.onReveal(this::reveal);
        for (int l = 1; l < nodes.columns(); l++) {
            nodes.edges(l).forEach(e -> e.attention().addListener(o -> placeTags()));
        }
        nodes.allCards().forEach(card -> card.focusedProperty().addListener(o -> placeTags()));
        edgeLayer.getChildren().setAll(nodes.edgeGroups());
        tagLayer.getChildren().setAll(nodes.tags());
        cardLayer.getChildren().setAll(nodes.allCards());
        headerLayer.getChildren().setAll(nodes.headers());
        plan = null;
        geometryValid = false;
        refits.clear();
        shown = null;
        pulses.forgetArrival();
        nodes.setRows(density.get().rows());
        showSelection();
        requestLayout();
    }

    private void showSelection() {
        if (nodes != null) {
            highlights.select(model.selectionProperty().get(), nodes);
            placeTags();
        }
    }

    // ----------------------------------------------------------------------------------------
    // Layout: from the pane's size
    // ----------------------------------------------------------------------------------------

    /** Refits {@code e}'s tag in the next layout pass. */
    private void requestRefit(EdgeView e) {
        refits.add(e);
        requestLayoutUnlessLaying();
    }

    private void requestLayoutUnlessLaying() {
        if (!laying) {
            requestLayout();
        }
    }

    /**
     * Lays everything out when the size or the architecture changed; otherwise only refits the
     * weight tags and the loss whose text changed (their styles are applied by now).
     */
    @Override
    protected void layoutChildren() {
        laying = true;
        try {
            if (!geometryValid || getWidth() != laidOutWidth || getHeight() != laidOutHeight) {
                layoutAll();
                geometryValid = true;
                laidOutWidth = getWidth();
                laidOutHeight = getHeight();
            }
            refits.forEach(EdgeView::refit);
            refits.clear();
            if (lossRefit) {
                refitLoss();
                lossRefit = false;
            }
        } finally {
            laying = false;
        }
    }

    private void layoutAll() {
        pulses.stop();
        if (nodes == null || nodes.columns() < 2) {
            return;
        }
        Insets in = getInsets();
        DiagramLayout.Area area = new DiagramLayout.Area(in.getLeft(), in.getTop(),
                getWidth() - in.getLeft() - in.getRight(), getHeight() - in.getTop() - in.getBottom());
        boolean remember = getScene() != null;
        PictureCard picture = nodes.picture();
        double[] pictureSize = picture == null ? null : picture.fit(area.width(), area.height());
        apply(DiagramLayout.plan(nodes.columnUnits(), area, d -> picture == null ? probes.measure(d, remember)
                : PictureCard.withPicture(probes.measure(d, remember), pictureSize), picture != null));
    }

    /** Puts every node where {@code next} says. */
    private void apply(DiagramLayout.Plan next) {
        plan = next;
        setDensity(next.density());
        int n = next.columns();
        DiagramLayout.Span[] headers = next.headers(nodes.headerWidths());
        for (int l = 0; l < n; l++) {
            Label header = nodes.header(l);
            DiagramLayout.Span span = headers[l];
            header.resize(span.width(), next.headerHeight());
            header.relocate(snap(span.x()), next.headerTop());
            List<NeuronView> column = nodes.cards(l);
            for (int j = 0; j < column.size(); j++) {
                NeuronView card = column.get(j);
                card.resize(snap(next.cardWidth(l)), snap(next.cardHeight(l)));
                card.relocate(snap(next.x(l) - next.cardWidth(l) / 2), snap(next.y(l, j) - next.cardHeight(l) / 2));
            }
        }
        for (int l = 1; l < n; l++) {
            double x0 = next.edgeLeft(l);
            double x1 = next.edgeRight(l);
            List<EdgeView> into = nodes.edges(l);
            List<PathElement> path = new ArrayList<>(2 * into.size());
            for (int i = 0; i < into.size(); i++) {
                EdgeView e = into.get(i);
                double y0 = centreY(nodes.card(l - 1, e.from()));
                double y1 = centreY(nodes.card(l, e.to()));
                e.setSlim(next.slim());
                e.setEnds(x0, y0, x1, y1);
                e.setTagPosition(next.tagPosition(l, i));
                path.add(new MoveTo(x0, y0));
                path.add(new LineTo(x1, y1));
            }
            nodes.halo(l).getElements().setAll(path);
            nodes.veil(l).getElements().setAll(path);
        }
        if (nodes.picture() != null) {
            placePicture(next);
        }
        placeTags();
        refitLoss();
    }

    /** Puts the input picture in column 0 and its lines to the hidden cards, the layer's halo and veil along them. */
    private void placePicture(DiagramLayout.Plan next) {
        PictureCard picture = nodes.picture();
        picture.resize(snap(next.cardWidth(0)), snap(next.cardHeight(0)));
        picture.relocate(snap(next.x(0) - next.cardWidth(0) / 2), snap(next.y(0, 0) - next.cardHeight(0) / 2));
        picture.layout();
        double[] ys = nodes.cards(1).stream().mapToDouble(DiagramPane::centreY).toArray();
        nodes.halo(1).getElements().setAll(picture.placeBundle(next.edgeRight(1), ys));
        nodes.veil(1).getElements().clear(); // the lines are faint already: nothing to fade
    }

    /** Shows the tag of {@code e} now, though its layer's tags were dropped (to give it the focus). */
    private void reveal(EdgeView e) {
        revealing = e;
        try {
            placeTags();
        } finally {
            revealing = null;
        }
    }

    /**
     * Shows every weight tag whose layer's tags fit (none until the nodes are laid out); where the
     * layout dropped a layer's tags, those that {@link TagsKept} names; marks what is shown.
     */
    private void placeTags() {
        if (nodes == null) {
            return;
        }
        Map<DiagramLayout.Edge, Double> extra = plan == null || plan.allTagsShown() ? Map.of()
                : TagsKept.extraTags(plan, nodes, model.selectionProperty().get(), highlights.marks(), revealing);
        for (int l = 1; l < nodes.columns(); l++) {
            boolean fit = tagsShown(l);
            List<EdgeView> into = nodes.edges(l);
            for (int i = 0; i < into.size(); i++) {
                EdgeView e = into.get(i);
                Double t = fit ? null : extra.get(new DiagramLayout.Edge(l, i));
                if (t != null) {
                    e.setTagPosition(t);
                }
                e.showTag(fit || t != null);
            }
        }
        highlights.mark(highlights.marks(), nodes, loss);
    }

    /** Puts the loss under the output column, right-aligned with its cards, if there is room. */
    private void refitLoss() {
        if (plan == null) {
            return;
        }
        loss.autosize();
        loss.setVisible(loss.getHeight() <= plan.lossRoom() && density.get() != Density.DOT);
        loss.relocate(snap(plan.lossRight() - loss.getWidth()), snap(plan.lossTop()));
    }

    private void setDensity(Density d) {
        if (d != density.get() || !content.getStyleClass().contains(d.styleClass())) {
            content.getStyleClass().setAll("content", d.styleClass());
            nodes.setRows(d.rows());
            density.set(d);
            if (shown != null) {
                nodes.setStrengths(shown, d.maxStroke());
            }
            highlights.mark(highlights.marks(), nodes, loss);
            content.applyCss(); // the cards take their new sizes now, in this layout pass
        }
    }

    private static double centreY(NeuronView card) {
        return card.getLayoutY() + card.getHeight() / 2;
    }

    private double snap(double v) {
        return snapPositionX(v);
    }

    private static Group group(String styleClass) {
        Group g = new Group();
        g.getStyleClass().add(styleClass);
        g.setManaged(false);
        g.setAutoSizeChildren(false);
        return g;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
