package org.backpropstudio.model;

import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.LossProbe;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;

/**
 * The model's side on the engine thread: the step machine the commands work on, the count of
 * changes made to its timeline, and the snapshots made of it for the UI thread. Every method but
 * {@link #query} and {@link #execute} runs on the engine thread (one thread, so none of this needs
 * a lock); those two hand work to it.
 */
final class EngineSide implements HistoryOpening.Host, Player.Host {
    private static final System.Logger LOG = System.getLogger(EngineSide.class.getName());
    /** The loss curve's resolution: buckets of iterations per snapshot. */
    private static final int LOSS_BUCKETS = 2048;

    private final ScheduledExecutorService executor;
    private final SnapshotHandOff handOff;
    /** Tells the UI side why a command failed or a step diverged. */
    private final Consumer<String> tell;
    /** Tells the UI side that play stopped by itself, and why. */
    private final Consumer<String> playStopped;
    private StepMachine machine;
    /** Changes made to the timeline so far (new steps, edits). */
    private long changes;

    /**
     * @param executor the engine thread
     * @param handOff  carries snapshots to the UI thread
     * @param tell        on the engine thread: a message for the status bar (a command failed, a value
     *                    diverged)
     * @param playStopped on the engine thread: play stopped by itself (diverged or failed), and why
     */
    EngineSide(ScheduledExecutorService executor, SnapshotHandOff handOff, Consumer<String> tell,
               Consumer<String> playStopped) {
        this.executor = executor;
        this.handOff = handOff;
        this.tell = tell;
        this.playStopped = playStopped;
    }

    /** Runs {@code task} on the engine thread, after the commands given before it. */
    void execute(Runnable task) {
        executor.execute(task);
    }

    /** What {@code question} answers about the machine, asked on the engine thread; from any thread. */
    <T> CompletableFuture<T> query(Function<StepMachine, T> question) {
        return CompletableFuture.supplyAsync(() -> question.apply(machine), executor);
    }

    @Override
    public StepMachine machine() {
        return machine;
    }

    @Override
    public void install(StepMachine m) {
        machine = m;
        publish();
    }

    /** Starts over on {@code m} (another session opened): new work not yet shown is forgotten. */
    void replace(StepMachine m) {
        machine = m;
        forgetNewWork();
    }

    /** Forgets new work not yet shown (another session is being opened). */
    void forgetNewWork() {
        handOff.forgetNewWork();
    }

    @Override
    public void played(long lengthBefore) {
        noteNewWork(lengthBefore);
        publish();
    }

    @Override
    public void stopped(String why) {
        playStopped.accept(why);
    }

    /**
     * Runs a command on the machine, then publishes its result; steps it recorded past the end of
     * the timeline are new work. A command that fails is told, not thrown: the engine thread goes on.
     */
    void run(Consumer<StepMachine> command) {
        long before = machine == null ? 0 : machine.length();
        try {
            command.accept(machine);
            if (machine.isDiverged()) {
                tell.accept(Player.divergenceMessage(machine.engine().lastStep()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "command failed", e);
            tell.accept(ModelWords.format("command.failed", e.getMessage()));
        }
        if (machine != null) {
            noteNewWork(before);
            publish();
        }
    }

    /**
     * Records the edit {@code edit} makes (new work: the session is unsaved) and publishes;
     * completes {@code done} with what it did to the loss, or exceptionally with the
     * {@link IllegalArgumentException} that says why it was refused (nothing changed).
     */
    void record(Supplier<Edit> edit, CompletableFuture<EditOutcome> done) {
        try {
            double before = currentLoss();
            machine.edit(edit.get());
            changes++;
            handOff.noteNewWork();
            double after = currentLoss();
            publish();
            done.complete(new EditOutcome(before, after));
        } catch (IllegalArgumentException refused) {
            done.completeExceptionally(refused);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "edit failed", e);
            done.completeExceptionally(e);
        }
    }

    /** Changes made to the timeline so far. */
    long changes() {
        return changes;
    }

    /**
     * Completes {@code done} on the UI thread once every command given so far has run and its
     * snapshot has been applied.
     */
    void whenIdle(CompletableFuture<Void> done) {
        executor.execute(() -> handOff.whenApplied(done));
    }

    /** Makes a snapshot and hands it to the UI thread, coalesced. */
    void publish() {
        handOff.offer(Snapshot.of(machine, LOSS_BUCKETS));
    }

    /** Notes new work if the timeline grew past {@code lengthBefore}. */
    private void noteNewWork(long lengthBefore) {
        if (machine.length() > lengthBefore) {
            changes++;
            handOff.noteNewWork();
        }
    }

    /** J over the current iteration's samples at the current parameters. */
    private double currentLoss() {
        return new LossProbe(machine.engine().currentSession(), machine.engine().iteration()).loss();
    }
}
