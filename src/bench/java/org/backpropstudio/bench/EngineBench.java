package org.backpropstudio.bench;

import java.util.concurrent.TimeUnit;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Training throughput of the bare engine, one operation = one iteration
 * ({@link Engine#runIteration()}: forward, loss, δ, gradients for every sample, then the update),
 * and of the hand-written XOR and two-moons loops beside it. Every measurement iteration starts again from the
 * session's initial weights, so all of them train over the same stretch.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBench {

    /** An engine at the start of a session. */
    public abstract static class Training {
        Engine engine;

        abstract Session session();

        @Setup(Level.Iteration)
        public void start() {
            engine = new Engine(session());
        }
    }

    @State(Scope.Thread)
    public static class Xor extends Training {
        private final Session session = BenchSessions.xor();

        @Override
        Session session() {
            return session;
        }
    }

    @State(Scope.Thread)
    public static class TwoMoons extends Training {
        private final Session session = BenchSessions.twoMoons();

        @Override
        Session session() {
            return session;
        }
    }

    @State(Scope.Thread)
    public static class Softmax64 extends Training {
        private final Session session = BenchSessions.softmax64();

        @Override
        Session session() {
            return session;
        }
    }

    @State(Scope.Thread)
    public static class DigitsMini extends Training {
        private final Session session = BenchSessions.digits();

        @Override
        Session session() {
            return session;
        }
    }

    @State(Scope.Thread)
    public static class DigitsFull extends Training {
        private final Session session = BenchSessions.digitsFull();

        @Override
        Session session() {
            return session;
        }
    }

    @State(Scope.Thread)
    public static class Handwritten {
        private final Session session = BenchSessions.xor();
        HandwrittenXor loop;

        @Setup(Level.Iteration)
        public void start() {
            loop = new HandwrittenXor(session);
        }
    }

    @State(Scope.Thread)
    public static class HandwrittenMoons {
        private final Session session = BenchSessions.twoMoons();
        HandwrittenTwoMoons loop;

        @Setup(Level.Iteration)
        public void start() {
            loop = new HandwrittenTwoMoons(session);
        }
    }

    /** XOR 2-2-1, full batch of 4. */
    @Benchmark
    public double xorEngine(Xor t) {
        return t.engine.runIteration();
    }

    /** Two moons 2-8-8-1, full batch of 200. */
    @Benchmark
    public double twoMoonsEngine(TwoMoons t) {
        return t.engine.runIteration();
    }

    /** 64-32-10 softmax, full batch of 500. */
    @Benchmark
    public double softmax64Engine(Softmax64 t) {
        return t.engine.runIteration();
    }

    /** The handwritten digits preset 64-32-10: one mini-batch of 32. */
    @Benchmark
    public double digitsMiniEngine(DigitsMini t) {
        return t.engine.runIteration();
    }

    /** The handwritten digits preset in full batch: all 1,437 training digits. */
    @Benchmark
    public double digitsFullEngine(DigitsFull t) {
        return t.engine.runIteration();
    }

    /** XOR 2-2-1 by the hand-written loop: the same math, specialised to that one network. */
    @Benchmark
    public double xorHandwritten(Handwritten t) {
        return t.loop.iteration();
    }

    /** Two moons 2-8-8-1 by the hand-written loop: the same math, specialised to that one network. */
    @Benchmark
    public double twoMoonsHandwritten(HandwrittenMoons t) {
        return t.loop.iteration();
    }
}
