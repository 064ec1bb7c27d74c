package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The block summaries give the same buckets as scanning every loss, through growth, truncation and
 * rewrites; past its capacity the history groups iterations and still gives every bucket's exact
 * extremes, in bounded memory.
 */
class LossSeriesMatchesBruteForceTest {
    /** A history and, beside it, J of every visible iteration as recorded: what the history must summarise. */
    private static final class Truth {
        final LossHistory history;
        double[] values = new double[1024];
        int size;

        Truth(LossHistory history) {
            this.history = history;
        }

        /** Records J of the next iteration in both. */
        void record(double v) {
            if (size >= values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            history.record(size, v);
            values[size++] = v;
        }

        /** A rewind to {@code n} iterations in both. */
        void truncate(int n) {
            history.truncate(n);
            size = n;
        }

        LossSeries scanned(long perBucket) {
            int buckets = (int) ((size + perBucket - 1) / perBucket);
            double[] min = new double[buckets];
            double[] max = new double[buckets];
            for (int b = 0; b < buckets; b++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (long i = b * perBucket; i < Math.min(size, (b + 1) * perBucket); i++) {
                    lo = Math.min(lo, values[(int) i]);
                    hi = Math.max(hi, values[(int) i]);
                }
                min[b] = lo;
                max[b] = hi;
            }
            return new LossSeries(size, perBucket, min, max);
        }
    }

    /** J of iteration i on timeline {@code version}: the same again when the same iteration is replayed. */
    private static double loss(int version, int i) {
        Random r = new Random(31L * version + i);
        return r.nextInt(20) == 0 ? Double.NaN : r.nextGaussian();
    }

    private static void assertMatches(Truth truth, int maxBuckets) {
        LossHistory history = truth.history;
        LossSeries series = LossSeries.of(history, maxBuckets);
        assertThat(series.count()).isEqualTo(truth.size);
        if (truth.size == 0) {
            return;
        }
        assertThat(series.buckets()).isLessThanOrEqualTo(maxBuckets);
        assertThat(Long.bitCount(series.perBucket())).isEqualTo(1);
        assertThat(series.perBucket()).isGreaterThanOrEqualTo(history.groupSize());
        LossSeries expected = truth.scanned(series.perBucket());
        assertThat(series.min()).containsExactly(expected.min());
        assertThat(series.max()).containsExactly(expected.max());
    }

    @Test
    void the_series_equals_a_full_scan() {
        Random random = new Random(0xFF);
        for (int trial = 0; trial < 300; trial++) {
            Truth truth = new Truth(new LossHistory());
            int maxBuckets = 1 + random.nextInt(random.nextBoolean() ? 8 : 300);
            for (int step = 0; step < 60; step++) {
                int grow = random.nextInt(random.nextBoolean() ? 50 : 5000);
                for (int i = 0; i < grow; i++) {
                    truth.record(random.nextInt(20) == 0 ? Double.NaN : random.nextGaussian());
                }
                if (random.nextInt(4) == 0) {
                    truth.truncate(random.nextInt(truth.size + 1));
                }
                assertThat(truth.history.groupSize()).isEqualTo(1);
                assertMatches(truth, maxBuckets);
            }
        }
    }

    @Test
    void past_its_capacity_the_history_groups_iterations_and_still_gives_exact_buckets() {
        Random random = new Random(0xC0A5);
        for (int trial = 0; trial < 200; trial++) {
            int capacity = 128 << random.nextInt(4);
            LossHistory history = new LossHistory(capacity);
            Truth truth = new Truth(history);
            int maxBuckets = 1 + random.nextInt(random.nextBoolean() ? 8 : 100);
            for (int step = 0; step < 40; step++) {
                int grow = random.nextInt(random.nextBoolean() ? 50 : 3000);
                for (int i = 0; i < grow; i++) {
                    truth.record(loss(0, truth.size));
                }
                if (random.nextInt(4) == 0) {
                    // A rewind to the start of a group (one cut inside a group keeps the extremes
                    // of its cut-off part: see the next test), then the same iterations replayed.
                    truth.truncate((int) (random.nextInt(truth.size + 1) / history.groupSize() * history.groupSize()));
                }
                assertMatches(truth, maxBuckets);
                assertThat(history.groups()).isLessThanOrEqualTo(capacity);
                // the groups, and the summaries: at most twice a level-0 entry per block, at least 16 a level
                assertThat(history.bytes())
                        .isLessThanOrEqualTo(8L * capacity + 16L * (2 * capacity / LossHistory.BLOCK + 16 * 8));
            }
        }
    }

    @Test
    void a_future_rewritten_after_a_rewind_is_never_missed_by_the_curve() {
        Random random = new Random(0xD1FF);
        for (int trial = 0; trial < 100; trial++) {
            int capacity = 128 << random.nextInt(3);
            Truth truth = new Truth(new LossHistory(capacity));
            int version = 0;
            for (int step = 0; step < 30; step++) {
                int grow = random.nextInt(2000);
                for (int i = 0; i < grow; i++) {
                    truth.record(loss(version, truth.size));
                }
                if (random.nextInt(3) == 0) {
                    // A rewind and an edit: what follows differs from what was recorded before.
                    truth.truncate(random.nextInt(truth.size + 1));
                    version++;
                }
                LossSeries series = LossSeries.of(truth.history, 50);
                LossSeries exact = truth.scanned(series.perBucket());
                assertThat(series.count()).isEqualTo(truth.size);
                for (int b = 0; b < series.buckets(); b++) {
                    double lo = series.min()[b];
                    double hi = series.max()[b];
                    if (Double.isNaN(exact.min()[b])) {
                        assertThat(lo).isNaN();
                        continue;
                    }
                    assertThat(Double.isNaN(lo) || lo <= exact.min()[b]).as("bucket %d's min", b).isTrue();
                    assertThat(Double.isNaN(hi) || hi >= exact.max()[b]).as("bucket %d's max", b).isTrue();
                }
            }
        }
    }

    @Test
    void a_run_far_longer_than_the_capacity_stays_within_it() {
        LossHistory history = new LossHistory(1024);
        long n = 40L * 1024 * 1024;
        for (long i = 0; i < n; i++) {
            history.record(i, 1.0 / (1 + i));
        }
        assertThat(history.size()).isEqualTo(n);
        assertThat(history.groups()).isLessThanOrEqualTo(512);
        assertThat(history.groupSize()).as("the fewest iterations a group needs to hold 40 Mi in 512 groups")
                .isEqualTo(1L << 17);
        assertThat(history.bytes()).isLessThan(8L * 1024 + 2048);
        LossSeries series = LossSeries.of(history, 100);
        assertThat(series.max()[0]).isEqualTo(1.0);
        assertThat(series.min()[series.buckets() - 1]).isEqualTo(1.0 / n);
    }
}
