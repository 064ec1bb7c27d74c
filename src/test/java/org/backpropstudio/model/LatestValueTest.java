package org.backpropstudio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The latest-value hand-off: the newest value reaches the consumer, never an older one after it,
 * one drain at a time.
 */
class LatestValueTest {

    @Test
    void of_the_values_offered_before_the_consumer_runs_only_the_newest_arrives() {
        QueuedExecutor executor = new QueuedExecutor();
        List<Integer> got = new ArrayList<>();
        LatestValue<Integer> latest = new LatestValue<>(executor, got::add);
        latest.offer(1);
        latest.offer(2);
        latest.offer(3);
        assertThat(executor.jobs()).as("one drain scheduled for three offers").hasSize(1);
        assertThat(latest.isIdle()).isFalse();
        executor.runAll();
        assertThat(got).containsExactly(3);
        assertThat(latest.isIdle()).isTrue();
    }

    @Test
    void a_value_offered_while_the_consumer_runs_gets_a_drain_of_its_own_after_it() {
        QueuedExecutor executor = new QueuedExecutor();
        List<Integer> got = new ArrayList<>();
        LatestValue<Integer>[] latest = new LatestValue[1];
        latest[0] = new LatestValue<>(executor, v -> {
            got.add(v);
            if (v == 1) {
                latest[0].offer(2);
                latest[0].offer(3);
                assertThat(executor.jobs()).as("no second drain while the first runs").isEmpty();
            }
        });
        latest[0].offer(1);
        executor.jobs().remove().run();
        assertThat(executor.jobs()).as("the next drain, scheduled when the first ended").hasSize(1);
        executor.runAll();
        assertThat(got).containsExactly(1, 3);
    }

    @Test
    void a_cleared_value_never_arrives() {
        QueuedExecutor executor = new QueuedExecutor();
        List<Integer> got = new ArrayList<>();
        LatestValue<Integer> latest = new LatestValue<>(executor, got::add);
        latest.offer(1);
        latest.clear();
        executor.runAll();
        assertThat(got).isEmpty();
        assertThat(latest.isIdle()).isTrue();
        latest.offer(2);
        executor.runAll();
        assertThat(got).containsExactly(2);
    }

    @Test
    void on_a_pool_of_threads_values_arrive_newest_last_one_at_a_time_and_the_last_one_always() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ExecutorService producers = Executors.newFixedThreadPool(2);
        try {
            int offers = 200_000;
            List<Integer> got = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            CountDownLatch last = new CountDownLatch(1);
            LatestValue<Integer> latest = new LatestValue<>(pool, v -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                got.add(v);
                running.decrementAndGet();
                if (v == offers) {
                    last.countDown();
                }
            });
            producers.submit(() -> {
                for (int i = 1; i <= offers; i++) {
                    latest.offer(i);
                }
            });
            assertThat(last.await(10, TimeUnit.SECONDS)).as("the last value offered arrived").isTrue();
            assertThat(mostAtOnce.get()).as("consumers running at once").isEqualTo(1);
            synchronized (got) {
                for (int i = 1; i < got.size(); i++) {
                    assertThat(got.get(i)).as("value %d after %d", got.get(i), got.get(i - 1))
                            .isGreaterThan(got.get(i - 1));
                }
            }
        } finally {
            pool.shutdownNow();
            producers.shutdownNow();
        }
    }
}
