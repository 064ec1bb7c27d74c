package org.backpropstudio.app.equations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreakingTest {

    @Test
    void a_sum_breaks_before_its_terms_but_never_inside_braces() {
        assertThat(SheetMaker.split("0.15 \\cdot 0.05 + 0.2 \\cdot 0.1 - \\frac{1}{1 + e^{-0.3}}", 0, true))
                .containsExactly("0.15 \\cdot 0.05", " + 0.2 \\cdot 0.1", " - \\frac{1}{1 + e^{-0.3}}");
    }

    @Test
    void parentheses_keep_a_group_together_until_a_deeper_level_is_asked_for() {
        String delta = "(0.4 \\cdot 0.138499 + 0.45 \\cdot (-0.2)) \\cdot (1 - 0.59327)";
        assertThat(SheetMaker.split(delta, 0, true)).containsExactly(delta);
        assertThat(SheetMaker.split(delta, 0, false))
                .containsExactly("(0.4 \\cdot 0.138499 + 0.45 \\cdot (-0.2))", " \\cdot (1 - 0.59327)");
        assertThat(SheetMaker.split(delta, 1, true))
                .containsExactly("(0.4 \\cdot 0.138499", " + 0.45 \\cdot (-0.2)) \\cdot (1", " - 0.59327)");
    }
}
