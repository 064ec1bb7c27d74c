package org.backpropstudio.io;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Numbers;

/**
 * A session in four facts a handout opens with, as plain text: the network ("Network: 2 inputs →
 * 2 units (sigmoid) → 1 unit (sigmoid)"), the loss, the learning rate and the batch.
 */
public final class SessionFacts {
    private static final Numbers NUMBERS = new Numbers(Notation.UNICODE);

    private SessionFacts() {
    }

    /** The facts of {@code session}. */
    public static List<String> of(Session session) {
        Network network = session.network();
        String layers = IntStream.rangeClosed(1, network.layers())
                .mapToObj(l -> IoWords.format("handout.layer", String.valueOf(network.units(l)), network.units(l),
                        network.activation(l).id()))
                .collect(Collectors.joining(" → "));
        int m = session.dataset().size();
        String batch = switch (session.batch()) {
            case FULL -> IoWords.format("handout.batch.full", String.valueOf(m), m);
            case SAMPLE -> IoWords.format("handout.batch.sample", String.valueOf(m), m);
            case MINI -> IoWords.format("handout.batch.mini", String.valueOf(session.batchSize()),
                    String.valueOf(m), m, String.valueOf(session.shuffleSeed()));
        };
        return List.of(
                IoWords.format("handout.network", String.valueOf(network.inputs()), network.inputs(), layers),
                IoWords.format("handout.loss", session.loss().id()),
                IoWords.format("handout.learningRate", NUMBERS.format(session.learningRate())),
                batch);
    }
}
