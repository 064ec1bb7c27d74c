package org.backpropstudio.model;

import java.util.Arrays;
import java.util.Optional;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Timeline;

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

    /**
     * The study {@code machine} is in at its cursor, recognised from its history: a session saved
     * during a study and opened again. The session in effect must have come from an edit that
     * replaced the session (as going into a study does) and look like a study: one training sample,
     * in sample mode, equal to a sample of its test set, every parameter locked. The session to go
     * back to is the one in effect right before that edit; to read it, the cursor moves there and
     * back, which leaves every value as it was. Engine thread.
     */
    public static Optional<Study> in(StepMachine machine) {
        Session shown = machine.engine().session();
        int testIndex = studiedSample(shown);
        if (testIndex < 0) {
            return Optional.empty();
        }
        long p = 0;
        long began = -1;
        Session studied = null;
        for (Timeline.Event e : machine.timeline().events()) {
            if (p >= machine.position()) {
                break;
            }
            if (e instanceof Timeline.EditEvent edit && edit.edit() instanceof Edit.Replace replace) {
                boolean same = replace.session().dataset().equals(shown.dataset());
                began = same ? p : -1;
                studied = same ? replace.session() : null;
            }
            p += e.length();
        }
        if (studied == null) {
            return Optional.empty();
        }
        long at = machine.position();
        machine.seek(began);
        Session before = machine.engine().currentSession();
        machine.seek(at);
        return Optional.of(new Study(testIndex, studied, before));
    }

    /** The test sample {@code s} studies if it looks like a study ({@link #in}), else −1. */
    private static int studiedSample(Session s) {
        Optional<Dataset> test = s.dataset().test();
        if (s.batch() != BatchMode.SAMPLE || s.dataset().size() != 1 || test.isEmpty()) {
            return -1;
        }
        for (Parameter p : Parameter.all(s.network())) {
            boolean locked = p.isBias() ? s.network().isBiasLocked(p.layer(), p.to())
                    : s.network().isWeightLocked(p.layer(), p.to(), p.from());
            if (!locked) {
                return -1;
            }
        }
        for (int t = 0; t < test.get().size(); t++) {
            if (Arrays.equals(test.get().inputRow(t), s.dataset().inputRow(0))
                    && Arrays.equals(test.get().targetRow(t), s.dataset().targetRow(0))) {
                return t;
            }
        }
        return -1;
    }

    /** Whether {@code shown} (a snapshot's session) is this study's session. */
    public boolean isShown(Session shown) {
        return shown != null && shown.dataset() == session.dataset();
    }
}
