package org.backpropstudio.core;

/**
 * Makes a small picture out of a large one by blocks: the picture's pixel in row r and column c
 * comes from the block of b × b cells in rows b·r … b·r + b − 1 and columns b·c … b·c + b − 1 of
 * the large one. Pictures are row by row, as {@link ImageShape} reads a dataset's inputs.
 *
 * <ul>
 *   <li>{@link #inkCounts}: a drawing of cells that are inked or not, as the UCI handwritten digits
 *       were made (a 32 × 32 bitmap, the inked cells of each 4 × 4 block counted, 0–16) and then
 *       scaled as the bundled digits are: the count divided by b² (16), so 0 is a blank block and 1
 *       a block all inked.</li>
 *   <li>{@link #averages}: grey levels 0 … {@code maxValue}, as MNIST's 28 × 28 pictures of 0–255:
 *       the mean of each block divided by {@code maxValue}, in [0, 1].</li>
 * </ul>
 */
public final class Pooling {
    private Pooling() {
    }

    /**
     * The picture of (width / b) × (height / b) pixels whose pixel is the share of inked cells in its
     * block: (inked cells of the block) / b², in [0, 1] in steps of 1 / b².
     *
     * @param inked  width × height cells, row by row, true where inked
     * @param width  cells per row, a multiple of {@code block}
     * @param height rows of cells, a multiple of {@code block}
     * @param block  b, the side of a block in cells, at least 1
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public static double[] inkCounts(boolean[] inked, int width, int height, int block) {
        check(inked.length, width, height, block);
        int w = width / block;
        double[] picture = new double[w * (height / block)];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                if (inked[row * width + col]) {
                    picture[(row / block) * w + col / block]++;
                }
            }
        }
        double cells = (double) block * block;
        for (int p = 0; p < picture.length; p++) {
            picture[p] /= cells;
        }
        return picture;
    }

    /**
     * The picture of (width / b) × (height / b) pixels whose pixel is the mean of its block's values
     * divided by {@code maxValue}: (Σ values of the block) / (b² · maxValue).
     *
     * @param values   width × height grey levels, row by row
     * @param maxValue the level of full ink (255 for MNIST), above 0
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public static double[] averages(int[] values, int width, int height, int block, int maxValue) {
        check(values.length, width, height, block);
        if (maxValue <= 0) {
            throw new IllegalArgumentException("the level of full ink must be above 0, not " + maxValue);
        }
        int w = width / block;
        double[] sums = new double[w * (height / block)];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                sums[(row / block) * w + col / block] += values[row * width + col];
            }
        }
        double scale = (double) block * block * maxValue;
        for (int p = 0; p < sums.length; p++) {
            sums[p] /= scale;
        }
        return sums;
    }

    private static void check(int length, int width, int height, int block) {
        if (block < 1 || width < block || height < block || width % block != 0 || height % block != 0
                || (long) width * height != length) {
            throw new IllegalArgumentException("a picture of " + width + " × " + height + " cells (" + length
                    + " given) is not made of blocks of " + block + " × " + block);
        }
    }
}
