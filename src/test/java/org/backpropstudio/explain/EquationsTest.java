package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed example's equations, micro-step by micro-step, against the numbers worked by hand. */
class EquationsTest {
    private final Equations unicode = new Equations(Notation.UNICODE);
    private final Equations latex = new Equations(Notation.LATEX);
    private Engine engine;

    @BeforeEach
    void startSeedExample() {
        engine = new Engine(Sessions.seedExample());
    }

    /** Takes the next micro-step and returns its equations' lines in Unicode. */
    private List<String> step() {
        MicroStep step = engine.takeStep();
        return unicode.forStep(engine, step).stream().map(Equation::line).toList();
    }

    @Test
    void forward_pass_shows_every_product_and_value() {
        assertThat(step()).containsExactly(
                "z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775",
                "z₂⁽¹⁾ = w₂₁⁽¹⁾x₁ + w₂₂⁽¹⁾x₂ + b₂⁽¹⁾ = 0.25·0.05 + 0.3·0.1 + 0.35 = 0.3925");
        assertThat(step()).containsExactly(
                "a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775)) = 0.59327",
                "a₂⁽¹⁾ = σ(z₂⁽¹⁾) = 1/(1 + e^(−0.3925)) = 0.596884");
        assertThat(step()).containsExactly(
                "z₁⁽²⁾ = w₁₁⁽²⁾a₁⁽¹⁾ + w₁₂⁽²⁾a₂⁽¹⁾ + b₁⁽²⁾ = 0.4·0.59327 + 0.45·0.596884 + 0.6 = 1.10591");
        assertThat(step()).containsExactly("a₁⁽²⁾ = σ(z₁⁽²⁾) = 1/(1 + e^(−1.10591)) = 0.751365");
    }

    @Test
    void loss_and_backward_pass_show_the_chain_rule_with_numbers() {
        for (int k = 0; k < 4; k++) {
            step();
        }
        assertThat(step()).containsExactly("Jₛ = ½(a₁⁽²⁾ − y₁)² = ½(0.751365 − 0.01)² = 0.274811");
        assertThat(step()).containsExactly(
                "δ₁⁽²⁾ = (a₁⁽²⁾ − y₁)·a₁⁽²⁾(1 − a₁⁽²⁾) = (0.751365 − 0.01)·0.751365·(1 − 0.751365) = 0.138499");
        assertThat(step()).containsExactly(
                "δ₁⁽¹⁾ = (w₁₁⁽²⁾δ₁⁽²⁾)·a₁⁽¹⁾(1 − a₁⁽¹⁾) = (0.4·0.138499)·0.59327·(1 − 0.59327) = 0.0133679",
                "δ₂⁽¹⁾ = (w₁₂⁽²⁾δ₁⁽²⁾)·a₂⁽¹⁾(1 − a₂⁽¹⁾) = (0.45·0.138499)·0.596884·(1 − 0.596884) = 0.0149961");
        assertThat(step()).containsExactly(
                "∂Jₛ/∂w₁₁⁽²⁾ = δ₁⁽²⁾a₁⁽¹⁾ = 0.138499·0.59327 = 0.082167",
                "∂Jₛ/∂w₁₂⁽²⁾ = δ₁⁽²⁾a₂⁽¹⁾ = 0.138499·0.596884 = 0.0826676",
                "∂Jₛ/∂b₁⁽²⁾ = δ₁⁽²⁾ = 0.138499");
        assertThat(step()).startsWith(
                "∂Jₛ/∂w₁₁⁽¹⁾ = δ₁⁽¹⁾x₁ = 0.0133679·0.05 = 0.000668396",
                "∂Jₛ/∂w₁₂⁽¹⁾ = δ₁⁽¹⁾x₂ = 0.0133679·0.1 = 0.00133679",
                "∂Jₛ/∂b₁⁽¹⁾ = δ₁⁽¹⁾ = 0.0133679");
    }

    @Test
    void update_shows_old_value_learning_rate_gradient_and_new_value() {
        engine.runIteration();
        List<Equation> update = unicode.forStep(engine, engine.lastStep());
        assertThat(update).extracting(Equation::line).containsExactly(
                "w₁₁⁽¹⁾⁺ = w₁₁⁽¹⁾ − η·∂J/∂w₁₁⁽¹⁾ = 0.15 − 0.5·0.000668396 = 0.149666",
                "w₁₂⁽¹⁾⁺ = w₁₂⁽¹⁾ − η·∂J/∂w₁₂⁽¹⁾ = 0.2 − 0.5·0.00133679 = 0.199332",
                "b₁⁽¹⁾⁺ = b₁⁽¹⁾ − η·∂J/∂b₁⁽¹⁾ = 0.35 − 0.5·0.0133679 = 0.343316",
                "w₂₁⁽¹⁾⁺ = w₂₁⁽¹⁾ − η·∂J/∂w₂₁⁽¹⁾ = 0.25 − 0.5·0.000749804 = 0.249625",
                "w₂₂⁽¹⁾⁺ = w₂₂⁽¹⁾ − η·∂J/∂w₂₂⁽¹⁾ = 0.3 − 0.5·0.00149961 = 0.29925",
                "b₂⁽¹⁾⁺ = b₂⁽¹⁾ − η·∂J/∂b₂⁽¹⁾ = 0.35 − 0.5·0.0149961 = 0.342502",
                "w₁₁⁽²⁾⁺ = w₁₁⁽²⁾ − η·∂J/∂w₁₁⁽²⁾ = 0.4 − 0.5·0.082167 = 0.358916",
                "w₁₂⁽²⁾⁺ = w₁₂⁽²⁾ − η·∂J/∂w₁₂⁽²⁾ = 0.45 − 0.5·0.0826676 = 0.408666",
                "b₁⁽²⁾⁺ = b₁⁽²⁾ − η·∂J/∂b₁⁽²⁾ = 0.6 − 0.5·0.138499 = 0.530751");
        assertThat(update.get(0).meaning()).startsWith("Gradient descent").doesNotContain("averaged");
    }

    @Test
    void latex_writes_the_same_equation_for_jlatexmath() {
        MicroStep z = engine.takeStep();
        assertThat(latex.forStep(engine, z).get(0).line()).isEqualTo(
                "z^{(1)}_{1} = w^{(1)}_{11} x_{1} + w^{(1)}_{12} x_{2} + b^{(1)}_{1}"
                        + " = 0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 + 0.35 = 0.3775");
        MicroStep a = engine.takeStep();
        assertThat(latex.forStep(engine, a).get(0).line()).isEqualTo(
                "a^{(1)}_{1} = \\sigma(z^{(1)}_{1}) = \\frac{1}{1 + e^{-0.3775}} = 0.59327");
        MicroStep update = engine.plan().at(engine.plan().length());
        while (engine.step() < engine.plan().length()) {
            engine.takeStep();
        }
        assertThat(latex.forStep(engine, update).get(6).line()).isEqualTo(
                "w^{(2)+}_{11} = w^{(2)}_{11} - \\eta \\cdot \\frac{\\partial J}{\\partial w^{(2)}_{11}}"
                        + " = 0.4 - 0.5 \\cdot 0.082167 = 0.358916");
    }

    @Test
    void each_equation_has_its_parts_and_a_meaning() {
        Equation z = unicode.forStep(engine, engine.takeStep()).get(0);
        assertThat(z.lhs()).isEqualTo("z₁⁽¹⁾");
        assertThat(z.rhs()).isEqualTo("w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾");
        assertThat(z.substituted()).isEqualTo("0.15·0.05 + 0.2·0.1 + 0.35");
        assertThat(z.result()).isEqualTo("0.3775");
        assertThat(z.meaning()).isEqualTo("The weighted input of a unit in hidden layer 1: everything that reaches it "
                + "from the inputs, weighted, plus its bias, before its activation.");
    }

    @Test
    void describe_names_the_quantity_the_sample_and_the_phase() {
        assertThat(unicode.describe(engine.takeStep(), engine)).isEqualTo("Forward: z⁽¹⁾ of sample 1");
        assertThat(unicode.describe(engine.takeStep(), engine)).isEqualTo("Forward: a⁽¹⁾ of sample 1");
        engine.takeStep();
        engine.takeStep();
        assertThat(unicode.describe(engine.takeStep(), engine)).isEqualTo("Loss: Jₛ of sample 1");
        assertThat(unicode.describe(engine.takeStep(), engine)).isEqualTo("Backward: δ⁽²⁾ of sample 1 (output layer)");
        assertThat(latex.describe(engine.takeStep(), engine)).isEqualTo("Backward: δ⁽¹⁾ of sample 1 (hidden layer)");
        assertThat(unicode.describe(engine.takeStep(), engine))
                .isEqualTo("Backward: ∂Jₛ/∂W⁽²⁾ and ∂Jₛ/∂b⁽²⁾ of sample 1");
        engine.takeStep();
        assertThat(unicode.describe(engine.takeStep(), engine)).isEqualTo("Update: all weights and biases");
    }

    @Test
    void a_neuron_shows_only_what_the_iteration_has_computed() {
        assertThat(unicode.forNeuron(engine, 0, 0)).isEmpty();
        assertThat(unicode.forNeuron(engine, 1, 0)).isEmpty();
        engine.takeStep();
        assertThat(unicode.forNeuron(engine, 0, 0)).extracting(Equation::line).containsExactly("a₁⁽⁰⁾ = x₁ = 0.05");
        assertThat(unicode.forNeuron(engine, 1, 0)).extracting(Equation::lhs).containsExactly("z₁⁽¹⁾");
        while (engine.step() < engine.plan().length()) {
            engine.takeStep();
        }
        assertThat(unicode.forNeuron(engine, 1, 0)).extracting(Equation::line).containsExactly(
                "z₁⁽¹⁾ = w₁₁⁽¹⁾x₁ + w₁₂⁽¹⁾x₂ + b₁⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775",
                "a₁⁽¹⁾ = σ(z₁⁽¹⁾) = 1/(1 + e^(−0.3775)) = 0.59327",
                "δ₁⁽¹⁾ = (w₁₁⁽²⁾δ₁⁽²⁾)·a₁⁽¹⁾(1 − a₁⁽¹⁾) = (0.4·0.138499)·0.59327·(1 − 0.59327) = 0.0133679",
                "∂Jₛ/∂b₁⁽¹⁾ = δ₁⁽¹⁾ = 0.0133679",
                "b₁⁽¹⁾⁺ = b₁⁽¹⁾ − η·∂J/∂b₁⁽¹⁾ = 0.35 − 0.5·0.0133679 = 0.343316");
    }

    @Test
    void a_weight_shows_its_gradient_and_then_its_update() {
        for (int k = 0; k < 7; k++) {
            engine.takeStep();
        }
        assertThat(unicode.forWeight(engine, 2, 0, 1)).isEmpty();
        engine.takeStep();
        assertThat(unicode.forWeight(engine, 2, 0, 1)).extracting(Equation::line)
                .containsExactly("∂Jₛ/∂w₁₂⁽²⁾ = δ₁⁽²⁾a₂⁽¹⁾ = 0.138499·0.596884 = 0.0826676");
        assertThat(unicode.forWeight(engine, 1, 0, 1)).isEmpty();
        engine.takeStep();
        engine.takeStep();
        assertThat(unicode.forWeight(engine, 2, 0, 1)).extracting(Equation::line).containsExactly(
                "∂Jₛ/∂w₁₂⁽²⁾ = δ₁⁽²⁾a₂⁽¹⁾ = 0.138499·0.596884 = 0.0826676",
                "w₁₂⁽²⁾⁺ = w₁₂⁽²⁾ − η·∂J/∂w₁₂⁽²⁾ = 0.45 − 0.5·0.0826676 = 0.408666");
    }

    @Test
    void a_locked_parameter_stays() {
        Session seed = Sessions.seedExample();
        Session locked = seed.withNetwork(seed.network().withWeightLocked(2, 0, 0, true));
        Engine lockedEngine = new Engine(locked);
        lockedEngine.runIteration();
        Equation update = unicode.forWeight(lockedEngine, 2, 0, 0).get(1);
        assertThat(update.line()).isEqualTo("w₁₁⁽²⁾⁺ = w₁₁⁽²⁾ (locked: stays) = 0.4");
        assertThat(latex.forWeight(lockedEngine, 2, 0, 0).get(1).rhs())
                .isEqualTo("w^{(2)}_{11} \\text{(locked: stays)}");
    }

    @Test
    void cross_entropy_after_sigmoid_takes_the_shortcut() {
        Session seed = Sessions.seedExample();
        Engine ce = new Engine(
                new Session("ce", seed.network(), Loss.CROSS_ENTROPY, 0.5, BatchMode.FULL, seed.dataset()));
        for (int k = 0; k < 5; k++) {
            ce.takeStep();
        }
        assertThat(unicode.forStep(ce, ce.lastStep()).get(0).line()).isEqualTo(
                "Jₛ = −[y₁ log(a₁⁽²⁾) + (1 − y₁) log(1 − a₁⁽²⁾)] = −[0.01·log(0.751365) + (1 − 0.01)·log(1 − 0.751365)]"
                        + " = 1.38071");
        Equation delta = unicode.forStep(ce, ce.takeStep()).get(0);
        assertThat(delta.line()).isEqualTo("δ₁⁽²⁾ = a₁⁽²⁾ − y₁ = 0.751365 − 0.01 = 0.741365");
        assertThat(delta.meaning()).contains("f′ cancels the 1/(a(1 − a)) in ∂J/∂a, so δ = a − y");
    }

    @Test
    void the_meaning_of_a_batch_update_says_the_gradient_is_averaged() {
        Session small = Sessions.small(2, 2, Activation.TANH, 1, Activation.LINEAR, Loss.SQUARED_ERROR);
        Engine batch = new Engine(small);
        batch.runIteration();
        assertThat(unicode.forStep(batch, batch.lastStep()).get(1).meaning())
                .contains("averaged over the iteration's 2 samples");
    }

    @Test
    void a_sum_of_more_than_eight_terms_takes_the_sigma_form() {
        int inputs = 10;
        double[][] row = new double[1][inputs];
        double[][] x = new double[1][inputs];
        for (int k = 0; k < inputs; k++) {
            row[0][k] = k + 1;
            x[0][k] = -0.5;
        }
        Network network = new Network(new int[] {inputs, 1}, new Activation[] {null, Activation.LINEAR},
                new double[][][] {{}, row}, new double[][] {{}, {0.25}}, null, null);
        Engine wide = new Engine(new Session("wide", network, Loss.SQUARED_ERROR, 0.1, BatchMode.FULL,
                new Dataset(x, new double[][] {{1}})));
        Equation z = unicode.forStep(wide, wide.takeStep()).get(0);
        assertThat(z.rhs()).isEqualTo("Σₖ w₁ₖ⁽¹⁾xₖ + b₁⁽¹⁾");
        assertThat(z.substituted()).isEqualTo("1·(−0.5) + 2·(−0.5) + 3·(−0.5) + … + 10·(−0.5) + 0.25");
        assertThat(z.result()).isEqualTo("−27.25");
        assertThat(latex.forStep(wide, wide.lastStep()).get(0).rhs())
                .isEqualTo("\\sum_{k} w^{(1)}_{1k} x_{k} + b^{(1)}_{1}");
    }
}
