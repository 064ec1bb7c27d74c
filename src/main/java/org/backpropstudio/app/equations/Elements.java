package org.backpropstudio.app.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.explain.Scripts;

/**
 * The words the panel uses for a clicked element: its title ("Unit 1 of hidden layer 1",
 * "Weight w₁₂⁽²⁾"), where a weight runs, and which of its quantities this iteration has not computed
 * yet. Units are counted from 1 and indices written as the equations write them.
 */
final class Elements {
    private Elements() {
    }

    /** "Input x₁", "Unit 1 of hidden layer 1", "Unit 1 of the output layer". */
    static String unitTitle(NetworkState s, int l, int j) {
        if (l == 0) {
            return Messages.format("equations.unit.input.title", input(j));
        }
        return l == s.layers() ? Messages.format("equations.unit.output.title", String.valueOf(j + 1))
                : Messages.format("equations.unit.hidden.title", String.valueOf(j + 1), String.valueOf(l));
    }

    /** "input x₁", "unit 1 of hidden layer 1", "unit 1 of the output layer". */
    static String unitName(NetworkState s, int l, int j) {
        if (l == 0) {
            return Messages.format("equations.unit.input", input(j));
        }
        return l == s.layers() ? Messages.format("equations.unit.output", String.valueOf(j + 1))
                : Messages.format("equations.unit.hidden", String.valueOf(j + 1), String.valueOf(l));
    }

    /** x₁ for input unit 0. */
    private static String input(int j) {
        return "x" + Scripts.subscript(j + 1);
    }

    /** "Weight w₁₂⁽²⁾": from unit k to unit j of layer l, indices from 1, comma-separated past 9. */
    static String weightTitle(int l, int j, int k) {
        return Messages.format("equations.weight.title", "w" + Scripts.units(j, k) + Scripts.layer(l));
    }

    /** "From input x₂ to unit 1 of hidden layer 1". */
    static String weightRoute(NetworkState s, int l, int j, int k) {
        return Messages.format("equations.weight.route", unitName(s, l - 1, k), unitName(s, l, j));
    }

    /** Which of a unit's quantities (z, a, δ, its bias gradient and update) are still to come. */
    static String pendingForNeuron(NetworkState s, int l) {
        List<String> missing = new ArrayList<>();
        if (l == 0) {
            if (!s.isComputed(MicroStep.Kind.Z, 1)) {
                missing.add(Messages.get("equations.pending.input"));
            }
            return sentence(missing);
        }
        if (!s.isComputed(MicroStep.Kind.Z, l)) {
            missing.add(Messages.get("equations.pending.z"));
        }
        if (!s.isComputed(MicroStep.Kind.A, l)) {
            missing.add(Messages.get("equations.pending.a"));
        }
        if (!s.isComputed(MicroStep.Kind.DELTA, l)) {
            missing.add(Messages.get("equations.pending.delta"));
        }
        if (!s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            missing.add(Messages.get("equations.pending.biasGradient"));
        }
        if (!s.isComputed(MicroStep.Kind.UPDATE, l)) {
            missing.add(Messages.get("equations.pending.biasUpdate"));
        }
        return sentence(missing);
    }

    /** Which of a weight's quantities (its gradient and its update) are still to come. */
    static String pendingForWeight(NetworkState s, int l) {
        List<String> missing = new ArrayList<>();
        if (!s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            missing.add(Messages.get("equations.pending.weightGradient"));
        }
        if (!s.isComputed(MicroStep.Kind.UPDATE, l)) {
            missing.add(Messages.get("equations.pending.weightUpdate"));
        }
        return sentence(missing);
    }

    /** 1234 → "1,234". */
    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    private static String sentence(List<String> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        String list = missing.get(0);
        for (int i = 1; i < missing.size(); i++) {
            list = Messages.format(
                    i == missing.size() - 1 ? "equations.pending.list.last" : "equations.pending.list.more",
                    list, missing.get(i));
        }
        return Messages.format("equations.pending", list);
    }
}
