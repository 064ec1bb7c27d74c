package org.backpropstudio.core;

/**
 * The loss of one iteration as a function of the parameters, J(θ) = (1/S) Σₛ Jₛ(θ) over that
 * iteration's S samples, evaluated apart from any training state: for the what-if slice through
 * one parameter and for the gradient check. Its backprop gradient is the one the iteration's update
 * uses, so the two can be compared.
 */
public final class LossProbe {
    private final Network network;
    private final Session restricted;
    private final Engine probe;
    private final double[][][] weights;
    private final double[][] biases;
    /** The backprop gradient at θ, computed when first asked for. */
    private Engine backprop;

    /**
     * @param session   the settings, data and the parameters θ to probe around (its network)
     * @param iteration the iteration whose samples J averages over (all in full batch; sample
     *                  i mod m in sample mode; its mini-batch, in slot order)
     */
    public LossProbe(Session session, long iteration) {
        Dataset data = session.dataset();
        Dataset samples = data;
        if (session.batch() != BatchMode.FULL) {
            int count = session.samplesPerIteration();
            double[][] x = new double[count][];
            double[][] y = new double[count][];
            for (int slot = 0; slot < count; slot++) {
                int s = session.sampleOf(iteration, slot);
                x[slot] = data.inputRow(s);
                y[slot] = data.targetRow(s);
            }
            samples = new Dataset(x, y);
        }
        Session restricted = new Session(session.name(), session.network(), session.loss(), session.learningRate(),
                BatchMode.FULL, samples);
        this.network = session.network();
        this.restricted = restricted;
        this.probe = new Engine(restricted);
        this.weights = session.network().weightsCopy();
        this.biases = session.network().biasesCopy();
    }

    /** The network probed around (its parameters are θ). */
    public Network network() {
        return network;
    }

    /** J(θ) at the probed parameters. */
    public double loss() {
        return probe.datasetLoss(weights, biases);
    }

    /** J with parameter {@code p} set to {@code value} and all others as probed. */
    public double lossWith(Parameter p, double value) {
        double saved = p.get(weights, biases);
        p.set(weights, biases, value);
        try {
            return probe.datasetLoss(weights, biases);
        } finally {
            p.set(weights, biases, saved);
        }
    }

    /** θₚ, the parameter's probed value. */
    public double value(Parameter p) {
        return p.get(weights, biases);
    }

    /** ∂J/∂θₚ by backpropagation, averaged over the iteration's samples. */
    public double gradient(Parameter p) {
        if (backprop == null) {
            backprop = new Engine(restricted);
            backprop.runIteration();
        }
        return p.isBias() ? backprop.biasGradient(p.layer(), p.to())
                : backprop.weightGradient(p.layer(), p.to(), p.from());
    }

    /** The central difference (J(θₚ + h) − J(θₚ − h)) / 2h. */
    public double centralDifference(Parameter p, double h) {
        double v = value(p);
        return (lossWith(p, v + h) - lossWith(p, v - h)) / (2 * h);
    }

    /**
     * J along θₚ ∈ [θₚ − halfWidth, θₚ + halfWidth] at {@code points} evenly spaced values (the
     * slice of the loss surface through the probed point).
     */
    public double[][] slice(Parameter p, double halfWidth, int points) {
        double v = value(p);
        double[] xs = new double[points];
        double[] js = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = v - halfWidth + 2 * halfWidth * i / (points - 1);
            js[i] = lossWith(p, xs[i]);
        }
        return new double[][] {xs, js};
    }
}
