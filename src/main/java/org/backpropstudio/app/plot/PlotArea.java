package org.backpropstudio.app.plot;

/**
 * Where a plot's data meet its pixels: the rectangle [left, right] × [top, bottom] of the canvas
 * shows the data region [x0, x1] × [y0, y1], x to the right and y upward, both linear.
 */
public record PlotArea(double left, double top, double right, double bottom,
                       double x0, double x1, double y0, double y1) {

    /** The rectangle's width in pixels (0 if it has none). */
    public double width() {
        return Math.max(0, right - left);
    }

    /** The rectangle's height in pixels (0 if it has none). */
    public double height() {
        return Math.max(0, bottom - top);
    }

    /** The pixel column of data x. */
    public double px(double x) {
        return left + (x - x0) / (x1 - x0) * (right - left);
    }

    /** The pixel row of data y. */
    public double py(double y) {
        return bottom - (y - y0) / (y1 - y0) * (bottom - top);
    }

    /** The data x at pixel column {@code px}. */
    public double xAt(double px) {
        return x0 + (px - left) / (right - left) * (x1 - x0);
    }

    /** The data y at pixel row {@code py}. */
    public double yAt(double py) {
        return y0 + (bottom - py) / (bottom - top) * (y1 - y0);
    }

    /** Whether pixel ({@code px}, {@code py}) lies in the rectangle, its edges included. */
    public boolean contains(double px, double py) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }
}
