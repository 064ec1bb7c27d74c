package org.backpropstudio.app.boundary;

import java.util.Arrays;

/**
 * The zero level line of a field sampled on a grid, by marching squares: for every square of four
 * neighbouring samples whose signs differ, a segment between the points where linear interpolation
 * along its edges crosses 0. A square whose signs alternate around it (a saddle) is split by its
 * centre's value. Segments are in grid coordinates: sample (i, j) sits at (i, j).
 */
final class Contours {
    private float[] segments = new float[64];
    private int size;

    /**
     * Adds the zero line of {@code field} ({@code cols} × {@code rows} samples, row after row,
     * {@code field[j * cols + i]} at (i, j)); NaN samples leave their squares out.
     */
    void add(double[] field, int cols, int rows) {
        for (int j = 0; j + 1 < rows; j++) {
            for (int i = 0; i + 1 < cols; i++) {
                double a = field[j * cols + i];           // (i, j)
                double b = field[j * cols + i + 1];       // (i + 1, j)
                double c = field[(j + 1) * cols + i + 1]; // (i + 1, j + 1)
                double d = field[(j + 1) * cols + i];     // (i, j + 1)
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int square = (a > 0 ? 1 : 0) | (b > 0 ? 2 : 0) | (c > 0 ? 4 : 0) | (d > 0 ? 8 : 0);
                if (square == 0 || square == 15) {
                    continue;
                }
                // Crossings on the four edges: top a–b, right b–c, bottom d–c, left a–d.
                float topX = i + t(a, b);
                float rightY = j + t(b, c);
                float bottomX = i + t(d, c);
                float leftY = j + t(a, d);
                switch (square) {
                    case 1: case 14:
                        segment(i, leftY, topX, j);
                        break;
                    case 2: case 13:
                        segment(topX, j, i + 1, rightY);
                        break;
                    case 3: case 12:
                        segment(i, leftY, i + 1, rightY);
                        break;
                    case 4: case 11:
                        segment(i + 1, rightY, bottomX, j + 1);
                        break;
                    case 6: case 9:
                        segment(topX, j, bottomX, j + 1);
                        break;
                    case 7: case 8:
                        segment(i, leftY, bottomX, j + 1);
                        break;
                    default: // 5 or 10: a saddle
                        boolean centre = (a + b + c + d) / 4 > 0;
                        boolean aUp = square == 5;
                        if (centre == aUp) {
                            segment(i, leftY, bottomX, j + 1);
                            segment(topX, j, i + 1, rightY);
                        } else {
                            segment(i, leftY, topX, j);
                            segment(i + 1, rightY, bottomX, j + 1);
                        }
                }
            }
        }
    }

    /** Where 0 lies between {@code from} and {@code to}, as a fraction of the way. */
    private static float t(double from, double to) {
        double t = from / (from - to);
        return (float) (Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5);
    }

    private void segment(float x0, float y0, float x1, float y1) {
        if (size + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        segments[size++] = x0;
        segments[size++] = y0;
        segments[size++] = x1;
        segments[size++] = y1;
    }

    /** The segments: x₀, y₀, x₁, y₁ each, in grid coordinates. */
    float[] segments() {
        return Arrays.copyOf(segments, size);
    }
}
