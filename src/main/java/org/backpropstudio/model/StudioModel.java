package org.backpropstudio.model;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.HistoryException;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;

/**
 * The observable model the window binds to: read-only properties that follow the step machine's
 * cursor, and commands that move it. Views observe; only commands change.
 *
 * <p>Threading: the step machine lives on the engine executor (one thread); every command runs
 * there. After a command, or at most once per frame while playing, the engine thread makes an
 * immutable {@link Snapshot} and hands it to the UI executor; snapshots that arrive while one is
 * waiting replace it, so the UI thread applies only the newest. Properties change on the UI thread
 * only.
 */
public final class StudioModel {
    private static final System.Logger LOG = System.getLogger(StudioModel.class.getName());
    /** The loss curve's resolution: buckets of iterations per snapshot. */
    private static final int LOSS_BUCKETS = 2048;
    /** The time between two snapshots while playing: one frame at 60 Hz. */
    private static final long FRAME_NANOS = 16_000_000L;
    /** Play at this speed or above runs as fast as possible. */
    public static final double MAX_SPEED = 1000;
    /**
     * How long a saved history may take to resume before the saved state is shown alone while it
     * goes on (a history saved with checkpoints takes milliseconds; one without is replayed).
     */
    private static final long FIRST_SLICE_NANOS = 400_000_000L;
    /** How long each later slice of a resume runs before the engine thread takes other commands. */
    private static final long SLICE_NANOS = 40_000_000L;

    private final ScheduledExecutorService engineExecutor;
    private final Executor uiExecutor;
    private StepMachine machine;
    /** The saved history being resumed in slices, null when none; engine thread only. */
    private HistoryResume resuming;
    private final LongWork longWork;

    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicBoolean playFlag = new AtomicBoolean();
    /** Steps were recorded past the end of the timeline since the last snapshot was applied. */
    private final AtomicBoolean newWork = new AtomicBoolean();
    /** Changes made to the timeline so far (new steps, edits); engine thread only. */
    private long changes;
    private volatile double playSpeed = 2;
    private volatile Stride playStride = Stride.MICRO_STEP;
    /** Iterations per run while playing whole iterations at full speed; engine thread only. */
    private long playRun = 1;

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ObservableList<LayerModel> layers = FXCollections.observableArrayList();
    private final ObservableList<LayerModel> layersView = FXCollections.unmodifiableObservableList(layers);
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration", 1);
    private final ReadOnlyLongWrapper epoch = new ReadOnlyLongWrapper(this, "epoch", 1);
    private final ReadOnlyLongWrapper sample = new ReadOnlyLongWrapper(this, "sample", 1);
    private final ReadOnlyLongWrapper microStep = new ReadOnlyLongWrapper(this, "microStep");
    private final ReadOnlyLongWrapper microStepsPerIteration = new ReadOnlyLongWrapper(this, "microStepsPerIteration");
    private final ReadOnlyLongWrapper position = new ReadOnlyLongWrapper(this, "position");
    private final ReadOnlyLongWrapper length = new ReadOnlyLongWrapper(this, "length");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyObjectWrapper<MicroStep> lastStep = new ReadOnlyObjectWrapper<>(this, "lastStep");
    private final ReadOnlyObjectWrapper<LossSeries> losses = new ReadOnlyObjectWrapper<>(this, "losses", LossSeries.EMPTY);
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper(this, "sessionName", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Stride> stride = new SimpleObjectProperty<>(this, "stride", Stride.MICRO_STEP);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");

    /**
     * @param session        the session to start with
     * @param engineExecutor one thread that owns the step machine
     * @param uiExecutor     runs property changes on the UI thread ({@code Platform::runLater})
     */
    public StudioModel(Session session, ScheduledExecutorService engineExecutor, Executor uiExecutor) {
        this.engineExecutor = engineExecutor;
        this.uiExecutor = uiExecutor;
        this.longWork = new LongWork(uiExecutor);
        stride.addListener((obs, old, now) -> playStride = now == null ? Stride.MICRO_STEP : now);
        speed.addListener((obs, old, now) -> playSpeed = now.doubleValue());
        open(session);
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Starts a new timeline on {@code newSession} (a file opened, a preset chosen); not undoable.
     * The session is not unsaved, also after work on the one before that was still on its way.
     */
    public void open(Session newSession) {
        stopPlaying();
        run(m -> {
            resuming = null;
            machine = new StepMachine(newSession);
            newWork.set(false);
            uiExecutor.execute(() -> dirty.set(false));
        });
        sessionName.set(newSession.name());
        dirty.set(false);
    }

    /** How opening a saved history ended. */
    public enum Restored {
        /** The history is open, the cursor where it was saved. */
        RESTORED,
        /** The history does not fit or does not lead to the saved state: the saved state is open alone ({@link HistoryOutcome#reason()}). */
        DROPPED,
        /** Cancel was clicked while it was replayed: the saved state is open alone. */
        CANCELLED,
        /** The session was changed while it was replayed: the saved state is the start of the new history. */
        CHANGED,
        /** Another session was opened before it was done. */
        REPLACED
    }

    /**
     * How opening a saved history ended.
     *
     * @param restored how
     * @param reason   for {@link Restored#DROPPED}, what does not fit; else empty
     */
    public record HistoryOutcome(Restored restored, String reason) {
    }

    /**
     * Opens a saved state with the history that leads to it (not undoable). The history is resumed
     * on the engine thread ({@link HistoryResume}: from its checkpoints in a moment, a history saved
     * without them by a replay); if that takes longer than a moment, the saved state is shown and
     * can be worked with meanwhile, {@link #workProperty()} shows the progress, and the history
     * goes on being replayed in slices between the commands. Never fails: a history that does not
     * fit is dropped and the saved state stays open, as the outcome says.
     *
     * @param saved  the saved state (the file's top-level members)
     * @param resume the history, prepared; null opens the saved state alone
     */
    public CompletableFuture<HistoryOutcome> open(Session saved, HistoryResume resume, String name) {
        stopPlaying();
        sessionName.set(name);
        dirty.set(false);
        CompletableFuture<HistoryOutcome> done = new CompletableFuture<>();
        engineExecutor.execute(() -> {
            longWork.begin();
            resuming = resume;
            newWork.set(false);
            uiExecutor.execute(() -> dirty.set(false));
            StepMachine alone = new StepMachine(saved);
            if (resume == null) {
                machine = alone;
                publish();
                done.complete(new HistoryOutcome(Restored.RESTORED, ""));
                return;
            }
            resumeSlice(resume, alone, System.nanoTime(), true, done);
        });
        return done;
    }

    /**
     * Replays {@code resume} for one slice on the engine thread; the first slice may take longer,
     * so that a history with checkpoints opens without the saved state flashing alone first.
     */
    private void resumeSlice(HistoryResume resume, StepMachine alone, long start, boolean first, CompletableFuture<HistoryOutcome> done) {
        Restored stop = resuming != resume ? Restored.REPLACED : machine == alone && alone.length() > 0 ? Restored.CHANGED
                : longWork.isCancelled() ? Restored.CANCELLED : null;
        if (stop != null) {
            endResume(resume, stop == Restored.REPLACED ? null : alone, new HistoryOutcome(stop, ""), done);
            return;
        }
        try {
            long deadline = System.nanoTime() + (first ? FIRST_SLICE_NANOS : SLICE_NANOS);
            // the progress bar shows once the saved state is shown alone, after the first slice
            long showAfter = first ? Long.MAX_VALUE : 0;
            if (resume.advance(longWork.progress(Work.Kind.RESTORING_HISTORY, start, showAfter, deadline, resume::fraction))) {
                endResume(resume, resume.machine(), new HistoryOutcome(Restored.RESTORED, ""), done);
                return;
            }
        } catch (HistoryException e) {
            endResume(resume, first ? alone : null, new HistoryOutcome(Restored.DROPPED, e.getMessage()), done);
            return;
        }
        if (first) {
            machine = alone;
            publish();
        }
        engineExecutor.execute(() -> resumeSlice(resume, alone, start, false, done));
    }

    /** Ends a resume: {@code result} (if not null) becomes the machine, the progress bar goes. */
    private void endResume(HistoryResume resume, StepMachine result, HistoryOutcome outcome, CompletableFuture<HistoryOutcome> done) {
        if (resuming == resume) {
            resuming = null;
        }
        longWork.end();
        if (result != null) {
            machine = result;
            publish();
        }
        done.complete(outcome);
    }

    /** Asks the long work in progress (a history being restored, a long rewind) to stop where it is. */
    public void cancelWork() {
        longWork.cancel();
    }

    /**
     * The session at the cursor and the whole history that leads to it, as one moment.
     *
     * @param current the session at the cursor (current parameters)
     * @param history its history, ready to save
     * @param changes the changes made to the timeline up to this moment, to tell later ones apart
     */
    public record SavedState(Session current, SavedHistory history, long changes) {
    }

    /**
     * J of the completed iterations up to the cursor at the finest resolution kept (every iteration
     * but in a very long run, see {@link org.backpropstudio.core.LossHistory}), for exporting.
     */
    public CompletableFuture<LossSeries> lossHistory() {
        return CompletableFuture.supplyAsync(() -> LossSeries.full(machine.losses()), engineExecutor);
    }

    /**
     * The session at the cursor (current parameters) and its history, for saving and exports.
     * While a saved history is still being restored (and the session was not changed), that
     * history as it was saved.
     */
    public CompletableFuture<SavedState> state() {
        return CompletableFuture.supplyAsync(() -> new SavedState(machine.engine().currentSession(),
                resuming != null && machine.length() == 0 ? resuming.saved() : machine.saved(), changes), engineExecutor);
    }

    /** One micro-step forward (or the recorded edit that follows, applied again). */
    public void stepForward() {
        run(StepMachine::stepForward);
    }

    /** One event back: a micro-step taken back, or a hand edit reverted. */
    public void stepBack() {
        run(m -> replayTo(m, Math.max(0, m.position() - 1)));
    }

    /** Forward by the chosen {@link #strideProperty() stride}. */
    public void strideForward() {
        Stride s = stride.get();
        run(m -> m.stride(s));
    }

    /** Forward to the end of the current phase. */
    public void toEndOfPhase() {
        run(m -> m.stride(Stride.PHASE));
    }

    /** Forward by {@code n} whole iterations. */
    public void iterations(long n) {
        run(m -> m.iterations(n));
    }

    /** Back to the start of the session (the timeline stays, to step forward again). */
    public void reset() {
        run(StepMachine::reset);
    }

    /**
     * To position {@code p} of the timeline, 0 ≤ p ≤ length. A rewind that replays for longer than
     * a moment shows its progress ({@link #workProperty()}); Cancel leaves the cursor where the
     * replay had come to.
     */
    public void seek(long p) {
        run(m -> replayTo(m, Math.max(0, Math.min(p, m.length()))));
    }

    /** Seeks on the engine thread, with a progress bar and Cancel if it takes long. */
    private void replayTo(StepMachine m, long p) {
        if (resuming != null) {
            m.seek(p);
            return;
        }
        longWork.begin();
        m.seek(p, longWork.progress(Work.Kind.REPLAYING, System.nanoTime(), LongWork.SHOW_AFTER_NANOS, Long.MAX_VALUE, null));
        longWork.end();
    }

    /** Undo is stepping back: the last micro-step or hand edit is taken back. */
    public void undo() {
        stepBack();
    }

    /** Redo replays the next recorded event, if stepping back left one. */
    public void redo() {
        run(m -> {
            if (m.position() < m.length()) {
                m.stepForward();
            }
        });
    }

    /**
     * Records a hand edit. The future completes when it is applied, or exceptionally with an
     * {@link IllegalArgumentException} whose message says why it was refused (nothing changed).
     */
    public CompletableFuture<EditOutcome> edit(Edit edit) {
        return record(() -> edit);
    }

    /**
     * What a hand edit did to the loss: J over the current iteration's samples at the parameters
     * just before and just after it.
     */
    public record EditOutcome(double lossBefore, double lossAfter) {
        /** ΔJ = J after − J before. */
        public double change() {
            return lossAfter - lossBefore;
        }
    }

    /**
     * Replaces the network, loss, learning rate, batch mode or initialisation: a new network on the
     * timeline (undoable). Completes exceptionally with the reason if a rule is broken (nothing
     * changed).
     */
    public CompletableFuture<EditOutcome> changeArchitecture(Architecture architecture) {
        return replace(session -> architecture.applyTo(session));
    }

    /**
     * Replaces the dataset (rows added or removed, a CSV imported, a generated set): undoable.
     * Completes exceptionally with the reason if the data does not fit the network or the loss.
     */
    public CompletableFuture<EditOutcome> replaceDataset(Dataset dataset) {
        return replace(session -> Architecture.of(session, 0).applyTo(session.withDataset(dataset)));
    }

    /** Records {@code Edit.Replace} of the session that {@code change} makes from the current one. */
    private CompletableFuture<EditOutcome> replace(java.util.function.UnaryOperator<Session> change) {
        return record(() -> new Edit.Replace(change.apply(machine.engine().currentSession())));
    }

    /**
     * Records the edit that {@code edit} makes on the engine thread; completes exceptionally with an
     * {@link IllegalArgumentException} if it is refused.
     */
    private CompletableFuture<EditOutcome> record(java.util.function.Supplier<Edit> edit) {
        CompletableFuture<EditOutcome> done = new CompletableFuture<>();
        stopPlaying();
        engineExecutor.execute(() -> {
            try {
                double before = currentLoss();
                machine.edit(edit.get());
                changes++;
                double after = currentLoss();
                uiExecutor.execute(() -> dirty.set(true));
                publish();
                done.complete(new EditOutcome(before, after));
            } catch (IllegalArgumentException refused) {
                done.completeExceptionally(refused);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "edit failed", e);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Starts training on the engine thread with the chosen stride and speed. */
    public void play() {
        if (playFlag.compareAndSet(false, true)) {
            playing.set(true);
            message.set("");
            engineExecutor.execute(this::playTick);
        }
    }

    /** Stops training; the state stays consistent at the last whole stride. */
    public void pause() {
        stopPlaying();
        engineExecutor.execute(this::publish);
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        if (playFlag.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Notes that the session has changes that no file holds (a session restored after a crash),
     * once the commands given so far have run (so that a session opened just before stays marked).
     */
    public void markUnsaved() {
        engineExecutor.execute(() -> uiExecutor.execute(() -> dirty.set(true)));
    }

    /** Notes that the session was saved (clears the unsaved mark) under {@code name}. */
    public void markSaved(String name) {
        sessionName.set(name);
        dirty.set(false);
    }

    /**
     * Notes that {@code saved} was saved under {@code name}: clears the unsaved mark unless the
     * session changed after that state was taken (training went on while the file was written).
     */
    public void markSaved(String name, SavedState saved) {
        sessionName.set(name);
        engineExecutor.execute(() -> {
            if (changes == saved.changes()) {
                uiExecutor.execute(() -> dirty.set(false));
            }
        });
    }

    /**
     * Completes on the UI thread once every command given so far has run and its snapshot has
     * been applied; for tests and for exports that need the state settled.
     */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        engineExecutor.execute(() -> uiExecutor.execute(() -> done.complete(null)));
        return done;
    }

    /**
     * A probe of the loss around the current parameters, over the current iteration's samples (for
     * the what-if slice through one parameter): made on the engine thread, then used on any one
     * thread.
     */
    public CompletableFuture<LossProbe> probe() {
        return CompletableFuture.supplyAsync(() -> new LossProbe(machine.engine().currentSession(),
                machine.engine().iteration()), engineExecutor);
    }

    /**
     * Backprop's gradient beside the central difference for every parameter at the current
     * parameters, over the current iteration's samples; computed off the UI thread.
     */
    public CompletableFuture<List<GradientCheck.Row>> gradientCheck() {
        return probe().thenApplyAsync(GradientCheck::of);
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** The latest snapshot applied: everything on screen comes from it. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The layers 0..L with their units and weights; replaced when the architecture changes. */
    public ObservableList<LayerModel> layers() {
        return layersView;
    }

    /** The iteration in progress or just completed, counting from 1. */
    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** The epoch of that iteration, counting from 1. */
    public ReadOnlyLongProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** The current sample, counting from 1. */
    public ReadOnlyLongProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** k: micro-steps of the current iteration done. */
    public ReadOnlyLongProperty microStepProperty() {
        return microStep.getReadOnlyProperty();
    }

    /** N: micro-steps in one iteration. */
    public ReadOnlyLongProperty microStepsPerIterationProperty() {
        return microStepsPerIteration.getReadOnlyProperty();
    }

    /** The cursor on the timeline (events before it). */
    public ReadOnlyLongProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The events recorded on the timeline. */
    public ReadOnlyLongProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /** The phase of the last micro-step, null when nothing is computed in this iteration. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The last micro-step of this iteration, null when nothing is computed. */
    public ReadOnlyObjectProperty<MicroStep> lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** The loss per completed iteration, cut down for drawing. */
    public ReadOnlyObjectProperty<LossSeries> lossesProperty() {
        return losses.getReadOnlyProperty();
    }

    /** Whether there is anything to step back over. */
    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Whether stepping back left recorded events to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether training is running. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /**
     * Whether the session has changes not saved: a hand edit (a replaced network or dataset too),
     * or new work on the timeline (steps recorded past its end, by stepping or training). Moving
     * the cursor inside the recorded history (stepping back, the timeline, reset, redo) is not a
     * change.
     */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The session's name. */
    public ReadOnlyStringProperty sessionNameProperty() {
        return sessionName.getReadOnlyProperty();
    }

    /** The long work in progress (a history being restored, a long rewind), null when none. */
    public ReadOnlyObjectProperty<Work> workProperty() {
        return longWork.workProperty();
    }

    /** A message for the status bar (why training stopped, say), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How far "Step forward" and each play step go. */
    public ObjectProperty<Stride> strideProperty() {
        return stride;
    }

    /** Play speed in strides per second; {@link #MAX_SPEED} or above: as fast as possible. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * The element clicked on the diagram, whose own equations are shown; null shows the current
     * micro-step's. Cleared when the architecture changes.
     */
    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /**
     * Runs a command on the engine thread, pausing play first, then publishes its result; steps it
     * recorded past the end of the timeline mark the session unsaved.
     */
    private void run(Consumer<StepMachine> command) {
        stopPlaying();
        engineExecutor.execute(() -> {
            long before = machine == null ? 0 : machine.length();
            try {
                command.accept(machine);
                if (machine.isDiverged()) {
                    String why = divergenceMessage(machine.engine().lastStep());
                    uiExecutor.execute(() -> message.set(why));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "command failed", e);
                uiExecutor.execute(() -> message.set("That did not work: " + e.getMessage()));
            }
            noteNewWork(before);
            publish();
        });
    }

    /**
     * Notes new work if the timeline grew past {@code lengthBefore}; on the engine thread. The next
     * snapshot applied marks the session unsaved, so the mark keeps its order with the opening of
     * another session (which forgets it) and costs the UI thread nothing more.
     */
    private void noteNewWork(long lengthBefore) {
        if (machine.length() > lengthBefore) {
            changes++;
            newWork.set(true);
        }
    }

    /** J over the current iteration's samples at the current parameters; on the engine thread. */
    private double currentLoss() {
        return new LossProbe(machine.engine().currentSession(), machine.engine().iteration()).loss();
    }

    private void stopPlaying() {
        playFlag.set(false);
        playing.set(false);
    }

    /** One frame of play, on the engine thread; schedules the next. */
    private void playTick() {
        if (!playFlag.get()) {
            return;
        }
        double stepsPerSecond = playSpeed;
        long before = machine.length();
        try {
            String stopped = playFrame(stepsPerSecond, playStride);
            if (stopped != null) {
                playFlag.set(false);
                uiExecutor.execute(() -> {
                    playing.set(false);
                    message.set(stopped);
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "training failed", e);
            playFlag.set(false);
            uiExecutor.execute(() -> {
                playing.set(false);
                message.set("Training stopped: " + e.getMessage());
            });
        }
        noteNewWork(before);
        publish();
        if (playFlag.get()) {
            long delay = stepsPerSecond >= MAX_SPEED ? 0 : (long) (1e9 / Math.max(stepsPerSecond, 0.01));
            engineExecutor.schedule(this::playTick, delay, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * Takes one stride, or as many as fit in a frame at full speed; returns why play must stop,
     * or null to go on.
     */
    private String playFrame(double stepsPerSecond, Stride s) {
        long frameEnd = System.nanoTime() + FRAME_NANOS;
        if (stepsPerSecond >= MAX_SPEED && s == Stride.ITERATION) {
            return playIterations(frameEnd);
        }
        do {
            machine.stride(s);
            if (machine.isDiverged()) {
                return divergenceMessage(machine.engine().lastStep());
            }
        } while (stepsPerSecond >= MAX_SPEED && playFlag.get() && System.nanoTime() < frameEnd);
        return null;
    }

    /**
     * Whole iterations until the frame ends, in runs of {@link #playRun} iterations
     * ({@link StepMachine#iterations} stops at divergence itself) sized so that one run takes
     * about 0.5 ms: the clock and the flag are read once per run, not once per iteration.
     */
    private String playIterations(long frameEnd) {
        while (playFlag.get()) {
            long start = System.nanoTime();
            if (start >= frameEnd) {
                break;
            }
            machine.iterations(playRun);
            if (machine.isDiverged()) {
                return divergenceMessage(machine.engine().lastStep());
            }
            long took = System.nanoTime() - start;
            if (took < 250_000 && playRun < 1 << 20) {
                playRun *= 2;
            } else if (took > 1_000_000 && playRun > 1) {
                playRun /= 2;
            }
        }
        return null;
    }

    /** Why training paused at {@code step}, and what to do. */
    static String divergenceMessage(MicroStep step) {
        String what;
        switch (step.kind()) {
            case LOSS:
                what = "the loss";
                break;
            case UPDATE:
                what = "the update";
                break;
            case GRADIENT:
                what = "the gradients of layer " + step.layer();
                break;
            default:
                what = step.kind().name().toLowerCase(java.util.Locale.ROOT).replace("delta", "δ") + " of layer " + step.layer();
        }
        return "Training paused: " + what + " is no longer a finite number (NaN or ∞). The values have exploded, "
                + "most likely because the learning rate is too large. Step back, lower the learning rate, or reset.";
    }

    /** Makes a snapshot on the engine thread and hands it to the UI thread, coalesced. */
    private void publish() {
        pending.set(Snapshot.of(machine, LOSS_BUCKETS));
        if (drainScheduled.compareAndSet(false, true)) {
            uiExecutor.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        if (newWork.getAndSet(false)) {
            dirty.set(true);
        }
        Snapshot s = pending.getAndSet(null);
        if (s != null) {
            apply(s);
        }
    }

    /**
     * Sets every property from {@code s}; on the UI thread. When the architecture changed, the old
     * layers are removed first and the new ones added after the snapshot is set, so that a view
     * that reads the snapshot when the layers change always sees the two agree.
     */
    private void apply(Snapshot s) {
        boolean reshaped = !sameShape(s);
        if (reshaped) {
            layers.clear();
            selection.set(null);
        }
        boolean updated = s.isComputed(MicroStep.Kind.UPDATE, 0);
        iteration.set(s.iteration() + 1);
        epoch.set(s.epoch() + 1);
        sample.set(s.currentSample() + 1);
        microStep.set(s.step());
        microStepsPerIteration.set(s.plan().length());
        position.set(s.position());
        length.set(s.length());
        lastStep.set(s.lastStep());
        phase.set(s.lastStep() == null ? null : updated ? Phase.UPDATE : s.lastStep().phase());
        losses.set(s.losses());
        canStepBack.set(s.position() > 0);
        canRedo.set(s.position() < s.length());
        snapshot.set(s);
        if (reshaped) {
            LayerModel[] fresh = new LayerModel[s.layers() + 1];
            Arrays.setAll(fresh, l -> new LayerModel(s, l));
            Arrays.stream(fresh).forEach(layer -> layer.update(s));
            layers.setAll(fresh);
        } else {
            layers.forEach(layer -> layer.update(s));
        }
    }

    private boolean sameShape(Snapshot s) {
        if (layers.size() != s.layers() + 1) {
            return false;
        }
        for (int l = 0; l <= s.layers(); l++) {
            LayerModel layer = layers.get(l);
            if (layer.neurons().size() != s.units(l) || layer.activation() != s.activation(l)) {
                return false;
            }
        }
        return true;
    }
}
