package org.backpropstudio.app.boundary;

import org.backpropstudio.app.Messages;
import org.backpropstudio.app.plot.TickLabel;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Predictor;
import org.backpropstudio.explain.Scripts;

/**
 * What the mouse reads off the network on screen: ŷ at a point of the input plane or of the x
 * axis (one forward pass, on the FX thread; the {@link Predictor} is kept while the network is the
 * same), and the read-out's words.
 */
final class Readings {
    private Network network;
    private Predictor predictor;

    /** ŷ of {@code net} at input {@code x}. */
    double[] predict(Network net, double... x) {
        if (net != network) {
            network = net;
            predictor = new Predictor(net);
        }
        double[] y = new double[net.outputs()];
        predictor.predict(x, y);
        return y;
    }

    /**
     * The read-out at data point ({@code x}, {@code y}): "x₁ = 0.53, x₂ = −0.21  →  ŷ = 0.832
     * (class 1)" on the plane (the winning class of several), "x = 0.53  →  ŷ = 0.832" on a curve.
     */
    String text(Network net, Outputs outputs, double x, double y) {
        StringBuilder text = new StringBuilder();
        double[] out;
        boolean plane = net.inputs() == 2;
        if (plane) {
            text.append("x₁ = ").append(TickLabel.fixed(x, 2))
                    .append(", x₂ = ").append(TickLabel.fixed(y, 2)).append("  →  ");
            out = predict(net, x, y);
        } else {
            text.append("x = ").append(TickLabel.fixed(x, 2)).append("  →  ");
            out = predict(net, x);
        }
        if (out.length == 1) {
            String value = "ŷ = " + TickLabel.fixed(out[0], 3);
            text.append(plane && outputs.sigmoid()
                    ? Messages.format("boundary.readout.class", value, out[0] > 0.5 ? "1" : "0") : value);
        } else {
            int k = Outputs.winner(out);
            text.append(Messages.format("boundary.readout.winner", String.valueOf(k + 1),
                    "ŷ" + Scripts.subscript(k + 1), TickLabel.fixed(out[k], 3)));
        }
        return text.toString();
    }

    /**
     * What a screen reader says of the plot: on the plane, how many samples the network puts on
     * the side of their class; on a curve, how far it is from the data on average (|ŷ − y|).
     */
    String summary(Network net, Outputs outputs, Dataset data) {
        int m = data.size();
        if (net.inputs() == 2) {
            int right = 0;
            for (int s = 0; s < m; s++) {
                double[] out = predict(net, data.inputRow(s));
                double[] y = data.targetRow(s);
                boolean agrees = out.length > 1 ? Outputs.winner(out) == Outputs.winner(y)
                        : out[0] > outputs.threshold() == y[0] > outputs.threshold();
                right += agrees ? 1 : 0;
            }
            return Messages.format("boundary.spoken.plane", String.valueOf(right), String.valueOf(m), m);
        }
        double distance = 0;
        for (int s = 0; s < m; s++) {
            distance += Math.abs(predict(net, data.inputRow(s))[0] - data.target(s, 0));
        }
        return Messages.format("boundary.spoken.curve", TickLabel.fixed(distance / m, 3), String.valueOf(m), m);
    }

}
