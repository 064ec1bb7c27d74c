package org.backpropstudio.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one writer of sub- and superscripts: digits, index letters, signs, and back to plain text. */
class ScriptsTest {

    @Test
    void unit_indices_are_subscripts_counted_from_one_with_a_comma_past_nine() {
        assertThat(Scripts.subscript(12)).isEqualTo("₁₂");
        assertThat(Scripts.subscript("jk")).isEqualTo("ⱼₖ");
        assertThat(Scripts.units(0, 1)).isEqualTo("₁₂");
        assertThat(Scripts.units(11, 2)).isEqualTo("₁₂,₃");
        assertThat(Scripts.indices(0, 9)).isEqualTo("1,10");
        assertThat(Scripts.join("1", "k")).isEqualTo("1k");
        assertThat(Scripts.join("12", "k")).isEqualTo("12,k");
    }

    @Test
    void layers_and_powers_are_superscripts_with_their_sign() {
        assertThat(Scripts.layer(2)).isEqualTo("⁽²⁾");
        assertThat(Scripts.superscript("(10)+")).isEqualTo("⁽¹⁰⁾⁺");
        assertThat(Scripts.superscript(-12)).isEqualTo("⁻¹²");
        assertThat(Scripts.superscript(3)).isEqualTo("³");
    }

    @Test
    void every_script_character_reads_back_as_its_plain_one() {
        String plain = "0123456789()+-Ll";
        String sup = Scripts.superscript(plain);
        for (int i = 0; i < plain.length(); i++) {
            assertThat(Scripts.fromSuperscript(sup.charAt(i))).isEqualTo(plain.charAt(i));
        }
        String sub = Scripts.subscript("0123456789ijks");
        for (int i = 0; i < sub.length(); i++) {
            assertThat(Scripts.fromSubscript(sub.charAt(i))).isEqualTo("0123456789ijks".charAt(i));
        }
        assertThat(Scripts.fromSubscript('x')).isEqualTo((char) 0);
        assertThat(Scripts.fromSuperscript('₂')).isEqualTo((char) 0);
    }
}
