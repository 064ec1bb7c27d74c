package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;

/**
 * The nodes that draw one network's architecture, made once for it: a card per unit, column by
 * column; per layer l ≥ 1 the edges into it in a group with the halo under them and the veil over
 * them; a weight tag per edge; a header per column. A click on a card or an edge selects it in the
 * model, and its numbers are handles for {@link EditGestures}. The nodes are placed by the
 * diagram's layout; {@link #show(Snapshot)} writes a snapshot's values into them.
 *
 * <p>When the inputs are a picture ({@code dataset.image}), the input column is that picture
 * ({@link PictureCard}) instead of a card per pixel, and the weights into layer 1 are a line per
 * hidden unit instead of an edge (and a tag) per weight: there are no cards in column 0 and no
 * edges into layer 1, and the layout sees column 0 as one unit ({@link #columnUnits()}).
 */
final class NetworkNodes {
    private final int[] units;
    private final Activation[] activations;
    /** The picture the inputs are, and the card drawing it; null when they are not a picture. */
    private final ImageShape image;
    private final PictureCard picture;
    private final List<List<NeuronView>> cards = new ArrayList<>();
    /** edges.get(l): the weights into layer l, row by row (none into the input layer). */
    private final List<List<EdgeView>> edges = new ArrayList<>();
    /** edgeGroups.get(l): the group of the edges into layer l, with its halo and veil. */
    private final List<Group> edgeGroups = new ArrayList<>();
    private final List<Path> halos = new ArrayList<>();
    private final List<Path> veils = new ArrayList<>();
    private final List<Label> headers = new ArrayList<>();
    /** Shows a weight's tag though the layout dropped it, so that it can take the focus. */
    private Consumer<EdgeView> reveal = e -> { };

    /**
     * The nodes of the network of {@code s}, whose clicks select in {@code model} and whose numbers
     * {@code gestures} makes editable; each edge asks {@code refitRequest} to refit its tag.
     */
    NetworkNodes(Snapshot s, StudioModel model, EditGestures gestures, Consumer<EdgeView> refitRequest) {
        int last = s.layers();
        units = new int[last + 1];
        activations = new Activation[last + 1];
        image = s.session().dataset().image().orElse(null);
        picture = image == null ? null : new PictureCard(image, s.units(1));
        for (int l = 0; l <= last; l++) {
            units[l] = s.units(l);
            activations[l] = s.activation(l);
            Role role = Role.of(l, last);
            List<NeuronView> column = new ArrayList<>();
            for (int j = 0; (l > 0 || picture == null) && j < units[l]; j++) {
                NeuronView card = new NeuronView(l, j, role);
                card.setManaged(false);
                card.setOnMouseClicked(select(model, new Selection.Neuron(l, j)));
                installGestures(card, model, gestures);
                column.add(card);
            }
            List<EdgeView> into = new ArrayList<>();
            Path halo = layerPath("layer-halo", "halo-" + l);
            Path veil = layerPath("layer-veil", "veil-" + l);
            Group lines = new Group(halo);
            lines.getStyleClass().add("edge-layer");
            lines.setId("edges-" + l);
            lines.setAutoSizeChildren(false);
            if (l == 1 && picture != null) {
                lines.getChildren().addAll(picture.lines());
            }
            for (int j = 0; l > 0 && (l > 1 || picture == null) && j < units[l]; j++) {
                for (int k = 0; k < units[l - 1]; k++) {
                    EdgeView view = new EdgeView(l, j, k, refitRequest);
                    Selection weight = new Selection.Weight(l, j, k);
                    view.line().setOnMouseClicked(select(model, weight));
                    view.tag().setOnMouseClicked(select(model, weight));
                    Editable editable = new Editable.Weight(l, j, k);
                    gestures.install(view.weightLabel(), () -> editable, () -> model.selectionProperty().set(weight));
                    gestures.installLock(view.lockIcon(), () -> editable);
                    into.add(view);
                    lines.getChildren().add(view.line());
                }
            }
            lines.getChildren().add(veil);
            halos.add(halo);
            veils.add(veil);
            cards.add(Collections.unmodifiableList(column));
            edges.add(Collections.unmodifiableList(into));
            edgeGroups.add(lines);
            Label header = new Label(headerText(l, last, activations[l]));
            header.getStyleClass().add("column-header");
            header.setManaged(false);
            header.setId("header-" + l);
            headers.add(header);
        }
        DiagramKeys.install(this, model, gestures);
    }

    /**
     * Whether these nodes draw the network of {@code s}: the same units and activations per layer,
     * and inputs that are the same picture or none.
     */
    boolean draws(Snapshot s) {
        if (s.layers() + 1 != units.length
                || !java.util.Objects.equals(image, s.session().dataset().image().orElse(null))) {
            return false;
        }
        for (int l = 0; l < units.length; l++) {
            if (s.units(l) != units[l] || s.activation(l) != activations[l]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the values of {@code s} (a snapshot of the network these nodes {@link #draws}) into
     * the cards and tags.
     */
    void show(Snapshot s) {
        if (picture != null) {
            picture.show(s);
        }
        for (List<NeuronView> column : cards) {
            for (NeuronView card : column) {
                card.show(s);
            }
        }
        for (List<EdgeView> into : edges) {
            for (EdgeView e : into) {
                e.show(s);
            }
        }
    }

    /**
     * Sets each edge's stroke width from |w| in {@code s} as a share of the largest |w| in the
     * network, up to {@code maxStroke} px.
     */
    void setStrengths(Snapshot s, double maxStroke) {
        double largest = 0;
        for (List<EdgeView> into : edges) {
            for (EdgeView e : into) {
                largest = Math.max(largest, Math.abs(s.weight(e.layer(), e.to(), e.from())));
            }
        }
        boolean scaled = largest > 0 && Double.isFinite(largest);
        for (List<EdgeView> into : edges) {
            for (EdgeView e : into) {
                double w = Math.abs(s.weight(e.layer(), e.to(), e.from()));
                e.setStrength(scaled ? w / largest : 0, maxStroke);
            }
        }
    }

    /** Which rows every card keeps. */
    void setRows(Density.Rows rows) {
        cards.forEach(column -> column.forEach(card -> card.setRows(rows)));
    }

    /** The units of each column, L + 1 of them. */
    int[] units() {
        return units.clone();
    }

    /** What the layout places in each column: the units, or in column 0 one picture. */
    int[] columnUnits() {
        int[] placed = units.clone();
        if (picture != null) {
            placed[0] = 1;
        }
        return placed;
    }

    /** The input picture's card, or null when the inputs are not a picture. */
    PictureCard picture() {
        return picture;
    }

    /** The number of columns, L + 1. */
    int columns() {
        return units.length;
    }

    /** The cards of column l. */
    List<NeuronView> cards(int l) {
        return cards.get(l);
    }

    /** Every card, column by column. */
    List<Node> allCards() {
        List<Node> all = new ArrayList<>();
        if (picture != null) {
            all.add(picture);
        }
        cards.forEach(all::addAll);
        return all;
    }

    /** L: the layers after the input layer. */
    int layers() {
        return units.length - 1;
    }

    /** The units of layer l; 0 past the last layer. */
    int units(int l) {
        return l >= 0 && l < units.length ? units[l] : 0;
    }

    /** The card of unit j of layer l, null if there is none. */
    NeuronView card(int l, int j) {
        return l >= 0 && l < units.length && j >= 0 && j < cards.get(l).size() ? cards.get(l).get(j) : null;
    }

    /** The edges into layer l, row by row: W⁽ˡ⁾ⱼₖ at index j·units(l − 1) + k. */
    List<EdgeView> edges(int l) {
        return edges.get(l);
    }

    /** The weight W⁽ˡ⁾ⱼₖ's view, null if there is none. */
    EdgeView edge(int l, int j, int k) {
        if (l < 1 || l >= units.length || j < 0 || j >= units[l] || k < 0 || k >= units[l - 1]
                || edges.get(l).isEmpty()) {
            return null;
        }
        return edges.get(l).get(j * units[l - 1] + k);
    }

    /** The groups of the edges into layers 1..L. */
    List<Node> edgeGroups() {
        return new ArrayList<>(edgeGroups.subList(1, edgeGroups.size()));
    }

    /** Every weight tag, layer by layer. */
    List<Node> tags() {
        List<Node> all = new ArrayList<>();
        edges.forEach(into -> into.forEach(e -> all.add(e.tag())));
        return all;
    }

    /** Asks {@code reveal} to show a weight's tag though the layout dropped it (the keyboard is moving to it). */
    void onReveal(Consumer<EdgeView> reveal) {
        this.reveal = reveal;
    }

    /** Shows the tag of {@code e}, if the layout dropped it, so that it can take the focus. */
    void reveal(EdgeView e) {
        reveal.accept(e);
    }

    /** The header of column l. */
    Label header(int l) {
        return headers.get(l);
    }

    /** Each column header's preferred width, px. */
    double[] headerWidths() {
        return headers.stream().mapToDouble(h -> h.prefWidth(-1)).toArray();
    }

    List<Node> headers() {
        return new ArrayList<>(headers);
    }

    /**
     * One path along all the edges into layer l: its halo, under them, glows when the layer's
     * weights are marked; its veil, over them, fades them in packed diagrams while they are not.
     */
    Path halo(int l) {
        return halos.get(l);
    }

    Path veil(int l) {
        return veils.get(l);
    }

    /** Makes a card's bias, input x or target y editable by hand. */
    private static void installGestures(NeuronView card, StudioModel model, EditGestures gestures) {
        int l = card.layer();
        int j = card.unit();
        Runnable select = () -> model.selectionProperty().set(new Selection.Neuron(l, j));
        if (card.inputLabel() != null) {
            gestures.install(card.inputLabel(),
                    () -> currentSample(model).map(s -> new Editable.Input(s, j)).orElse(null), select);
        }
        if (card.biasLabel() != null) {
            Editable bias = new Editable.Bias(l, j);
            gestures.install(card.biasLabel(), () -> bias, select);
            gestures.installLock(card.lockIcon(), () -> bias);
        }
        if (card.targetLabel() != null) {
            gestures.install(card.targetLabel(),
                    () -> currentSample(model).map(s -> new Editable.Target(s, j)).orElse(null), select);
        }
    }

    /**
     * The sample whose x and y the diagram shows: the current one, or before the first micro-step
     * of an iteration the one it will load first.
     */
    static Optional<Integer> currentSample(StudioModel model) {
        Snapshot s = model.snapshotProperty().get();
        return s == null ? Optional.empty() : Optional.of(s.currentSample());
    }

    /** A click that did not drag selects {@code selection}. */
    private static javafx.event.EventHandler<MouseEvent> select(StudioModel model, Selection selection) {
        return e -> {
            if (e.isStillSincePress()) {
                model.selectionProperty().set(selection);
            }
            e.consume();
        };
    }

    private static String headerText(int l, int last, Activation f) {
        if (l == 0) {
            return Messages.get("diagram.header.input");
        }
        return l == last ? Messages.format("diagram.header.output", f.id())
                : Messages.format("diagram.header.hidden", String.valueOf(l), f.id());
    }

    private static Path layerPath(String styleClass, String id) {
        Path path = new Path();
        path.getStyleClass().add(styleClass);
        path.setId(id);
        path.setMouseTransparent(true);
        return path;
    }
}
