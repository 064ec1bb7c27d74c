package org.backpropstudio.core;

import java.util.Arrays;

/**
 * J of every completed iteration, in order: a growable array of doubles whose visible length
 * follows the cursor. Values past it are kept while they still belong to the timeline's future.
 */
public final class LossHistory {
    private double[] values = new double[1024];
    private int size;

    /** The number of completed iterations whose loss is recorded. */
    public int size() {
        return size;
    }

    /** J of iteration {@code i} (counting from 0). */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("iteration " + i + " of " + size);
        }
        return values[i];
    }

    /** Records J of iteration {@code i} (counting from 0) and makes it the last visible one. */
    void record(long i, double loss) {
        int index = Math.toIntExact(i);
        if (index >= values.length) {
            values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
        }
        values[index] = loss;
        size = index + 1;
    }

    /** Shows the first {@code n} losses only (after stepping back). */
    void truncate(long n) {
        size = (int) Math.min(n, size);
    }

    /** A copy of the visible losses. */
    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Copies losses [from, from + length) into {@code into}. */
    public void copy(int from, double[] into, int length) {
        System.arraycopy(values, from, into, 0, length);
    }

    /** The bytes this history holds. */
    public long bytes() {
        return 8L * values.length;
    }
}
