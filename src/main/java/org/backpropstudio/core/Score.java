package org.backpropstudio.core;

/**
 * How well a network does on a set of samples: J = (1/m) Σₛ Jₛ, and for a classifier the number
 * of samples it classifies right and the confusion matrix.
 *
 * <p>A classifier is a network trained with cross-entropy whose output is softmax (the class is the
 * unit with the largest aₖ, the target's class the unit with the largest yₖ) or one sigmoid unit
 * (class 1 if a ≥ 0.5, the target's class 1 if y ≥ 0.5). Ties go to the lower unit.
 *
 * @param loss      J over the samples, summed in dataset order as the engine sums it
 * @param correct   how many samples are classified right (0 if not a classifier)
 * @param count     m, the number of samples
 * @param confusion confusion[t][p]: how many samples of class t were classified as p; null if not
 *                  a classifier
 * @param predicted predicted[s]: the class the network gives sample s; null if not a classifier
 */
public record Score(double loss, int correct, int count, int[][] confusion, int[] predicted) {

    /** The score of {@code network} with {@code loss} on {@code data}. */
    public static Score of(Network network, Loss loss, Dataset data) {
        Predictor predictor = new Predictor(network);
        boolean classifier = isClassifier(network, loss);
        int classes = classes(network);
        int[][] confusion = classifier ? new int[classes][classes] : null;
        int[] predictedClasses = classifier ? new int[data.size()] : null;
        int correct = 0;
        double sum = 0.0;
        double[] x = new double[data.inputWidth()];
        for (int s = 0; s < data.size(); s++) {
            data.copyInput(s, x);
            double[] y = data.targetView(s);
            sum += predictor.sampleLoss(loss, x, y);
            if (classifier) {
                int predicted = classOf(predictor.outputs());
                predictedClasses[s] = predicted;
                int actual = classOf(y);
                confusion[actual][predicted]++;
                if (predicted == actual) {
                    correct++;
                }
            }
        }
        return new Score(sum / data.size(), correct, data.size(), confusion, predictedClasses);
    }

    /** Whether {@code network} trained with {@code loss} is a classifier (see the class comment). */
    public static boolean isClassifier(Network network, Loss loss) {
        Activation output = network.activation(network.layers());
        return loss == Loss.CROSS_ENTROPY
                && (output == Activation.SOFTMAX || output == Activation.SIGMOID && network.outputs() == 1);
    }

    /** The number of classes: 2 for one output unit, else one per output unit. */
    public static int classes(Network network) {
        return network.outputs() == 1 ? 2 : network.outputs();
    }

    /**
     * The class of an output or target row: the unit with the largest value (the lower one on a
     * tie); for one unit, 1 if its value is at least 0.5, else 0.
     */
    public static int classOf(double[] row) {
        if (row.length == 1) {
            return row[0] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Whether there is an accuracy (a classifier). */
    public boolean isClassifier() {
        return confusion != null;
    }

    /** The share of samples classified right, 0..1; NaN if not a classifier. */
    public double accuracy() {
        return confusion == null ? Double.NaN : (double) correct / count;
    }
}
