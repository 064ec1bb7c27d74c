package org.backpropstudio.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.StepMachine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time of a rewind ({@link StepMachine#seek}) on a timeline of 1,000,000 XOR iterations
 * (37,000,000 micro-steps) to a random earlier micro-step, every one timed ({@link Mode#SampleTime}).
 *
 * <p>A rewind to p restores the last checkpoint at or before p and replays from it; what it costs
 * depends on p alone, not on where the cursor was, as long as the cursor was after p (and not
 * exactly one step after, which takes a shortcut). Going back to the end after each rewind would
 * replay up to a million iterations, so instead every measurement iteration starts at the end and
 * seeks through seeded random targets drawn uniformly from the whole timeline and sorted from the
 * last to the first: each is a rewind from a later position to an arbitrary earlier micro-step.
 * The number of targets is 1.5 times the number of rewinds the previous iteration made, so that an
 * iteration's targets reach about two thirds of the way back; if they run out, the next targets
 * are drawn uniformly below the cursor.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class RewindBench {
    static final long ITERATIONS = 1_000_000;

    private StepMachine machine;
    private long end;
    private final Random random = new Random(BenchSessions.SEED);
    private long[] targets;
    private int next;
    /** How many targets the next iteration draws. */
    private int count = 2_000;
    /** The rewinds made in this iteration. */
    private int rewinds;

    @Setup(Level.Trial)
    public void train() {
        machine = new StepMachine(BenchSessions.xor());
        machine.iterations(ITERATIONS);
        end = machine.position();
    }

    @Setup(Level.Iteration)
    public void targets() {
        if (targets != null) {
            count = Math.max(200, rewinds + rewinds / 2);
        }
        rewinds = 0;
        if (machine.position() != end) {
            machine.seek(end);
        }
        targets = new long[count];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = (long) (random.nextDouble() * end);
        }
        Arrays.sort(targets);
        next = targets.length - 1;
    }

    /** One rewind to the next (earlier) target. */
    @Benchmark
    public long rewind() {
        rewinds++;
        long p = next >= 0 ? targets[next--] : (long) (random.nextDouble() * machine.position());
        machine.seek(p);
        return machine.engine().step();
    }
}
