package org.backpropstudio.app.images;

import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Score;

/**
 * How a network does on the test set, for the confusion matrix and the gallery of mistakes: its
 * {@link Score} and, sample by sample, the class it predicts. Plain computation, run on a worker
 * ({@link TestSetEvaluator}).
 */
final class TestSetScore {
    private TestSetScore() {
    }

    /** What to evaluate: a network as it is now, its loss, and the test set. */
    record Job(Network network, Loss loss, Dataset test) {
    }

    /**
     * The outcome of a {@link Job}.
     *
     * @param score        the test set's score ({@link Score#of})
     * @param predicted    predicted[s]: the class the network gives test sample s
     * @param actual       actual[s]: the class of test sample s's target
     * @param misclassified the test samples whose predicted class is not their own, in test-set order
     */
    record Result(Job job, Score score, int[] predicted, int[] actual, List<Integer> misclassified) {
    }

    /** Evaluates {@code job}: a forward pass per test sample ({@link Score#of}). */
    static Result run(Job job) {
        Dataset test = job.test();
        Score score = Score.of(job.network(), job.loss(), test);
        int[] predicted = score.predicted();
        int[] actual = new int[test.size()];
        List<Integer> wrong = new ArrayList<>();
        for (int s = 0; s < test.size(); s++) {
            actual[s] = Score.classOf(test.targetRow(s));
            if (predicted[s] != actual[s]) {
                wrong.add(s);
            }
        }
        return new Result(job, score, predicted, actual, List.copyOf(wrong));
    }
}
