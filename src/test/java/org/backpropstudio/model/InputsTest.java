package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "0.5|0.5", "'0,5'|0.5", " -2 |-2", "−2|-2", "1e-3|0.001", ".25|0.25", "1000000|1000000", "+3|3",
    })
    void numbers_as_people_type_them(String text, double value) {
        assertThat(Inputs.parseNumber(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {
        "", "   ", "abc", "NaN", "Infinity", "-Infinity", "1e999", "2e6", "-1000001", "0x10", "1.2.3", "5 6", "1,2,3",
    })
    void bad_entries_are_refused_with_a_message(String text) {
        assertThatThrownBy(() -> Inputs.parseNumber(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("(Type a number|\".*\" is not a number|Use a number between -1e6 and 1e6)\\.");
    }

    @ParameterizedTest(name = "whole \"{0}\"")
    @ValueSource(strings = {"", "1.5", "x", "0", "300"})
    void whole_numbers_have_a_range(String text) {
        assertThatThrownBy(() -> Inputs.parseWhole(text, 1, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Inputs.parseWhole(" 16 ", 1, 256)).isEqualTo(16);
    }
}
