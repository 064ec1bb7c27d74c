package org.backpropstudio.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.beans.value.ChangeListener;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.UiThread;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * XOR training through the observable model against the bare step machine.
 *
 * <p>Bare: {@link StepMachine#iterations(long) iterations(1)} in a loop on the benchmark thread.
 * Model: a {@link StudioModel} playing at {@link StudioModel#MAX_SPEED} with stride ITERATION, as
 * the window does: the engine on its own thread, a snapshot published once per frame and applied
 * to the properties by a separate "UI" thread (or, with {@code ui = direct}, by a direct executor
 * on the engine thread), with listeners attached to the snapshot, the counters and the loss curve,
 * and one that reads every neuron's and edge's values from each snapshot (as the diagram does).
 * The benchmark thread sleeps until each snapshot wakes it and counts the iterations it reports;
 * the count is an {@link AuxCounters} figure, so JMH reports it per second of measurement.
 *
 * <p>Both start from a fresh timeline at every measurement iteration, so both carry the same
 * growing history (losses and checkpoints) over the same number of seconds.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelBench {

    @State(Scope.Thread)
    public static class Bare {
        private final Session session = BenchSessions.xor();
        StepMachine machine;

        @Setup(Level.Iteration)
        public void start() {
            machine = new StepMachine(session);
        }
    }

    /** Iterations the playing model reported during a measurement iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Trained {
        public long iterations;

        @Setup(Level.Iteration)
        public void clear() {
            iterations = 0;
        }
    }

    @State(Scope.Thread)
    public static class Playing {
        private final Session session = BenchSessions.xor();
        private ScheduledExecutorService engineThread;
        private ExecutorService uiThread;
        StudioModel model;
        /** The completed iterations of the latest snapshot applied, written on the UI thread. */
        volatile long completed;
        /** Written by the listeners so that their work is not dead code. */
        volatile double sink;
        /** The completed iterations counted so far. */
        long counted;
        /** The benchmark thread, woken by each snapshot. */
        private volatile Thread waiter;

        /** Where the snapshots are applied: "thread", a UI thread of its own; "direct", on the engine thread. */
        @Param({"thread", "direct"})
        public String ui;

        @Setup(Level.Trial)
        public void threads() {
            engineThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "engine"));
            uiThread = Executors.newSingleThreadExecutor(r -> daemon(r, "ui"));
        }

        @Setup(Level.Iteration)
        public void play() {
            waiter = Thread.currentThread();
            UiThread onThisThread = UiThread.callingThread("direct".equals(ui) ? Runnable::run : uiThread);
            model = new StudioModel(session, engineThread, onThisThread);
            model.idle().join();
            listen();
            model.strideProperty().set(Stride.ITERATION);
            model.speedProperty().set(StudioModel.MAX_SPEED);
            completed = 0;
            counted = 0;
            model.play();
        }

        private void listen() {
            ChangeListener<Object> view = (obs, old, now) -> sink = System.identityHashCode(now);
            model.snapshotProperty().addListener((obs, old, now) -> {
                completed = now.completedIterations();
                LockSupport.unpark(waiter);
            });
            model.iterationProperty().addListener(view);
            model.positionProperty().addListener(view);
            model.lossesProperty().addListener((obs, old, now) -> sink = now.last());
            model.canStepBackProperty().addListener(view);
            // as the diagram does: per snapshot, each unit's and each weight's values read from it
            model.snapshotProperty().addListener((obs, old, now) -> {
                double sum = 0;
                for (int l = 0; l <= now.layers(); l++) {
                    for (int j = 0; j < now.units(l); j++) {
                        sum += l == 0 ? now.a(0, j) : now.z(l, j) + now.a(l, j) + now.delta(l, j) + now.bias(l, j);
                        for (int k = 0; l > 0 && k < now.units(l - 1); k++) {
                            sum += now.weight(l, j, k) + now.sampleWeightGradient(l, j, k);
                        }
                    }
                }
                sink = sum;
            });
        }

        /** Waits for the next snapshot and returns its completed iterations. */
        long nextSnapshot() {
            long before = completed;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            long now;
            while ((now = completed) == before) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the model published nothing for 5 s");
                }
                LockSupport.parkNanos(this, 50_000_000);
            }
            return now;
        }

        @TearDown(Level.Iteration)
        public void pause() {
            model.pause();
            model.idle().join();
        }

        @TearDown(Level.Trial)
        public void stop() {
            engineThread.shutdownNow();
            uiThread.shutdownNow();
        }

        private static Thread daemon(Runnable r, String name) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }
    }

    /** One XOR iteration through the bare step machine. */
    @Benchmark
    public long xorMachine(Bare b) {
        b.machine.iterations(1);
        return b.machine.position();
    }

    /** One frame of play through the model; counts the iterations its snapshot reports. */
    @Benchmark
    public void xorModelPlay(Playing p, Trained t) {
        long now = p.nextSnapshot();
        t.iterations += now - p.counted;
        p.counted = now;
    }
}
