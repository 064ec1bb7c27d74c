package org.backpropstudio.io;

import java.util.List;

/**
 * What one iteration of a trace computed, as {@link TraceJson} writes it. Lists indexed by layer
 * hold layers l = 1..L at positions 0..L−1; arrays are indexed by unit j (and k) from 0 as in
 * {@link org.backpropstudio.core.Network}. The arrays are fresh copies, owned by the record.
 *
 * @param iteration  the iteration's number, counted from 1
 * @param loss       J = (1/S) Σₛ Jₛ over the iteration's S samples, with the parameters before its update
 * @param samples    the iteration's samples in the order it took them
 * @param gradients  ∂J/∂W⁽ˡ⁾ and ∂J/∂b⁽ˡ⁾ averaged over the samples, per layer
 * @param parameters W⁽ˡ⁾ and b⁽ˡ⁾ after the update, per layer
 */
public record TraceIteration(int iteration, double loss, List<Sample> samples, List<Parameters> gradients,
                             List<Parameters> parameters) {

    /**
     * One sample's forward and backward pass.
     *
     * @param index  the sample's index in the dataset, from 0
     * @param layers z⁽ˡ⁾, a⁽ˡ⁾ and δ⁽ˡ⁾ per layer
     */
    public record Sample(int index, List<LayerValues> layers) {
    }

    /** z⁽ˡ⁾, a⁽ˡ⁾ and δ⁽ˡ⁾ of one layer for one sample. */
    public record LayerValues(double[] z, double[] a, double[] delta) {
    }

    /** A layer's weights W⁽ˡ⁾ⱼₖ (units(l) × units(l − 1)) and biases b⁽ˡ⁾ⱼ, or their gradients. */
    public record Parameters(double[][] weights, double[] biases) {
    }
}
