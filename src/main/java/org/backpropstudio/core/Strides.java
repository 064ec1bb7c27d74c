package org.backpropstudio.core;

/**
 * The strides of a step machine, made of its micro-steps: a layer (z then a), a phase, an
 * iteration (whole iterations at once where the timeline allows, the same bits), an epoch. Each
 * stops right after a micro-step whose value is not a finite number, so that training pauses
 * where it happened.
 */
final class Strides {
    private Strides() {
    }

    /** Moves {@code machine} forward by one {@code stride} (recorded edits passed over are applied again). */
    static void stride(StepMachine machine, Stride stride) {
        Engine engine = machine.engine();
        switch (stride) {
            case MICRO_STEP:
                machine.stepForward();
                break;
            case LAYER: {
                MicroStep ms = nextMicroStep(machine);
                if (ms.kind() == MicroStep.Kind.Z && !machine.isDiverged()) {
                    nextMicroStep(machine);
                }
                break;
            }
            case PHASE: {
                MicroStep ms = nextMicroStep(machine);
                while (engine.step() < engine.plan().length() && !machine.isDiverged()) {
                    MicroStep coming = engine.plan().at(engine.step() + 1);
                    if (coming.phase() != ms.phase() || coming.slot() != ms.slot() || ms.phase() == Phase.UPDATE) {
                        break;
                    }
                    nextMicroStep(machine);
                }
                break;
            }
            case ITERATION:
                iterations(machine, 1);
                break;
            default:
                epoch(machine);
        }
    }

    /**
     * Completes {@code n} iterations: the one in progress counts as the first if it has begun.
     * Stops early, right after the micro-step, if a value stops being finite.
     */
    static void iterations(StepMachine machine, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of iterations must be at least 1");
        }
        Engine engine = machine.engine();
        long target = engine.completedIterations() + n;
        if (engine.step() > 0 && engine.step() < engine.plan().length()) {
            target = engine.iteration() + n;
        }
        boolean first = true;
        while (engine.completedIterations() < target && (first || !machine.isDiverged())) {
            first = false;
            if (machine.runWholeIterationIfPossible()) {
                if (!engine.isLastStepFinite()) {
                    findDivergence(machine);
                }
            } else {
                machine.stepForward();
            }
        }
    }

    /** Completes the current epoch (its last iteration's update included), or stops at divergence. */
    static void epoch(StepMachine machine) {
        Engine engine = machine.engine();
        do {
            iterations(machine, 1);
        } while (engine.completedIterations() % engine.session().iterationsPerEpoch() != 0 && !machine.isDiverged());
    }

    /**
     * After a whole iteration ended with a value that is not finite: goes back to its start and
     * steps micro-step by micro-step to the first one that produced such a value.
     */
    private static void findDivergence(StepMachine machine) {
        long end = machine.position();
        machine.seek(end - machine.engine().plan().length());
        while (machine.position() < end) {
            machine.stepForward();
            if (machine.isDiverged()) {
                return;
            }
        }
    }

    /** Takes micro-steps until one is taken (recorded edits on the way are applied again). */
    private static MicroStep nextMicroStep(StepMachine machine) {
        MicroStep ms;
        do {
            ms = machine.stepForward();
        } while (ms == null);
        return ms;
    }
}
