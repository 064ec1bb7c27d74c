package org.backpropstudio.app.check;

import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;

/**
 * What a gradient check depends on: the parameters, the samples J averages over (all of them in
 * full batch: {@code sample} −1; the iteration's one sample in sample mode: {@code sample} is that
 * sample; the iteration's mini-batch: {@code sample} is the iteration) and the session's data and
 * loss. Numbers on screen are stale when the latest snapshot's inputs differ.
 */
record CheckInputs(Network network, long sample, Session session) {
    /**
     * A check costs about (parameters)² × (samples per iteration) multiply-adds, 2 forward passes
     * per parameter: above this many (a second or two), checks run on "Check now" only.
     */
    static final double AUTOMATIC_CHECK_BUDGET = 3e8;

    /** The inputs of a check of {@code s}. */
    static CheckInputs of(Snapshot s) {
        Session session = s.session();
        long sample = switch (session.batch()) {
            case FULL -> -1;
            case SAMPLE -> session.sampleOf(s.iteration(), 0);
            case MINI -> s.iteration();
        };
        return new CheckInputs(s.network(), sample, session);
    }

    /** Whether checking {@code s}'s network is quick enough to do by itself whenever it changes. */
    static boolean isAffordable(Snapshot s) {
        double parameters = s.network().parameterCount();
        return parameters * parameters * s.samplesPerIteration() <= AUTOMATIC_CHECK_BUDGET;
    }
}
