package org.backpropstudio.app.chart;

import org.backpropstudio.app.Messages;
import org.backpropstudio.core.EpochScores;

/** The latest epoch end's scores in words, as the loss chart and the status bar show them. */
public final class EpochText {

    private EpochText() {
    }

    /**
     * E.g. "Test J = 0.1194 · accuracy: training 97.6 %, test 98.1 % (epoch 23)", or "" when no
     * epoch end has been scored.
     */
    public static String of(EpochScores.View scores) {
        int n = scores.count();
        if (n == 0) {
            return "";
        }
        int last = n - 1;
        String loss = ChartFormat.value(scores.testLoss()[last], 4);
        double train = scores.trainAccuracy()[last];
        double test = scores.testAccuracy()[last];
        String iterations = ChartFormat.iterations(scores.iteration(last));
        return Double.isNaN(test) ? Messages.format("scores.loss", loss, iterations, scores.iteration(last))
                : Messages.format("scores.accuracy", loss, percent(train), percent(test), iterations,
                        scores.iteration(last));
    }

    /**
     * The status bar's short form: "Accuracy: training 97.6 %, test 98.1 %", or "Test J = 0.1194"
     * without accuracy; "" when no epoch end has been scored.
     */
    public static String brief(EpochScores.View scores) {
        int n = scores.count();
        if (n == 0) {
            return "";
        }
        double test = scores.testAccuracy()[n - 1];
        return Double.isNaN(test) ? Messages.format("scores.brief.loss", ChartFormat.value(scores.testLoss()[n - 1], 4))
                : Messages.format("scores.brief.accuracy", percent(scores.trainAccuracy()[n - 1]), percent(test));
    }

    /** An accuracy 0..1 as a percentage with one decimal, e.g. "97.6 %". */
    public static String percent(double accuracy) {
        return Messages.format("scores.percent", String.format(java.util.Locale.ROOT, "%.1f", 100 * accuracy));
    }
}
