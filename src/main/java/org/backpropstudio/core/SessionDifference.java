package org.backpropstudio.core;

import java.util.Arrays;

/** The first way in which two sessions differ, bit for bit, in words; their names are not compared. */
final class SessionDifference {
    private SessionDifference() {
    }

    /** What differs between {@code replayed} and {@code saved}, or null if nothing does. */
    static String between(Session replayed, Session saved) {
        Network a = replayed.network();
        Network b = saved.network();
        if (!Arrays.equals(a.unitsArray(), b.unitsArray())
                || !Arrays.equals(a.activationsArray(), b.activationsArray())) {
            return CoreWords.get("difference.layers");
        }
        double[] p = a.parameters();
        double[] q = b.parameters();
        for (int n = 0; n < p.length; n++) {
            if (Double.doubleToLongBits(p[n]) != Double.doubleToLongBits(q[n])) {
                return CoreWords.format("difference.parameter", name(a, n), String.valueOf(p[n]), String.valueOf(q[n]));
            }
        }
        if (!Arrays.deepEquals(a.lockedWeightsCopy(), b.lockedWeightsCopy())
                || !Arrays.deepEquals(a.lockedBiasesCopy(), b.lockedBiasesCopy())) {
            return CoreWords.get("difference.locks");
        }
        if (replayed.loss() != saved.loss()) {
            return CoreWords.get("difference.loss");
        }
        if (Double.doubleToLongBits(replayed.learningRate()) != Double.doubleToLongBits(saved.learningRate())) {
            return CoreWords.format("difference.learningRate", String.valueOf(replayed.learningRate()),
                    String.valueOf(saved.learningRate()));
        }
        if (replayed.batch() != saved.batch() || replayed.batchSize() != saved.batchSize()
                || replayed.shuffleSeed() != saved.shuffleSeed()) {
            return CoreWords.get("difference.batch");
        }
        if (!replayed.dataset().equals(saved.dataset())) {
            return CoreWords.get("difference.dataset");
        }
        return null;
    }

    /** The parameter at place {@code n} of {@link Network#parameters()}, e.g. "w(2)[1,2]" or "b(1)[2]". */
    private static String name(Network net, int n) {
        int left = n;
        for (int l = 1; l <= net.layers(); l++) {
            int weights = net.units(l) * net.units(l - 1);
            if (left < weights) {
                return Parameter.weight(l, left / net.units(l - 1), left % net.units(l - 1)).label();
            }
            left -= weights;
            if (left < net.units(l)) {
                return Parameter.bias(l, left).label();
            }
            left -= net.units(l);
        }
        throw new IndexOutOfBoundsException("parameter " + n);
    }
}
