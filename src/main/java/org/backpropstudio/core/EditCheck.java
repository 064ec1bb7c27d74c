package org.backpropstudio.core;

/**
 * Whether a hand edit fits the session it is made on: its indices name a parameter, sample or
 * value that exists there, and its value is one the format allows. The step machine checks every
 * edit before recording it, and a saved history's edits are checked the same way when it is read
 * back.
 */
final class EditCheck {
    private EditCheck() {
    }

    /**
     * @param net     the network at the edit (its shape is read)
     * @param session the session's settings and data at the edit
     * @throws IllegalArgumentException saying what does not fit
     */
    static void check(Edit edit, NetworkState net, Session session) {
        Dataset data = session.dataset();
        if (edit instanceof Edit.SetWeight w) {
            checkWeightIndex(net, w.layer(), w.to(), w.from());
            checkValue(w.value(), CoreWords.get("edit.weight"));
        } else if (edit instanceof Edit.SetBias b) {
            checkUnitIndex(net, b.layer(), b.unit());
            checkValue(b.value(), CoreWords.get("edit.bias"));
        } else if (edit instanceof Edit.LockWeight w) {
            checkWeightIndex(net, w.layer(), w.to(), w.from());
        } else if (edit instanceof Edit.LockBias b) {
            checkUnitIndex(net, b.layer(), b.unit());
        } else if (edit instanceof Edit.SetInput x) {
            checkIndex(x.sample(), data.size(), CoreWords.get("edit.sample"));
            checkIndex(x.input(), data.inputWidth(), CoreWords.get("edit.inputIndex"));
            checkValue(x.value(), CoreWords.get("edit.input"));
        } else if (edit instanceof Edit.SetTarget y) {
            checkIndex(y.sample(), data.size(), CoreWords.get("edit.sample"));
            checkIndex(y.output(), data.targetWidth(), CoreWords.get("edit.output"));
            checkValue(y.value(), CoreWords.get("edit.target"));
            if (session.loss() == Loss.CROSS_ENTROPY && (y.value() < 0 || y.value() > 1)) {
                throw new IllegalArgumentException(CoreWords.get("edit.targetRange"));
            }
        } else if (edit instanceof Edit.SetLearningRate r) {
            if (!Limits.isLearningRate(r.value())) {
                throw new IllegalArgumentException(CoreWords.get("edit.learningRate"));
            }
        }
    }

    private static void checkWeightIndex(NetworkState net, int l, int j, int k) {
        checkIndex(l - 1, net.layers(), CoreWords.get("edit.layer"));
        checkIndex(j, net.units(l), CoreWords.get("edit.unit"));
        checkIndex(k, net.units(l - 1), CoreWords.get("edit.previousUnit"));
    }

    private static void checkUnitIndex(NetworkState net, int l, int j) {
        checkIndex(l - 1, net.layers(), CoreWords.get("edit.layer"));
        checkIndex(j, net.units(l), CoreWords.get("edit.unit"));
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(CoreWords.format("edit.noSuch", what, String.valueOf(index + 1)));
        }
    }

    private static void checkValue(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(CoreWords.format("edit.notFinite", what));
        }
        if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
            throw new IllegalArgumentException(CoreWords.format("edit.tooLarge", what));
        }
    }
}
