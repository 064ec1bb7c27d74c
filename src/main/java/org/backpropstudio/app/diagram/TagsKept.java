package org.backpropstudio.app.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backpropstudio.model.Selection;

/**
 * Which weight tags stay where the layout dropped their layer's (a 16-16 layer has no room for
 * 256): always the tag of the weight selected, of the weight under the pointer and of the weight
 * with the focus; then, where there is room, those of the weights the last micro-step used
 * ({@link Marks}), the weights of the unit selected or focused first. {@link DiagramLayout.Plan#extraTags}
 * says where each goes.
 */
final class TagsKept {
    private TagsKept() {
    }

    /**
     * The tags to show besides the layers' that fit, and where along its edge each goes, for
     * {@code nodes} laid out by {@code plan}, with {@code selection}, the step's {@code marks}, and
     * {@code revealing} (a weight about to take the focus, or null).
     */
    static Map<DiagramLayout.Edge, Double> extraTags(DiagramLayout.Plan plan, NetworkNodes nodes,
                                                     Selection selection, Marks marks, EdgeView revealing) {
        Set<DiagramLayout.Edge> kept = new LinkedHashSet<>();
        if (revealing != null) {
            kept.add(edge(nodes, revealing));
        }
        if (selection instanceof Selection.Weight w && nodes.edge(w.layer(), w.to(), w.from()) != null) {
            kept.add(edge(nodes, nodes.edge(w.layer(), w.to(), w.from())));
        }
        NeuronView anchor = null;
        for (int l = 0; l < nodes.columns(); l++) {
            for (EdgeView e : l == 0 ? List.<EdgeView>of() : nodes.edges(l)) {
                if (e.attention().get()) {
                    kept.add(edge(nodes, e));
                }
            }
            for (NeuronView card : nodes.cards(l)) {
                if (card.isFocused()) {
                    anchor = card;
                }
            }
        }
        if (anchor == null && selection instanceof Selection.Neuron n) {
            anchor = nodes.card(n.layer(), n.unit());
        }
        return plan.extraTags(kept, inProgress(nodes, marks, anchor));
    }

    /**
     * The weights the step marked, layer by layer; in each, those into or out of {@code anchor}
     * (a card, or null) first.
     */
    private static List<DiagramLayout.Edge> inProgress(NetworkNodes nodes, Marks marks, NeuronView anchor) {
        Set<Integer> layers = new LinkedHashSet<>();
        for (Set<Marks.Mark> set : List.of(marks.computed(), marks.read())) {
            for (Marks.Mark m : set) {
                if ((m.part() == Marks.Part.WEIGHT || m.part() == Marks.Part.WEIGHT_GRADIENT)
                        && m.layer() >= 1 && m.layer() < nodes.columns()) {
                    layers.add(m.layer());
                }
            }
        }
        List<DiagramLayout.Edge> wanted = new ArrayList<>();
        for (int l : layers) {
            int from = nodes.units(l - 1);
            int edges = nodes.units(l) * from;
            List<DiagramLayout.Edge> rest = new ArrayList<>();
            for (int i = 0; i < edges; i++) {
                boolean touches = anchor != null && (anchor.layer() == l && i / from == anchor.unit()
                        || anchor.layer() == l - 1 && i % from == anchor.unit());
                (touches ? wanted : rest).add(new DiagramLayout.Edge(l, i));
            }
            wanted.addAll(rest);
        }
        return wanted;
    }

    private static DiagramLayout.Edge edge(NetworkNodes nodes, EdgeView e) {
        return new DiagramLayout.Edge(e.layer(), e.to() * nodes.units(e.layer() - 1) + e.from());
    }
}
