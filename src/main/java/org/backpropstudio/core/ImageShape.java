package org.backpropstudio.core;

/**
 * Says that a dataset's inputs are the pixels of a picture, row by row: input i is the pixel in row
 * ⌊i / width⌋ and column i mod width, so that width × height is the number of inputs.
 *
 * @param width  pixels per row, at least 1
 * @param height rows, at least 1
 */
public record ImageShape(int width, int height) {

    /**
     * @throws IllegalArgumentException if a side is below 1 or the picture has more pixels than a
     *                                  layer has units
     */
    public ImageShape {
        if (width < 1 || height < 1 || (long) width * height > Limits.MAX_UNITS) {
            throw new IllegalArgumentException(CoreWords.format("image.size", String.valueOf(Limits.MAX_UNITS)));
        }
    }

    /** The number of pixels, width × height. */
    public int pixels() {
        return width * height;
    }
}
