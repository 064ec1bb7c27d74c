package org.backpropstudio.core;

import java.util.Arrays;

/**
 * J of every completed iteration, in order: a growable array of doubles whose visible length
 * follows the cursor. Values past it are kept while they still belong to the timeline's future.
 *
 * <p>Beside the values it keeps, for drawing, the smallest and largest J of every run of
 * {@link #BLOCK}·2ᵏ consecutive iterations (level k = 0, 1, …), brought up to date lazily by
 * {@link #summarise()} and invalidated from the first value written again, so that
 * {@link LossSeries#of} reads whole buckets in O(1) each instead of scanning every J.
 */
public final class LossHistory {
    /** The iterations of one level-0 block of the summary. */
    static final int BLOCK = 64;

    private double[] values = new double[1024];
    private int size;
    /** levelMin[k][j], levelMax[k][j]: min and max of J over iterations [j·BLOCK·2ᵏ, (j + 1)·BLOCK·2ᵏ). */
    private double[][] levelMin = new double[0][];
    private double[][] levelMax = new double[0][];
    /** The summaries are valid for every block that lies entirely below this index. */
    private int summarised;

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
        if (index < summarised) {
            summarised = index - index % BLOCK;
        }
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
        long bytes = 8L * values.length;
        for (double[] level : levelMin) {
            bytes += level == null ? 0 : 16L * level.length;
        }
        return bytes;
    }

    /** Min of J over block j of level k (valid once {@link #summarise()} ran and the block lies below size). */
    double blockMin(int k, int j) {
        return levelMin[k][j];
    }

    /** Max of J over block j of level k. */
    double blockMax(int k, int j) {
        return levelMax[k][j];
    }

    /** Brings the block summaries up to the visible values; O(values recorded since the last call). */
    void summarise() {
        int complete = size - size % BLOCK;
        if (complete <= summarised) {
            return;
        }
        int levels = 0;
        while ((long) BLOCK << levels <= complete) {
            levels++;
        }
        if (levels > levelMin.length) {
            levelMin = Arrays.copyOf(levelMin, levels);
            levelMax = Arrays.copyOf(levelMax, levels);
        }
        for (int k = 0; k < levels; k++) {
            int width = BLOCK << k;
            int from = summarised / width;
            int to = complete / width;
            if (levelMin[k] == null || levelMin[k].length < to) {
                int capacity = Math.max(to, levelMin[k] == null ? 16 : levelMin[k].length * 2);
                levelMin[k] = levelMin[k] == null ? new double[capacity] : Arrays.copyOf(levelMin[k], capacity);
                levelMax[k] = levelMax[k] == null ? new double[capacity] : Arrays.copyOf(levelMax[k], capacity);
            }
            for (int j = from; j < to; j++) {
                double lo;
                double hi;
                if (k == 0) {
                    lo = Double.POSITIVE_INFINITY;
                    hi = Double.NEGATIVE_INFINITY;
                    for (int i = j * BLOCK; i < (j + 1) * BLOCK; i++) {
                        lo = Math.min(lo, values[i]);
                        hi = Math.max(hi, values[i]);
                    }
                } else {
                    lo = Math.min(levelMin[k - 1][2 * j], levelMin[k - 1][2 * j + 1]);
                    hi = Math.max(levelMax[k - 1][2 * j], levelMax[k - 1][2 * j + 1]);
                }
                levelMin[k][j] = lo;
                levelMax[k][j] = hi;
            }
        }
        summarised = complete;
    }
}
