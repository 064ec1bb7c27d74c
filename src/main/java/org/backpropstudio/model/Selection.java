package org.backpropstudio.model;

/**
 * The element a person clicked on the diagram, whose own equations the equation panel shows:
 * a unit j of layer l, or the weight W⁽ˡ⁾ⱼₖ.
 */
public sealed interface Selection {

    /** Unit j of layer l (l = 0 for an input). */
    record Neuron(int layer, int unit) implements Selection {
    }

    /** The weight W⁽ˡ⁾ⱼₖ from unit k of layer l − 1 to unit j of layer l. */
    record Weight(int layer, int to, int from) implements Selection {
    }
}
