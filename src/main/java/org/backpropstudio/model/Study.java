package org.backpropstudio.model;

import java.util.Arrays;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;

/**
 * A close look at one test sample: the session it is studied in and the session to go back to.
 *
 * <p>The study session has the current network with every parameter locked, the test sample as its
 * only training sample (in sample mode) and the same test set, loss and learning rate: stepping it
 * computes the sample's forward and backward pass, its δ and gradients, exactly as training would,
 * but the update changes nothing, so the test set is never learned from. Going into and out of a
 * study are two edits on the timeline (new sessions, as the architecture editor makes), so both can
 * be stepped back over; coming out restores the network as it was before the study.
 *
 * @param testIndex the test sample, from 0
 * @param session   the session the sample is studied in
 * @param before    the session (with the network as it was) to go back to
 */
public record Study(int testIndex, Session session, Session before) {

    /**
     * The study of test sample {@code testIndex} of {@code current} (whose network holds the current
     * parameters).
     *
     * @throws IllegalArgumentException if the session has no such test sample
     */
    public static Study of(Session current, int testIndex) {
        Dataset test = current.dataset().test()
                .orElseThrow(() -> new IllegalArgumentException(ModelWords.get("study.noTest")));
        if (testIndex < 0 || testIndex >= test.size()) {
            throw new IllegalArgumentException(ModelWords.format("study.noSample", String.valueOf(testIndex + 1)));
        }
        Network net = current.network();
        boolean[][][] lockedWeights = net.lockedWeightsCopy();
        boolean[][] lockedBiases = net.lockedBiasesCopy();
        for (int l = 1; l <= net.layers(); l++) {
            for (boolean[] row : lockedWeights[l]) {
                Arrays.fill(row, true);
            }
            Arrays.fill(lockedBiases[l], true);
        }
        Network locked = new Network(net.unitsArray(), net.activationsArray(), net.weightsCopy(), net.biasesCopy(),
                lockedWeights, lockedBiases);
        Dataset one = new Dataset(new double[][] {test.inputRow(testIndex)}, new double[][] {test.targetRow(testIndex)})
                .withImage(current.dataset().image().orElse(null)).withTest(test);
        String name = ModelWords.format("study.name", String.valueOf(testIndex + 1), current.name());
        Session study = new Session(name, locked, current.loss(), current.learningRate(), BatchMode.SAMPLE, one);
        return new Study(testIndex, study, current);
    }

    /** Whether {@code shown} (a snapshot's session) is this study's session. */
    public boolean isShown(Session shown) {
        return shown != null && shown.dataset() == session.dataset();
    }
}
