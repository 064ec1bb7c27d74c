package org.backpropstudio.core;

/**
 * The seeded order in which a mini-batch epoch takes the samples: a permutation of 0..m−1 that
 * depends on the shuffle seed, m and the epoch alone, the same on every machine, and simple enough
 * to write again in a few lines of another language (an exported program does).
 *
 * <p>The random numbers are SplitMix64 (Steele, Lea and Flood, 2014) started at
 * state = seed + epoch · 0x9E3779B97F4A7C15 (64-bit wrap-around): each draw adds 0x9E3779B97F4A7C15
 * to the state and mixes it,
 * <pre>
 *   x = state;  x = (x ^ (x >>> 30)) · 0xBF58476D1CE4E5B9;  x = (x ^ (x >>> 27)) · 0x94D049BB133111EB;
 *   x = x ^ (x >>> 31)
 * </pre>
 * The order is the Fisher–Yates shuffle of 0, 1, …, m−1: for i = m−1 down to 1, swap entries i and
 * j = (draw, read as unsigned) mod (i + 1).
 *
 * <p>Thread-safe: each thread keeps the last order it made, as iterations of one epoch ask for the
 * same order again and again.
 */
public final class Shuffle {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final ThreadLocal<Shuffle> LAST = new ThreadLocal<>();

    private final long seed;
    private final long epoch;
    private final int[] order;

    private Shuffle(long seed, long epoch, int m) {
        this.seed = seed;
        this.epoch = epoch;
        this.order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        long state = seed + epoch * GOLDEN;
        for (int i = m - 1; i >= 1; i--) {
            state += GOLDEN;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** SplitMix64's output function. */
    private static long mix(long state) {
        long x = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /** The sample at place {@code place} (0..m−1) of epoch {@code epoch}'s order of m samples. */
    public static int sampleAt(long seed, long epoch, int m, int place) {
        Shuffle last = LAST.get();
        if (last == null || last.seed != seed || last.epoch != epoch || last.order.length != m) {
            last = new Shuffle(seed, epoch, m);
            LAST.set(last);
        }
        return last.order[place];
    }

    /** Epoch {@code epoch}'s whole order of m samples, a new array. */
    public static int[] order(long seed, long epoch, int m) {
        return new Shuffle(seed, epoch, m).order.clone();
    }
}
