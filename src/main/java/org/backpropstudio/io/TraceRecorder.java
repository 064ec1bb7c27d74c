package org.backpropstudio.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.NetworkState;
import org.backpropstudio.core.Session;

/**
 * Runs a session's first iterations micro-step by micro-step on an {@link Engine} and reports them
 * to a {@link Listener}: the state after every micro-step, and after every update what the
 * iteration computed ({@link TraceIteration}). The one walk behind every trace format, so each
 * format computes each iteration once; only one iteration is held in memory at a time.
 */
public final class TraceRecorder {

    /** Receives a trace as it is computed. */
    public interface Listener {
        /**
         * After each micro-step.
         *
         * @param iteration the iteration's number, counted from 1
         * @param step      the micro-step just taken
         * @param state     the engine right after it; valid during the call only
         */
        default void afterStep(int iteration, MicroStep step, NetworkState state) throws IOException {
        }

        /** After each iteration's update. */
        default void afterIteration(TraceIteration iteration) throws IOException {
        }
    }

    private TraceRecorder() {
    }

    /**
     * Runs iterations 1..{@code iterations} of {@code session} from its start.
     *
     * @return J over the whole dataset after the last iteration, J = (1/m) Σₛ Jₛ over its m samples
     * @throws IOException if the listener throws it; the walk stops there
     */
    public static double record(Session session, int iterations, Listener listener) throws IOException {
        if (iterations < 0) {
            throw new IllegalArgumentException("the number of iterations cannot be negative: " + iterations);
        }
        Engine engine = new Engine(session);
        int steps = engine.plan().length();
        for (int i = 1; i <= iterations; i++) {
            List<TraceIteration.Sample> samples = new ArrayList<>(engine.samplesPerIteration());
            for (int k = 1; k <= steps; k++) {
                MicroStep step = engine.takeStep();
                listener.afterStep(i, step, engine);
                if (step.kind() == MicroStep.Kind.GRADIENT && step.layer() == 1) {
                    samples.add(sample(engine));
                }
            }
            listener.afterIteration(new TraceIteration(i, engine.iterationLoss(), List.copyOf(samples),
                    parameters(engine, engine::weightGradient, engine::biasGradient),
                    parameters(engine, engine::weight, engine::bias)));
        }
        return engine.datasetLoss();
    }

    /** The current sample's z, a and δ of every layer. */
    private static TraceIteration.Sample sample(NetworkState s) {
        List<TraceIteration.LayerValues> layers = new ArrayList<>(s.layers());
        for (int l = 1; l <= s.layers(); l++) {
            int units = s.units(l);
            double[] z = new double[units];
            double[] a = new double[units];
            double[] delta = new double[units];
            for (int j = 0; j < units; j++) {
                z[j] = s.z(l, j);
                a[j] = s.a(l, j);
                delta[j] = s.delta(l, j);
            }
            layers.add(new TraceIteration.LayerValues(z, a, delta));
        }
        return new TraceIteration.Sample(s.currentSample(), List.copyOf(layers));
    }

    /** A value per weight W⁽ˡ⁾ⱼₖ. */
    @FunctionalInterface
    private interface PerWeight {
        double at(int l, int j, int k);
    }

    /** A value per bias b⁽ˡ⁾ⱼ. */
    @FunctionalInterface
    private interface PerBias {
        double at(int l, int j);
    }

    /** Every layer's weights and biases as {@code weight} and {@code bias} give them. */
    private static List<TraceIteration.Parameters> parameters(NetworkState s, PerWeight weight, PerBias bias) {
        List<TraceIteration.Parameters> layers = new ArrayList<>(s.layers());
        for (int l = 1; l <= s.layers(); l++) {
            double[][] w = new double[s.units(l)][s.units(l - 1)];
            double[] b = new double[s.units(l)];
            for (int j = 0; j < w.length; j++) {
                for (int k = 0; k < w[j].length; k++) {
                    w[j][k] = weight.at(l, j, k);
                }
                b[j] = bias.at(l, j);
            }
            layers.add(new TraceIteration.Parameters(w, b));
        }
        return List.copyOf(layers);
    }
}
