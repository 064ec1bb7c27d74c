package org.backpropstudio.model;

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
import org.backpropstudio.core.EpochScores;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Phase;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.Stride;

/**
 * The properties the window binds to, apart from the commands that change them
 * ({@link StudioModel}): those that follow the cursor, each set from the snapshot applied (the
 * snapshot itself and, for bindings, the numbers of the status bar and the timeline), whether it
 * plays, whether the session is unsaved and its name, the status message, and the student's
 * choices of stride, speed and selection. Set on the UI thread only.
 */
public abstract class StudioProperties {
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
    private final ReadOnlyObjectWrapper<LossSeries> losses =
            new ReadOnlyObjectWrapper<>(this, "losses", LossSeries.EMPTY);
    /** The last study gone into, shown or not; written by the model. */
    final ObjectProperty<Study> study = new SimpleObjectProperty<>(this, "study");
    private final ReadOnlyObjectWrapper<Study> studyShown = new ReadOnlyObjectWrapper<>(this, "studyShown");
    private final ReadOnlyObjectWrapper<EpochScores.View> epochScores =
            new ReadOnlyObjectWrapper<>(this, "epochScores", EpochScores.View.EMPTY);
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    final ReadOnlyStringWrapper sessionName = new ReadOnlyStringWrapper(this, "sessionName", "");
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    final ObjectProperty<Stride> stride = new SimpleObjectProperty<>(this, "stride", Stride.MICRO_STEP);
    final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2);
    final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");

    /** Only the model extends it. */
    StudioProperties() {
        study.addListener(o -> showStudy());
    }

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

    /**
     * The close look at a test sample that the timeline is in at the cursor ({@link Study}), or
     * null: set when the snapshot shows the study's session (stepping back out of it clears it,
     * stepping forward into it again sets it).
     */
    public ReadOnlyObjectProperty<Study> studyShownProperty() {
        return studyShown.getReadOnlyProperty();
    }

    /** The scores on the training and test sets at each epoch end so far (none without a test set). */
    public ReadOnlyObjectProperty<EpochScores.View> epochScoresProperty() {
        return epochScores.getReadOnlyProperty();
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

    /**
     * Sets every property from {@code s}, the snapshot last of all (so that a view that follows it
     * finds the numbers already set). When the network's shape changed, {@code selection} is cleared
     * first: it names a unit or a weight of the old network. On the UI thread.
     */
    final void apply(Snapshot s) {
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
        epochScores.set(s.epochScores());
        canStepBack.set(s.position() > 0);
        canRedo.set(s.position() < s.length());
        snapshot.set(s);
        showStudy();
    }

    /** Sets the study shown from the last study and the snapshot shown (whichever changed last). */
    final void showStudy() {
        Study last = study.get();
        Snapshot s = snapshot.get();
        studyShown.set(last != null && s != null && last.isShown(s.session()) ? last : null);
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
