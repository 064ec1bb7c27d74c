package org.backpropstudio.app.diagram;

import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Snapshot;

/**
 * The texts of the diagram's cards and tooltips: a unit's title (x₁, h₁, ŷ₁), and the full values
 * of a unit or a weight in a snapshot, with what a click on it does.
 */
final class Descriptions {
    private Descriptions() {
    }

    /** The title of unit j (from 0) of a layer whose units are {@code role}: x₁, h₁ or ŷ₁. */
    static String title(Role role, int j) {
        String sub = Numbers.subscript(j + 1);
        return switch (role) {
            case INPUT -> "x" + sub;
            case HIDDEN -> "h" + sub;
            case OUTPUT -> "ŷ" + sub;
        };
    }

    /** Unit j of layer l in {@code s}: where it is, then each value to {@link Numbers#FULL_DIGITS} digits. */
    static String unit(Snapshot s, int l, int j) {
        Role role = Role.of(l, s.layers());
        String where = switch (role) {
            case INPUT -> Messages.format("diagram.neuron.input", String.valueOf(j + 1));
            case HIDDEN -> Messages.format("diagram.neuron.hidden", String.valueOf(l), String.valueOf(j + 1));
            case OUTPUT -> Messages.format("diagram.neuron.output", String.valueOf(j + 1));
        };
        StringBuilder text = new StringBuilder(where).append("  (").append(title(role, j)).append(')');
        if (role == Role.INPUT) {
            line(text, "x" + Numbers.subscript(j + 1), true, DiagramValues.input(s, j));
            if (!DiagramValues.loaded(s)) {
                text.append("  (").append(Messages.get("diagram.neuron.loadedByFirstStep")).append(')');
            }
            return text.append('\n').append(Messages.get("diagram.neuron.hint.input")).toString();
        }
        String sup = Numbers.layerSuperscript(l);
        String sub = Numbers.subscript(j + 1);
        line(text, "z" + sup + sub, DiagramValues.hasZ(s, l), s.z(l, j));
        line(text, "a" + sup + sub, DiagramValues.hasA(s, l), s.a(l, j));
        line(text, "δ" + sup + sub, DiagramValues.hasDelta(s, l), s.delta(l, j));
        if (role == Role.OUTPUT) {
            line(text, "y" + sub, true, DiagramValues.target(s, j));
        }
        line(text, "b" + sup + sub, true, s.bias(l, j));
        boolean gradient = DiagramValues.hasGradient(s, l);
        line(text, "∂J/∂b" + sup + sub, gradient, gradient ? DiagramValues.biasGradient(s, l, j) : 0);
        if (s.isBiasLocked(l, j)) {
            text.append('\n').append(Messages.get("diagram.neuron.biasLocked"));
        }
        return text.append('\n')
                .append(Messages.get(role == Role.OUTPUT ? "diagram.neuron.hint.output" : "diagram.neuron.hint.hidden"))
                .toString();
    }

    /** The weight W⁽ˡ⁾ⱼₖ in {@code s}: which units it joins, w and ∂J/∂w to {@link Numbers#FULL_DIGITS} digits. */
    static String weight(Snapshot s, int l, int j, int k) {
        boolean gradient = DiagramValues.hasGradient(s, l);
        return Messages.format("diagram.edge.where", Numbers.weightName(l, j, k),
                        String.valueOf(k + 1), String.valueOf(l - 1), String.valueOf(j + 1), String.valueOf(l))
                + "\nw = " + Numbers.format(s.weight(l, j, k), Numbers.FULL_DIGITS)
                + "\n∂J/∂w = " + (gradient
                        ? Numbers.format(DiagramValues.weightGradient(s, l, j, k), Numbers.FULL_DIGITS)
                        : Messages.get("diagram.notComputedYet"))
                + (s.isWeightLocked(l, j, k) ? "\n" + Messages.get("diagram.edge.locked") : "")
                + "\n" + Messages.get("diagram.edge.hint");
    }

    /**
     * What a screen reader says of unit j of layer l in {@code s}: where it is and each value as
     * the card shows it ("hidden unit 1 of layer 1: z 0.3775, a 0.5933, δ not yet computed, bias 0.35").
     */
    static String spokenUnit(Snapshot s, int l, int j) {
        String unit = String.valueOf(j + 1);
        return switch (Role.of(l, s.layers())) {
            case INPUT -> Messages.format("diagram.spoken.input", unit, spoken(true, DiagramValues.input(s, j)));
            case HIDDEN -> Messages.format("diagram.spoken.hidden", String.valueOf(l), unit,
                    spoken(DiagramValues.hasZ(s, l), s.z(l, j)), spoken(DiagramValues.hasA(s, l), s.a(l, j)),
                    spoken(DiagramValues.hasDelta(s, l), s.delta(l, j)), spoken(true, s.bias(l, j)))
                    + (s.isBiasLocked(l, j) ? Messages.get("diagram.spoken.locked") : "");
            case OUTPUT -> Messages.format("diagram.spoken.output", unit,
                    spoken(DiagramValues.hasZ(s, l), s.z(l, j)), spoken(DiagramValues.hasA(s, l), s.a(l, j)),
                    spoken(DiagramValues.hasDelta(s, l), s.delta(l, j)), spoken(true, DiagramValues.target(s, j)),
                    spoken(true, s.bias(l, j)))
                    + (s.isBiasLocked(l, j) ? Messages.get("diagram.spoken.locked") : "");
        };
    }

    /** What a screen reader says of the weight W⁽ˡ⁾ⱼₖ in {@code s}: which units it joins, w and its gradient. */
    static String spokenWeight(Snapshot s, int l, int j, int k) {
        boolean gradient = DiagramValues.hasGradient(s, l);
        return Messages.format("diagram.spoken.weight", String.valueOf(l - 1), String.valueOf(k + 1),
                String.valueOf(l), String.valueOf(j + 1), spoken(true, s.weight(l, j, k)),
                spoken(gradient, gradient ? DiagramValues.weightGradient(s, l, j, k) : 0))
                + (s.isWeightLocked(l, j, k) ? Messages.get("diagram.spoken.locked") : "");
    }

    /** A value as the diagram shows it, or "not yet computed". */
    private static String spoken(boolean computed, double value) {
        return computed ? Numbers.format(value) : Messages.get("diagram.spoken.pending");
    }

    private static void line(StringBuilder text, String symbol, boolean computed, double value) {
        text.append('\n').append(symbol).append(" = ")
                .append(computed ? Numbers.format(value, Numbers.FULL_DIGITS) : Messages.get("diagram.notComputedYet"));
    }
}
