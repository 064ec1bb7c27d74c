package org.backpropstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import org.backpropstudio.core.StepMachine;

/**
 * The memory the history of a long XOR timeline holds, two ways: the step machine's own account
 * ({@link StepMachine#historyBytes()}: checkpoints, losses, recorded events) and the heap it
 * really grows by (used heap after full collections, before and after training, the machine
 * reachable throughout).
 */
final class HistoryMemory {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** The figures for one timeline. */
    record Measured(long iterations, long historyBytes, long heapBytes, int checkpoints) {
    }

    private HistoryMemory() {
    }

    static Measured of(long iterations) {
        StepMachine machine = new StepMachine(BenchSessions.xor());
        long before = usedAfterGc();
        machine.iterations(iterations);
        long after = usedAfterGc();
        Measured m = new Measured(iterations, machine.historyBytes(), after - before, machine.checkpointCount());
        Reference.reachabilityFence(machine);
        return m;
    }

    /** The smallest used heap seen over a few full collections. */
    private static long usedAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            least = Math.min(least, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
