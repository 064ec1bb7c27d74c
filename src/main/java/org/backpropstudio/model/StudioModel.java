package org.backpropstudio.model;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.GradientCheck;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;

/**
 * The observable model the window binds to: read-only properties that follow the step machine's
 * cursor, and commands that move it. Views observe; only commands change.
 *
 * <p>Threading: the step machine lives on the engine executor (one thread, {@link EngineSide});
 * every command runs there. After a command, or at most once per frame while playing, the engine
 * thread makes an immutable {@link Snapshot} and hands it to the UI thread, which applies only the
 * newest ({@link SnapshotHandOff}). Properties change on the UI thread only, and commands are given
 * there: each checks that it is (an {@link IllegalStateException} otherwise). The queries that
 * return a future ({@link #state()}, {@link #lossHistory()}, {@link #probe()},
 * {@link #gradientCheck(Executor)}, {@link #idle()}) may be asked from any thread.
 */
public final class StudioModel extends StudioProperties {
    /** Play at this speed or above runs as fast as possible. */
    public static final double MAX_SPEED = 1000;
    private final UiThread ui;
    private final EngineSide engine;
    private final LongWork longWork;
    private final HistoryOpening opening;
    private final Player player;
    private final Studies studies;

    /**
     * A model of {@code session}, made on any thread; its commands are then given on {@code ui}.
     *
     * @param session        the session to start with
     * @param engineExecutor one thread that owns the step machine
     * @param ui             the UI thread: runs property changes there and tells whether a caller is on it
     */
    public StudioModel(Session session, ScheduledExecutorService engineExecutor, UiThread ui) {
        this.ui = ui;
        this.longWork = new LongWork(ui);
        SnapshotHandOff handOff = new SnapshotHandOff(ui, this::apply, () -> dirty.set(true));
        this.engine = new EngineSide(engineExecutor, handOff, why -> ui.execute(() -> message.set(why)),
                why -> ui.execute(() -> playStopped(why)));
        this.studies = new Studies(s -> ui.execute(() -> study.set(s)));
        this.opening = new HistoryOpening(engine, engineExecutor, longWork, studies::recognise);
        this.player = new Player(engineExecutor, engine);
        stride.addListener((obs, old, now) -> player.setStride(now));
        speed.addListener((obs, old, now) -> player.setSpeed(now.doubleValue()));
        start(session);
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Starts a new timeline on {@code newSession} (a file opened, a preset chosen); not undoable.
     * The session is not unsaved, also after work on the one before that was still on its way.
     */
    public void open(Session newSession) {
        ui.check("open");
        start(newSession);
    }

    /** {@link #open(Session)}, also from the constructor (on any thread: nothing observes the model yet). */
    private void start(Session newSession) {
        stopPlaying();
        engine.execute(() -> engine.run(m -> {
            opening.forget();
            engine.replace(new StepMachine(newSession));
            ui.execute(() -> dirty.set(false));
        }));
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
        ui.check("open");
        stopPlaying();
        sessionName.set(name);
        dirty.set(false);
        CompletableFuture<HistoryOutcome> done = new CompletableFuture<>();
        engine.execute(() -> {
            engine.forgetNewWork();
            opening.forget();
            ui.execute(() -> dirty.set(false));
            StepMachine alone = new StepMachine(saved);
            if (resume == null) {
                engine.replace(alone);
                engine.publish();
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
     * J of the completed iterations up to the cursor at the finest resolution kept (every iteration
     * but in a very long run, see {@link org.backpropstudio.core.LossHistory}), for exporting.
     */
    public CompletableFuture<LossSeries> lossHistory() {
        return engine.query(m -> LossSeries.full(m.losses()));
    }

    /**
     * The session at the cursor (current parameters) and its history, for saving and exports.
     * While a saved history is still being restored (and the session was not changed), that
     * history as it was saved.
     */
    public CompletableFuture<SavedState> state() {
        return engine.query(m -> new SavedState(m.engine().currentSession(),
                opening.unchanged() != null ? opening.unchanged().saved() : m.saved(), engine.changes()));
    }

    /** One micro-step forward (or the recorded edit that follows, applied again). */
    public void stepForward() {
        run("stepForward", StepMachine::stepForward);
    }

    /** One event back: a micro-step taken back, or a hand edit reverted. */
    public void stepBack() {
        run("stepBack", this::oneBack);
    }

    /** Forward by the chosen {@link #strideProperty() stride}. */
    public void strideForward() {
        Stride s = stride.get();
        run("strideForward", m -> m.stride(s));
    }

    /** Forward to the end of the current phase. */
    public void toEndOfPhase() {
        run("toEndOfPhase", m -> m.stride(Stride.PHASE));
    }

    /** Forward by {@code n} whole iterations. */
    public void iterations(long n) {
        run("iterations", m -> m.iterations(n));
    }

    /** Back to the start of the session (the timeline stays, to step forward again). */
    public void reset() {
        run("reset", StepMachine::reset);
    }

    /**
     * To position {@code p} of the timeline, 0 ≤ p ≤ length. A rewind that replays for longer than
     * a moment shows its progress ({@link #workProperty()}); Cancel leaves the cursor where the
     * replay had come to.
     */
    public void seek(long p) {
        run("seek", m -> replayTo(m, Math.max(0, Math.min(p, m.length()))));
    }

    /** Undo is stepping back: the last micro-step or hand edit is taken back. */
    public void undo() {
        run("undo", this::oneBack);
    }

    /** Redo replays the next recorded event, if stepping back left one. */
    public void redo() {
        run("redo", m -> {
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
        return record("edit", () -> edit);
    }

    /**
     * Replaces the network, loss, learning rate, batch mode or initialisation: a new network on the
     * timeline (undoable). Completes exceptionally with the reason if a rule is broken (nothing
     * changed).
     */
    public CompletableFuture<EditOutcome> changeArchitecture(Architecture architecture) {
        return replace("changeArchitecture", session -> architecture.applyTo(session));
    }

    /**
     * Replaces the dataset (rows added or removed, a CSV imported, a generated set): undoable.
     * Completes exceptionally with the reason if the data does not fit the network or the loss.
     */
    public CompletableFuture<EditOutcome> replaceDataset(Dataset dataset) {
        return replace("replaceDataset", session -> Architecture.of(session, 0).applyTo(session.withDataset(dataset)));
    }

    /**
     * Goes to a close look at test sample {@code testIndex} ({@link Study}): a new session on the
     * timeline in which that sample's forward and backward pass can be stepped, every parameter
     * locked (from a study shown, to another sample of the session it was made from). Completes
     * exceptionally with the reason if there is no such sample (nothing changed).
     */
    public CompletableFuture<EditOutcome> study(int testIndex) {
        return replace("study", session -> studies.enter(session, testIndex));
    }

    /**
     * Comes back from the study shown now to the session it was made from, with the network as it
     * was (a new session on the timeline, undoable); does nothing when no study is shown.
     */
    public CompletableFuture<EditOutcome> endStudy() {
        Study shown = studyShownProperty().get();
        if (shown == null) {
            return CompletableFuture.completedFuture(null);
        }
        return replace("endStudy", session -> shown.before());
    }

    /** Starts training on the engine thread with the chosen stride and speed. */
    public void play() {
        ui.check("play");
        if (player.start()) {
            playing.set(true);
            message.set("");
        }
    }

    /** Stops training; the state stays consistent at the last whole stride. */
    public void pause() {
        ui.check("pause");
        stopPlaying();
        engine.execute(engine::publish);
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
        ui.check("markUnsaved");
        engine.execute(() -> ui.execute(() -> dirty.set(true)));
    }

    /** Notes that the session was saved (clears the unsaved mark) under {@code name}. */
    public void markSaved(String name) {
        ui.check("markSaved");
        sessionName.set(name);
        dirty.set(false);
    }

    /**
     * Notes that {@code saved} was saved under {@code name}: clears the unsaved mark unless the
     * session changed after that state was taken (training went on while the file was written).
     */
    public void markSaved(String name, SavedState saved) {
        ui.check("markSaved");
        sessionName.set(name);
        engine.execute(() -> {
            if (engine.changes() == saved.changes()) {
                ui.execute(() -> dirty.set(false));
            }
        });
    }

    /**
     * Completes on the UI thread once every command given so far has run and its snapshot has
     * been applied; for tests and for exports that need the state settled.
     */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        engine.whenIdle(done);
        return done;
    }

    /**
     * A probe of the loss around the current parameters, over the current iteration's samples (for
     * the what-if slice through one parameter): made on the engine thread, then used on any one
     * thread.
     */
    public CompletableFuture<LossProbe> probe() {
        return engine.query(m -> new LossProbe(m.engine().currentSession(), m.engine().iteration()));
    }

    /**
     * Backprop's gradient beside the central difference for every parameter at the current
     * parameters, over the current iteration's samples; computed on {@code worker}.
     */
    public CompletableFuture<List<GradientCheck.Row>> gradientCheck(Executor worker) {
        return probe().thenApplyAsync(GradientCheck::of, worker);
    }

    /** The long work in progress (a history being restored, a long rewind), null when none. */
    public ReadOnlyObjectProperty<Work> workProperty() {
        return longWork.workProperty();
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** Checks the thread, pauses play, then runs {@code command} on the engine thread and publishes. */
    private void run(String name, Consumer<StepMachine> command) {
        ui.check(name);
        stopPlaying();
        engine.execute(() -> engine.run(command));
    }

    /** One event back, on the engine thread. */
    private void oneBack(StepMachine m) {
        replayTo(m, Math.max(0, m.position() - 1));
    }

    /** Seeks on the engine thread, with a progress bar and Cancel if it takes long. */
    private void replayTo(StepMachine m, long p) {
        if (opening.isResuming()) {
            m.seek(p);
            return;
        }
        longWork.begin();
        m.seek(p, longWork.progress(Work.Kind.REPLAYING, System.nanoTime(), LongWork.SHOW_AFTER_NANOS,
                Long.MAX_VALUE, null));
        longWork.end();
    }

    /** Records {@code Edit.Replace} of the session that {@code change} makes from the current one. */
    private CompletableFuture<EditOutcome> replace(String name, UnaryOperator<Session> change) {
        return record(name, () -> new Edit.Replace(change.apply(engine.machine().engine().currentSession())));
    }

    /**
     * Records the edit that {@code edit} makes on the engine thread; completes exceptionally with an
     * {@link IllegalArgumentException} if it is refused, or with what went wrong.
     */
    private CompletableFuture<EditOutcome> record(String name, Supplier<Edit> edit) {
        ui.check(name);
        stopPlaying();
        CompletableFuture<EditOutcome> done = new CompletableFuture<>();
        engine.execute(() -> engine.record(edit, done));
        return done;
    }

    /** Play stopped by itself (a value diverged, a step failed): on the UI thread. */
    private void playStopped(String why) {
        if (!player.isOn()) {
            playing.set(false);
        }
        message.set(why);
    }

    private void stopPlaying() {
        player.stop();
        playing.set(false);
    }
}
