package org.backpropstudio.core;

/**
 * One trainable parameter: the weight W⁽ˡ⁾ⱼₖ ({@code from} = k ≥ 0) or the bias b⁽ˡ⁾ⱼ
 * ({@code from} = {@link #BIAS}). Indices as in {@link Network}.
 */
public record Parameter(int layer, int to, int from) {
    /** The {@code from} of a bias. */
    public static final int BIAS = -1;

    /** The weight W⁽ˡ⁾ⱼₖ. */
    public static Parameter weight(int layer, int to, int from) {
        return new Parameter(layer, to, from);
    }

    /** The bias b⁽ˡ⁾ⱼ. */
    public static Parameter bias(int layer, int unit) {
        return new Parameter(layer, unit, BIAS);
    }

    /** Whether this is a bias. */
    public boolean isBias() {
        return from == BIAS;
    }

    /** Its value in {@code W}, {@code b}. */
    public double get(double[][][] W, double[][] b) {
        return isBias() ? b[layer][to] : W[layer][to][from];
    }

    /** Sets its value in {@code W}, {@code b}. */
    public void set(double[][][] W, double[][] b, double value) {
        if (isBias()) {
            b[layer][to] = value;
        } else {
            W[layer][to][from] = value;
        }
    }

    /** Its value in {@code net}. */
    public double get(Network net) {
        return isBias() ? net.bias(layer, to) : net.weight(layer, to, from);
    }

    /** A short name, e.g. {@code w(2)[1,2]} or {@code b(1)[2]} (units from 1). */
    public String label() {
        return isBias() ? "b(" + layer + ")[" + (to + 1) + "]"
                : "w(" + layer + ")[" + (to + 1) + "," + (from + 1) + "]";
    }

    /** Every parameter of {@code net}: per layer, each unit's weights then its bias. */
    public static java.util.List<Parameter> all(Network net) {
        java.util.List<Parameter> list = new java.util.ArrayList<>(net.parameterCount());
        for (int l = 1; l <= net.layers(); l++) {
            for (int j = 0; j < net.units(l); j++) {
                for (int k = 0; k < net.units(l - 1); k++) {
                    list.add(weight(l, j, k));
                }
                list.add(bias(l, j));
            }
        }
        return list;
    }
}
