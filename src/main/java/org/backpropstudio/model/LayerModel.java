package org.backpropstudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Snapshot;

/** Layer l: its units and the weights that lead into it (none for the input layer). */
public final class LayerModel {
    private final int index;
    private final Activation activation;
    private final List<NeuronModel> neurons;
    private final List<EdgeModel> edges;

    LayerModel(Snapshot s, int index) {
        this.index = index;
        this.activation = index == 0 ? null : s.activation(index);
        List<NeuronModel> units = new ArrayList<>();
        List<EdgeModel> weights = new ArrayList<>();
        for (int j = 0; j < s.units(index); j++) {
            units.add(new NeuronModel(index, j));
            for (int k = 0; index > 0 && k < s.units(index - 1); k++) {
                weights.add(new EdgeModel(index, j, k));
            }
        }
        this.neurons = Collections.unmodifiableList(units);
        this.edges = Collections.unmodifiableList(weights);
    }

    void update(Snapshot s) {
        neurons.forEach(n -> n.update(s));
        edges.forEach(e -> e.update(s));
    }

    /** l, 0 for the input layer. */
    public int index() {
        return index;
    }

    /** f⁽ˡ⁾, null for the input layer. */
    public Activation activation() {
        return activation;
    }

    /** Its units, j = 0, 1, …. */
    public List<NeuronModel> neurons() {
        return neurons;
    }

    /** The weights into it, row by row: W⁽ˡ⁾ⱼₖ at index j·units(l − 1) + k. */
    public List<EdgeModel> edges() {
        return edges;
    }

    /** The weight W⁽ˡ⁾ⱼₖ. */
    public EdgeModel edge(int j, int k) {
        return edges.get(j * (edges.size() / neurons.size()) + k);
    }
}
