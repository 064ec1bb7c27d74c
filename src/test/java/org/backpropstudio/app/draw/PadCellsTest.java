package org.backpropstudio.app.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.backpropstudio.core.ImageShape;
import org.junit.jupiter.api.Test;

/** The pad without a screen: the pen, strokes, the cursor, and the picture the network reads. */
class PadCellsTest {
    private final PadCells pad = new PadCells(new ImageShape(8, 8));

    @Test
    void the_pad_of_an_8_by_8_picture_is_32_by_32_with_a_3_by_3_pen() {
        assertThat(pad.width()).isEqualTo(32);
        assertThat(pad.height()).isEqualTo(32);
        pad.penDown(10, 10, true);
        assertThat(pad.inkedCount()).isEqualTo(9);
        assertThat(pad.isInked(9, 9)).isTrue();
        assertThat(pad.isInked(11, 11)).isTrue();
        assertThat(pad.isInked(12, 10)).isFalse();
        double[] picture = pad.picture();
        // cells 9–11 × 9–11 lie in block (2, 2) (cells 8–11 × 8–11): 9 of its 16 cells
        assertThat(picture[2 * 8 + 2]).isEqualTo(9 / 16.0);
        assertThat(java.util.Arrays.stream(picture).sum()).isEqualTo(9 / 16.0);
    }

    @Test
    void a_stroke_inks_every_cell_on_its_way_and_the_picture_counts_them_by_block() {
        pad.penDown(0, 0, true);
        pad.strokeTo(0, 31, true);
        pad.penUp();
        // the pen's 3 × 3 on row 0 reaches rows 0 and 1 only: two of each top block's four rows
        assertThat(pad.inkedCount()).isEqualTo(64);
        double[] picture = pad.picture();
        for (int c = 0; c < 8; c++) {
            assertThat(picture[c]).isEqualTo(0.5);
            assertThat(picture[8 + c]).isZero();
        }
        pad.penDown(0, 0, false);
        pad.strokeTo(0, 31, false);
        assertThat(pad.isEmpty()).isTrue();
    }

    @Test
    void the_cursor_moves_on_the_pad_and_draws_when_asked() {
        assertThat(pad.cursorRow()).isEqualTo(16);
        assertThat(pad.cursorCol()).isEqualTo(16);
        pad.moveCursor(0, 1, false);
        assertThat(pad.isEmpty()).isTrue();
        pad.dabAtCursor(true);
        assertThat(pad.inkedCount()).isEqualTo(9);
        pad.moveCursor(2, 0, true);
        // from (16, 17) to (18, 17): rows 15–19, columns 16–18
        assertThat(pad.inkedCount()).isEqualTo(15);
        assertThat(pad.cursorRow()).isEqualTo(18);
        for (int i = 0; i < 40; i++) {
            pad.moveCursor(-1, -1, false);
        }
        assertThat(pad.cursorRow()).isZero();
        assertThat(pad.cursorCol()).isZero();
        pad.dabAtCursor(false);
        pad.clear();
        assertThat(pad.isEmpty()).isTrue();
    }

    @Test
    void the_pad_of_a_14_by_14_picture_is_56_by_56_with_a_round_pen_5_cells_across() {
        PadCells mnist = new PadCells(new ImageShape(14, 14));
        assertThat(mnist.width()).isEqualTo(56);
        assertThat(mnist.pen()).isEqualTo(2);
        mnist.penDown(20, 20, true);
        assertThat(mnist.inkedCount()).as("5 × 5 without its corners").isEqualTo(21);
        assertThat(mnist.isInked(18, 18)).isFalse();
        assertThat(mnist.isInked(18, 19)).isTrue();
        assertThat(mnist.picture()).hasSize(196);
    }
}
