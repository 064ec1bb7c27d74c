package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.backpropstudio.core.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled handwritten digits: read whole, scaled, one-hot, and split the same way on every machine. */
class DigitsDataTest {
    private static DigitsData digits;

    @BeforeAll
    static void read() throws Exception {
        digits = DigitsData.bundled();
    }

    @Test
    void the_bundled_file_has_1797_images_of_every_digit_scaled_to_0_1() {
        assertThat(digits.size()).isEqualTo(1797);
        int[] counts = new int[DigitsData.CLASSES];
        for (int i = 0; i < digits.size(); i++) {
            counts[digits.label(i)]++;
            double[] x = digits.pixels(i);
            assertThat(x).hasSize(64);
            assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(Arrays.stream(x).max().orElseThrow()).isLessThanOrEqualTo(1);
        }
        assertThat(counts).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
        // the file's first image, a 0: its first row 0,0,5,13,9,1,0,0 over 16
        assertThat(digits.label(0)).isZero();
        assertThat(Arrays.copyOf(digits.pixels(0), 8)).containsExactly(0, 0, 5 / 16.0, 13 / 16.0, 9 / 16.0,
                1 / 16.0, 0, 0);
        assertThat(DigitsData.oneHot(3)).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void the_split_is_1437_and_360_stratified_disjoint_and_the_same_for_the_same_seed() {
        DigitsData.Split split = digits.split(7);
        assertThat(split.train().size()).isEqualTo(1437);
        assertThat(split.test().size()).isEqualTo(360);
        int[] test = perDigit(split.test());
        int[] train = perDigit(split.train());
        for (int d = 0; d < DigitsData.CLASSES; d++) {
            double expected = 360.0 * (test[d] + train[d]) / 1797;
            assertThat((double) test[d]).as("digit %d's share", d).isBetween(Math.floor(expected), Math.ceil(expected));
        }
        Set<String> images = new HashSet<>();
        for (Dataset set : new Dataset[] {split.train(), split.test()}) {
            for (int s = 0; s < set.size(); s++) {
                images.add(Arrays.toString(set.inputRow(s)) + Arrays.toString(set.targetRow(s)));
            }
        }
        assertThat(images).as("no image in both (the file's duplicates aside)").hasSizeGreaterThan(1780);

        DigitsData.Split again = digits.split(7);
        assertThat(again.test()).isEqualTo(split.test());
        assertThat(again.train()).isEqualTo(split.train());
        assertThat(digits.split(8).test()).as("another seed, another split").isNotEqualTo(split.test());
    }

    @Test
    void shares_are_proportional_with_the_largest_remainders_rounded_up() {
        assertThat(DigitsData.shares(new int[] {5, 3, 2}, 5)).containsExactly(3, 1, 1);
        assertThat(Arrays.stream(DigitsData.shares(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, 360))
                .sum()).isEqualTo(360);
    }

    @Test
    void a_bad_row_is_named_by_line_and_column_and_nothing_is_read() {
        String good = "0,".repeat(64) + "3\n";
        assertThatThrownBy(() -> DigitsData.read(stream(good + "0,".repeat(64) + "x\n")))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2, column 65")
                .hasMessageContaining("\"x\" is not a whole number from 0 to 9");
        assertThatThrownBy(() -> DigitsData.read(stream("17," + "0,".repeat(63) + "1\n")))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 1, column 1")
                .hasMessageContaining("from 0 to 16");
        assertThatThrownBy(() -> DigitsData.read(stream("1,2,3\n")))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("expected 65 cells");
        assertThatThrownBy(() -> DigitsData.read(stream("")))
                .isInstanceOf(CsvFormatException.class);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static int[] perDigit(Dataset set) {
        int[] counts = new int[DigitsData.CLASSES];
        for (int s = 0; s < set.size(); s++) {
            double[] y = set.targetRow(s);
            for (int d = 0; d < y.length; d++) {
                if (y[d] == 1) {
                    counts[d]++;
                }
            }
        }
        return counts;
    }
}
