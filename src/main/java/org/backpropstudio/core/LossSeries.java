package org.backpropstudio.core;

/**
 * The loss history cut down for drawing: at most a fixed number of buckets of consecutive
 * iterations, each with its smallest and largest J, so that a curve of a million points draws as
 * a few thousand segments and still shows every spike.
 *
 * @param count     the number of iterations summarised
 * @param perBucket how many iterations one bucket covers (a power of two)
 * @param min       the smallest J in each bucket
 * @param max       the largest J in each bucket
 */
public record LossSeries(int count, int perBucket, double[] min, double[] max) {
    /** No iterations yet. */
    public static final LossSeries EMPTY = new LossSeries(0, 1, new double[0], new double[0]);

    /**
     * Summarises {@code history} into at most {@code maxBuckets} buckets of the smallest power of
     * two iterations that is enough. Reads the history's block summaries, so that it costs
     * O(maxBuckets) however long the history is (plus the iterations recorded since the last call).
     */
    public static LossSeries of(LossHistory history, int maxBuckets) {
        int count = history.size();
        if (count == 0) {
            return EMPTY;
        }
        int perBucket = 1;
        while ((long) perBucket * maxBuckets < count) {
            perBucket <<= 1;
        }
        int buckets = (int) (((long) count + perBucket - 1) / perBucket);
        double[] min = new double[buckets];
        double[] max = new double[buckets];
        if (perBucket < LossHistory.BLOCK) {
            for (int bucket = 0; bucket < buckets; bucket++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                int end = Math.min(count, (bucket + 1) * perBucket);
                for (int i = bucket * perBucket; i < end; i++) {
                    double v = history.get(i);
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                min[bucket] = lo;
                max[bucket] = hi;
            }
            return new LossSeries(count, perBucket, min, max);
        }
        history.summarise();
        int level = Integer.numberOfTrailingZeros(perBucket / LossHistory.BLOCK);
        int full = count / perBucket;
        for (int bucket = 0; bucket < full; bucket++) {
            min[bucket] = history.blockMin(level, bucket);
            max[bucket] = history.blockMax(level, bucket);
        }
        if (full < buckets) {
            // The last, partial bucket: the largest whole blocks that fit, then single values.
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int i = full * perBucket;
            for (int k = level - 1; k >= 0; k--) {
                int width = LossHistory.BLOCK << k;
                if (i + width <= count) {
                    lo = Math.min(lo, history.blockMin(k, i / width));
                    hi = Math.max(hi, history.blockMax(k, i / width));
                    i += width;
                }
            }
            for (; i < count; i++) {
                double v = history.get(i);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[full] = lo;
            max[full] = hi;
        }
        return new LossSeries(count, perBucket, min, max);
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
