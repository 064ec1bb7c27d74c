package org.backpropstudio.app.equations;

import java.util.List;
import org.backpropstudio.app.MathMasks;

/**
 * What the equation panel shows at one moment in words and plain text, made by {@link SheetMaker}
 * on the FX thread; the typeset lines of its equations ({@link Lines}) follow from the
 * typesetting thread.
 *
 * @param mode       what the sheet is about
 * @param kicker     the small line above the heading ("Iteration 1 · step 3 of 11", "Selected")
 * @param heading    "Forward: z⁽¹⁾ of sample 1", "Unit 1 of hidden layer 1", "Weight w₁₂⁽²⁾"
 * @param subheading a second line under the heading, or empty
 * @param hint       what to do to see something (before the first step), or empty
 * @param items      the equations shown (all of them, or the first few)
 * @param total      how many equations there are in all
 * @param pending    which of a selected element's quantities are not yet computed, or empty
 */
record EquationSheet(Mode mode, String kicker, String heading, String subheading, String hint,
                     List<Item> items, int total, String pending) {

    /** What a sheet is about. */
    enum Mode {
        /** Nothing computed in this iteration yet: the step that comes next, in symbols only. */
        UPCOMING,
        /** The micro-step just taken. */
        STEP,
        /** A neuron or weight clicked on the diagram. */
        ELEMENT
    }

    /**
     * One equation in words and plain text.
     *
     * @param caption a few words above it, or empty
     * @param text    the whole equation as one line of plain Unicode text ({@code Equation.line()})
     * @param meaning one plain sentence saying what it means, or empty when the equation before it
     *                says the same
     */
    record Item(String caption, String text, String meaning) {
    }

    /**
     * One equation typeset.
     *
     * @param lines  its lines: "lhs = rhs", then "= substituted", "= result", any of them broken
     *               where too long
     * @param result whether the last line is the result (drawn in the result colour)
     * @param indent the width of its left-hand side, by which the lines after the first are indented
     */
    record Lines(List<MathMasks.Mask> lines, boolean result, double indent) {
    }
}
