package org.backpropstudio.core;

/**
 * A hand edit: an event on the same timeline as the micro-steps. Applying one changes the engine's
 * parameters, locks, data or settings; the step machine then calls {@link Engine#recompute()} so
 * that what the iteration had computed so far reflects it. Stepping back over an edit reverts it.
 */
public sealed interface Edit {

    /** Applies this edit to {@code engine} (without recomputing). */
    void applyTo(Engine engine);

    /** One line for a person, e.g. {@code "W(2)[1,2] := 0.5"}. */
    String describe();

    /** W⁽ˡ⁾ⱼₖ := value (indices as in {@link Network}). */
    record SetWeight(int layer, int to, int from, double value) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.setWeight(layer, to, from, value);
        }

        @Override
        public String describe() {
            return Parameter.weight(layer, to, from).label() + " := " + value;
        }
    }

    /** b⁽ˡ⁾ⱼ := value. */
    record SetBias(int layer, int unit, double value) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.setBias(layer, unit, value);
        }

        @Override
        public String describe() {
            return Parameter.bias(layer, unit).label() + " := " + value;
        }
    }

    /** Locks or unlocks W⁽ˡ⁾ⱼₖ. */
    record LockWeight(int layer, int to, int from, boolean locked) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.setWeightLocked(layer, to, from, locked);
        }

        @Override
        public String describe() {
            String w = Parameter.weight(layer, to, from).label();
            return locked ? CoreWords.format("edit.describe.lock", w) : CoreWords.format("edit.describe.unlock", w);
        }
    }

    /** Locks or unlocks b⁽ˡ⁾ⱼ. */
    record LockBias(int layer, int unit, boolean locked) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.setBiasLocked(layer, unit, locked);
        }

        @Override
        public String describe() {
            String b = Parameter.bias(layer, unit).label();
            return locked ? CoreWords.format("edit.describe.lock", b) : CoreWords.format("edit.describe.unlock", b);
        }
    }

    /** xₛᵢ := value. */
    record SetInput(int sample, int input, double value) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            Session s = engine.session();
            engine.setSettings(s.dataset().withInput(sample, input, value), s.learningRate());
        }

        @Override
        public String describe() {
            return CoreWords.format("edit.describe.input", String.valueOf(input + 1), String.valueOf(sample + 1),
                    String.valueOf(value));
        }
    }

    /** yₛₖ := value. */
    record SetTarget(int sample, int output, double value) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            Session s = engine.session();
            engine.setSettings(s.dataset().withTarget(sample, output, value), s.learningRate());
        }

        @Override
        public String describe() {
            return CoreWords.format("edit.describe.target", String.valueOf(output + 1), String.valueOf(sample + 1),
                    String.valueOf(value));
        }
    }

    /** η := value. */
    record SetLearningRate(double value) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.setSettings(engine.session().dataset(), value);
        }

        @Override
        public String describe() {
            return CoreWords.format("edit.describe.learningRate", String.valueOf(value));
        }
    }

    /**
     * A new network, data or settings altogether (the architecture editor, a new dataset): the
     * engine takes {@code session} and starts a fresh iteration, the iteration count kept.
     */
    record Replace(Session session) implements Edit {
        @Override
        public void applyTo(Engine engine) {
            engine.load(session, engine.completedIterations());
        }

        @Override
        public String describe() {
            return CoreWords.format("edit.describe.replace", session.name());
        }
    }
}

