package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepPlan;
import org.backpropstudio.explain.Equation;
import org.backpropstudio.explain.Equations;
import org.backpropstudio.explain.Notation;
import org.backpropstudio.explain.Scripts;

/**
 * One value the next micro-step will compute, asked before it is taken: its symbol, the formula in
 * symbols and with the numbers it reads (all already on screen), and the answer, computed here in
 * plain Java from the state <em>without</em> taking the step. The formulas are those of
 * {@code DESIGN.md}, as the engine computes them:
 * <pre>
 *   zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾        aⱼ⁽ˡ⁾ = f(zⱼ⁽ˡ⁾)       Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)² or cross-entropy
 *   δⱼ⁽ᴸ⁾ = (aⱼ − yⱼ)·f′(zⱼ⁽ᴸ⁾), or aⱼ − yⱼ (sigmoid/softmax with cross-entropy)
 *   δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾)
 *   ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾                 w⁺ = w − η·(1/S)Σₛ ∂Jₛ/∂w   (a locked w stays)
 * </pre>
 * The update's averaged gradient is computed afresh over the iteration's samples (the state shows
 * only the current sample's values), by the same passes.
 *
 * <p>Which unit is asked ({@link #next}): for iteration i (from 0) and sample slot s, unit
 * (i + s) mod n of the layer, and for a weight the unit it comes from likewise; the update asks
 * about a weight of layer L − (i mod L). So the first iteration follows unit 1 through the network
 * and ends with w₁₁⁽ᴸ⁾, as the textbook example does; later iterations visit the other units.
 */
public final class QuizQuestion {

    /** The quantity asked for. */
    public enum Quantity { Z, A, LOSS, DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT, WEIGHT, BIAS }

    private final MicroStep step;
    private final long iteration;
    private final Quantity quantity;
    private final int layer;
    private final int unit;
    private final int from;
    private final double answer;
    private final int outputLayer;
    private final Formula unicode;
    private final Formula latex;

    /** The formula in one notation: the symbol, in symbols, with numbers. */
    private record Formula(String symbol, String symbols, String numbers) {
    }

    private QuizQuestion(MicroStep step, long iteration, Quantity quantity, int layer, int unit, int from, double answer,
                         int outputLayer, Formula unicode, Formula latex) {
        this.step = step;
        this.iteration = iteration;
        this.quantity = quantity;
        this.layer = layer;
        this.unit = unit;
        this.from = from;
        this.answer = answer;
        this.outputLayer = outputLayer;
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
        if (s.editAfter() != null) {
            return Optional.empty();
        }
        Next n = new Next(s);
        MicroStep ms = n.step;
        long i = n.iteration;
        int slot = Math.max(ms.slot(), 0);
        int l = ms.layer();
        switch (ms.kind()) {
            case LOSS:
                return Optional.of(n.loss());
            case UPDATE: {
                int L = s.layers();
                int layer = L - (int) (i % L);
                return Optional.of(n.update(layer, (int) (i % s.units(layer)), (int) (i % s.units(layer - 1))));
            }
            case GRADIENT:
                return Optional.of(n.gradient(l, (int) ((i + slot) % s.units(l)), (int) ((i + slot) % s.units(l - 1))));
            default:
                return Optional.of(n.unit(ms.kind(), l, (int) ((i + slot) % s.units(l))));
        }
    }

    /**
     * Every question the micro-step after {@code s} could be asked: each unit of its layer, the
     * loss, each weight and bias gradient of its layer, or each parameter's update. Empty if the
     * next event is a recorded hand edit.
     */
    public static List<QuizQuestion> all(Snapshot s) {
        List<QuizQuestion> all = new ArrayList<>();
        if (s.editAfter() != null) {
            return all;
        }
        Next n = new Next(s);
        MicroStep ms = n.step;
        int l = ms.layer();
        switch (ms.kind()) {
            case LOSS:
                all.add(n.loss());
                break;
            case UPDATE:
                for (int layer = 1; layer <= s.layers(); layer++) {
                    for (int j = 0; j < s.units(layer); j++) {
                        for (int k = 0; k < s.units(layer - 1); k++) {
                            all.add(n.update(layer, j, k));
                        }
                        all.add(n.update(layer, j, -1));
                    }
                }
                break;
            case GRADIENT:
                for (int j = 0; j < s.units(l); j++) {
                    for (int k = 0; k < s.units(l - 1); k++) {
                        all.add(n.gradient(l, j, k));
                    }
                    all.add(n.gradient(l, j, -1));
                }
                break;
            default:
                for (int j = 0; j < s.units(l); j++) {
                    all.add(n.unit(ms.kind(), l, j));
                }
        }
        return all;
    }

    /** The micro-step that computes the value. */
    public MicroStep step() {
        return step;
    }

    /** The iteration of that micro-step, counting from 0. */
    public long iteration() {
        return iteration;
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
        return formula(notation).symbol();
    }

    /** The formula in symbols: σ(z₁⁽¹⁾). */
    public String symbols(Notation notation) {
        return formula(notation).symbols();
    }

    /** The formula with the numbers it reads put in: σ(0.3775). */
    public String numbers(Notation notation) {
        return formula(notation).numbers();
    }

    /** "What is a₁⁽¹⁾?", "What is w₁₁⁽²⁾ after the update?". */
    public String question() {
        return quantity == Quantity.WEIGHT || quantity == Quantity.BIAS
                ? "What is " + unicode.symbol().replace("⁺", "") + " after the update?"
                : "What is " + unicode.symbol() + "?";
    }

    /** What the quantity is, in words: "the activation of unit 1 of hidden layer 1". */
    public String about() {
        String unitName = "unit " + (unit + 1) + " of " + layerName(layer);
        return switch (quantity) {
            case Z -> "the weighted input of " + unitName;
            case A -> "the activation of " + unitName;
            case LOSS -> "the loss of this sample";
            case DELTA -> "the error signal of " + unitName;
            case WEIGHT_GRADIENT -> "this sample's gradient for the weight from " + fromName() + " to " + unitName;
            case BIAS_GRADIENT -> "this sample's gradient for the bias of " + unitName;
            case WEIGHT -> "the weight from " + fromName() + " to " + unitName + ", after gradient descent";
            case BIAS -> "the bias of " + unitName + ", after gradient descent";
        };
    }

    /**
     * The equation that {@link Equations#forStep} writes for this question's value, in the state
     * {@code after} the step has been taken (its "right computation").
     */
    public Equation explanation(NetworkState after, Notation notation) {
        return new Equations(notation).forStep(after, step).get(equationIndex(after));
    }

    /** The position of this question's value in the list {@link Equations#forStep} makes for its step. */
    int equationIndex(NetworkState s) {
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

    private Formula formula(Notation notation) {
        return notation == Notation.LATEX ? latex : unicode;
    }

    private String layerName(int l) {
        return l == outputLayer ? "the output layer" : "hidden layer " + l;
    }

    private String fromName() {
        if (layer > 1) {
            return "unit " + (from + 1) + " of " + layerName(layer - 1);
        }
        return "input x" + Scripts.subscript(from + 1);
    }

    // ----------------------------------------------------------------------------------------
    // The computations, for the micro-step after a state
    // ----------------------------------------------------------------------------------------

    /** The next micro-step after a state, and the values it reads. */
    private static final class Next {
        final Snapshot s;
        final MicroStep step;
        final long iteration;
        /** The dataset index of the sample the next micro-step works on. */
        final int sample;
        final Symbols u = new Symbols(Notation.UNICODE);
        final Symbols t = new Symbols(Notation.LATEX);

        Next(Snapshot s) {
            this.s = s;
            StepPlan plan = s.plan();
            boolean done = s.step() == plan.length();
            this.iteration = done ? s.iteration() + 1 : s.iteration();
            this.step = plan.at(done ? 1 : s.step() + 1);
            this.sample = s.session().sampleOf(iteration, Math.max(step.slot(), 0));
        }

        /** a⁽ˡ⁾ₖ as the next micro-step reads it: the next sample's input for l = 0 at z⁽¹⁾. */
        double a(int l, int k) {
            if (l == 0 && step.kind() == MicroStep.Kind.Z && step.layer() == 1) {
                return s.session().dataset().input(sample, k);
            }
            return s.a(l, k);
        }

        QuizQuestion unit(MicroStep.Kind kind, int l, int j) {
            switch (kind) {
                case Z: {
                    int n = s.units(l - 1);
                    return make(Quantity.Z, l, j, -1, z(l, j), sym -> sym.indexed("z", l, j),
                            sym -> sym.sum(n, k -> sym.juxtapose(sym.indexed("w", l, j, k), sym.a(l - 1, k)))
                                    + " + " + sym.indexed("b", l, j),
                            sym -> sym.sum(n, k -> sym.times(sym.operand(s.weight(l, j, k)), sym.operand(a(l - 1, k))))
                                    + " + " + sym.operand(s.bias(l, j)));
                }
                case A: {
                    Activation f = s.activation(l);
                    double a = activation(f, l, j);
                    return make(Quantity.A, l, j, -1, a, sym -> sym.indexed("a", l, j),
                            sym -> activationFormula(sym, f, l, j, false), sym -> activationFormula(sym, f, l, j, true));
                }
                default:
                    return delta(l, j);
            }
        }

        /** zⱼ⁽ˡ⁾ summed in the engine's order (the products, then the bias), for the same bits. */
        private double z(int l, int j) {
            double sum = 0.0;
            for (int k = 0; k < s.units(l - 1); k++) {
                sum += s.weight(l, j, k) * a(l - 1, k);
            }
            return sum + s.bias(l, j);
        }

        private double activation(Activation f, int l, int j) {
            if (f != Activation.SOFTMAX) {
                return f.apply(s.z(l, j));
            }
            double[] z = new double[s.units(l)];
            double[] out = new double[z.length];
            for (int k = 0; k < z.length; k++) {
                z[k] = s.z(l, k);
            }
            f.apply(z, out);
            return out[j];
        }

        private String activationFormula(Symbols sym, Activation f, int l, int j, boolean numbers) {
            String z = numbers ? sym.number(s.z(l, j)) : sym.indexed("z", l, j);
            return switch (f) {
                case SIGMOID -> sym.function("σ", z);
                case TANH -> sym.function("tanh", z);
                case RELU -> sym.function("max", "0, " + z);
                case LEAKY_RELU -> sym.function("max", sym.times(sym.number(Activation.LEAKY_SLOPE), numbers ? sym.operand(s.z(l, j)) : z) + ", " + z);
                case LINEAR -> z;
                case SOFTMAX -> sym.fraction(sym.function("exp", z), sym.sum(s.units(l),
                        k -> sym.function("exp", numbers ? sym.number(s.z(l, k)) : sym.indexed("z", l, k))));
            };
        }

        QuizQuestion loss() {
            int L = s.layers();
            int n = s.units(L);
            double[] z = new double[n];
            double[] a = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                z[k] = s.z(L, k);
                a[k] = s.a(L, k);
                y[k] = s.session().dataset().target(sample, k);
            }
            double value = s.loss().sampleLoss(s.activation(L), z, a, y);
            return make(Quantity.LOSS, 0, 0, -1, value, Symbols::sampleLoss,
                    sym -> lossFormula(sym, false, y), sym -> lossFormula(sym, true, y));
        }

        private String lossFormula(Symbols sym, boolean numbers, double[] y) {
            int L = s.layers();
            int n = s.units(L);
            IntFunction<String> a = k -> numbers ? sym.number(s.a(L, k)) : sym.indexed("a", L, k);
            IntFunction<String> target = k -> numbers ? sym.operand(y[k]) : sym.indexed("y", -1, k);
            if (s.loss() == Loss.SQUARED_ERROR) {
                String sum = sym.sum(n, k -> sym.squared("(" + a.apply(k) + sym.minus() + target.apply(k) + ")"));
                return sym.half() + (n == 1 ? sum : "[" + sum + "]");
            }
            IntFunction<String> product = numbers ? k -> sym.times(target.apply(k), sym.function("log", a.apply(k)))
                    : k -> target.apply(k) + " " + sym.function("log", a.apply(k));
            String sum;
            if (s.activation(L) == Activation.SOFTMAX) {
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

        QuizQuestion delta(int l, int j) {
            int L = s.layers();
            Activation f = s.activation(l);
            double aj = s.a(l, j);
            double zj = s.z(l, j);
            if (l == L) {
                double y = s.session().dataset().target(sample, j);
                if (s.loss().hasShortcut(f)) {
                    return make(Quantity.DELTA, l, j, -1, aj - y, sym -> sym.indexed(sym.delta(), l, j),
                            sym -> sym.indexed("a", l, j) + sym.minus() + sym.indexed("y", -1, j),
                            sym -> sym.number(aj) + sym.minus() + sym.operand(y));
                }
                double value = s.loss().dLossDa(aj, y) * f.derivative(zj, aj);
                return make(Quantity.DELTA, l, j, -1, value, sym -> sym.indexed(sym.delta(), l, j),
                        sym -> sym.times("(" + sym.indexed("a", l, j) + sym.minus() + sym.indexed("y", -1, j) + ")", derivative(sym, l, j, false)),
                        sym -> sym.times("(" + sym.number(aj) + sym.minus() + sym.operand(y) + ")", derivative(sym, l, j, true)));
            }
            double sum = 0.0;
            for (int k = 0; k < s.units(l + 1); k++) {
                sum += s.weight(l + 1, k, j) * s.delta(l + 1, k);
            }
            double value = sum * f.derivative(zj, aj);
            int next = s.units(l + 1);
            return make(Quantity.DELTA, l, j, -1, value, sym -> sym.indexed(sym.delta(), l, j),
                    sym -> sym.times("(" + sym.sum(next, k -> sym.juxtapose(sym.indexed("w", l + 1, k, j),
                            sym.indexed(sym.delta(), l + 1, k))) + ")", derivative(sym, l, j, false)),
                    sym -> sym.times("(" + sym.sum(next, k -> sym.times(sym.operand(s.weight(l + 1, k, j)),
                            sym.operand(s.delta(l + 1, k)))) + ")", derivative(sym, l, j, true)));
        }

        /** f′(zⱼ⁽ˡ⁾) as {@link Equations} writes it: a(1 − a), (1 − a²), 1, or f′(z). */
        private String derivative(Symbols sym, int l, int j, boolean numbers) {
            double a = s.a(l, j);
            String as = numbers ? sym.operand(a) : sym.indexed("a", l, j);
            return switch (s.activation(l)) {
                case SIGMOID -> numbers ? sym.times(as, "(1" + sym.minus() + as + ")") : sym.juxtapose(as, "(1" + sym.minus() + as + ")");
                case TANH -> "(1" + sym.minus() + sym.squared(numbers ? as : "(" + as + ")") + ")";
                case LINEAR -> "1";
                default -> numbers ? sym.number(s.activation(l).derivative(s.z(l, j), a))
                        : sym.derivative(sym.indexed("z", l, j));
            };
        }

        /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ (k ≥ 0) or ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾ (k = −1). */
        QuizQuestion gradient(int l, int j, int k) {
            double d = s.delta(l, j);
            if (k < 0) {
                return make(Quantity.BIAS_GRADIENT, l, j, -1, d,
                        sym -> sym.partial(sym.sampleLoss(), sym.indexed("b", l, j)),
                        sym -> sym.indexed(sym.delta(), l, j), sym -> sym.number(d));
            }
            double in = s.a(l - 1, k);
            return make(Quantity.WEIGHT_GRADIENT, l, j, k, d * in,
                    sym -> sym.partial(sym.sampleLoss(), sym.indexed("w", l, j, k)),
                    sym -> sym.juxtapose(sym.indexed(sym.delta(), l, j), sym.a(l - 1, k)),
                    sym -> sym.times(sym.operand(d), sym.operand(in)));
        }

        /** w⁺ = w − η·∂J/∂w for weight (j, k) of layer l, or the bias for k = −1. */
        QuizQuestion update(int l, int j, int k) {
            double[][][] gradW = new double[s.layers() + 1][][];
            double[][] gradB = new double[s.layers() + 1][];
            averagedGradients(gradW, gradB);
            boolean bias = k < 0;
            double before = bias ? s.bias(l, j) : s.weight(l, j, k);
            double g = bias ? gradB[l][j] : gradW[l][j][k];
            boolean locked = bias ? s.isBiasLocked(l, j) : s.isWeightLocked(l, j, k);
            double eta = s.learningRate();
            double after = locked ? before : before - eta * g;
            String name = bias ? "b" : "w";
            int[] units = bias ? new int[] {j} : new int[] {j, k};
            if (locked) {
                return make(bias ? Quantity.BIAS : Quantity.WEIGHT, l, j, k, after, sym -> sym.updated(name, l, units),
                        sym -> sym.indexed(name, l, units) + " " + sym.text("(locked: stays)"), sym -> sym.number(before));
            }
            return make(bias ? Quantity.BIAS : Quantity.WEIGHT, l, j, k, after, sym -> sym.updated(name, l, units),
                    sym -> sym.indexed(name, l, units) + sym.minus() + sym.times(sym.eta(), sym.partial("J", sym.indexed(name, l, units))),
                    sym -> sym.operand(before) + sym.minus() + sym.times(sym.operand(eta), sym.operand(g)));
        }

        /**
         * ∂J/∂W⁽ˡ⁾ and ∂J/∂b⁽ˡ⁾ averaged over the iteration's samples, by a forward and a backward
         * pass per sample with the current parameters (which the iteration has not changed yet),
         * summed in the engine's order.
         */
        private void averagedGradients(double[][][] gradW, double[][] gradB) {
            int L = s.layers();
            double[][] z = new double[L + 1][];
            double[][] a = new double[L + 1][];
            double[][] delta = new double[L + 1][];
            for (int l = 0; l <= L; l++) {
                z[l] = new double[s.units(l)];
                a[l] = new double[s.units(l)];
                delta[l] = new double[s.units(l)];
                if (l > 0) {
                    gradW[l] = new double[s.units(l)][s.units(l - 1)];
                    gradB[l] = new double[s.units(l)];
                }
            }
            Dataset data = s.session().dataset();
            int samples = s.plan().samples();
            for (int slot = 0; slot < samples; slot++) {
                int index = s.session().sampleOf(iteration, slot);
                for (int i = 0; i < a[0].length; i++) {
                    a[0][i] = data.input(index, i);
                }
                for (int l = 1; l <= L; l++) {
                    for (int j = 0; j < z[l].length; j++) {
                        double sum = 0.0;
                        for (int k = 0; k < a[l - 1].length; k++) {
                            sum += s.weight(l, j, k) * a[l - 1][k];
                        }
                        z[l][j] = sum + s.bias(l, j);
                    }
                    s.activation(l).apply(z[l], a[l]);
                }
                for (int j = 0; j < delta[L].length; j++) {
                    double y = data.target(index, j);
                    delta[L][j] = s.loss().hasShortcut(s.activation(L)) ? a[L][j] - y
                            : s.loss().dLossDa(a[L][j], y) * s.activation(L).derivative(z[L][j], a[L][j]);
                }
                for (int l = L - 1; l >= 1; l--) {
                    for (int j = 0; j < delta[l].length; j++) {
                        double sum = 0.0;
                        for (int k = 0; k < delta[l + 1].length; k++) {
                            sum += s.weight(l + 1, k, j) * delta[l + 1][k];
                        }
                        delta[l][j] = sum * s.activation(l).derivative(z[l][j], a[l][j]);
                    }
                }
                for (int l = L; l >= 1; l--) {
                    for (int j = 0; j < delta[l].length; j++) {
                        for (int k = 0; k < a[l - 1].length; k++) {
                            gradW[l][j][k] += delta[l][j] * a[l - 1][k];
                        }
                        gradB[l][j] += delta[l][j];
                    }
                }
            }
            for (int l = 1; l <= L; l++) {
                for (int j = 0; j < gradB[l].length; j++) {
                    for (int k = 0; k < gradW[l][j].length; k++) {
                        gradW[l][j][k] /= samples;
                    }
                    gradB[l][j] /= samples;
                }
            }
        }

        private QuizQuestion make(Quantity quantity, int l, int j, int k, double answer,
                                  java.util.function.Function<Symbols, String> symbol,
                                  java.util.function.Function<Symbols, String> symbols,
                                  java.util.function.Function<Symbols, String> numbers) {
            return new QuizQuestion(step, iteration, quantity, l, j, k, answer, s.layers(),
                    new Formula(symbol.apply(u), symbols.apply(u), numbers.apply(u)),
                    new Formula(symbol.apply(t), symbols.apply(t), numbers.apply(t)));
        }
    }
}
