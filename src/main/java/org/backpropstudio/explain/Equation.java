package org.backpropstudio.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * One equation as a textbook writes it, in one {@link Notation}: what is computed, the formula, the
 * formula with the numbers put in, and the value. For unit 1 of layer 1 of the seed example:
 * <pre>
 *   lhs          z₁⁽¹⁾
 *   rhs          w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾
 *   substituted  0.15·0.05 + 0.2·0.1 + 0.35
 *   result       0.3775
 * </pre>
 *
 * @param lhs         the quantity computed, e.g. {@code z₁⁽¹⁾}
 * @param rhs         the formula in symbols; empty if there is none
 * @param substituted the formula with the numbers put in; empty if there is none
 * @param result      the value, formatted
 * @param meaning     one plain sentence for a student (plain Unicode text in either notation)
 */
public record Equation(String lhs, String rhs, String substituted, String result, String meaning) {

    /**
     * {@code lhs = rhs = substituted = result}, leaving out a part that is empty or reads the same as
     * the part after it (so {@code a = z = 0.5} rather than {@code a = z = 0.5 = 0.5}).
     */
    public String line() {
        List<String> parts = new ArrayList<>(List.of(lhs, rhs, substituted, result));
        parts.removeIf(String::isEmpty);
        for (int i = parts.size() - 2; i >= 0; i--) {
            if (parts.get(i).equals(parts.get(i + 1))) {
                parts.remove(i);
            }
        }
        return String.join(" = ", parts);
    }
}
