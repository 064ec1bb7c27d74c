package org.backpropstudio.core;

import java.util.Arrays;

/**
 * J of every completed iteration, in order, in bounded memory: the visible length follows the
 * cursor, and values past it are kept while they still belong to the timeline's future.
 *
 * <p>Up to {@link #CAPACITY} iterations each J is kept as it is (8 bytes an iteration). A longer
 * run (XOR plays at close to a million iterations a second) would soon fill the heap, so past that
 * the history keeps <em>groups</em> of 2, then 4, 8, … consecutive iterations, each with its
 * smallest and largest J, in at most {@code CAPACITY / 2} groups: never more than 16 MiB however
 * long the run, and every spike still shows in the curve, which draws a bucket of many groups per
 * pixel anyway. A group that a rewind cuts in two keeps the extremes of its cut-off part until
 * those iterations are recorded again.
 *
 * <p>Beside the groups it keeps, for drawing, the smallest and largest J of every run of
 * {@link #BLOCK}·2ᵏ consecutive groups (level k = 0, 1, …), brought up to date lazily by
 * {@link #summarise()} and invalidated from the first group written again, so that
 * {@link LossSeries#of} reads whole buckets in O(1) each instead of scanning every J.
 */
public final class LossHistory {
    /** The groups of one level-0 block of the summary. */
    static final int BLOCK = 64;
    /** The iterations kept one by one before they are grouped: 2²¹, 16 MiB. */
    public static final int CAPACITY = 1 << 21;

    private final int capacity;
    /** Each group holds 2^shift consecutive iterations. */
    private int shift;
    /** The smallest and largest J of each group; the same array while a group is one iteration. */
    private double[] lo;
    private double[] hi;
    /** The visible iterations. */
    private long size;
    /** One past the last iteration recorded, visible or not. */
    private long extent;
    /** levelMin[k][j], levelMax[k][j]: min and max of J over groups [j·BLOCK·2ᵏ, (j + 1)·BLOCK·2ᵏ). */
    private double[][] levelMin = new double[0][];
    private double[][] levelMax = new double[0][];
    /** The summaries are valid for every block that lies entirely below this group. */
    private int summarised;

    /** A history that groups iterations past {@link #CAPACITY}. */
    public LossHistory() {
        this(CAPACITY);
    }

    /** A history that groups iterations past {@code capacity} (a power of two, at least 2·BLOCK); for tests. */
    LossHistory(int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity < 2 * BLOCK) {
            throw new IllegalArgumentException("the capacity must be a power of two of at least " + 2 * BLOCK);
        }
        this.capacity = capacity;
        lo = new double[Math.min(1024, capacity)];
        hi = lo;
    }

    /** The number of completed iterations whose loss is recorded. */
    public long size() {
        return size;
    }

    /** How many consecutive iterations one group holds: 1 until the history outgrows its capacity. */
    public long groupSize() {
        return 1L << shift;
    }

    /** The groups that hold the visible iterations (the last one may hold fewer than {@link #groupSize()}). */
    public int groups() {
        return (int) ((size + groupSize() - 1) >> shift);
    }

    /** The smallest J in group {@code g} (of a single iteration: its J). */
    public double groupMin(int g) {
        check(g);
        return lo[g];
    }

    /** The largest J in group {@code g} (of a single iteration: its J). */
    public double groupMax(int g) {
        check(g);
        return hi[g];
    }

    private void check(int g) {
        if (g < 0 || g >= groups()) {
            throw new IndexOutOfBoundsException("group " + g + " of " + groups());
        }
    }

    /** Records J of iteration {@code i} (counting from 0) and makes it the last visible one. */
    void record(long i, double loss) {
        if (i < 0) {
            throw new IllegalArgumentException("iteration " + i);
        }
        while ((i >> shift) >= groupLimit()) {
            coarsen();
        }
        int g = (int) (i >> shift);
        if (g >= lo.length) {
            int length = (int) Math.min(groupLimit(), Math.max(g + 1L, 2L * lo.length));
            boolean shared = hi == lo;
            lo = Arrays.copyOf(lo, length);
            hi = shared ? lo : Arrays.copyOf(hi, length);
        }
        if (shift == 0 || (i & (groupSize() - 1)) == 0) {
            lo[g] = loss;
            hi[g] = loss;
        } else {
            lo[g] = Math.min(lo[g], loss);
            hi[g] = Math.max(hi[g], loss);
        }
        size = i + 1;
        extent = Math.max(extent, size);
        if (g < summarised) {
            summarised = g - g % BLOCK;
        }
    }

    /** The most groups the arrays may hold: one array of CAPACITY, or two of half that. */
    private int groupLimit() {
        return shift == 0 ? capacity : capacity / 2;
    }

    /** Merges each pair of groups into one, doubling the iterations a group holds. */
    private void coarsen() {
        int stored = (int) ((extent + groupSize() - 1) >> shift);
        int merged = (stored + 1) / 2;
        double[] min = shift == 0 ? new double[capacity / 2] : lo;
        double[] max = shift == 0 ? new double[capacity / 2] : hi;
        for (int j = 0; j < merged; j++) {
            boolean pair = 2 * j + 1 < stored;
            double a = lo[2 * j];
            double b = hi[2 * j];
            min[j] = pair ? Math.min(a, lo[2 * j + 1]) : a;
            max[j] = pair ? Math.max(b, hi[2 * j + 1]) : b;
        }
        lo = min;
        hi = max;
        shift++;
        summarised = 0;
    }

    /** Shows the first {@code n} losses only (after stepping back). */
    void truncate(long n) {
        size = Math.min(n, size);
    }

    /**
     * Shows the first {@code n} recorded losses, more than are visible if they were recorded
     * (after jumping forward to a checkpoint of the recorded history).
     */
    void show(long n) {
        size = Math.min(n, extent);
    }

    /** Forgets the losses past the visible ones (the recorded future was replaced). */
    void dropHidden() {
        extent = size;
    }

    /** The number of iterations recorded, the hidden ones past the visible included. */
    public long recorded() {
        return extent;
    }

    /**
     * The recorded losses as they are kept, to save them: iterations 0 … {@link #recorded()} − 1
     * in groups of {@link #groupSize()}; {@code max} is null while a group is one iteration.
     */
    public Saved saved() {
        int stored = (int) ((extent + groupSize() - 1) >> shift);
        return new Saved(extent, groupSize(), Arrays.copyOf(lo, stored), shift == 0 ? null : Arrays.copyOf(hi, stored));
    }

    /**
     * Losses as {@link #saved()} gave them, nothing visible yet.
     *
     * @throws IllegalArgumentException if they do not fit together or exceed what a history keeps
     */
    static LossHistory of(Saved saved) {
        LossHistory history = new LossHistory();
        long group = saved.groupSize();
        if (group < 1 || Long.bitCount(group) != 1 || group > 1L << 40) {
            throw new IllegalArgumentException(CoreWords.format("losses.groupSize", String.valueOf(group)));
        }
        int shift = Long.numberOfTrailingZeros(group);
        long groups = (saved.iterations() + group - 1) >> shift;
        if (saved.iterations() < 0 || saved.min().length != groups || (shift == 0) != (saved.max() == null)
                || saved.max() != null && saved.max().length != groups) {
            String iterations = String.valueOf(saved.iterations());
            throw new IllegalArgumentException(shift == 0
                    ? CoreWords.format("losses.groups", iterations, String.valueOf(group), String.valueOf(groups))
                    : CoreWords.format("losses.groupsWithRange", iterations, String.valueOf(group),
                            String.valueOf(groups)));
        }
        if (groups > (shift == 0 ? CAPACITY : CAPACITY / 2)) {
            throw new IllegalArgumentException(CoreWords.format("losses.tooMany",
                    String.valueOf(shift == 0 ? CAPACITY : CAPACITY / 2), String.valueOf(groups)));
        }
        history.shift = shift;
        history.lo = Arrays.copyOf(saved.min(), Math.max((int) groups, 1024));
        history.hi = shift == 0 ? history.lo : Arrays.copyOf(saved.max(), history.lo.length);
        history.extent = saved.iterations();
        return history;
    }

    /**
     * Losses as they are saved.
     *
     * @param iterations the iterations recorded
     * @param groupSize  the iterations one group holds, a power of two
     * @param min        the smallest J of each group (of one iteration: its J)
     * @param max        the largest J of each group; null when a group is one iteration
     */
    public record Saved(long iterations, long groupSize, double[] min, double[] max) {
    }

    /** The bytes this history holds. */
    public long bytes() {
        long bytes = 8L * lo.length + (hi == lo ? 0 : 8L * hi.length);
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

    /** Brings the block summaries up to the visible groups; O(groups recorded since the last call). */
    void summarise() {
        int groups = groups();
        int complete = groups - groups % BLOCK;
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
                int length = Math.max(to, levelMin[k] == null ? 16 : levelMin[k].length * 2);
                levelMin[k] = levelMin[k] == null ? new double[length] : Arrays.copyOf(levelMin[k], length);
                levelMax[k] = levelMax[k] == null ? new double[length] : Arrays.copyOf(levelMax[k], length);
            }
            for (int j = from; j < to; j++) {
                double min;
                double max;
                if (k == 0) {
                    min = Double.POSITIVE_INFINITY;
                    max = Double.NEGATIVE_INFINITY;
                    for (int g = j * BLOCK; g < (j + 1) * BLOCK; g++) {
                        min = Math.min(min, lo[g]);
                        max = Math.max(max, hi[g]);
                    }
                } else {
                    min = Math.min(levelMin[k - 1][2 * j], levelMin[k - 1][2 * j + 1]);
                    max = Math.max(levelMax[k - 1][2 * j], levelMax[k - 1][2 * j + 1]);
                }
                levelMin[k][j] = min;
                levelMax[k][j] = max;
            }
        }
        summarised = complete;
    }
}
