package org.backpropstudio.model;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A hand-off of the latest value only, from any thread to a consumer on its own executor: a
 * snapshot from the engine thread to the FX thread, a job from the FX thread to a worker. A value
 * offered replaces the one waiting, so however fast values come, the consumer gets the newest and
 * never an older one after it; values it had no time for are dropped.
 *
 * <p>One drain is scheduled at a time: an offer schedules one on the executor unless one is
 * scheduled or running; a drain hands over the value waiting and, if a newer one came meanwhile,
 * schedules the next. So the consumer runs one value at a time even on a pool of threads, and a
 * drain on the FX thread lets other events run between two values.
 *
 * @param <T> what is handed over; null is not a value
 */
public final class LatestValue<T> {
    private final Executor executor;
    private final Consumer<? super T> consumer;
    private final AtomicReference<T> waiting = new AtomicReference<>();
    /** True from scheduling a drain until that drain has ended. */
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Hands values to {@code consumer}, run on {@code executor}. */
    public LatestValue(Executor executor, Consumer<? super T> consumer) {
        this.executor = Objects.requireNonNull(executor);
        this.consumer = Objects.requireNonNull(consumer);
    }

    /** Offers {@code value} in place of any value still waiting, and schedules a drain if none is. */
    public void offer(T value) {
        waiting.set(Objects.requireNonNull(value));
        schedule();
    }

    /** Drops the value waiting, if any: the consumer will not get it. */
    public void clear() {
        waiting.set(null);
    }

    /** Whether no value waits and no drain is scheduled or running. */
    public boolean isIdle() {
        return !draining.get() && waiting.get() == null;
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false);
                throw e;
            }
        }
    }

    /** On the executor: hands the value waiting to the consumer, then schedules again if a newer one came. */
    private void drain() {
        try {
            T value = waiting.getAndSet(null);
            if (value != null) {
                consumer.accept(value);
            }
        } finally {
            draining.set(false);
            if (waiting.get() != null) {
                schedule();
            }
        }
    }
}
