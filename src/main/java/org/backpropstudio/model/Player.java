package org.backpropstudio.model;

import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;

/**
 * Play: training on the engine thread, one stride per tick at the chosen speed, or as many as fit
 * in a frame at full speed (whole iterations in timed runs with stride iteration). It stops where
 * a value stops being finite, saying why.
 */
final class Player {
    private static final System.Logger LOG = System.getLogger(Player.class.getName());
    /** The time between two snapshots while playing: one frame at 60 Hz. */
    private static final long FRAME_NANOS = 16_000_000L;

    /** The model's side. */
    interface Host {
        /** The machine to train; engine thread. */
        StepMachine machine();

        /** A frame was played: the timeline was {@code lengthBefore} long before it; engine thread. */
        void played(long lengthBefore);

        /** Play stopped by itself, and why (to tell the student); engine thread. */
        void stopped(String why);
    }

    private final ScheduledExecutorService engineExecutor;
    private final Host host;
    private final AtomicBoolean on = new AtomicBoolean();
    private volatile double speed = 2;
    private volatile Stride stride = Stride.MICRO_STEP;
    /** Iterations per run while playing whole iterations at full speed; engine thread only. */
    private long run = 1;

    Player(ScheduledExecutorService engineExecutor, Host host) {
        this.engineExecutor = engineExecutor;
        this.host = host;
    }

    /** Starts playing; false if it was playing already. */
    boolean start() {
        if (!on.compareAndSet(false, true)) {
            return false;
        }
        engineExecutor.execute(this::tick);
        return true;
    }

    /** Stops after the stride in progress. */
    void stop() {
        on.set(false);
    }

    /** Whether it is playing. */
    boolean isOn() {
        return on.get();
    }

    /** Strides per second; {@link StudioModel#MAX_SPEED} or above: as fast as possible. */
    void setSpeed(double stridesPerSecond) {
        speed = stridesPerSecond;
    }

    /** How far each tick goes. */
    void setStride(Stride s) {
        stride = s == null ? Stride.MICRO_STEP : s;
    }

    /** One frame of play, on the engine thread; schedules the next. */
    private void tick() {
        if (!on.get()) {
            return;
        }
        double stridesPerSecond = speed;
        StepMachine machine = host.machine();
        long before = machine.length();
        try {
            String stopped = frame(machine, stridesPerSecond, stride);
            if (stopped != null) {
                on.set(false);
                host.stopped(stopped);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "training failed", e);
            on.set(false);
            host.stopped(ModelWords.format("play.failed", e.getMessage()));
        }
        host.played(before);
        if (on.get()) {
            long delay = stridesPerSecond >= StudioModel.MAX_SPEED ? 0
                    : (long) (1e9 / Math.max(stridesPerSecond, 0.01));
            engineExecutor.schedule(this::tick, delay, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Takes one stride, or as many as fit in a frame at full speed; returns why play must stop,
     * or null to go on.
     */
    private String frame(StepMachine machine, double stridesPerSecond, Stride s) {
        long frameEnd = System.nanoTime() + FRAME_NANOS;
        if (stridesPerSecond >= StudioModel.MAX_SPEED && s == Stride.ITERATION) {
            return iterations(machine, frameEnd);
        }
        do {
            machine.stride(s);
            if (machine.isDiverged()) {
                return divergenceMessage(machine.engine().lastStep());
            }
        } while (stridesPerSecond >= StudioModel.MAX_SPEED && on.get() && System.nanoTime() < frameEnd);
        return null;
    }

    /**
     * Whole iterations until the frame ends, in runs of {@link #run} iterations
     * ({@link StepMachine#iterations} stops at divergence itself) sized so that one run takes
     * about 0.5 ms: the clock and the flag are read once per run, not once per iteration.
     */
    private String iterations(StepMachine machine, long frameEnd) {
        while (on.get()) {
            long start = System.nanoTime();
            if (start >= frameEnd) {
                break;
            }
            machine.iterations(run);
            if (machine.isDiverged()) {
                return divergenceMessage(machine.engine().lastStep());
            }
            long took = System.nanoTime() - start;
            if (took < 250_000 && run < 1 << 20) {
                run *= 2;
            } else if (took > 1_000_000 && run > 1) {
                run /= 2;
            }
        }
        return null;
    }

    /** Why training paused at {@code step}, and what to do. */
    static String divergenceMessage(MicroStep step) {
        String layer = String.valueOf(step.layer());
        String what = switch (step.kind()) {
            case LOSS -> ModelWords.get("diverged.loss");
            case UPDATE -> ModelWords.get("diverged.update");
            case GRADIENT -> ModelWords.format("diverged.gradient", layer);
            case Z -> ModelWords.format("diverged.z", layer);
            case A -> ModelWords.format("diverged.a", layer);
            case DELTA -> ModelWords.format("diverged.delta", layer);
        };
        return ModelWords.format("diverged", what);
    }
}
