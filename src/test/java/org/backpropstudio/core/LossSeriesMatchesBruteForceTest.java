package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block summaries give the same buckets as scanning every loss, through growth, truncation and rewrites. */
class LossSeriesMatchesBruteForceTest {
    private static LossSeries scanned(LossHistory h, int perBucket) {
        int count = h.size();
        int buckets = (count + perBucket - 1) / perBucket;
        double[] min = new double[buckets];
        double[] max = new double[buckets];
        for (int b = 0; b < buckets; b++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = b * perBucket; i < Math.min(count, (b + 1) * perBucket); i++) {
                lo = Math.min(lo, h.get(i));
                hi = Math.max(hi, h.get(i));
            }
            min[b] = lo;
            max[b] = hi;
        }
        return new LossSeries(count, perBucket, min, max);
    }

    @Test
    void the_series_equals_a_full_scan() {
        Random random = new Random(0xFF);
        for (int trial = 0; trial < 300; trial++) {
            LossHistory history = new LossHistory();
            int n = 0;
            int maxBuckets = 1 + random.nextInt(random.nextBoolean() ? 8 : 300);
            for (int step = 0; step < 60; step++) {
                int grow = random.nextInt(random.nextBoolean() ? 50 : 5000);
                for (int i = 0; i < grow; i++) {
                    history.record(n++, random.nextInt(20) == 0 ? Double.NaN : random.nextGaussian());
                }
                if (random.nextInt(4) == 0) {
                    n = random.nextInt(n + 1);
                    history.truncate(n);
                }
                LossSeries series = LossSeries.of(history, maxBuckets);
                assertThat(series.buckets()).isLessThanOrEqualTo(maxBuckets);
                assertThat(Integer.bitCount(series.perBucket())).isEqualTo(1);
                LossSeries expected = scanned(history, series.perBucket());
                assertThat(series.count()).isEqualTo(expected.count());
                assertThat(series.min()).containsExactly(expected.min());
                assertThat(series.max()).containsExactly(expected.max());
            }
        }
    }
}
