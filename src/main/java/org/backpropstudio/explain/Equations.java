package org.backpropstudio.explain;

import static org.backpropstudio.explain.Typeset.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;

/**
 * The equations behind every number of a {@link NetworkState}, as a textbook writes them, with the
 * state's numbers put in. Layers, units and formulas follow the engine (see {@code DESIGN.md}):
 * <pre>
 *   zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾                 aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾),  a⁽⁰⁾ = x
 *   Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)²   or cross-entropy
 *   δⱼ⁽ᴸ⁾ = ∂Jₛ/∂aⱼ⁽ᴸ⁾ · f′(zⱼ⁽ᴸ⁾)   (= aⱼ⁽ᴸ⁾ − yⱼ for sigmoid or softmax with cross-entropy)
 *   δⱼ⁽ˡ⁾ = (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾)
 *   ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾,  ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾
 *   w⁺ = w − η ∂J/∂w,  with ∂J/∂w averaged over the iteration's samples
 * </pre>
 * A sum of more than {@value #MAX_TERMS} terms is written in Σ form, and with numbers as its
 * first three terms, an ellipsis and its last term.
 *
 * <p>The mathematical parts of an {@link Equation} (lhs, rhs, substituted, result) are in this
 * object's {@link Notation}; its meaning, and {@link #describe}, are plain Unicode text in either,
 * their words from the bundle {@code meanings.properties} ({@link Meanings}).
 *
 * <p>The state's values are those of its current sample: ask about a micro-step of the current
 * sample (the one just taken, typically) or of the iteration's update. The weights and biases shown
 * in the forward and backward passes are those the iteration used, i.e. those before its update
 * once the update is done.
 */
public final class Equations {
    /** The most terms a sum is written out with; longer ones take the Σ form. */
    public static final int MAX_TERMS = 8;
    /** The terms shown before the ellipsis of a long sum with numbers. */
    private static final int LEADING_TERMS = 3;

    /** Meanings and descriptions are Unicode in either notation. */
    private static final Typeset TEXT = new Typeset(Notation.UNICODE);
    private static final Numbers TEXT_NUMBERS = new Numbers(Notation.UNICODE);

    private final Typeset t;
    private final Numbers n;

    /** Equations written in {@code notation}, numbers formatted by {@link Numbers}. */
    public Equations(Notation notation) {
        this.t = new Typeset(notation);
        this.n = new Numbers(notation);
    }

    // ----------------------------------------------------------------------------------------
    // Queries
    // ----------------------------------------------------------------------------------------

    /**
     * The equations micro-step {@code step} computed: for Z, A and DELTA one per unit of its layer;
     * for LOSS the sample's Jₛ; for GRADIENT one per weight and one per bias of its layer (unit by
     * unit, the bias after the unit's weights); for UPDATE one per parameter, layer by layer.
     */
    public List<Equation> forStep(NetworkState s, MicroStep step) {
        int l = step.layer();
        return switch (step.kind()) {
            case Z -> perUnit(s, l, j -> z(s, l, j));
            case A -> perUnit(s, l, j -> a(s, l, j));
            case LOSS -> List.of(loss(s));
            case DELTA -> perUnit(s, l, j -> delta(s, l, j));
            case GRADIENT -> gradients(s, l);
            case UPDATE -> updates(s);
        };
    }

    /**
     * The equations of unit j of layer l computed so far in the iteration ({@link
     * NetworkState#isComputed}): zⱼ⁽ˡ⁾, aⱼ⁽ˡ⁾, δⱼ⁽ˡ⁾, ∂Jₛ/∂bⱼ⁽ˡ⁾ and the update of bⱼ⁽ˡ⁾, in that order.
     * For an input unit (l = 0), aⱼ⁽⁰⁾ = xⱼ once the current sample is loaded (z⁽¹⁾ computed).
     */
    public List<Equation> forNeuron(NetworkState s, int l, int j) {
        List<Equation> equations = new ArrayList<>();
        if (l == 0) {
            if (s.isComputed(MicroStep.Kind.Z, 1)) {
                equations.add(input(s, j));
            }
            return equations;
        }
        if (s.isComputed(MicroStep.Kind.Z, l)) {
            equations.add(z(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.A, l)) {
            equations.add(a(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.DELTA, l)) {
            equations.add(delta(s, l, j));
        }
        if (s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            equations.add(biasGradient(s, l, j, gradientMeaning(s, l)));
        }
        if (s.isComputed(MicroStep.Kind.UPDATE, l)) {
            equations.add(biasUpdate(s, l, j, updateMeaning(s)));
        }
        return equations;
    }

    /**
     * The equations of weight wⱼₖ⁽ˡ⁾ computed so far in the iteration: the current sample's ∂Jₛ/∂wⱼₖ⁽ˡ⁾
     * once layer l's gradients are computed, and its update once done.
     */
    public List<Equation> forWeight(NetworkState s, int l, int j, int k) {
        List<Equation> equations = new ArrayList<>();
        if (s.isComputed(MicroStep.Kind.GRADIENT, l)) {
            equations.add(weightGradient(s, l, j, k, gradientMeaning(s, l)));
        }
        if (s.isComputed(MicroStep.Kind.UPDATE, l)) {
            equations.add(weightUpdate(s, l, j, k, updateMeaning(s)));
        }
        return equations;
    }

    /**
     * One line for a status bar, e.g. {@code Forward: z⁽¹⁾ of sample 1},
     * {@code Backward: δ⁽²⁾ of sample 1 (output layer)}, {@code Update: all weights and biases}.
     * Samples are counted from 1; the sample named is the state's current one.
     */
    public String describe(MicroStep step, NetworkState s) {
        String phase = switch (step.phase()) {
            case FORWARD -> Meanings.get("phase.forward");
            case LOSS -> Meanings.get("phase.loss");
            case BACKWARD -> Meanings.get("phase.backward");
            case UPDATE -> Meanings.get("phase.update");
        };
        String quantity = quantity(step, s);
        String sample = Integer.toString(s.currentSample() + 1);
        return switch (step.kind()) {
            case Z, A, LOSS, GRADIENT -> Meanings.format("describe.sample", phase, quantity, sample);
            case DELTA -> Meanings.format(step.layer() == s.layers() ? "describe.outputLayer" : "describe.hiddenLayer",
                    phase, quantity, sample);
            case UPDATE -> Meanings.format("describe.all", phase, quantity);
        };
    }

    /**
     * What micro-step {@code step} computes, without the sample: {@code z⁽¹⁾}, {@code δ⁽²⁾},
     * {@code ∂Jₛ/∂W⁽²⁾ and ∂Jₛ/∂b⁽²⁾}, {@code all weights and biases}.
     */
    public String quantity(MicroStep step, NetworkState s) {
        int l = step.layer();
        return switch (step.kind()) {
            case Z -> TEXT.layerSymbol("z", l);
            case A -> TEXT.layerSymbol("a", l);
            case LOSS -> TEXT.sampleLoss();
            case DELTA -> TEXT.layerSymbol("δ", l);
            case GRADIENT -> Meanings.format("describe.gradients", TEXT.partial(TEXT.sampleLoss(), TEXT.layerSymbol("W", l)),
                    TEXT.partial(TEXT.sampleLoss(), TEXT.layerSymbol("b", l)));
            case UPDATE -> Meanings.get("describe.update");
        };
    }

    // ----------------------------------------------------------------------------------------
    // Forward
    // ----------------------------------------------------------------------------------------

    /** aᵢ⁽⁰⁾ = xᵢ. */
    private Equation input(NetworkState s, int i) {
        return new Equation(t.input(unit(i)), t.x(unit(i)), "", n.format(s.a(0, i)), Meanings.get("meaning.input"));
    }

    /** zⱼ⁽ˡ⁾ = Σₖ wⱼₖ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾ + bⱼ⁽ˡ⁾. */
    private Equation z(NetworkState s, int l, int j) {
        String rhs = symbolicSum(s.units(l - 1), k -> t.juxtapose(t.w(l, unit(j), unit(k)), t.a(l - 1, unit(k))),
                t.juxtapose(t.w(l, unit(j), "k"), t.a(l - 1, "k"))) + t.plus() + t.b(l, unit(j));
        String substituted = numericSum(s.units(l - 1),
                k -> t.times(n.operand(usedWeight(s, l, j, k)), n.operand(s.a(l - 1, k))))
                + t.plus() + n.operand(usedBias(s, l, j));
        String from = l == 1 ? Meanings.get("meaning.z.fromInputs") : Meanings.format("meaning.z.fromLayer", Integer.toString(l - 1));
        return new Equation(t.z(l, unit(j)), rhs, substituted, n.format(s.z(l, j)),
                Meanings.format("meaning.z", layerName(s, l), from));
    }

    /** aⱼ⁽ˡ⁾ = f⁽ˡ⁾(zⱼ⁽ˡ⁾), written out for the layer's activation. */
    private Equation a(NetworkState s, int l, int j) {
        String z = t.z(l, unit(j));
        double zValue = s.z(l, j);
        Activation f = s.activation(l);
        String rhs = switch (f) {
            case SIGMOID -> t.sigmoid(z);
            case TANH -> t.tanh(z);
            case RELU -> t.max("0", z);
            case LEAKY_RELU -> t.max(t.juxtapose(n.format(Activation.LEAKY_SLOPE), z), z);
            case LINEAR -> z;
            case SOFTMAX -> t.fraction(t.exp(z),
                    symbolicSum(s.units(l), k -> t.exp(t.z(l, unit(k))), t.exp(t.z(l, "k"))));
        };
        String substituted = switch (f) {
            case SIGMOID -> t.fraction("1", "1" + t.plus() + t.exp(n.format(-zValue)));
            case TANH -> t.tanh(n.format(zValue));
            case RELU -> t.max("0", n.format(zValue));
            case LEAKY_RELU -> t.max(t.times(n.format(Activation.LEAKY_SLOPE), n.operand(zValue)), n.format(zValue));
            case LINEAR -> n.format(zValue);
            case SOFTMAX -> t.fraction(t.exp(n.format(zValue)),
                    numericSum(s.units(l), k -> t.exp(n.format(s.z(l, k)))));
        };
        String what = switch (f) {
            case SIGMOID -> Meanings.get("meaning.a.sigmoid");
            case TANH -> Meanings.get("meaning.a.tanh");
            case RELU -> Meanings.get("meaning.a.relu");
            case LEAKY_RELU -> Meanings.format("meaning.a.leakyRelu", TEXT_NUMBERS.format(Activation.LEAKY_SLOPE));
            case LINEAR -> Meanings.get("meaning.a.linear");
            case SOFTMAX -> Meanings.get("meaning.a.softmax");
        };
        return new Equation(t.a(l, unit(j)), rhs, substituted, n.format(s.a(l, j)),
                Meanings.format("meaning.a", layerName(s, l), what));
    }

    // ----------------------------------------------------------------------------------------
    // Loss
    // ----------------------------------------------------------------------------------------

    /**
     * The sample's loss: Jₛ = ½Σₖ(aₖ⁽ᴸ⁾ − yₖ)² (squared error), −Σₖ[yₖ log aₖ⁽ᴸ⁾ + (1 − yₖ) log(1 − aₖ⁽ᴸ⁾)]
     * (cross-entropy after sigmoid), −Σₖ yₖ log aₖ⁽ᴸ⁾ (cross-entropy after softmax).
     */
    private Equation loss(NetworkState s) {
        int L = s.layers();
        int outputs = s.units(L);
        String rhs;
        String substituted;
        String meaning;
        if (s.loss() == Loss.SQUARED_ERROR) {
            rhs = t.half() + bracket(outputs, symbolicSum(outputs,
                    k -> t.squared("(" + t.a(L, unit(k)) + t.minus() + t.y(unit(k)) + ")"),
                    t.squared("(" + t.a(L, "k") + t.minus() + t.y("k") + ")")));
            substituted = t.half() + bracket(outputs, numericSum(outputs,
                    k -> t.squared("(" + n.format(s.a(L, k)) + t.minus() + n.operand(s.target(k)) + ")")));
            meaning = Meanings.get("meaning.loss.squaredError");
        } else if (s.activation(L) == Activation.SOFTMAX) {
            rhs = t.negative(parenthesise(outputs, symbolicSum(outputs,
                    k -> t.apart(t.y(unit(k)), t.log(t.a(L, unit(k)))),
                    t.apart(t.y("k"), t.log(t.a(L, "k"))))));
            substituted = t.negative(parenthesise(outputs, numericSum(outputs,
                    k -> t.times(n.operand(s.target(k)), t.log(n.format(s.a(L, k)))))));
            meaning = Meanings.get("meaning.loss.softmax");
        } else {
            rhs = t.negative(parenthesise(outputs, symbolicSum(outputs,
                    k -> binaryCrossEntropy(t.y(unit(k)), t.a(L, unit(k)), false),
                    binaryCrossEntropy(t.y("k"), t.a(L, "k"), false))));
            substituted = t.negative(parenthesise(outputs, numericSum(outputs,
                    k -> binaryCrossEntropy(n.operand(s.target(k)), n.format(s.a(L, k)), true))));
            meaning = Meanings.get("meaning.loss.crossEntropy");
        }
        return new Equation(t.sampleLoss(), rhs, substituted, n.format(s.sampleLoss()), meaning);
    }

    /** [y log(a) + (1 − y) log(1 − a)], with products written with a dot when {@code numbers}. */
    private String binaryCrossEntropy(String y, String a, boolean numbers) {
        String oneMinusY = "(1" + t.minus() + y + ")";
        String first = numbers ? t.times(y, t.log(a)) : t.apart(y, t.log(a));
        String second = numbers ? t.times(oneMinusY, t.log("1" + t.minus() + a))
                : t.apart(oneMinusY, t.log("1" + t.minus() + a));
        return "[" + first + t.plus() + second + "]";
    }

    // ----------------------------------------------------------------------------------------
    // Backward
    // ----------------------------------------------------------------------------------------

    /**
     * δⱼ⁽ˡ⁾. Output layer: aⱼ − yⱼ where {@link Loss#hasShortcut} holds, else (squared error, the only
     * loss without the shortcut) (aⱼ − yⱼ)·f′(zⱼ). Hidden layer: (Σₖ wₖⱼ⁽ˡ⁺¹⁾δₖ⁽ˡ⁺¹⁾)·f′(zⱼ⁽ˡ⁾).
     */
    private Equation delta(NetworkState s, int l, int j) {
        String lhs = t.delta(l, unit(j));
        String result = n.format(s.delta(l, j));
        if (l == s.layers()) {
            String aMinusY = t.a(l, unit(j)) + t.minus() + t.y(unit(j));
            String numbers = n.format(s.a(l, j)) + t.minus() + n.operand(s.target(j));
            if (s.loss().hasShortcut(s.activation(l))) {
                return new Equation(lhs, aMinusY, numbers, result, Meanings.get("meaning.delta.shortcut"));
            }
            return new Equation(lhs, t.times("(" + aMinusY + ")", derivativeSymbol(s, l, j)),
                    t.times("(" + numbers + ")", derivativeNumbers(s, l, j)), result,
                    Meanings.format("meaning.delta.output", derivativeMeaning(s.activation(l))));
        }
        int next = s.units(l + 1);
        String rhs = t.times("(" + symbolicSum(next,
                        k -> t.juxtapose(t.w(l + 1, unit(k), unit(j)), t.delta(l + 1, unit(k))),
                        t.juxtapose(t.w(l + 1, "k", unit(j)), t.delta(l + 1, "k"))) + ")",
                derivativeSymbol(s, l, j));
        String substituted = t.times("(" + numericSum(next,
                        k -> t.times(n.operand(usedWeight(s, l + 1, k, j)), n.operand(s.delta(l + 1, k)))) + ")",
                derivativeNumbers(s, l, j));
        return new Equation(lhs, rhs, substituted, result, Meanings.format("meaning.delta.hidden",
                Integer.toString(l), Integer.toString(l + 1), derivativeMeaning(s.activation(l))));
    }

    /** f′(zⱼ⁽ˡ⁾) in symbols: a(1 − a) for sigmoid, (1 − a²) for tanh, 1 for linear, else f′(z). */
    private String derivativeSymbol(NetworkState s, int l, int j) {
        String a = t.a(l, unit(j));
        return switch (s.activation(l)) {
            case SIGMOID -> t.juxtapose(a, "(1" + t.minus() + a + ")");
            case TANH -> "(1" + t.minus() + t.squared("(" + a + ")") + ")";
            case LINEAR -> "1";
            case RELU, LEAKY_RELU -> t.derivative(t.z(l, unit(j)));
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** f′(zⱼ⁽ˡ⁾) with numbers, in the shape of {@link #derivativeSymbol}. */
    private String derivativeNumbers(NetworkState s, int l, int j) {
        double a = s.a(l, j);
        return switch (s.activation(l)) {
            case SIGMOID -> t.times(n.operand(a), "(1" + t.minus() + n.operand(a) + ")");
            case TANH -> "(1" + t.minus() + t.squared(n.base(a)) + ")";
            case LINEAR -> "1";
            case RELU, LEAKY_RELU -> n.format(s.activation(l).derivative(s.z(l, j), a));
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** What f′ is, in words, for an elementwise activation. */
    private static String derivativeMeaning(Activation f) {
        return switch (f) {
            case SIGMOID -> Meanings.get("meaning.derivative.sigmoid");
            case TANH -> Meanings.get("meaning.derivative.tanh");
            case RELU -> Meanings.get("meaning.derivative.relu");
            case LEAKY_RELU -> Meanings.format("meaning.derivative.leakyRelu", TEXT_NUMBERS.format(Activation.LEAKY_SLOPE));
            case LINEAR -> Meanings.get("meaning.derivative.linear");
            case SOFTMAX -> throw new IllegalStateException("softmax is used with cross-entropy only, where δ = a − y");
        };
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ and ∂Jₛ/∂bⱼ⁽ˡ⁾ for every unit j of layer l, the bias after the unit's weights. */
    private List<Equation> gradients(NetworkState s, int l) {
        List<Equation> equations = new ArrayList<>();
        String meaning = gradientMeaning(s, l);
        for (int j = 0; j < s.units(l); j++) {
            for (int k = 0; k < s.units(l - 1); k++) {
                equations.add(weightGradient(s, l, j, k, meaning));
            }
            equations.add(biasGradient(s, l, j, meaning));
        }
        return equations;
    }

    /** ∂Jₛ/∂wⱼₖ⁽ˡ⁾ = δⱼ⁽ˡ⁾aₖ⁽ˡ⁻¹⁾, meaning {@link #gradientMeaning}. */
    private Equation weightGradient(NetworkState s, int l, int j, int k, String meaning) {
        return new Equation(t.partial(t.sampleLoss(), t.w(l, unit(j), unit(k))),
                t.juxtapose(t.delta(l, unit(j)), t.a(l - 1, unit(k))),
                t.times(n.operand(s.delta(l, j)), n.operand(s.a(l - 1, k))),
                n.format(s.sampleWeightGradient(l, j, k)), meaning);
    }

    /** ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ⁽ˡ⁾, meaning {@link #gradientMeaning}. */
    private Equation biasGradient(NetworkState s, int l, int j, String meaning) {
        return new Equation(t.partial(t.sampleLoss(), t.b(l, unit(j))), t.delta(l, unit(j)), "",
                n.format(s.delta(l, j)), meaning);
    }

    /** The meaning of layer l's gradients: one sentence for all of them, made once per list. */
    private static String gradientMeaning(NetworkState s, int l) {
        return Meanings.format("meaning.gradient", layerName(s, l));
    }

    // ----------------------------------------------------------------------------------------
    // Update
    // ----------------------------------------------------------------------------------------

    /** Every parameter's update, layer by layer, unit by unit, the bias after the unit's weights. */
    private List<Equation> updates(NetworkState s) {
        List<Equation> equations = new ArrayList<>();
        String meaning = updateMeaning(s);
        for (int l = 1; l <= s.layers(); l++) {
            for (int j = 0; j < s.units(l); j++) {
                for (int k = 0; k < s.units(l - 1); k++) {
                    equations.add(weightUpdate(s, l, j, k, meaning));
                }
                equations.add(biasUpdate(s, l, j, meaning));
            }
        }
        return equations;
    }

    /** wⱼₖ⁽ˡ⁾⁺ = wⱼₖ⁽ˡ⁾ − η ∂J/∂wⱼₖ⁽ˡ⁾, or unchanged if locked; meaning {@link #updateMeaning} unless locked. */
    private Equation weightUpdate(NetworkState s, int l, int j, int k, String meaning) {
        String w = t.w(l, unit(j), unit(k));
        return update(s, t.wUpdated(l, unit(j), unit(k)), w, s.isWeightLocked(l, j, k),
                s.weightBefore(l, j, k), s.weightGradient(l, j, k), s.weight(l, j, k), meaning);
    }

    /** bⱼ⁽ˡ⁾⁺ = bⱼ⁽ˡ⁾ − η ∂J/∂bⱼ⁽ˡ⁾, or unchanged if locked; meaning {@link #updateMeaning} unless locked. */
    private Equation biasUpdate(NetworkState s, int l, int j, String meaning) {
        String b = t.b(l, unit(j));
        return update(s, t.bUpdated(l, unit(j)), b, s.isBiasLocked(l, j),
                s.biasBefore(l, j), s.biasGradient(l, j), s.bias(l, j), meaning);
    }

    /** The meaning of every update that is not locked: one sentence for all of them, made once per list. */
    private static String updateMeaning(NetworkState s) {
        int m = s.samplesPerIteration();
        return m > 1 ? Meanings.format("meaning.update.averaged", Integer.toString(m)) : Meanings.get("meaning.update");
    }

    /**
     * p⁺ = p − η ∂J/∂p for a parameter p with its value before, its averaged gradient and its value
     * after, and {@code meaning} unless it is locked.
     */
    private Equation update(NetworkState s, String updated, String p, boolean locked,
                            double before, double gradient, double after, String meaning) {
        if (locked) {
            return new Equation(updated, t.apart(p, t.text(Meanings.get("notation.locked"))), "", n.format(after),
                    Meanings.get("meaning.update.locked"));
        }
        return new Equation(updated, p + t.minus() + t.times(t.eta(), t.partial(t.loss(), p)),
                n.operand(before) + t.minus() + t.times(n.operand(s.learningRate()), n.operand(gradient)),
                n.format(after), meaning);
    }

    // ----------------------------------------------------------------------------------------
    // Helpers
    // ----------------------------------------------------------------------------------------

    /** One equation per unit of layer l. */
    private static List<Equation> perUnit(NetworkState s, int l, IntFunction<Equation> equation) {
        return IntStream.range(0, s.units(l)).mapToObj(equation).collect(Collectors.toList());
    }

    /** wⱼₖ⁽ˡ⁾ as the iteration's passes used it: as it was before the update once that is done. */
    private static double usedWeight(NetworkState s, int l, int j, int k) {
        return s.isComputed(MicroStep.Kind.UPDATE, l) ? s.weightBefore(l, j, k) : s.weight(l, j, k);
    }

    /** bⱼ⁽ˡ⁾ as the iteration's passes used it. */
    private static double usedBias(NetworkState s, int l, int j) {
        return s.isComputed(MicroStep.Kind.UPDATE, l) ? s.biasBefore(l, j) : s.bias(l, j);
    }

    /** "hidden layer 1" or "the output layer". */
    private static String layerName(NetworkState s, int l) {
        return l == s.layers() ? Meanings.get("layer.output") : Meanings.format("layer.hidden", Integer.toString(l));
    }

    /** term(0) + … + term(count − 1), or Σₖ sigmaTerm if there are more than {@value #MAX_TERMS} terms. */
    private String symbolicSum(int count, IntFunction<String> term, String sigmaTerm) {
        if (count > MAX_TERMS) {
            return t.sum("k") + sigmaTerm;
        }
        return IntStream.range(0, count).mapToObj(term).collect(Collectors.joining(t.plus()));
    }

    /** term(0) + … + term(count − 1), or the first three terms + … + the last if there are more than {@value #MAX_TERMS}. */
    private String numericSum(int count, IntFunction<String> term) {
        if (count > MAX_TERMS) {
            return IntStream.range(0, LEADING_TERMS).mapToObj(term).collect(Collectors.joining(t.plus()))
                    + t.plus() + t.ellipsis() + t.plus() + term.apply(count - 1);
        }
        return IntStream.range(0, count).mapToObj(term).collect(Collectors.joining(t.plus()));
    }

    /** A sum of several terms in square brackets (after ½), a single term as it is. */
    private static String bracket(int terms, String sum) {
        return terms == 1 ? sum : "[" + sum + "]";
    }

    /** A sum of several terms in parentheses (after a minus sign), a single term as it is. */
    private static String parenthesise(int terms, String sum) {
        return terms == 1 ? sum : "(" + sum + ")";
    }
}
