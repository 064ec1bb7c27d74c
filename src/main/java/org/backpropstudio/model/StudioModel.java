package org.backpropstudio.model;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
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
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.GradientCheck;
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
    /** Play at this speed or above runs as fast as possible. */
    public static final double MAX_SPEED = 1000;
    private final ScheduledExecutorService engineExecutor;
    private final Executor uiExecutor;
    private StepMachine machine;
    private final LongWork longWork;
    private final HistoryOpening opening;
    private final Player player;

    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    /** Steps were recorded past the end of the timeline since the last snapshot was applied. */
    private final AtomicBoolean newWork = new AtomicBoolean();
    /** Changes made to the timeline so far (new steps, edits); engine thread only. */
    private long changes;

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
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
        this.opening = new HistoryOpening(new HistoryOpening.Host() {
            @Override
            public StepMachine machine() {
                return machine;
            }

            @Override
            public void install(StepMachine m) {
                machine = m;
                publish();
            }
        }, engineExecutor, longWork);
        this.player = new Player(engineExecutor, new Player.Host() {
            @Override
            public StepMachine machine() {
                return machine;
            }

            @Override
            public void played(long lengthBefore) {
                noteNewWork(lengthBefore);
                publish();
            }

            @Override
            public void stopped(String why) {
                uiExecutor.execute(() -> {
                    playing.set(false);
                    message.set(why);
                });
            }
        });
        stride.addListener((obs, old, now) -> player.setStride(now));
        speed.addListener((obs, old, now) -> player.setSpeed(now.doubleValue()));
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
            opening.forget();
            machine = new StepMachine(newSession);
            newWork.set(false);
            uiExecutor.execute(() -> dirty.set(false));
        });
        sessionName.set(newSession.name());
        dirty.set(false);
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
            newWork.set(false);
            uiExecutor.execute(() -> dirty.set(false));
            opening.forget();
            StepMachine alone = new StepMachine(saved);
            if (resume == null) {
                machine = alone;
                publish();
                done.complete(HistoryOutcome.of(HistoryOutcome.Restored.RESTORED));
            } else {
                opening.start(resume, alone, done);
            }
        });
        return done;
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
                opening.unchanged() != null ? opening.unchanged().saved() : machine.saved(), changes), engineExecutor);
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
        if (opening.isResuming()) {
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
        if (player.start()) {
            playing.set(true);
            message.set("");
        }
    }

    /** Stops training; the state stays consistent at the last whole stride. */
    public void pause() {
        stopPlaying();
        engineExecutor.execute(this::publish);
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        if (player.isOn()) {
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
                    String why = Player.divergenceMessage(machine.engine().lastStep());
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
        player.stop();
        playing.set(false);
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
     * Sets every property from {@code s}; on the UI thread. When the architecture changed, the
     * selection is cleared first: it names a unit or a weight of the old network.
     */
    private void apply(Snapshot s) {
        if (!sameShape(s)) {
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
    }

    /** Whether {@code s} has the network of the snapshot shown so far: the same units and activation per layer. */
    private boolean sameShape(Snapshot s) {
        Snapshot before = snapshot.get();
        if (before == null || before.layers() != s.layers()) {
            return false;
        }
        for (int l = 0; l <= s.layers(); l++) {
            if (before.units(l) != s.units(l) || before.activation(l) != s.activation(l)) {
                return false;
            }
        }
        return true;
    }
}
