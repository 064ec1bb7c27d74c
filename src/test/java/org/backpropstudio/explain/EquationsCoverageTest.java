package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scilab.forge.jlatexmath.TeXFormula;

/**
 * Every micro-step of an iteration, for every activation and loss, gives equations in both
 * notations: each with its parts and a meaning; LaTeX that JLaTeXMath parses, braces balanced;
 * Unicode free of LaTeX.
 */
class EquationsCoverageTest {
    private static final Activation[] ELEMENTWISE = {Activation.SIGMOID, Activation.TANH, Activation.RELU,
            Activation.LEAKY_RELU, Activation.LINEAR};

    /** Each hidden activation with each allowed output activation and loss. */
    static Stream<Arguments> networks() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation hidden : ELEMENTWISE) {
            for (Activation output : ELEMENTWISE) {
                cases.add(Arguments.of(hidden, output, Loss.SQUARED_ERROR));
            }
            cases.add(Arguments.of(hidden, Activation.SIGMOID, Loss.CROSS_ENTROPY));
            cases.add(Arguments.of(hidden, Activation.SOFTMAX, Loss.CROSS_ENTROPY));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
    @MethodSource("networks")
    void every_micro_step_has_equations_in_both_notations(Activation hidden, Activation output, Loss loss) {
        Session session = Sessions.small(3, 2, hidden, 3, output, loss);
        Engine engine = new Engine(session);
        for (int k = 1; k <= engine.plan().length(); k++) {
            MicroStep step = engine.takeStep();
            for (Notation notation : Notation.values()) {
                Equations equations = new Equations(notation);
                List<Equation> computed = new ArrayList<>(equations.forStep(engine, step));
                assertThat(computed).as("%s in %s", step, notation).isNotEmpty();
                for (int l = 0; l <= engine.layers(); l++) {
                    for (int j = 0; j < engine.units(l); j++) {
                        computed.addAll(equations.forNeuron(engine, l, j));
                        for (int i = 0; l > 0 && i < engine.units(l - 1); i++) {
                            computed.addAll(equations.forWeight(engine, l, j, i));
                        }
                    }
                }
                computed.forEach(e -> check(e, notation));
                assertThat(equations.describe(step, engine)).startsWith(step.phase().title() + ": ");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideNetworks")
    void long_sums_are_shortened_in_both_notations(Activation output, Loss loss) {
        Session session = Sessions.small(10, 10, Activation.TANH, 10, output, loss);
        Engine engine = new Engine(session);
        for (int k = 1; k <= engine.plan().length(); k++) {
            MicroStep step = engine.takeStep();
            for (Notation notation : Notation.values()) {
                List<Equation> computed = new Equations(notation).forStep(engine, step);
                computed.forEach(e -> check(e, notation));
                if (hasSum(step, engine)) {
                    assertThat(computed.get(0).substituted()).as("%s", step)
                            .contains(notation == Notation.LATEX ? "\\ldots" : "…");
                }
            }
        }
    }

    /** Whether the step's equations are sums: over the previous layer, the outputs or the next layer. */
    private static boolean hasSum(MicroStep step, Engine engine) {
        return switch (step.kind()) {
            case Z, LOSS -> true;
            case DELTA -> step.layer() < engine.layers();
            case A -> engine.activation(step.layer()) == Activation.SOFTMAX;
            case GRADIENT, UPDATE -> false;
        };
    }

    static Stream<Arguments> wideNetworks() {
        return Stream.of(Arguments.of(Activation.SIGMOID, Loss.SQUARED_ERROR),
                Arguments.of(Activation.SIGMOID, Loss.CROSS_ENTROPY),
                Arguments.of(Activation.SOFTMAX, Loss.CROSS_ENTROPY));
    }

    private static void check(Equation e, Notation notation) {
        assertThat(e.lhs()).isNotBlank();
        assertThat(e.result()).isNotBlank();
        assertThat(e.meaning()).isNotBlank().endsWith(".");
        assertThat(e.line()).startsWith(e.lhs() + " = ").endsWith(" = " + e.result());
        if (notation == Notation.LATEX) {
            assertThat(isBalanced(e.line())).as(e.line()).isTrue();
            new TeXFormula(e.line()); // throws ParseException if JLaTeXMath cannot read it
        } else {
            assertThat(e.line()).as(e.line()).doesNotContain("\\", "{", "}");
        }
    }

    /** Whether every { has its }, never closing one that is not open. */
    static boolean isBalanced(String latex) {
        int depth = 0;
        for (char c : latex.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
