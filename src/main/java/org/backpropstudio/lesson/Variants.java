package org.backpropstudio.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.NetworkState;

/**
 * The wrong variants of the value a {@link QuizQuestion} asks, each the value one classic
 * {@link Mistake} gives, recomputed from the state the step left ({@link NextStep#state()}): the
 * numbers the step read, as the engine holds them. For unit j of layer l (l − 1 the layer before,
 * L the output layer, f its activation, S the samples of the iteration):
 * <pre>
 *   z      Z_FOR_A             Σₖ wⱼₖzₖ⁽ˡ⁻¹⁾ + bⱼ   (l ≥ 2: the layer before's z for its a)
 *          A_FOR_Z             f(zⱼ)
 *          BIAS_LEFT_OUT       Σₖ wⱼₖaₖ⁽ˡ⁻¹⁾
 *          TERM_LEFT_OUT       zⱼ − wⱼₖaₖ⁽ˡ⁻¹⁾, for each k (two terms or more)
 *          TRANSPOSED_INDEX    Σₖ wₖⱼaₖ⁽ˡ⁻¹⁾ + bⱼ   (where every wₖⱼ exists)
 *   a      Z_FOR_A             zⱼ
 *          ACTIVATION_TWICE    f(aⱼ)                (softmax: of the layer's a)
 *   Jₛ     HALF_LEFT_OUT       Σⱼ (aⱼ − yⱼ)²          (squared error)
 *          MINUS_LEFT_OUT      −Jₛ                  (cross-entropy)
 *   δ⁽ᴸ⁾   DERIVATIVE_LEFT_OUT aⱼ − yⱼ              (squared error)
 *          DERIVATIVE_AT_A     (aⱼ − yⱼ)·f′(aⱼ)      (squared error)
 *          SIGN_FLIPPED        −δⱼ
 *          EXTRA_DERIVATIVE    (aⱼ − yⱼ)·aⱼ(1 − aⱼ)   (cross-entropy after sigmoid or softmax)
 *   δ⁽ˡ⁾   TERM_LEFT_OUT       (Σₖ wₖⱼδₖ − wₖⱼδₖ)·f′(zⱼ), for each k (two terms or more)
 *          DERIVATIVE_LEFT_OUT Σₖ wₖⱼδₖ
 *          DERIVATIVE_AT_A     (Σₖ wₖⱼδₖ)·f′(aⱼ)
 *          WEIGHTS_AFTER_UPDATE (Σₖ wₖⱼ⁺δₖ)·f′(zⱼ), w⁺ as the iteration's update will leave it
 *          TRANSPOSED_INDEX    (Σₖ wⱼₖδₖ)·f′(zⱼ)     (where every wⱼₖ exists)
 *   ∂Jₛ/∂bⱼ  each variant of δⱼ above (the bias's gradient is δⱼ itself)
 *          BIAS_INPUT_NOT_ONE  δⱼbⱼ, then δⱼaₖ⁽ˡ⁻¹⁾ for each k
 *   ∂Jₛ/∂wⱼₖ Z_FOR_A           δⱼzₖ⁽ˡ⁻¹⁾            (l ≥ 2)
 *          WRONG_LAYER_ACTIVATION δⱼaⱼ⁽ˡ⁾, then δⱼaₖ⁽ˡ⁾ (where it exists)
 *          TRANSPOSED_INDEX    δₖaⱼ⁽ˡ⁻¹⁾             (where both exist)
 *   w⁺, b⁺ UPDATE_PLUS         w + η∂J/∂w           (not for a locked parameter)
 *          UPDATE_WITHOUT_RATE w − ∂J/∂w
 *          SUM_NOT_AVERAGE     w − ηS∂J/∂w          (S ≥ 2)
 * </pre>
 * The variants come in the order of priority in which {@link Diagnoses} tries them: the order the
 * {@link Mistake} enum declares, and for one mistake the order above (k ascending).
 */
final class Variants {
    /** The sentence that names a mistake, given the quantity asked, the variant's value and the right step. */
    interface Sentence {
        String write(String asked, String value, String step);
    }

    /** One wrong variant: the mistake, the value it gives and the sentence that names it. */
    record Variant(Mistake mistake, double value, Sentence sentence) {
    }

    private final NetworkState s;
    private final NextStep origin;
    private final List<Variant> variants = new ArrayList<>();

    private Variants(NextStep origin) {
        this.origin = origin;
        this.s = origin.state();
    }

    /** The variants of {@code q}'s value, in the order of priority. */
    static List<Variant> of(QuizQuestion q) {
        Variants v = new Variants(q.origin());
        int l = q.layer();
        int j = q.unit();
        switch (q.quantity()) {
            case Z -> v.z(l, j);
            case A -> v.a(l, j);
            case DELTA -> v.delta(l, j);
            case BIAS_GRADIENT -> {
                v.delta(l, j);
                v.biasGradient(l, j);
            }
            case WEIGHT_GRADIENT -> v.weightGradient(l, j, q.from());
            case WEIGHT, BIAS -> v.update(l, j, q.from());
            case LOSS -> v.loss(q.answer());
        }
        List<Variant> sorted = new ArrayList<>(v.variants);
        sorted.sort(Comparator.comparing(Variant::mistake));
        return sorted;
    }

    // ----------------------------------------------------------------------------------------
    // The variants, one kind of quantity each
    // ----------------------------------------------------------------------------------------

    private void z(int l, int j) {
        int n = s.units(l - 1);
        double b = s.bias(l, j);
        double sum = 0;
        double zInputs = 0;
        for (int k = 0; k < n; k++) {
            sum += s.weight(l, j, k) * s.a(l - 1, k);
            if (l >= 2) {
                zInputs += s.weight(l, j, k) * s.z(l - 1, k);
            }
        }
        if (l >= 2) {
            zForAInputs(zInputs + b, l);
        }
        add(Mistake.A_FOR_Z, activated(l, j),
                (asked, value, step) -> LessonWords.format("diagnosis.a-for-z", asked, value, step));
        String bias = Symbols.indexed("b", l, j);
        add(Mistake.BIAS_LEFT_OUT, sum,
                (asked, value, step) -> LessonWords.format("diagnosis.bias-left-out", asked, value, step, bias));
        if (n >= 2) {
            for (int k = 0; k < n; k++) {
                termLeftOut(s.z(l, j) - s.weight(l, j, k) * s.a(l - 1, k),
                        Symbols.indexed("w", l, j, k) + Symbols.a(l - 1, k));
            }
        }
        if (n <= s.units(l) && j < n) {
            double transposed = b;
            for (int k = 0; k < n; k++) {
                transposed += s.weight(l, k, j) * s.a(l - 1, k);
            }
            transposed(transposed);
        }
    }

    /** f(zⱼ⁽ˡ⁾), for softmax of the whole layer's z. */
    private double activated(int l, int j) {
        return apply(l, j, true);
    }

    private void a(int l, int j) {
        String z = Symbols.indexed("z", l, j);
        add(Mistake.Z_FOR_A, s.z(l, j),
                (asked, value, step) -> LessonWords.format("diagnosis.z-for-a", asked, value, step, z));
        add(Mistake.ACTIVATION_TWICE, apply(l, j, false),
                (asked, value, step) -> LessonWords.format("diagnosis.activation-twice", asked, value, step));
    }

    /** f⁽ˡ⁾ applied to unit j of the layer's z (or, if not {@code toZ}, of its a). */
    private double apply(int l, int j, boolean toZ) {
        Activation f = s.activation(l);
        int n = s.units(l);
        double[] in = new double[n];
        for (int k = 0; k < n; k++) {
            in[k] = toZ ? s.z(l, k) : s.a(l, k);
        }
        if (f.isElementwise()) {
            return f.apply(in[j]);
        }
        double[] out = new double[n];
        f.apply(in, out);
        return out[j];
    }

    /** Jₛ (the right value {@code right}): squared error without its ½, cross-entropy without its minus. */
    private void loss(double right) {
        int out = s.layers();
        if (s.loss() == Loss.SQUARED_ERROR) {
            double sum = 0;
            for (int j = 0; j < s.units(out); j++) {
                double error = s.a(out, j) - s.target(j);
                sum += error * error;
            }
            add(Mistake.HALF_LEFT_OUT, sum,
                    (asked, value, step) -> LessonWords.format("diagnosis.half-left-out", asked, value, step));
        } else {
            add(Mistake.MINUS_LEFT_OUT, -right,
                    (asked, value, step) -> LessonWords.format("diagnosis.minus-left-out", asked, value, step));
        }
    }

    /** δⱼ⁽ˡ⁾ of the output layer or of a hidden one. */
    private void delta(int l, int j) {
        if (l == s.layers()) {
            outputDelta(l, j);
        } else {
            hiddenDelta(l, j);
        }
    }

    /** ∂Jₛ/∂bⱼ⁽ˡ⁾ = δⱼ · 1 with δ multiplied by the bias, or by an activation of the layer before as for a weight. */
    private void biasGradient(int l, int j) {
        double d = s.delta(l, j);
        biasInputNotOne(d * s.bias(l, j), Symbols.indexed("b", l, j));
        for (int k = 0; k < s.units(l - 1); k++) {
            biasInputNotOne(d * s.a(l - 1, k), Symbols.a(l - 1, k));
        }
    }

    private void biasInputNotOne(double value, String factor) {
        add(Mistake.BIAS_INPUT_NOT_ONE, value,
                (asked, v, step) -> LessonWords.format("diagnosis.bias-input-not-one", asked, v, step, factor));
    }

    private void outputDelta(int l, int j) {
        double a = s.a(l, j);
        double error = a - s.target(j);
        Activation f = s.activation(l);
        if (s.loss().hasShortcut(f)) {
            signFlipped(-error, l, j);
            String output = LessonWords.get(f == Activation.SOFTMAX ? "diagnosis.softmax" : "diagnosis.sigmoid");
            add(Mistake.EXTRA_DERIVATIVE, error * (a * (1 - a)), (asked, value, step)
                    -> LessonWords.format("diagnosis.extra-derivative", asked, value, step, output));
            return;
        }
        derivativeLeftOut(error, l, j);
        derivativeAtA(error * f.derivative(a, f.apply(a)), l, j);
        signFlipped(-s.delta(l, j), l, j);
    }

    private void hiddenDelta(int l, int j) {
        int next = s.units(l + 1);
        Activation f = s.activation(l);
        double a = s.a(l, j);
        double slope = f.derivative(s.z(l, j), a);
        double sum = 0;
        double sumAfter = 0;
        for (int k = 0; k < next; k++) {
            sum += s.weight(l + 1, k, j) * s.delta(l + 1, k);
            sumAfter += origin.weightAfterUpdate(l + 1, k, j) * s.delta(l + 1, k);
        }
        if (next >= 2) {
            for (int k = 0; k < next; k++) {
                termLeftOut((sum - s.weight(l + 1, k, j) * s.delta(l + 1, k)) * slope,
                        Symbols.indexed("w", l + 1, k, j) + Symbols.indexed("δ", l + 1, k));
            }
        }
        derivativeLeftOut(sum, l, j);
        derivativeAtA(sum * f.derivative(a, f.apply(a)), l, j);
        add(Mistake.WEIGHTS_AFTER_UPDATE, sumAfter * slope,
                (asked, value, step) -> LessonWords.format("diagnosis.weights-after-update", asked, value, step));
        if (next <= s.units(l) && j < next) {
            double transposed = 0;
            for (int k = 0; k < next; k++) {
                transposed += s.weight(l + 1, j, k) * s.delta(l + 1, k);
            }
            transposed(transposed * slope);
        }
    }

    private void weightGradient(int l, int j, int k) {
        double d = s.delta(l, j);
        String delta = Symbols.indexed("δ", l, j);
        String carried = Symbols.a(l - 1, k);
        if (l >= 2) {
            zForAInputs(d * s.z(l - 1, k), l);
        }
        String own = delta + Symbols.indexed("a", l, j);
        add(Mistake.WRONG_LAYER_ACTIVATION, d * s.a(l, j), (asked, value, step)
                -> LessonWords.format("diagnosis.wrong-layer-activation", asked, value, step, own, carried));
        if (k < s.units(l) && k != j) {
            String other = delta + Symbols.indexed("a", l, k);
            add(Mistake.WRONG_LAYER_ACTIVATION, d * s.a(l, k), (asked, value, step)
                    -> LessonWords.format("diagnosis.wrong-layer-activation", asked, value, step, other, carried));
        }
        if (k < s.units(l) && j < s.units(l - 1)) {
            transposed(s.delta(l, k) * s.a(l - 1, j));
        }
    }

    /** The update of weight (j, k) of layer l, or of the bias for k = −1; a locked one has none. */
    private void update(int l, int j, int k) {
        boolean bias = k < 0;
        if (bias ? s.isBiasLocked(l, j) : s.isWeightLocked(l, j, k)) {
            return;
        }
        double before = bias ? s.biasBefore(l, j) : s.weightBefore(l, j, k);
        double g = bias ? s.biasGradient(l, j) : s.weightGradient(l, j, k);
        double eta = s.learningRate();
        int samples = s.samplesPerIteration();
        add(Mistake.UPDATE_PLUS, before + eta * g,
                (asked, value, step) -> LessonWords.format("diagnosis.update-plus", asked, value, step));
        String rate = Symbols.number(eta);
        add(Mistake.UPDATE_WITHOUT_RATE, before - g, (asked, value, step)
                -> LessonWords.format("diagnosis.update-without-rate", asked, value, step, rate));
        if (samples >= 2) {
            String count = Integer.toString(samples);
            add(Mistake.SUM_NOT_AVERAGE, before - eta * (samples * g), (asked, value, step)
                    -> LessonWords.format("diagnosis.sum-not-average", asked, value, step, count));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Variants that several quantities share
    // ----------------------------------------------------------------------------------------

    /** Layer l − 1's z where its a belongs (l ≥ 2). */
    private void zForAInputs(double value, int l) {
        String z = Symbols.unicodeLayer("z", l - 1);
        String a = Symbols.unicodeLayer("a", l - 1);
        add(Mistake.Z_FOR_A, value,
                (asked, v, step) -> LessonWords.format("diagnosis.z-for-a.inputs", asked, v, step, z, a));
    }

    private void termLeftOut(double value, String term) {
        add(Mistake.TERM_LEFT_OUT, value,
                (asked, v, step) -> LessonWords.format("diagnosis.term-left-out", asked, v, step, term));
    }

    private void transposed(double value) {
        add(Mistake.TRANSPOSED_INDEX, value,
                (asked, v, step) -> LessonWords.format("diagnosis.transposed-index", asked, v, step));
    }

    private void derivativeLeftOut(double value, int l, int j) {
        String z = Symbols.indexed("z", l, j);
        add(Mistake.DERIVATIVE_LEFT_OUT, value,
                (asked, v, step) -> LessonWords.format("diagnosis.derivative-left-out", asked, v, step, z));
    }

    /**
     * f′ taken at a, for an elementwise f (softmax has no f′ of its own); where f′(a) = f′(z), as for
     * ReLU, the variant is right and {@link Diagnoses} never names it.
     */
    private void derivativeAtA(double value, int l, int j) {
        if (!s.activation(l).isElementwise()) {
            return;
        }
        String z = Symbols.indexed("z", l, j);
        String a = Symbols.indexed("a", l, j);
        add(Mistake.DERIVATIVE_AT_A, value,
                (asked, v, step) -> LessonWords.format("diagnosis.derivative-at-a", asked, v, step, z, a));
    }

    private void signFlipped(double value, int l, int j) {
        String error = Symbols.indexed("a", l, j) + " − " + Symbols.indexed("y", -1, j);
        add(Mistake.SIGN_FLIPPED, value,
                (asked, v, step) -> LessonWords.format("diagnosis.sign-flipped", asked, v, step, error));
    }

    private void add(Mistake mistake, double value, Sentence sentence) {
        variants.add(new Variant(mistake, value, sentence));
    }
}
