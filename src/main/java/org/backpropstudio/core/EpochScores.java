package org.backpropstudio.core;

import java.util.Arrays;

/**
 * How the network did at the end of each epoch of a session that has a test set: the loss J and,
 * for a classifier, the accuracy on the training set and on the test set ({@link Score}), with the
 * parameters after the epoch's last update. The step machine records them as it passes epoch ends
 * and forgets those past the cursor when it goes back, so they always belong to the timeline as it
 * stands; the same timeline gives the same bits.
 *
 * <p>At most {@value #CAPACITY} epochs are kept: when that many are held, every other one is let
 * go and from then on only every second (fourth, …) epoch end is recorded ({@link #stride()}).
 *
 * <p>Not thread-safe for writing: the step machine's thread writes. A {@link View} may be read on
 * any thread: entries are only appended past every view's end, and a truncation or a thinning
 * copies the arrays first.
 */
public final class EpochScores {
    /** The most epochs held. */
    public static final int CAPACITY = 1 << 15;

    private long[] iterations = new long[16];
    private double[][] values = new double[4][16];
    private int count;
    private long stride = 1;

    /**
     * What a view holds for entry n: after {@code iteration(n)} completed iterations, J on the
     * training set, its accuracy, J on the test set, its accuracy (NaN where not a classifier).
     */
    public record View(int count, long[] iterations, double[] trainLoss, double[] trainAccuracy, double[] testLoss,
                       double[] testAccuracy) {
        /** Nothing recorded. */
        public static final View EMPTY = new View(0, new long[0], new double[0], new double[0], new double[0],
                new double[0]);

        /** The completed iterations at entry n's epoch end. */
        public long iteration(int n) {
            return iterations[n];
        }
    }

    /**
     * The entries as a history file keeps them, so that a session opened again has the scores of
     * the epochs before its saved position (they follow from the timeline, but only by replaying it):
     * the stride and, for entry n, the completed iterations and the four values of {@link View}.
     */
    public record Saved(long stride, long[] iterations, double[] trainLoss, double[] trainAccuracy,
                        double[] testLoss, double[] testAccuracy) {
        /**
         * @throws IllegalArgumentException if the stride is not a power of two, the arrays differ in
         *                                  length or hold more than {@value #CAPACITY} entries, or the
         *                                  iterations do not increase from at least 1
         */
        public Saved {
            int n = iterations.length;
            if (stride < 1 || Long.bitCount(stride) != 1) {
                throw new IllegalArgumentException(CoreWords.format("epochs.stride", String.valueOf(stride)));
            }
            if (trainLoss.length != n || trainAccuracy.length != n || testLoss.length != n
                    || testAccuracy.length != n) {
                throw new IllegalArgumentException(CoreWords.format("epochs.lengths", String.valueOf(n)));
            }
            if (n > CAPACITY) {
                throw new IllegalArgumentException(CoreWords.format("epochs.capacity", String.valueOf(n),
                        String.valueOf(CAPACITY)));
            }
            for (int i = 0; i < n; i++) {
                if (iterations[i] < 1 || i > 0 && iterations[i] <= iterations[i - 1]) {
                    throw new IllegalArgumentException(CoreWords.format("epochs.order", String.valueOf(i + 1)));
                }
            }
        }

        /** The completed iterations of the last entry, 0 if there is none. */
        public long last() {
            return iterations.length == 0 ? 0 : iterations[iterations.length - 1];
        }
    }

    /** The entries, to save them with a history. */
    public Saved saved() {
        return new Saved(stride, Arrays.copyOf(iterations, count), Arrays.copyOf(values[0], count),
                Arrays.copyOf(values[1], count), Arrays.copyOf(values[2], count), Arrays.copyOf(values[3], count));
    }

    /**
     * Takes {@code saved} as the entries (in new arrays, so that views already handed out keep
     * theirs), as if they had been recorded.
     */
    void restore(Saved saved) {
        int n = saved.iterations().length;
        int room = Math.max(16, n);
        iterations = Arrays.copyOf(saved.iterations(), room);
        values = new double[][] {Arrays.copyOf(saved.trainLoss(), room), Arrays.copyOf(saved.trainAccuracy(), room),
            Arrays.copyOf(saved.testLoss(), room), Arrays.copyOf(saved.testAccuracy(), room)};
        count = n;
        stride = saved.stride();
    }

    /** The epochs (counted by their ends) recorded: every stride-th epoch end. */
    public long stride() {
        return stride;
    }

    /** The number of entries. */
    public int size() {
        return count;
    }

    /**
     * Whether the epoch end after {@code completed} iterations, the {@code epoch}-th (from 1), is
     * one to record and is not held yet; if so, there is room for it (thinning the entries first if
     * they are full, after which only an epoch of the doubled stride is wanted).
     */
    boolean wants(long completed, long epoch) {
        if (epoch % stride != 0 || count > 0 && iterations[count - 1] >= completed) {
            return false;
        }
        if (count == CAPACITY) {
            thin();
        }
        return epoch % stride == 0;
    }

    /**
     * Records the scores after {@code completed} iterations, an epoch end that {@link #wants} said
     * it wants; entries come in increasing order.
     */
    void record(long completed, Score train, Score test) {
        if (count == iterations.length) {
            iterations = Arrays.copyOf(iterations, count * 2);
            for (int v = 0; v < values.length; v++) {
                values[v] = Arrays.copyOf(values[v], count * 2);
            }
        }
        iterations[count] = completed;
        values[0][count] = train.loss();
        values[1][count] = train.accuracy();
        values[2][count] = test.loss();
        values[3][count] = test.accuracy();
        count++;
    }

    /** Forgets the entries after {@code completed} iterations. */
    void truncate(long completed) {
        int keep = count;
        while (keep > 0 && iterations[keep - 1] > completed) {
            keep--;
        }
        if (keep < count) {
            iterations = iterations.clone();
            for (int v = 0; v < values.length; v++) {
                values[v] = values[v].clone();
            }
            count = keep;
        }
    }

    /** Keeps every other entry (those of epochs that are multiples of the doubled stride). */
    private void thin() {
        long[] keptIterations = new long[iterations.length];
        double[][] kept = new double[values.length][iterations.length];
        int n = 0;
        for (int i = 1; i < count; i += 2) {
            keptIterations[n] = iterations[i];
            for (int v = 0; v < values.length; v++) {
                kept[v][n] = values[v][i];
            }
            n++;
        }
        iterations = keptIterations;
        values = kept;
        count = n;
        stride *= 2;
    }

    /** What is recorded now, to read on any thread. */
    public View view() {
        return count == 0 ? View.EMPTY : new View(count, iterations, values[0], values[1], values[2], values[3]);
    }
}
