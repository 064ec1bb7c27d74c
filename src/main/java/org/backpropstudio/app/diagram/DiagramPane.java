package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.EdgeModel;
import org.backpropstudio.model.LayerModel;
import org.backpropstudio.model.NeuronModel;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;

/**
 * The drawing itself, laid out from its own size: one column per layer, evenly spaced, units
 * centred vertically; edges from each card's right side to the next column's left side. It picks
 * the roomiest {@link Density} whose cards fit, and shows a layer's weight tags only where they
 * cannot collide. The scene graph is built once per architecture; each step only changes texts,
 * style classes and pseudo-classes.
 */
final class DiagramPane extends Region {
    static final PseudoClass COMPUTED_NOW = PseudoClass.getPseudoClass("computed-now");
    static final PseudoClass READ = PseudoClass.getPseudoClass("read");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** The least free space between the cards of two adjacent columns, px: room for weight tags, or for edges only. */
    private static final double MIN_COLUMN_GAP = 56;
    private static final double MIN_PACKED_COLUMN_GAP = 28;
    /** The least and the most free space between two cards of a column, px. */
    private static final double MIN_ROW_GAP = 4;
    private static final double MAX_ROW_GAP = 44;
    /** Space under the column headers, px. */
    private static final double HEADER_GAP = 14;
    /** Space kept around a weight tag, px. */
    private static final double TAG_MARGIN = 6;
    /** Where along an edge its weight tag may go (fractions of its length), in order of preference. */
    private static final double[] TAG_POSITIONS = {0.3, 0.5, 0.7, 0.2, 0.4, 0.6, 0.8, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75};

    private final StudioModel model;
    private final BooleanProperty animated;
    private final ParameterEditor editor;
    private final EditGestures gestures;
    private final ReadOnlyObjectWrapper<Density> density = new ReadOnlyObjectWrapper<>(this, "density", Density.EXTRA_LARGE);

    private final Group edgeLayer = layer("edges");
    private final Pulses pulses = new Pulses();
    private final Group tagLayer = layer("edge-tags");
    private final Group cardLayer = layer("neurons");
    private final Group headerLayer = layer("headers");
    private final Label loss = new Label();
    private final Group content = layer("content");
    private final Group probes = layer("probes");
    private final NeuronView[] probeCards = {
        new NeuronView(NeuronView.Role.INPUT), new NeuronView(NeuronView.Role.HIDDEN), new NeuronView(NeuronView.Role.OUTPUT)};
    private final EdgeView probeEdge = new EdgeView(null, e -> { });
    private final Label probeHeader = header(Messages.format("diagram.header.hidden", "8", "leaky-relu"));

    private final List<List<NeuronView>> neurons = new ArrayList<>();
    /** edges.get(l): the weights into layer l (none into the input layer). */
    private final List<List<EdgeView>> edges = new ArrayList<>();
    /** edgeLayers.get(l): the group of the edges into layer l, with the halo that marks them all at once. */
    private final List<Group> edgeLayers = new ArrayList<>();
    private final List<Path> halos = new ArrayList<>();
    private final List<Path> veils = new ArrayList<>();
    /** The nodes marked now, to unmark on the next step. */
    private final List<Node> computedNodes = new ArrayList<>();
    private final List<Node> readNodes = new ArrayList<>();
    private final List<Node> selectedNodes = new ArrayList<>();
    private Marks marks = Marks.NONE;
    /** The snapshot shown, and when it arrived (System.nanoTime; 0 right after a rebuild). */
    private Snapshot shown;
    private long lastArrival;

    // layout state
    private final Map<Density, Metrics> measured = new EnumMap<>(Density.class);
    private boolean[] tagsShown = new boolean[0];
    /** Weight tags whose text changed, to refit in the next layout pass. */
    private final Set<EdgeView> refits = new LinkedHashSet<>();
    private boolean lossRefit;
    private boolean geometryValid;
    private boolean laying;
    private double laidOutWidth;
    private double laidOutHeight;
    private double lossRight;
    private double lossTop;
    private double lossRoom;

    private final ListChangeListener<LayerModel> onLayers = change -> rebuild();
    private final InvalidationListener onSnapshot = obs -> snapshotChanged();
    private final InvalidationListener onSelection = obs -> showSelection();

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
        loss.getStyleClass().addAll("value", "loss");
        loss.setManaged(false);
        content.getChildren().setAll(edgeLayer, pulses.layer(), cardLayer, tagLayer, headerLayer, loss);
        content.getStyleClass().add(density.get().styleClass());
        probes.getChildren().setAll(probeCards);
        probes.getChildren().addAll(probeEdge.tag(), probeHeader);
        probes.setVisible(false);
        getChildren().setAll(content, probes);
    }

    private void init() {
        model.layers().addListener(new WeakListChangeListener<>(onLayers));
        model.snapshotProperty().addListener(new WeakInvalidationListener(onSnapshot));
        model.selectionProperty().addListener(new WeakInvalidationListener(onSelection));
        sceneProperty().addListener(obs -> {
            measured.clear(); // another scene may style it differently
            geometryValid = false;
        });
        setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                model.selectionProperty().set(null);
                editor.hide();
            }
        });
        rebuild();
    }

    /** The density the layout chose for the current size. */
    ReadOnlyObjectProperty<Density> densityProperty() {
        return density.getReadOnlyProperty();
    }

    /** Whether the weight tags of the edges into layer {@code l} are shown (for tests). */
    boolean tagsShown(int l) {
        return l < tagsShown.length && tagsShown[l];
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
        model.layers().removeListener(onLayers);
        model.snapshotProperty().removeListener(onSnapshot);
        model.selectionProperty().removeListener(onSelection);
        pulses.stop();
        clearViews();
    }

    // ----------------------------------------------------------------------------------------
    // Building: once per architecture
    // ----------------------------------------------------------------------------------------

    private void rebuild() {
        pulses.stop();
        editor.hide();
        gestures.hideNote();
        clearViews();
        List<LayerModel> layers = model.layers();
        int last = layers.size() - 1;
        List<Node> cards = new ArrayList<>();
        List<Node> layerGroups = new ArrayList<>();
        List<Node> tags = new ArrayList<>();
        List<Node> headers = new ArrayList<>();
        for (LayerModel layer : layers) {
            int l = layer.index();
            NeuronView.Role role = l == 0 ? NeuronView.Role.INPUT : l == last ? NeuronView.Role.OUTPUT : NeuronView.Role.HIDDEN;
            List<NeuronView> column = new ArrayList<>();
            for (NeuronModel neuron : layer.neurons()) {
                NeuronView card = new NeuronView(neuron, role);
                card.setManaged(false);
                card.setOnMouseClicked(e -> select(e, new Selection.Neuron(card.layer(), card.unit())));
                installGestures(card);
                column.add(card);
            }
            List<EdgeView> into = new ArrayList<>();
            Path halo = layerPath("layer-halo", "halo-" + l);
            Path veil = layerPath("layer-veil", "veil-" + l);
            Group lines = new Group(halo);
            lines.getStyleClass().add("edge-layer");
            lines.setId("edges-" + l);
            lines.setAutoSizeChildren(false);
            for (EdgeModel edge : layer.edges()) {
                EdgeView view = new EdgeView(edge, this::requestRefit);
                Selection weight = new Selection.Weight(edge.layer(), edge.to(), edge.from());
                view.line().setOnMouseClicked(e -> select(e, weight));
                view.tag().setOnMouseClicked(e -> select(e, weight));
                Editable editable = new Editable.Weight(edge.layer(), edge.to(), edge.from());
                gestures.install(view.weightLabel(), () -> editable, () -> model.selectionProperty().set(weight),
                        Numbers::format, view::showWeight);
                gestures.installLock(view.lockIcon(), () -> editable);
                into.add(view);
                lines.getChildren().add(view.line());
                tags.add(view.tag());
            }
            lines.getChildren().add(veil);
            halos.add(halo);
            veils.add(veil);
            neurons.add(column);
            edges.add(into);
            edgeLayers.add(lines);
            if (l > 0) {
                layerGroups.add(lines);
            }
            cards.addAll(column);
            headers.add(header(headerText(layer, last)));
            headers.get(l).setId("header-" + l);
        }
        edgeLayer.getChildren().setAll(layerGroups);
        tagLayer.getChildren().setAll(tags);
        cardLayer.getChildren().setAll(cards);
        headerLayer.getChildren().setAll(headers);
        tagsShown = new boolean[layers.size()];
        geometryValid = false;
        refits.clear();
        marks = Marks.NONE;
        shown = null;
        lastArrival = 0;
        applyDensityRows(density.get());
        snapshotChanged();
        showSelection();
        requestLayout();
    }

    private void clearViews() {
        neurons.forEach(column -> column.forEach(NeuronView::dispose));
        edges.forEach(into -> into.forEach(EdgeView::dispose));
        neurons.clear();
        edges.clear();
        edgeLayers.clear();
        halos.clear();
        veils.clear();
        computedNodes.clear();
        readNodes.clear();
        selectedNodes.clear();
    }

    /** Makes a card's bias, input x or target y editable by hand. */
    private void installGestures(NeuronView card) {
        int l = card.layer();
        int j = card.unit();
        Runnable select = () -> model.selectionProperty().set(new Selection.Neuron(l, j));
        if (card.inputLabel() != null) {
            String x = "x" + Numbers.subscript(j + 1);
            gestures.install(card.inputLabel(), () -> currentSample().map(s -> new Editable.Input(s, j)).orElse(null),
                    select, v -> Numbers.labelled(x, v), card::showInput);
        }
        if (card.biasLabel() != null) {
            Editable bias = new Editable.Bias(l, j);
            gestures.install(card.biasLabel(), () -> bias, select, v -> Numbers.labelled("b", v), card::showBias);
            gestures.installLock(card.lockIcon(), () -> bias);
        }
        if (card.targetLabel() != null) {
            gestures.install(card.targetLabel(), () -> currentSample().map(s -> new Editable.Target(s, j)).orElse(null),
                    select, v -> Numbers.labelled("y", v), card::showTarget);
        }
    }

    /**
     * The sample whose x and y the diagram shows: the current one, or before the first micro-step
     * of an iteration the one it will load first.
     */
    private Optional<Integer> currentSample() {
        Snapshot s = model.snapshotProperty().get();
        return s == null ? Optional.empty() : Optional.of(s.currentSample());
    }

    private void select(MouseEvent e, Selection selection) {
        if (e.isStillSincePress()) {
            model.selectionProperty().set(selection);
        }
        e.consume();
    }

    private static String headerText(LayerModel layer, int last) {
        int l = layer.index();
        if (l == 0) {
            return Messages.get("diagram.header.input");
        }
        String id = layer.activation().id();
        return l == last ? Messages.format("diagram.header.output", id)
                : Messages.format("diagram.header.hidden", String.valueOf(l), id);
    }

    // ----------------------------------------------------------------------------------------
    // Following the model: per snapshot, texts and marks only
    // ----------------------------------------------------------------------------------------

    private void snapshotChanged() {
        Snapshot s = model.snapshotProperty().get();
        if (s == null || neurons.size() != s.layers() + 1) {
            return;
        }
        int last = s.layers();
        // before the first micro-step the sample is not loaded yet: x and y show the one that will be
        boolean loaded = s.step() > 0;
        int sample = s.currentSample();
        var data = s.session().dataset();
        for (NeuronView card : neurons.get(last)) {
            card.setTarget(loaded ? s.target(card.unit()) : data.target(sample, card.unit()), !loaded);
        }
        for (NeuronView card : neurons.get(0)) {
            card.setUpcomingInput(data.input(sample, card.unit()));
        }
        boolean lossDone = s.isComputed(MicroStep.Kind.LOSS, 0);
        NeuronView.show(loss, "Jₛ", lossDone ? s.sampleLoss() : null);
        lossRefit = true;
        requestLayoutUnlessLaying();
        setStrengths();
        Marks now = Marks.of(s.lastStep(), s);
        if (!now.equals(marks)) {
            applyMarks(now);
        }
        if (shown != null) {
            animate(s);
        }
        shown = s;
    }

    /** Stroke widths: |w| as a share of the largest |w| in the network. */
    private void setStrengths() {
        double largest = 0;
        for (List<EdgeView> into : edges) {
            for (EdgeView e : into) {
                largest = Math.max(largest, Math.abs(e.model().weightProperty().get()));
            }
        }
        for (List<EdgeView> into : edges) {
            for (EdgeView e : into) {
                double w = Math.abs(e.model().weightProperty().get());
                e.setStrength(largest > 0 && Double.isFinite(largest) ? w / largest : 0, density.get().maxStroke());
            }
        }
    }

    private void applyMarks(Marks next) {
        computedNodes.forEach(n -> n.pseudoClassStateChanged(COMPUTED_NOW, false));
        readNodes.forEach(n -> n.pseudoClassStateChanged(READ, false));
        computedNodes.clear();
        readNodes.clear();
        next.computed().forEach(m -> collect(m, computedNodes));
        next.read().forEach(m -> collect(m, readNodes));
        computedNodes.forEach(n -> n.pseudoClassStateChanged(COMPUTED_NOW, true));
        readNodes.forEach(n -> n.pseudoClassStateChanged(READ, true));
        marks = next;
    }

    /** The nodes that show {@code mark}: value labels, their cards, edges and weight tags. */
    private void collect(Marks.Mark mark, List<Node> into) {
        int l = mark.layer();
        switch (mark.part()) {
            case LOSS -> into.add(loss);
            case WEIGHT, WEIGHT_GRADIENT -> {
                if (l >= 1 && l < edges.size()) {
                    // the layer's edges are marked as one by its halo and veil (two leaves to restyle,
                    // not hundreds of edges);
                    // tags only where they are shown
                    into.add(halo(l));
                    into.add(veil(l));
                    for (EdgeView e : edges.get(l)) {
                        if (e.tag().isVisible()) {
                            into.add(mark.part() == Marks.Part.WEIGHT ? e.weightLabel() : e.gradientLabel());
                        }
                    }
                }
            }
            default -> {
                if (l >= 0 && l < neurons.size()) {
                    for (NeuronView card : neurons.get(l)) {
                        Label label = card.label(mark.part());
                        if (label != null) {
                            if (label.isVisible()) { // a hidden row is marked when it is shown again
                                into.add(label);
                            }
                            into.add(card.mark());
                        }
                    }
                }
            }
        }
    }

    /**
     * Sends pulses along the edges a step just used: into layer l for z⁽ˡ⁾ (left to right), out of
     * layer l for δ⁽ˡ⁾ (right to left). Only for a single step forward that comes slower than a
     * wave takes; anything faster, a stride or a step back just shows the new values.
     */
    private void animate(Snapshot s) {
        long now = System.nanoTime();
        boolean unhurried = lastArrival == 0 || now - lastArrival >= Pulses.DURATION.toMillis() * 1_000_000L;
        lastArrival = now;
        pulses.stop();
        MicroStep step = s.lastStep();
        boolean oneStepOn = step != null && s.iteration() == shown.iteration()
                && s.step() == shown.step() + 1 && s.position() == shown.position() + 1;
        if (!animated.get() || !unhurried || !oneStepOn) {
            return;
        }
        int l = step.layer();
        if (step.kind() == MicroStep.Kind.Z) {
            pulses.play(edges.get(l), false);
        } else if (step.kind() == MicroStep.Kind.DELTA && l < s.layers()) {
            pulses.play(edges.get(l + 1), true);
        }
    }

    private void showSelection() {
        selectedNodes.forEach(n -> n.pseudoClassStateChanged(SELECTED, false));
        selectedNodes.clear();
        Selection selection = model.selectionProperty().get();
        if (selection instanceof Selection.Neuron n && n.layer() < neurons.size() && n.unit() < neurons.get(n.layer()).size()) {
            selectedNodes.add(neurons.get(n.layer()).get(n.unit()));
        } else if (selection instanceof Selection.Weight w) {
            EdgeView e = edge(w.layer(), w.to(), w.from());
            if (e != null) {
                selectedNodes.add(e.line());
                selectedNodes.add(e.tag());
                e.line().toFront();
            }
        }
        selectedNodes.forEach(n -> n.pseudoClassStateChanged(SELECTED, true));
        placeTags();
    }

    private EdgeView edge(int l, int j, int k) {
        if (l < 1 || l >= edges.size()) {
            return null;
        }
        int from = neurons.get(l - 1).size();
        int index = j * from + k;
        return j < neurons.get(l).size() && k < from ? edges.get(l).get(index) : null;
    }

    // ----------------------------------------------------------------------------------------
    // Layout: from the pane's size
    // ----------------------------------------------------------------------------------------

    /** The sizes of things at one density, measured on the probes. */
    private record Metrics(Density density, double[] cardWidth, double[] cardHeight, double headerHeight,
                           double tagWidth, double tagHeight, double tagRowHeight) {
    }

    /** Where everything goes at one density, and whether it fits. */
    private final class Plan {
        final Metrics m;
        final double left;
        final double top;
        final double width;
        final double[] x;
        final double[] cw;
        final double[] ch;
        final double step;
        final double bodyTop;
        final double bodyHeight;
        final double pitch;
        /** Per column: the pitch, or a little more where the cards are taller than elsewhere. */
        final double[] columnPitch;
        final double middle;
        final boolean cardsFit;
        final boolean[] tagsFit;
        /** tagT[l][i]: where along edge i into layer l its tag goes. */
        final double[][] tagT;

        Plan(Metrics m, double left, double top, double width, double height) {
            this.m = m;
            this.left = left;
            this.top = top;
            this.width = width;
            int n = neurons.size();
            x = new double[n];
            cw = new double[n];
            ch = new double[n];
            for (int l = 0; l < n; l++) {
                cw[l] = m.cardWidth()[role(l).ordinal()];
                ch[l] = m.cardHeight()[role(l).ordinal()];
            }
            step = (width - cw[0] / 2 - cw[n - 1] / 2) / (n - 1);
            for (int l = 0; l < n; l++) {
                x[l] = left + cw[0] / 2 + l * step;
            }
            bodyTop = top + m.headerHeight() + HEADER_GAP;
            bodyHeight = Math.max(0, height - m.headerHeight() - HEADER_GAP);
            pitch = pitch(ch, bodyHeight);
            middle = bodyTop + bodyHeight / 2;
            columnPitch = new double[n];
            boolean fit = true;
            for (int l = 0; l < n; l++) {
                int units = neurons.get(l).size();
                double most = units == 1 ? pitch : (bodyHeight - ch[l]) / (units - 1);
                columnPitch[l] = Math.min(most, Math.max(pitch, ch[l] + MIN_ROW_GAP));
                fit &= ch[l] <= bodyHeight && (units == 1 || most >= ch[l] + MIN_ROW_GAP);
                double least = m.density().rows() == Density.Rows.ALL ? MIN_COLUMN_GAP : MIN_PACKED_COLUMN_GAP;
                fit &= l == 0 || step - cw[l - 1] / 2 - cw[l] / 2 >= least;
            }
            cardsFit = fit;
            tagsFit = new boolean[n];
            tagT = new double[n][];
            for (int l = 1; l < n; l++) {
                tagT[l] = new double[edges.get(l).size()];
                tagsFit[l] = fit && decideTags(l);
            }
        }

        /** The centre of unit j of layer l. */
        double y(int l, int j) {
            return middle + (j - (neurons.get(l).size() - 1) / 2.0) * columnPitch[l];
        }

        boolean allTagsFit() {
            for (int l = 1; l < tagsFit.length; l++) {
                if (!tagsFit[l]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the weight tags into layer l fit, and where along its edges they go. Each edge in
         * turn (by target j, then source k) takes the first of a few fractions t of its length where
         * its tag (sized for the weight and ∂J/∂w) stays inside the gap between the columns and
         * overlaps no tag already placed; if some edge finds none, the layer's tags are hidden (the
         * tooltip, zoom or selecting the edge shows them).
         */
        private boolean decideTags(int l) {
            List<EdgeView> into = edges.get(l);
            double x0 = x[l - 1] + cw[l - 1] / 2;
            double x1 = x[l] - cw[l] / 2;
            double width = m.tagWidth() + TAG_MARGIN;
            double height = m.tagHeight() + TAG_MARGIN;
            double lo = (m.tagWidth() / 2 + TAG_MARGIN) / (x1 - x0);
            double hi = 1 - lo;
            boolean fits = m.density() != Density.DOT && lo <= hi;
            double[] placedX = new double[into.size()];
            double[] placedY = new double[into.size()];
            for (int i = 0; i < into.size(); i++) {
                EdgeModel e = into.get(i).model();
                double y0 = y(l - 1, e.from());
                double y1 = y(l, e.to());
                double chosen = Double.NaN;
                for (int c = 0; fits && c < TAG_POSITIONS.length && Double.isNaN(chosen); c++) {
                    double t = Math.max(lo, Math.min(hi, TAG_POSITIONS[c]));
                    double tx = x0 + t * (x1 - x0);
                    double ty = y0 + t * (y1 - y0);
                    boolean free = true;
                    for (int p = 0; p < i && free; p++) {
                        free = Math.abs(placedX[p] - tx) >= width || Math.abs(placedY[p] - ty) >= height;
                    }
                    if (free) {
                        chosen = t;
                        placedX[i] = tx;
                        placedY[i] = ty;
                    }
                }
                fits &= !Double.isNaN(chosen);
                tagT[l][i] = Double.isNaN(chosen) ? 0.5 : chosen;
            }
            return fits;
        }
    }

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
        if (neurons.size() < 2) {
            return;
        }
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        Plan chosen = null;
        Plan fallback = null;
        for (Density d : Density.values()) {
            Plan plan = new Plan(measure(d), in.getLeft(), in.getTop(), width, height);
            if (!plan.cardsFit && d != Density.DOT) {
                continue;
            }
            if (fallback == null) {
                fallback = plan;
            }
            if (plan.allTagsFit()) {
                chosen = plan;
                break;
            }
            if (d.ordinal() >= Density.MEDIUM.ordinal()) {
                break; // smaller type for the neurons only to make room for weight tags: not worth it
            }
        }
        apply(chosen != null ? chosen : fallback);
    }

    private void apply(Plan plan) {
        setDensity(plan.m.density());
        int n = neurons.size();
        for (int l = 0; l < n; l++) {
            Label header = (Label) headerLayer.getChildren().get(l);
            // a header keeps to its column's share of the width, half-way to each neighbour
            double from = Math.max(plan.left, plan.x[l] - plan.step / 2 + 4);
            double to = Math.min(plan.left + plan.width, plan.x[l] + plan.step / 2 - 4);
            double w = Math.min(header.prefWidth(-1), to - from);
            header.resize(w, plan.m.headerHeight());
            header.relocate(snap(Math.max(from, Math.min(plan.x[l] - w / 2, to - w))), plan.top);
            List<NeuronView> column = neurons.get(l);
            for (int j = 0; j < column.size(); j++) {
                NeuronView card = column.get(j);
                card.resize(snap(plan.cw[l]), snap(plan.ch[l]));
                card.relocate(snap(plan.x[l] - plan.cw[l] / 2), snap(plan.y(l, j) - plan.ch[l] / 2));
            }
        }
        for (int l = 1; l < n; l++) {
            double x0 = plan.x[l - 1] + plan.cw[l - 1] / 2;
            double x1 = plan.x[l] - plan.cw[l] / 2;
            List<EdgeView> into = edges.get(l);
            List<PathElement> halo = new ArrayList<>(2 * into.size());
            for (int i = 0; i < into.size(); i++) {
                EdgeView e = into.get(i);
                double y0 = centreY(neurons.get(l - 1).get(e.model().from()));
                double y1 = centreY(neurons.get(l).get(e.model().to()));
                e.setEnds(x0, y0, x1, y1);
                e.setTagPosition(plan.tagT[l][i]);
                halo.add(new MoveTo(x0, y0));
                halo.add(new LineTo(x1, y1));
            }
            halo(l).getElements().setAll(halo);
            veil(l).getElements().setAll(halo);
        }
        tagsShown = plan.tagsFit;
        placeTags();
        int last = n - 1;
        placeLoss(plan.x[last], plan.cw[last], plan.y(last, neurons.get(last).size() - 1) + plan.ch[last] / 2,
                plan.bodyTop + plan.bodyHeight);
    }

    /** Measures the probes at density {@code d}, once per density (again when the scene changes). */
    private Metrics measure(Density d) {
        if (getScene() == null) {
            return measureNow(d);
        }
        return measured.computeIfAbsent(d, this::measureNow);
    }

    private Metrics measureNow(Density d) {
        probes.getStyleClass().setAll("probes", d.styleClass());
        for (NeuronView probe : probeCards) {
            probe.setRows(d.rows());
        }
        probes.applyCss();
        double[] widths = new double[3];
        double[] heights = new double[3];
        for (NeuronView probe : probeCards) {
            int r = probe.role().ordinal();
            widths[r] = Math.ceil(probe.prefWidth(-1));
            heights[r] = Math.ceil(probe.prefHeight(widths[r]));
        }
        // hidden and output columns equally wide, so that they line up
        widths[1] = widths[2] = Math.max(widths[1], widths[2]);
        return new Metrics(d, widths, heights, Math.ceil(probeHeader.prefHeight(-1)),
                probeEdge.tag().prefWidth(-1), probeEdge.tag().prefHeight(-1), probeEdge.rowHeight());
    }

    /** The distance between the centres of two units of a column: the same in every column. */
    private double pitch(double[] ch, double body) {
        double tallest = 0;
        double pitch = Double.MAX_VALUE;
        for (int l = 0; l < ch.length; l++) {
            tallest = Math.max(tallest, ch[l]);
            int units = neurons.get(l).size();
            if (units > 1) {
                pitch = Math.min(pitch, (body - ch[l]) / (units - 1));
            }
        }
        return Math.max(0, Math.min(pitch, tallest + Math.max(MAX_ROW_GAP, tallest / 2)));
    }

    /** Places every weight tag, shown where its layer's tags fit or where it is selected. */
    private void placeTags() {
        if (tagsShown.length != edges.size()) {
            return;
        }
        Selection selection = model.selectionProperty().get();
        for (int l = 1; l < edges.size(); l++) {
            for (EdgeView e : edges.get(l)) {
                EdgeModel w = e.model();
                boolean selected = selection instanceof Selection.Weight s
                        && s.layer() == l && s.to() == w.to() && s.from() == w.from();
                e.showTag(tagsShown[l] || selected);
            }
        }
        applyMarks(marks);
    }

    /** Puts the loss under the output column, right-aligned with its cards, if there is room. */
    private void placeLoss(double x, double cardWidth, double below, double bottom) {
        lossRight = x + cardWidth / 2;
        lossTop = below + 10;
        lossRoom = bottom - lossTop;
        refitLoss();
    }

    private void refitLoss() {
        loss.autosize();
        loss.setVisible(loss.getHeight() <= lossRoom && density.get() != Density.DOT);
        loss.relocate(snap(lossRight - loss.getWidth()), snap(lossTop));
    }

    private void setDensity(Density d) {
        if (d != density.get() || !content.getStyleClass().contains(d.styleClass())) {
            content.getStyleClass().setAll("content", d.styleClass());
            applyDensityRows(d);
            density.set(d);
            setStrengths();
            applyMarks(marks);
            content.applyCss(); // the cards take their new sizes now, in this layout pass
        }
    }

    private void applyDensityRows(Density d) {
        neurons.forEach(column -> column.forEach(card -> card.setRows(d.rows())));
    }

    private NeuronView.Role role(int l) {
        return l == 0 ? NeuronView.Role.INPUT : l == neurons.size() - 1 ? NeuronView.Role.OUTPUT : NeuronView.Role.HIDDEN;
    }

    private static double centreY(NeuronView card) {
        return card.getLayoutY() + card.getHeight() / 2;
    }

    private double snap(double v) {
        return snapPositionX(v);
    }

    /**
     * One path along all the edges into a layer: its halo, under them, glows when the layer's
     * weights are marked; its veil, over them, fades them in packed diagrams while they are not.
     */
    private static Path layerPath(String styleClass, String id) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setId(id);
        path.setMouseTransparent(true);
        return path;
    }

    private Path halo(int l) {
        return halos.get(l);
    }

    private Path veil(int l) {
        return veils.get(l);
    }

    private static Group layer(String styleClass) {
        Group g = new Group();
        g.getStyleClass().add(styleClass);
        g.setManaged(false);
        g.setAutoSizeChildren(false);
        return g;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-header");
        label.setManaged(false);
        return label;
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
