package org.backpropstudio.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.backpropstudio.core.HistoryException;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.model.HistoryOutcome.Restored;

/**
 * Resumes a saved history on the engine thread, in slices between the other commands: the first
 * slice may take a moment (a history with checkpoints is done by then, and the window never shows
 * the saved state alone); after it, the saved state is shown alone and can be worked with, the
 * progress shows, and the replay goes on until it is done, cancelled, or the session changes.
 * Engine thread only.
 */
final class HistoryOpening {
    /** How long the first slice may take before the saved state is shown alone. */
    static final long FIRST_SLICE_NANOS = 400_000_000L;
    /** How long each later slice runs before the engine thread takes other commands. */
    private static final long SLICE_NANOS = 40_000_000L;

    /** The model's side: its machine, and showing a new one. */
    interface Host {
        /** The machine the commands work on now. */
        StepMachine machine();

        /** Makes {@code machine} the one the commands work on, and shows it. */
        void install(StepMachine machine);
    }

    private final Host host;
    private final Executor engineExecutor;
    private final LongWork longWork;
    /** Told each history restored whole, before it is shown. */
    private final Consumer<StepMachine> restored;
    /** The resume in progress, null when none. */
    private HistoryResume resuming;

    HistoryOpening(Host host, Executor engineExecutor, LongWork longWork, Consumer<StepMachine> restored) {
        this.host = host;
        this.engineExecutor = engineExecutor;
        this.longWork = longWork;
        this.restored = restored;
    }

    /** Whether a history is being resumed. */
    boolean isResuming() {
        return resuming != null;
    }

    /** The history being resumed, as it was saved, while the session has not changed; else null. */
    HistoryResume unchanged() {
        return resuming != null && host.machine().length() == 0 ? resuming : null;
    }

    /** Forgets a resume in progress (another session is opened); its next slice ends it. */
    void forget() {
        resuming = null;
    }

    /** Resumes {@code resume}, with {@code alone} (the saved state, no history) to show meanwhile. */
    void start(HistoryResume resume, StepMachine alone, CompletableFuture<HistoryOutcome> done) {
        longWork.begin();
        resuming = resume;
        slice(resume, alone, System.nanoTime(), true, done);
    }

    private void slice(HistoryResume resume, StepMachine alone, long start, boolean first,
                       CompletableFuture<HistoryOutcome> done) {
        Restored stop = resuming != resume ? Restored.REPLACED
                : host.machine() == alone && alone.length() > 0 ? Restored.CHANGED
                : longWork.isCancelled() ? Restored.CANCELLED : null;
        if (stop != null) {
            end(resume, stop == Restored.REPLACED ? null : alone, HistoryOutcome.of(stop), done);
            return;
        }
        try {
            long deadline = System.nanoTime() + (first ? FIRST_SLICE_NANOS : SLICE_NANOS);
            // the progress bar shows once the saved state is shown alone, after the first slice
            long showAfter = first ? Long.MAX_VALUE : 0;
            if (resume.advance(
                    longWork.progress(Work.Kind.RESTORING_HISTORY, start, showAfter, deadline, resume::fraction))) {
                restored.accept(resume.machine());
                end(resume, resume.machine(), HistoryOutcome.of(Restored.RESTORED), done);
                return;
            }
        } catch (HistoryException e) {
            end(resume, first ? alone : null, new HistoryOutcome(Restored.DROPPED, e.getMessage()), done);
            return;
        }
        if (first) {
            host.install(alone);
        }
        engineExecutor.execute(() -> slice(resume, alone, start, false, done));
    }

    /** Ends a resume: {@code result} (if not null) becomes the machine, the progress bar goes. */
    private void end(HistoryResume resume, StepMachine result, HistoryOutcome outcome,
                     CompletableFuture<HistoryOutcome> done) {
        if (resuming == resume) {
            resuming = null;
        }
        longWork.end();
        if (result != null) {
            host.install(result);
        }
        done.complete(outcome);
    }
}
