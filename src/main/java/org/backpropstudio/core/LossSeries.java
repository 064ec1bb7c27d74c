package org.backpropstudio.core;

/**
 * The loss history cut down for drawing: at most a fixed number of buckets of consecutive
 * iterations, each with its smallest and largest J, so that a curve of a million points draws as
 * a few thousand segments and still shows every spike.
 *
 * @param count     the number of iterations summarised
 * @param perBucket how many iterations one bucket covers (a power of two, at least the history's
 *                  {@link LossHistory#groupSize() group})
 * @param min       the smallest J in each bucket
 * @param max       the largest J in each bucket
 */
public record LossSeries(long count, long perBucket, double[] min, double[] max) {
    /** No iterations yet. */
    public static final LossSeries EMPTY = new LossSeries(0, 1, new double[0], new double[0]);

    /**
     * Summarises {@code history} into at most {@code maxBuckets} buckets of the smallest power of
     * two iterations that is enough (and no fewer than a group of the history). Reads the history's
     * block summaries, so that it costs O(maxBuckets) however long the history is (plus the
     * iterations recorded since the last call).
     */
    public static LossSeries of(LossHistory history, int maxBuckets) {
        long count = history.size();
        if (count == 0) {
            return EMPTY;
        }
        long perBucket = history.groupSize();
        long needed = (count + maxBuckets - 1) / maxBuckets;
        while (perBucket < needed) {
            perBucket <<= 1;
        }
        int groups = history.groups();
        int groupsPerBucket = (int) (perBucket / history.groupSize());
        int buckets = (groups + groupsPerBucket - 1) / groupsPerBucket;
        double[] min = new double[buckets];
        double[] max = new double[buckets];
        if (groupsPerBucket < LossHistory.BLOCK) {
            for (int bucket = 0; bucket < buckets; bucket++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                int end = Math.min(groups, (bucket + 1) * groupsPerBucket);
                for (int g = bucket * groupsPerBucket; g < end; g++) {
                    lo = Math.min(lo, history.groupMin(g));
                    hi = Math.max(hi, history.groupMax(g));
                }
                min[bucket] = lo;
                max[bucket] = hi;
            }
            return new LossSeries(count, perBucket, min, max);
        }
        history.summarise();
        int level = Integer.numberOfTrailingZeros(groupsPerBucket / LossHistory.BLOCK);
        int full = groups / groupsPerBucket;
        for (int bucket = 0; bucket < full; bucket++) {
            min[bucket] = history.blockMin(level, bucket);
            max[bucket] = history.blockMax(level, bucket);
        }
        if (full < buckets) {
            // The last, partial bucket: the largest whole blocks that fit, then single groups.
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int g = full * groupsPerBucket;
            for (int k = level - 1; k >= 0; k--) {
                int width = LossHistory.BLOCK << k;
                if (g + width <= groups) {
                    lo = Math.min(lo, history.blockMin(k, g / width));
                    hi = Math.max(hi, history.blockMax(k, g / width));
                    g += width;
                }
            }
            for (; g < groups; g++) {
                lo = Math.min(lo, history.groupMin(g));
                hi = Math.max(hi, history.groupMax(g));
            }
            min[full] = lo;
            max[full] = hi;
        }
        return new LossSeries(count, perBucket, min, max);
    }

    /**
     * The whole history at the finest resolution it keeps: J of every iteration while it holds
     * them one by one ({@link #perBucket()} = 1), else the extremes of each of its groups.
     */
    public static LossSeries full(LossHistory history) {
        return of(history, Integer.MAX_VALUE);
    }

    /** The number of buckets. */
    public int buckets() {
        return min.length;
    }

    /** J of the last iteration summarised (the last bucket's value when it covers one iteration). */
    public double last() {
        return min.length == 0 ? Double.NaN : max[min.length - 1];
    }
}
