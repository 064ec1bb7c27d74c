package org.backpropstudio.core;

import java.util.concurrent.TimeUnit;
import org.backpropstudio.bench.BenchSessions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of a whole iteration ({@link Engine#runIteration()}) goes, phase by phase, on a
 * preset whose samples fit one chunk: the forward pass, the backward pass, the update, and the
 * activation functions alone on the same values (the calls to {@code tanh} and {@code exp} the
 * forward pass makes). Not part of {@code mvn -Pbench verify}'s suite; run it by name:
 * {@code BenchMain 'org\.backpropstudio\.core\.EnginePhasesBench.*'}.
 *
 * <p>Each phase runs again and again on the state the preset's first iteration leaves, so the
 * weights do not move: cheaper than training for the activations (their arguments stay where
 * {@code tanh} is cheapest), the same work for everything else. Nanoseconds per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EnginePhasesBench {
    /** A built-in preset whose samples fit one chunk (at most 256). */
    @Param({"xor", "two-moons"})
    public String preset;

    private StepMath m;
    private ChunkedIteration chunked;
    private int samples;
    /** The z of every layer after the forward pass, and room for f(z). */
    private double[][] z;
    private double[][] out;

    @Setup(Level.Trial)
    public void start() {
        Session session = BenchSessions.preset(preset + ".backprop.json");
        samples = session.samplesPerIteration();
        if (samples < 2 || samples > ChunkedIteration.MOST_SAMPLES) {
            throw new IllegalArgumentException(preset + ": its samples must fit one chunk");
        }
        m = new StepMath(session.network(), session.loss());
        chunked = new ChunkedIteration(m, samples);
        chunked.run(session, 0);
        z = new double[m.L + 1][];
        out = new double[m.L + 1][];
        for (int l = 1; l <= m.L; l++) {
            z[l] = chunked.zOf(l);
            out[l] = new double[z[l].length];
        }
    }

    /** z and a of every layer for every sample. */
    @Benchmark
    public double forward() {
        chunked.forwardPass(samples);
        return m.lossSum;
    }

    /** Every Jₛ, δ and gradient sum. */
    @Benchmark
    public double backward() {
        m.lossSum = 0.0;
        chunked.backwardPass(samples, true);
        return m.lossSum;
    }

    /** The update, with η so small that the weights stay (nearly) where they are. */
    @Benchmark
    public double update() {
        m.update(1e-12, samples);
        return m.iterationLoss;
    }

    /** f(z) of every unit of every layer for every sample, the activations alone. */
    @Benchmark
    public double activations() {
        for (int l = 1; l <= m.L; l++) {
            Activation f = m.f[l];
            if (f.isElementwise()) {
                f.apply(z[l], out[l], 0, z[l].length);
            }
        }
        return out[m.L][0];
    }
}
