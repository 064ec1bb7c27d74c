package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.backpropstudio.model.Selection;

/**
 * The diagram's pseudo-classes of the moment: what the last micro-step computed
 * ({@code :computed-now}) and read ({@code :read}), as {@link Marks} names them, and the element
 * selected ({@code :selected}). It remembers the nodes it marked, to unmark exactly those next time.
 */
final class Highlights {
    static final PseudoClass COMPUTED_NOW = PseudoClass.getPseudoClass("computed-now");
    static final PseudoClass READ = PseudoClass.getPseudoClass("read");
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final List<Node> computedNodes = new ArrayList<>();
    private final List<Node> readNodes = new ArrayList<>();
    private final List<Node> selectedNodes = new ArrayList<>();
    private Marks marks = Marks.NONE;

    /** The marks shown. */
    Marks marks() {
        return marks;
    }

    /**
     * Marks what {@code next} names on {@code nodes} (and {@code loss}), unmarking what was marked:
     * the value labels and their cards' marks, a layer's edges as one (its halo and veil), and the
     * weight tags that are shown. A row or tag hidden now is marked when it is shown and this runs again.
     */
    void mark(Marks next, NetworkNodes nodes, Label loss) {
        computedNodes.forEach(n -> n.pseudoClassStateChanged(COMPUTED_NOW, false));
        readNodes.forEach(n -> n.pseudoClassStateChanged(READ, false));
        computedNodes.clear();
        readNodes.clear();
        next.computed().forEach(m -> collect(m, nodes, loss, computedNodes));
        next.read().forEach(m -> collect(m, nodes, loss, readNodes));
        computedNodes.forEach(n -> n.pseudoClassStateChanged(COMPUTED_NOW, true));
        readNodes.forEach(n -> n.pseudoClassStateChanged(READ, true));
        marks = next;
    }

    /** Marks {@code selection} (a card, or an edge with its tag, brought to the front) {@code :selected}. */
    void select(Selection selection, NetworkNodes nodes) {
        selectedNodes.forEach(n -> n.pseudoClassStateChanged(SELECTED, false));
        selectedNodes.clear();
        if (selection instanceof Selection.Neuron n) {
            NeuronView card = nodes.card(n.layer(), n.unit());
            if (card != null) {
                selectedNodes.add(card);
            }
        } else if (selection instanceof Selection.Weight w) {
            EdgeView e = nodes.edge(w.layer(), w.to(), w.from());
            if (e != null) {
                selectedNodes.add(e.line());
                selectedNodes.add(e.tag());
                e.line().toFront();
            }
        }
        selectedNodes.forEach(n -> n.pseudoClassStateChanged(SELECTED, true));
    }

    /** Forgets the nodes marked (they are thrown away) and the marks. */
    void clear() {
        computedNodes.clear();
        readNodes.clear();
        selectedNodes.clear();
        marks = Marks.NONE;
    }

    /** The nodes that show {@code mark}: value labels, their cards, edges and weight tags. */
    private static void collect(Marks.Mark mark, NetworkNodes nodes, Label loss, List<Node> into) {
        int l = mark.layer();
        switch (mark.part()) {
            case LOSS -> into.add(loss);
            case WEIGHT, WEIGHT_GRADIENT -> {
                if (l >= 1 && l < nodes.columns()) {
                    // the layer's edges are marked as one by its halo and veil (two leaves to restyle,
                    // not hundreds of edges); tags only where they are shown
                    into.add(nodes.halo(l));
                    into.add(nodes.veil(l));
                    for (EdgeView e : nodes.edges(l)) {
                        if (e.tag().isVisible()) {
                            into.add(mark.part() == Marks.Part.WEIGHT ? e.weightLabel() : e.gradientLabel());
                        }
                    }
                }
            }
            default -> {
                if (l == 0 && mark.part() == Marks.Part.A && nodes.picture() != null) {
                    into.add(nodes.picture().mark()); // x is the picture
                }
                if (l >= 0 && l < nodes.columns()) {
                    for (NeuronView card : nodes.cards(l)) {
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
}
