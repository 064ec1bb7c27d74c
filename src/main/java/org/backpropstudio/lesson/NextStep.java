package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepPlan;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;

/**
 * The micro-step after a snapshot, taken on an engine of its own at the snapshot's state, and the
 * {@link QuizQuestion}s about what it computed: their answers are that engine's values, their
 * symbols those {@link Equations} writes, their formulas the quiz's own ({@link Symbols}). Every
 * number a formula shows is one the step read, and the step wrote none of them, so they are read
 * from the engine after it.
 */
final class NextStep {
    private final MicroStep step;
    private final long iteration;
    /** The state after the step: the snapshot's parameters, data and cursor, then the step taken. */
    private final Engine p;
    private final Symbols u = new Symbols(Notation.UNICODE);
    private final Symbols t = new Symbols(Notation.LATEX);
    private final Equations unicodeEquations = new Equations(Notation.UNICODE);
    private final Equations latexEquations = new Equations(Notation.LATEX);

    private NextStep(Snapshot s) {
        StepPlan plan = s.plan();
        boolean done = s.step() == plan.length();
        this.iteration = done ? s.iteration() + 1 : s.iteration();
        this.p = Engine.at(s.session().withNetwork(s.network()), iteration, done ? 0 : s.step());
        this.step = p.takeStep();
    }

    /** The step after {@code s}; empty if the next event is a recorded hand edit, which computes nothing. */
    static Optional<NextStep> after(Snapshot s) {
        return s.editAfter() != null ? Optional.empty() : Optional.of(new NextStep(s));
    }

    /** The question {@link QuizQuestion#next} asks: one unit, weight or bias, chosen by the iteration and slot. */
    QuizQuestion asked() {
        long i = iteration;
        int slot = Math.max(step.slot(), 0);
        int l = step.layer();
        switch (step.kind()) {
            case LOSS:
                return loss();
            case UPDATE: {
                int L = p.layers();
                int layer = L - (int) (i % L);
                return update(layer, (int) (i % p.units(layer)), (int) (i % p.units(layer - 1)));
            }
            case GRADIENT:
                return gradient(l, (int) ((i + slot) % p.units(l)), (int) ((i + slot) % p.units(l - 1)));
            default:
                return unit(step.kind(), l, (int) ((i + slot) % p.units(l)));
        }
    }

    /** Every question {@link QuizQuestion#all} lists, in the order of the step's equations. */
    List<QuizQuestion> all() {
        List<QuizQuestion> all = new ArrayList<>();
        int l = step.layer();
        switch (step.kind()) {
            case LOSS:
                all.add(loss());
                break;
            case UPDATE:
                for (int layer = 1; layer <= p.layers(); layer++) {
                    for (int j = 0; j < p.units(layer); j++) {
                        for (int k = 0; k < p.units(layer - 1); k++) {
                            all.add(update(layer, j, k));
                        }
                        all.add(update(layer, j, -1));
                    }
                }
                break;
            case GRADIENT:
                for (int j = 0; j < p.units(l); j++) {
                    for (int k = 0; k < p.units(l - 1); k++) {
                        all.add(gradient(l, j, k));
                    }
                    all.add(gradient(l, j, -1));
                }
                break;
            default:
                for (int j = 0; j < p.units(l); j++) {
                    all.add(unit(step.kind(), l, j));
                }
        }
        return all;
    }

    // ----------------------------------------------------------------------------------------
    // The questions, one kind of quantity each
    // ----------------------------------------------------------------------------------------

    private QuizQuestion unit(MicroStep.Kind kind, int l, int j) {
        switch (kind) {
            case Z: {
                int n = p.units(l - 1);
                return make(QuizQuestion.Quantity.Z, l, j, -1, p.z(l, j),
                        sym -> sym.sum(n, k -> sym.juxtapose(sym.indexed("w", l, j, k), sym.a(l - 1, k)))
                                + " + " + sym.indexed("b", l, j),
                        sym -> sym.sum(n, k -> sym.times(sym.operand(p.weight(l, j, k)), sym.operand(p.a(l - 1, k))))
                                + " + " + sym.operand(p.bias(l, j)));
            }
            case A: {
                Activation f = p.activation(l);
                return make(QuizQuestion.Quantity.A, l, j, -1, p.a(l, j),
                        sym -> activationFormula(sym, f, l, j, false), sym -> activationFormula(sym, f, l, j, true));
            }
            default:
                return delta(l, j);
        }
    }

    private String activationFormula(Symbols sym, Activation f, int l, int j, boolean numbers) {
        String z = numbers ? sym.number(p.z(l, j)) : sym.indexed("z", l, j);
        return switch (f) {
            case SIGMOID -> sym.function("σ", z);
            case TANH -> sym.function("tanh", z);
            case RELU -> sym.function("max", "0, " + z);
            case LEAKY_RELU -> sym.function("max",
                    sym.times(sym.number(Activation.LEAKY_SLOPE), numbers ? sym.operand(p.z(l, j)) : z) + ", " + z);
            case LINEAR -> z;
            case SOFTMAX -> sym.fraction(sym.function("exp", z), sym.sum(p.units(l),
                    k -> sym.function("exp", numbers ? sym.number(p.z(l, k)) : sym.indexed("z", l, k))));
        };
    }

    private QuizQuestion loss() {
        return make(QuizQuestion.Quantity.LOSS, 0, 0, -1, p.sampleLoss(),
                sym -> lossFormula(sym, false), sym -> lossFormula(sym, true));
    }

    private String lossFormula(Symbols sym, boolean numbers) {
        int L = p.layers();
        int n = p.units(L);
        IntFunction<String> a = k -> numbers ? sym.number(p.a(L, k)) : sym.indexed("a", L, k);
        IntFunction<String> target = k -> numbers ? sym.operand(p.target(k)) : sym.indexed("y", -1, k);
        if (p.loss() == Loss.SQUARED_ERROR) {
            String sum = sym.sum(n, k -> sym.squared("(" + a.apply(k) + sym.minus() + target.apply(k) + ")"));
            return sym.half() + (n == 1 ? sum : "[" + sum + "]");
        }
        IntFunction<String> product = numbers ? k -> sym.times(target.apply(k), sym.function("log", a.apply(k)))
                : k -> target.apply(k) + " " + sym.function("log", a.apply(k));
        String sum;
        if (p.activation(L) == Activation.SOFTMAX) {
            sum = sym.sum(n, product);
        } else {
            IntFunction<String> rest = k -> {
                String oneMinusY = "(1" + sym.minus() + target.apply(k) + ")";
                String log = sym.function("log", "1" + sym.minus() + a.apply(k));
                return numbers ? sym.times(oneMinusY, log) : oneMinusY + " " + log;
            };
            sum = sym.sum(n, k -> "[" + product.apply(k) + " + " + rest.apply(k) + "]");
        }
        return sym.negative(n == 1 ? sum : "(" + sum + ")");
    }

    private QuizQuestion delta(int l, int j) {
        double aj = p.a(l, j);
        if (l == p.layers()) {
            double y = p.target(j);
            if (p.loss().hasShortcut(p.activation(l))) {
                return make(QuizQuestion.Quantity.DELTA, l, j, -1, p.delta(l, j),
                        sym -> sym.indexed("a", l, j) + sym.minus() + sym.indexed("y", -1, j),
                        sym -> sym.number(aj) + sym.minus() + sym.operand(y));
            }
            return make(QuizQuestion.Quantity.DELTA, l, j, -1, p.delta(l, j),
                    sym -> sym.times("(" + sym.indexed("a", l, j) + sym.minus() + sym.indexed("y", -1, j) + ")",
                            derivative(sym, l, j, false)),
                    sym -> sym.times("(" + sym.number(aj) + sym.minus() + sym.operand(y) + ")",
                            derivative(sym, l, j, true)));
        }
        int next = p.units(l + 1);
        return make(QuizQuestion.Quantity.DELTA, l, j, -1, p.delta(l, j),
                sym -> sym.times("(" + sym.sum(next, k -> sym.juxtapose(sym.indexed("w", l + 1, k, j),
                        sym.indexed(sym.delta(), l + 1, k))) + ")", derivative(sym, l, j, false)),
                sym -> sym.times("(" + sym.sum(next, k -> sym.times(sym.operand(p.weight(l + 1, k, j)),
                        sym.operand(p.delta(l + 1, k)))) + ")", derivative(sym, l, j, true)));
    }

    /** f′(zⱼ⁽ˡ⁾) as {@link Equations} writes it: a(1 − a), (1 − a²), 1, or f′(z). */
    private String derivative(Symbols sym, int l, int j, boolean numbers) {
        double a = p.a(l, j);
        String as = numbers ? sym.operand(a) : sym.indexed("a", l, j);
        return switch (p.activation(l)) {
            case SIGMOID -> numbers ? sym.times(as, "(1" + sym.minus() + as + ")")
                    : sym.juxtapose(as, "(1" + sym.minus() + as + ")");
            case TANH -> "(1" + sym.minus() + sym.squared(numbers ? as : "(" + as + ")") + ")";
            case LINEAR -> "1";
            default -> numbers ? sym.number(p.activation(l).derivative(p.z(l, j), a))
                    : sym.derivative(sym.indexed("z", l, j));
        };
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ (k ≥ 0) or ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾ (k = −1). */
    private QuizQuestion gradient(int l, int j, int k) {
        double d = p.delta(l, j);
        if (k < 0) {
            return make(QuizQuestion.Quantity.BIAS_GRADIENT, l, j, -1, d,
                    sym -> sym.indexed(sym.delta(), l, j), sym -> sym.number(d));
        }
        double in = p.a(l - 1, k);
        return make(QuizQuestion.Quantity.WEIGHT_GRADIENT, l, j, k, p.sampleWeightGradient(l, j, k),
                sym -> sym.juxtapose(sym.indexed(sym.delta(), l, j), sym.a(l - 1, k)),
                sym -> sym.times(sym.operand(d), sym.operand(in)));
    }

    /** w⁺ = w − η·∂J/∂w for weight (j, k) of layer l, or the bias for k = −1; a locked one stays. */
    private QuizQuestion update(int l, int j, int k) {
        boolean bias = k < 0;
        double before = bias ? p.biasBefore(l, j) : p.weightBefore(l, j, k);
        double g = bias ? p.biasGradient(l, j) : p.weightGradient(l, j, k);
        double after = bias ? p.bias(l, j) : p.weight(l, j, k);
        boolean locked = bias ? p.isBiasLocked(l, j) : p.isWeightLocked(l, j, k);
        double eta = p.learningRate();
        String name = bias ? "b" : "w";
        int[] units = bias ? new int[] {j} : new int[] {j, k};
        QuizQuestion.Quantity quantity = bias ? QuizQuestion.Quantity.BIAS : QuizQuestion.Quantity.WEIGHT;
        if (locked) {
            return make(quantity, l, j, k, after,
                    sym -> sym.indexed(name, l, units) + " " + sym.text(LessonWords.get("quiz.locked")),
                    sym -> sym.number(before));
        }
        return make(quantity, l, j, k, after,
                sym -> sym.indexed(name, l, units) + sym.minus()
                        + sym.times(sym.eta(), sym.partial("J", sym.indexed(name, l, units))),
                sym -> sym.operand(before) + sym.minus() + sym.times(sym.operand(eta), sym.operand(g)));
    }

    /** The question with its answer and its formula in both notations, its symbol as the step's equation writes it. */
    private QuizQuestion make(QuizQuestion.Quantity quantity, int l, int j, int k, double answer,
                              Function<Symbols, String> symbols, Function<Symbols, String> numbers) {
        int index = QuizQuestion.equationIndex(p, quantity, l, j, k);
        return new QuizQuestion(step, iteration, quantity, l, j, k, answer, p.layers(),
                new QuizQuestion.Formula(unicodeEquations.forStep(p, step, index).lhs(), symbols.apply(u),
                        numbers.apply(u)),
                new QuizQuestion.Formula(latexEquations.forStep(p, step, index).lhs(), symbols.apply(t),
                        numbers.apply(t)));
    }
}
