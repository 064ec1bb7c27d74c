package org.backpropstudio.app.draw;

import java.util.Arrays;
import org.backpropstudio.core.ImageShape;
import org.backpropstudio.core.Pooling;

/**
 * What is drawn on the pad, without a screen: a grid of cells, each inked or not, {@value #BLOCK}
 * times the picture's width and height (32 × 32 for the 8 × 8 digits, 56 × 56 for MNIST's 14 × 14),
 * and a keyboard cursor. The pen inks every cell whose centre is within h + ½ cells of the cell it
 * is on, h = round(side / 32) and at least 1: a 3 × 3 square on a 32 × 32 pad, a disc 5 cells across
 * on a 56 × 56 one; strokes about as thick as those of the UCI digits (on average 313 of their
 * 1,024 cells are inked). A stroke between two points inks every cell on the straight line between
 * them, so a quick mouse leaves no gaps.
 *
 * <p>{@link #picture()} is what the network reads: the inked cells of each {@value #BLOCK} ×
 * {@value #BLOCK} block counted and divided by 16 ({@link Pooling#inkCounts}), as the UCI digits
 * were made from 32 × 32 bitmaps and as the bundled digits are scaled (0–16 divided by 16).
 */
final class PadCells {
    /** Cells per pixel of the picture, in each direction. */
    static final int BLOCK = 4;

    private final ImageShape image;
    private final int width;
    private final int height;
    private final int pen;
    private final boolean[] inked;
    private int cursorRow;
    private int cursorCol;
    private int lastRow = -1;
    private int lastCol = -1;

    /** An empty pad for pictures of {@code image}, the cursor in its middle. */
    PadCells(ImageShape image) {
        this.image = image;
        this.width = image.width() * BLOCK;
        this.height = image.height() * BLOCK;
        this.pen = Math.max(1, Math.round(Math.max(width, height) / 32f));
        this.inked = new boolean[width * height];
        this.cursorRow = height / 2;
        this.cursorCol = width / 2;
    }

    /** The picture this pad is for. */
    ImageShape image() {
        return image;
    }

    /** Cells per row. */
    int width() {
        return width;
    }

    /** Rows of cells. */
    int height() {
        return height;
    }

    /** h, the pen's reach in cells beyond the cell it is on. */
    int pen() {
        return pen;
    }

    /** Whether the cell in {@code row}, {@code col} is inked. */
    boolean isInked(int row, int col) {
        return inked[row * width + col];
    }

    /** How many cells are inked. */
    int inkedCount() {
        int n = 0;
        for (boolean b : inked) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Whether nothing is inked. */
    boolean isEmpty() {
        return inkedCount() == 0;
    }

    /** The cursor's row. */
    int cursorRow() {
        return cursorRow;
    }

    /** The cursor's column. */
    int cursorCol() {
        return cursorCol;
    }

    /**
     * Puts the pen down on the cell in {@code row}, {@code col} (clamped to the pad) and inks (or,
     * with {@code ink} false, erases) under it; the cursor follows.
     */
    void penDown(int row, int col, boolean ink) {
        lastRow = clamp(row, height);
        lastCol = clamp(col, width);
        dab(lastRow, lastCol, ink);
    }

    /** Draws from where the pen was to {@code row}, {@code col} (a dab if the pen was up). */
    void strokeTo(int row, int col, boolean ink) {
        int r1 = clamp(row, height);
        int c1 = clamp(col, width);
        if (lastRow < 0) {
            penDown(r1, c1, ink);
            return;
        }
        // every cell on the line from (lastRow, lastCol) to (r1, c1), Bresenham's way
        int r = lastRow;
        int c = lastCol;
        int dr = Math.abs(r1 - r);
        int dc = Math.abs(c1 - c);
        int sr = r < r1 ? 1 : -1;
        int sc = c < c1 ? 1 : -1;
        int err = dc - dr;
        while (true) {
            dab(r, c, ink);
            if (r == r1 && c == c1) {
                break;
            }
            int e2 = 2 * err;
            if (e2 > -dr) {
                err -= dr;
                c += sc;
            }
            if (e2 < dc) {
                err += dc;
                r += sr;
            }
        }
        lastRow = r1;
        lastCol = c1;
    }

    /** Whether the pen is down (a stroke goes on from where it is). */
    boolean isPenDown() {
        return lastRow >= 0;
    }

    /** Lifts the pen: the next stroke starts afresh. */
    void penUp() {
        lastRow = -1;
        lastCol = -1;
    }

    /** Moves the cursor by {@code rows}, {@code cols} (kept on the pad), inking on the way if {@code ink}. */
    void moveCursor(int rows, int cols, boolean ink) {
        int r = clamp(cursorRow + rows, height);
        int c = clamp(cursorCol + cols, width);
        if (ink) {
            lastRow = cursorRow;
            lastCol = cursorCol;
            strokeTo(r, c, true);
            penUp();
        }
        cursorRow = r;
        cursorCol = c;
    }

    /** Inks ({@code ink}) or erases with the pen at the cursor. */
    void dabAtCursor(boolean ink) {
        dab(cursorRow, cursorCol, ink);
    }

    /** Erases everything; the cursor stays. */
    void clear() {
        Arrays.fill(inked, false);
        penUp();
    }

    /** The picture the network reads: each block's inked cells over {@value #BLOCK}², row by row. */
    double[] picture() {
        return Pooling.inkCounts(inked, width, height, BLOCK);
    }

    private void dab(int row, int col, boolean ink) {
        double reach = (pen + 0.5) * (pen + 0.5);
        for (int r = Math.max(0, row - pen); r <= Math.min(height - 1, row + pen); r++) {
            for (int c = Math.max(0, col - pen); c <= Math.min(width - 1, col + pen); c++) {
                if ((r - row) * (r - row) + (c - col) * (c - col) <= reach) {
                    inked[r * width + c] = ink;
                }
            }
        }
        cursorRow = row;
        cursorCol = col;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
