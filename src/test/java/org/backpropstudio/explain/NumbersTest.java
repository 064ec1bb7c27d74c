package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    private final Numbers unicode = new Numbers(Notation.UNICODE);
    private final Numbers latex = new Numbers(Notation.LATEX);

    @Test
    void six_significant_digits_without_trailing_zeros() {
        assertThat(unicode.format(0.593269992)).isEqualTo("0.59327");
        assertThat(unicode.format(0.3775)).isEqualTo("0.3775");
        assertThat(unicode.format(1.10590596705977)).isEqualTo("1.10591");
        assertThat(unicode.format(0.5)).isEqualTo("0.5");
        assertThat(unicode.format(2.0)).isEqualTo("2");
        assertThat(unicode.format(123456.7)).isEqualTo("123457");
        assertThat(unicode.format(0)).isEqualTo("0");
        assertThat(unicode.format(-0.0)).isEqualTo("0");
    }

    @Test
    void exponent_only_for_tiny_and_huge_magnitudes() {
        assertThat(unicode.format(0.0001)).isEqualTo("0.0001");
        assertThat(unicode.format(0.0000123)).isEqualTo("1.23e-5");
        assertThat(unicode.format(999999.4)).isEqualTo("999999");
        assertThat(unicode.format(999999.7)).isEqualTo("1e6");
        assertThat(unicode.format(-1_500_000)).isEqualTo("−1.5e6");
        assertThat(latex.format(0.0000123)).isEqualTo("1.23\\times10^{-5}");
        assertThat(latex.format(2.5e7)).isEqualTo("2.5\\times10^{7}");
    }

    @Test
    void negative_operands_are_parenthesised() {
        assertThat(unicode.format(-0.2)).isEqualTo("−0.2");
        assertThat(unicode.operand(-0.2)).isEqualTo("(−0.2)");
        assertThat(unicode.operand(0.2)).isEqualTo("0.2");
        assertThat(latex.operand(-0.2)).isEqualTo("(-0.2)");
    }

    @Test
    void values_of_a_diverged_run_are_named() {
        assertThat(unicode.format(Double.NaN)).isEqualTo("NaN");
        assertThat(unicode.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
        assertThat(latex.format(Double.POSITIVE_INFINITY)).isEqualTo("\\infty");
        assertThat(latex.format(Double.NaN)).isEqualTo("\\mathrm{NaN}");
    }
}
