package org.backpropstudio.app.boundary;

import org.backpropstudio.app.Messages;
import org.backpropstudio.app.plot.TickLabel;
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

}
