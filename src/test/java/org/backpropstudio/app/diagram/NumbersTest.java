package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void four_significant_digits_without_trailing_zeros() {
        assertThat(Numbers.format(0.3775)).isEqualTo("0.3775");
        assertThat(Numbers.format(0.593269992)).isEqualTo("0.5933");
        assertThat(Numbers.format(1.10590597)).isEqualTo("1.106");
        assertThat(Numbers.format(0.05)).isEqualTo("0.05");
        assertThat(Numbers.format(0.6)).isEqualTo("0.6");
        assertThat(Numbers.format(1.0)).isEqualTo("1");
        assertThat(Numbers.format(100)).isEqualTo("100");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
    }

    @Test
    void a_slim_tag_writes_two_decimals_and_keeps_the_sign_however_small() {
        assertThat(Numbers.brief(-0.4248)).isEqualTo("−0.42");
        assertThat(Numbers.brief(0.6695)).isEqualTo("0.67");
        assertThat(Numbers.brief(-0.0049)).isEqualTo("−0.00");
        assertThat(Numbers.brief(0.125)).isEqualTo("0.13");
        assertThat(Numbers.brief(0)).isEqualTo("0.00");
        assertThat(Numbers.brief(-9.999)).as("rounds to 10: written as 10 and above are").isEqualTo("−10");
        assertThat(Numbers.brief(9.994)).isEqualTo("9.99");
        assertThat(Numbers.brief(12.345)).isEqualTo("12.3");
        assertThat(Numbers.brief(-12345)).isEqualTo("−1.23e4");
        assertThat(Numbers.brief(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void negatives_carry_a_true_minus_sign() {
        assertThat(Numbers.format(-0.0821670)).isEqualTo("−0.08217");
        assertThat(Numbers.format(-2)).isEqualTo("−2");
    }

    @Test
    void very_small_and_very_large_magnitudes_use_a_power_of_ten() {
        assertThat(Numbers.format(2.3e-5)).isEqualTo("2.3e-5");
        assertThat(Numbers.format(-6.6837e-4)).isEqualTo("−6.684e-4");
        assertThat(Numbers.format(0.001)).isEqualTo("0.001");
        assertThat(Numbers.format(9999.4)).isEqualTo("9999");
        assertThat(Numbers.format(9999.6)).isEqualTo("1e4");
        assertThat(Numbers.format(12345)).isEqualTo("1.235e4");
    }

    @Test
    void not_a_number_and_infinities_are_written_as_such() {
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Numbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }

    @Test
    void a_label_is_symbol_space_value_or_the_placeholder() {
        assertThat(Numbers.labelled("z", 0.3775)).isEqualTo("z 0.3775");
        assertThat(Numbers.labelled("δ", null)).isEqualTo("δ —");
    }

    @Test
    void indices_in_sub_and_superscript() {
        assertThat(Numbers.subscript(12)).isEqualTo("₁₂");
        assertThat(Numbers.superscript(3)).isEqualTo("³");
    }

    @Test
    void parameters_are_named_as_in_the_equations() {
        assertThat(Numbers.weightName(2, 0, 1)).isEqualTo("w₁₂⁽²⁾");
        assertThat(Numbers.weightName(1, 11, 2)).isEqualTo("w₁₂,₃⁽¹⁾");
        assertThat(Numbers.biasName(1, 0)).isEqualTo("b₁⁽¹⁾");
    }

    @Test
    void changes_carry_their_sign_and_fields_get_plain_digits() {
        assertThat(Numbers.signed(0.0137)).isEqualTo("+0.0137");
        assertThat(Numbers.signed(-0.0137)).isEqualTo("−0.0137");
        assertThat(Numbers.signed(0)).isEqualTo("0");
        assertThat(Numbers.editable(0.35891647971788465)).isEqualTo("0.35891648");
        assertThat(Numbers.editable(12345.678)).isEqualTo("12345.678");
        assertThat(Numbers.editable(-1e6)).isEqualTo("−1000000");
        assertThat(Numbers.editable(2.5e-7)).isEqualTo("2.5e-7");
    }

    @Test
    void steps_add_in_decimal() {
        assertThat(Steps.add(0.4, 0.01)).isEqualTo(0.41);
        assertThat(Steps.add(0.41, -0.1)).isEqualTo(0.31);
        assertThat(Steps.snap(0.4317, 0.01)).isEqualTo(0.43);
        assertThat(Steps.snap(-1.26, 0.5)).isEqualTo(-1.5);
    }
}
