package org.backpropstudio.app.equations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;

/**
 * The words the panel uses for a clicked element: its title ("Unit 1 of hidden layer 1",
 * "Weight w₁₂⁽²⁾"), where a weight runs, and which of its quantities this iteration has not computed
 * yet. Units are counted from 1 and indices written as the equations write them.
 */
final class Elements {
    private static final String SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Elements() {
    }

    /** "Input x₁", "Unit 1 of hidden layer 1", "Unit 1 of the output layer". */
    static String unitTitle(NetworkState s, int l, int j) {
        if (l == 0) {
            return "Input x" + subscript(Integer.toString(j + 1));
        }
        String name = unitName(s, l, j);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "input x₁", "unit 1 of hidden layer 1", "unit 1 of the output layer". */
    static String unitName(NetworkState s, int l, int j) {
        if (l == 0) {
            return "input x" + subscript(Integer.toString(j + 1));
        }
        return "unit " + (j + 1) + " of " + (l == s.layers() ? "the output layer" : "hidden layer " + l);
    }

    /** "Weight w₁₂⁽²⁾": from unit k to unit j of layer l, indices from 1, comma-separated past 9. */
    static String weightTitle(int l, int j, int k) {
        String jj = Integer.toString(j + 1);
        String kk = Integer.toString(k + 1);
        String indices = jj.length() > 1 || kk.length() > 1 ? jj + "," + kk : jj + kk;
        return "Weight w" + subscript(indices) + "⁽" + superscript(Integer.toString(l)) + "⁾";
    }

    /** "From input x₂ to unit 1 of hidden layer 1". */
    static String weightRoute(NetworkState s, int l, int j, int k) {
        return "From " + unitName(s, l - 1, k) + " to " + unitName(s, l, j);
    }

    /** Which of a unit's quantities (z, a, δ, its bias gradient and update) are still to come. */
    static String pendingForNeuron(NetworkState s, int l) {
        List<String> missing = new ArrayList<>();
        if (l == 0) {
            if (!s.isComputed(MicroStep.Kind.Z, 1)) {
                missing.add("its value, the sample's input, which the first forward step loads");
            }
            return sentence(missing);
        }
        if (!s.isComputed(MicroStep.Kind.Z, l)) {
            missing.add("its weighted input z");
        }
        if (!s.isComputed(MicroStep.Kind.A, l)) {
            missing.add("its activation a");
        }
        if (!s.isComputed(MicroStep.Kind.DELTA, l)) {
            missing.add("its error signal δ");
        }
        if (!s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            missing.add("its bias's gradient");
        }
        if (!s.isComputed(MicroStep.Kind.UPDATE, l)) {
            missing.add("its bias's update");
        }
        return sentence(missing);
    }

    /** Which of a weight's quantities (its gradient and its update) are still to come. */
    static String pendingForWeight(NetworkState s, int l) {
        List<String> missing = new ArrayList<>();
        if (!s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            missing.add("its gradient ∂J/∂w");
        }
        if (!s.isComputed(MicroStep.Kind.UPDATE, l)) {
            missing.add("its update");
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
        String list = missing.size() == 1 ? missing.get(0)
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
        return "Not yet computed in this iteration: " + list + ".";
    }

    private static String subscript(String digits) {
        return map(digits, SUBSCRIPT_DIGITS);
    }

    private static String superscript(String digits) {
        return map(digits, SUPERSCRIPT_DIGITS);
    }

    private static String map(String digits, String to) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? to.charAt(c - '0') : c);
        }
        return out.toString();
    }
}
