package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The two block reductions on pictures whose answer is known by hand. */
class PoolingTest {

    @Test
    void ink_counts_are_the_inked_cells_of_each_block_over_its_cells() {
        // 8 × 4 cells, blocks of 4 × 4: a 2 × 1 picture; the left block has 5 cells inked, the right all 16
        boolean[] inked = new boolean[8 * 4];
        for (int row = 0; row < 4; row++) {
            for (int col = 4; col < 8; col++) {
                inked[row * 8 + col] = true;
            }
        }
        inked[0] = true;
        inked[3] = true;
        inked[8 + 1] = true;
        inked[3 * 8] = true;
        inked[3 * 8 + 3] = true;
        assertThat(Pooling.inkCounts(inked, 8, 4, 4)).containsExactly(5 / 16.0, 1.0);
    }

    @Test
    void a_32_by_32_drawing_becomes_8_by_8_as_the_uci_digits_were_made() {
        // a bar of columns 12–19 and rows 4–27 fills exactly the blocks of columns 3–4 in rows 1–6
        boolean[] inked = new boolean[32 * 32];
        for (int row = 4; row < 28; row++) {
            for (int col = 12; col < 20; col++) {
                inked[row * 32 + col] = true;
            }
        }
        double[] picture = Pooling.inkCounts(inked, 32, 32, 4);
        assertThat(picture).hasSize(64);
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                double expected = r >= 1 && r <= 6 && (c == 3 || c == 4) ? 1.0 : 0.0;
                assertThat(picture[r * 8 + c]).as("pixel (%d, %d)", r, c).isEqualTo(expected);
            }
        }
        inked[0] = true;
        assertThat(Pooling.inkCounts(inked, 32, 32, 4)[0]).as("one cell of 16").isEqualTo(1 / 16.0);
    }

    @Test
    void averages_are_the_block_means_over_the_full_ink() {
        int[] values = {
            0, 255, 10, 20,
            255, 0, 30, 40,
        };
        assertThat(Pooling.averages(values, 4, 2, 2, 255)).containsExactly(510 / 1020.0, 100 / 1020.0);
    }

    @Test
    void sizes_that_are_not_whole_blocks_are_refused() {
        assertThatThrownBy(() -> Pooling.inkCounts(new boolean[30], 6, 5, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pooling.averages(new int[16], 4, 4, 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
