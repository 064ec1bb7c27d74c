package org.backpropstudio.bench;

import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one published frame costs the engine thread after 1,000,000 and 10,000,000 XOR iterations
 * (about 0.5 s and 5 s of play at full speed): {@link Snapshot#of} with the model's 2048 loss
 * buckets. While playing, the model makes one every 16 ms, so this time is taken from training
 * once per frame.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class SnapshotBench {
    /** The loss buckets per snapshot, as {@code StudioModel.LOSS_BUCKETS}. */
    static final int LOSS_BUCKETS = 2048;

    /** The XOR iterations trained before the snapshots are taken. */
    @Param({"1000000", "10000000"})
    public long iterations;

    private StepMachine machine;

    @Setup(Level.Trial)
    public void train() {
        machine = new StepMachine(BenchSessions.xor());
        machine.iterations(iterations);
    }

    /** One snapshot of the machine after {@link #iterations} iterations. */
    @Benchmark
    public Snapshot snapshot() {
        return Snapshot.of(machine, LOSS_BUCKETS);
    }
}
