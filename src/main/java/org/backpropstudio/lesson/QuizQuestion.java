package org.backpropstudio.lesson;

import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Scripts;

/**
 * One value the next micro-step will compute, asked before it is taken: its symbol, the formula in
 * symbols and with the numbers it reads (all already on screen), and the answer. One implementation
 * of the math ({@link NextStep}): the step is taken on an engine of its own at the same state, never
 * on the session's, and the answer is the value that step wrote; the symbol and the formulas are
 * those of the {@link Equation} that {@link Equations} writes for the value, as the equation panel
 * and the handouts show it (see {@code docs/ARCHITECTURE.md}, "The engine", and the README's "The
 * math"):
 * <pre>
 *   zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾        aⱼ⁽ˡ⁾ = f(zⱼ⁽ˡ⁾)       Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)² or cross-entropy
 *   δⱼ⁽ᴸ⁾ = (aⱼ − yⱼ)·f′(zⱼ⁽ᴸ⁾), or aⱼ − yⱼ (sigmoid/softmax with cross-entropy)
 *   δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾)
 *   ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾                 w⁺ = w − η·(1/S)Σₛ ∂Jₛ/∂w   (a locked w stays)
 * </pre>
 *
 * <p>Which unit is asked ({@link #next}): for iteration i (from 0) and sample slot s, unit
 * (i + s) mod n of the layer, and for a weight the unit it comes from likewise; the update asks
 * about a weight of layer L − (i mod L). So the first iteration follows unit 1 through the network
 * and ends with w₁₁⁽ᴸ⁾, as the textbook example does; later iterations visit the other units.
 *
 * <p>A wrong answer is recognised as a classic mistake by {@link Diagnoses#of}, from the same state.
 */
public final class QuizQuestion {

    /** The quantity asked for. */
    public enum Quantity { Z, A, LOSS, DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT, WEIGHT, BIAS }

    private final NextStep origin;
    private final Quantity quantity;
    private final int layer;
    private final int unit;
    private final int from;
    private final double answer;
    private final Equation unicode;
    private final Equation latex;

    QuizQuestion(NextStep origin, Quantity quantity, int layer, int unit, int from, double answer,
                 Equation unicode, Equation latex) {
        this.origin = origin;
        this.quantity = quantity;
        this.layer = layer;
        this.unit = unit;
        this.from = from;
        this.answer = answer;
        this.unicode = unicode;
        this.latex = latex;
    }

    // ----------------------------------------------------------------------------------------
    // Queries
    // ----------------------------------------------------------------------------------------

    /**
     * The question for the micro-step that follows {@code s}: one value it will compute (see the
     * class comment for which). Empty if the next event on the timeline is a recorded hand edit,
     * which stepping forward applies again rather than computing anything.
     */
    public static Optional<QuizQuestion> next(Snapshot s) {
        return NextStep.after(s).map(NextStep::asked);
    }

    /**
     * Every question the micro-step after {@code s} could be asked: each unit of its layer, the
     * loss, each weight and bias gradient of its layer, or each parameter's update. Empty if the
     * next event is a recorded hand edit.
     */
    public static List<QuizQuestion> all(Snapshot s) {
        return NextStep.after(s).map(NextStep::all).orElse(List.of());
    }

    /** The micro-step that computes the value. */
    public MicroStep step() {
        return origin.step();
    }

    /** The iteration of that micro-step, counting from 0. */
    public long iteration() {
        return origin.iteration();
    }

    /** What is asked for. */
    public Quantity quantity() {
        return quantity;
    }

    /** Its layer (0 for the loss). */
    public int layer() {
        return layer;
    }

    /** Its unit j, from 0 (0 for the loss). */
    public int unit() {
        return unit;
    }

    /** For a weight or its gradient, the unit k of layer l − 1 it comes from; −1 otherwise. */
    public int from() {
        return from;
    }

    /** The true value, as the engine will compute it. */
    public double answer() {
        return answer;
    }

    /** The quantity's symbol: a₁⁽¹⁾, ∂Jₛ/∂w₁₁⁽²⁾, w₁₁⁽²⁾⁺; in LaTeX {@code a^{(1)}_{1}}. */
    public String symbol(Notation notation) {
        return formula(notation).lhs();
    }

    /** The formula in symbols: σ(z₁⁽¹⁾); empty if there is none (a locked parameter's update). */
    public String symbols(Notation notation) {
        return formula(notation).rhs();
    }

    /**
     * The formula with the numbers it reads put in: 1/(1 + e^(−0.3775)); empty if there is none (a
     * bias gradient, which is δ itself, or a locked parameter).
     */
    public String numbers(Notation notation) {
        return formula(notation).substituted();
    }

    /** "What is a₁⁽¹⁾?", "What is w₁₁⁽²⁾ after the update?". */
    public String question() {
        return quantity == Quantity.WEIGHT || quantity == Quantity.BIAS
                ? LessonWords.format("quiz.question.update", unicode.lhs().replace("⁺", ""))
                : LessonWords.format("quiz.question", unicode.lhs());
    }

    /** What the quantity is, in words: "the activation of unit 1 of hidden layer 1". */
    public String about() {
        String unitName = LessonWords.format("quiz.unit", String.valueOf(unit + 1), layerName(layer));
        return switch (quantity) {
            case Z -> LessonWords.format("quiz.z", unitName);
            case A -> LessonWords.format("quiz.a", unitName);
            case LOSS -> LessonWords.get("quiz.loss");
            case DELTA -> LessonWords.format("quiz.delta", unitName);
            case WEIGHT_GRADIENT -> LessonWords.format("quiz.weightGradient", fromName(), unitName);
            case BIAS_GRADIENT -> LessonWords.format("quiz.biasGradient", unitName);
            case WEIGHT -> LessonWords.format("quiz.weight", fromName(), unitName);
            case BIAS -> LessonWords.format("quiz.bias", unitName);
        };
    }

    /**
     * The equation that {@link Equations#forStep} writes for this question's value, in the state
     * {@code after} the step has been taken (its "right computation").
     */
    public Equation explanation(NetworkState after, Notation notation) {
        return new Equations(notation).forStep(after, step(), equationIndex(after));
    }

    /**
     * The position of this question's value in the list
     * {@link Equations#forStep(NetworkState, MicroStep)} makes for its step.
     */
    int equationIndex(NetworkState s) {
        return equationIndex(s, quantity, layer, unit, from);
    }

    /** The position of a value in the list of its step's equations; {@code from} −1 for a bias. */
    static int equationIndex(NetworkState s, Quantity quantity, int layer, int unit, int from) {
        switch (quantity) {
            case Z:
            case A:
            case DELTA:
                return unit;
            case LOSS:
                return 0;
            case WEIGHT_GRADIENT:
            case BIAS_GRADIENT:
                return unit * (s.units(layer - 1) + 1) + (from < 0 ? s.units(layer - 1) : from);
            default: {
                int index = 0;
                for (int l = 1; l < layer; l++) {
                    index += s.units(l) * (s.units(l - 1) + 1);
                }
                return index + unit * (s.units(layer - 1) + 1) + (from < 0 ? s.units(layer - 1) : from);
            }
        }
    }

    /**
     * The equation of this value as {@link Equations} writes it for the step (its result the
     * answer): the formula the hint and the diagnoses quote.
     */
    public Equation equation(Notation notation) {
        return formula(notation);
    }

    /** The state after the step, and what else the diagnoses recompute from. */
    NextStep origin() {
        return origin;
    }

    private Equation formula(Notation notation) {
        return notation == Notation.LATEX ? latex : unicode;
    }

    private String layerName(int l) {
        return l == origin.state().layers() ? LessonWords.get("quiz.outputLayer")
                : LessonWords.format("quiz.hiddenLayer", String.valueOf(l));
    }

    private String fromName() {
        if (layer > 1) {
            return LessonWords.format("quiz.unit", String.valueOf(from + 1), layerName(layer - 1));
        }
        return LessonWords.format("quiz.input", "x" + Scripts.subscript(from + 1));
    }
}
