package org.backpropstudio.app.diagram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.EditOutcome;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;

/**
 * The state and rules of the inline editor of one number, apart from its nodes: the number edited
 * ({@link Editable}), its texts, the value in the field (parsed as {@link Inputs} reads numbers),
 * the slider's {@link SliderRange} around the value, the padlock, what the last edit did to the
 * loss or why it was refused ({@link EditFeedback}), and for a weight or a bias its {@link WhatIfState}.
 *
 * <p>Three properties are the controls' own and are bound both ways to them: {@link #textProperty()}
 * (the field), {@link #sliderValueProperty()} and {@link #lockedProperty()}; {@link #slidingProperty()}
 * follows the slider's thumb. A change the person makes there is a command: typing previews the
 * value, sliding previews it and releasing applies it, toggling the padlock locks. The view model
 * sets them itself while it shows the model's values, which are no commands.
 *
 * <p>Every change is one {@link StudioModel#edit} (an event on the timeline, undone by stepping
 * back). Results arrive on {@code ui}, the thread the view model lives on.
 */
final class ParameterEditorViewModel {
    /** Where a value tried comes from (that control is not overwritten). */
    enum Source { FIELD, SLIDER, DRAG }

    private final StudioModel model;
    private final Executor ui;
    private final WhatIfState whatIf;
    private final SliderRange range = new SliderRange();
    private final InvalidationListener onSnapshot = o -> snapshotChanged();

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Editable> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper(this, "symbol", "");
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper(this, "what", "");
    private final ReadOnlyBooleanWrapper lockable = new ReadOnlyBooleanWrapper(this, "lockable");
    private final ReadOnlyBooleanWrapper parameter = new ReadOnlyBooleanWrapper(this, "parameter");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final DoubleProperty sliderValue = new SimpleDoubleProperty(this, "sliderValue");
    private final BooleanProperty sliding = new SimpleBooleanProperty(this, "sliding");
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");
    private final ReadOnlyStringWrapper lockText =
            new ReadOnlyStringWrapper(this, "lockText", Messages.get("diagram.editor.lock"));
    private final EditFeedback feedback = new EditFeedback();

    /** True while the controls' properties are set from the model, so that they are no commands. */
    private boolean syncing;
    /** Whether the field holds text the person typed and has not applied. */
    private boolean fieldEdited;
    private Runnable onSettled = () -> { };

    /**
     * The editor of {@code model}'s numbers: what-if slices are computed on {@code worker}, and
     * every result is handed to {@code ui} ({@code Platform::runLater} in the window).
     */
    ParameterEditorViewModel(StudioModel model, Executor worker, Executor ui) {
        this.model = model;
        this.ui = ui;
        this.whatIf = new WhatIfState(model, worker, ui);
        text.addListener((obs, old, now) -> {
            if (!syncing) {
                typed(now);
            }
        });
        sliderValue.addListener((obs, old, now) -> {
            if (!syncing) {
                double v = range.snap(now.doubleValue());
                if (sliding.get()) {
                    tryValue(v, Source.SLIDER);
                } else {
                    applyFromControl(v);
                }
            }
        });
        sliding.addListener((obs, was, now) -> {
            if (!now && !syncing) {
                applyFromControl(range.snap(sliderValue.get()));
            }
        });
        locked.addListener((obs, was, now) -> {
            if (!syncing && target.get() != null) {
                toggleLock(target.get(), now);
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // Commands
    // ----------------------------------------------------------------------------------------

    /**
     * Puts {@code e} in the editor with its value now (keeping what was typed if it is there
     * already); false, and nothing changes, if it is not in the current network or data.
     */
    boolean edit(Editable e) {
        Snapshot s = model.snapshotProperty().get();
        if (s == null || !e.existsIn(s)) {
            return false;
        }
        if (!isEditing(e)) {
            target.set(e);
            fieldEdited = false;
            feedback.clear();
            arrange(s);
            quietly(() -> range.centre(e.valueIn(s)));
        }
        sync(s);
        return true;
    }

    /** The editor is shown: it follows the model's snapshots. */
    void shown() {
        if (!showing.get()) {
            showing.set(true);
            model.snapshotProperty().addListener(onSnapshot);
        }
    }

    /** The editor is closed, or is to be: it stops following the model and forgets the what-if slice. */
    void close() {
        model.snapshotProperty().removeListener(onSnapshot);
        whatIf.clear();
        showing.set(false);
    }

    /** Whether the editor is shown on {@code e}. */
    boolean isEditing(Editable e) {
        return showing.get() && e.equals(target.get());
    }

    /** Shows {@code value} as the one being tried (while its label is dragged), without applying it. */
    void preview(Editable e, double value) {
        if (isEditing(e)) {
            tryValue(value, Source.DRAG);
        }
    }

    /** Enter: the typed number, if it is one, becomes an edit; else the reason is shown. */
    void enter() {
        double v;
        try {
            v = Inputs.parseNumber(text.get());
        } catch (IllegalArgumentException bad) {
            feedback.refused(bad.getMessage());
            onSettled.run();
            return;
        }
        Snapshot s = model.snapshotProperty().get();
        if (s != null && target.get().valueIn(s) == v) {
            fieldEdited = false; // nothing to change: no event on the timeline
            sync(s);
            onSettled.run();
            return;
        }
        apply(target.get(), v);
    }

    /**
     * Sets {@code e} to {@code value}: one edit on the timeline. If the editor is shown on it, the
     * outcome or the reason for a refusal is shown. The future completes on the model's engine thread.
     */
    CompletableFuture<EditOutcome> apply(Editable e, double value) {
        CompletableFuture<EditOutcome> done = model.edit(e.set(value));
        done.whenCompleteAsync((result, failure) -> {
            if (!isEditing(e)) {
                return;
            }
            if (failure != null) {
                feedback.refused(EditFeedback.reason(failure));
            } else {
                fieldEdited = false;
                feedback.applied(result);
                sync(model.snapshotProperty().get());
                onSettled.run();
                whatIf.clearPoint();
                follow();
            }
        }, ui);
        return done;
    }

    /** Locks or unlocks {@code e} (a weight or a bias): one edit on the timeline. */
    CompletableFuture<EditOutcome> toggleLock(Editable e, boolean lock) {
        CompletableFuture<EditOutcome> done = model.edit(e.lock(lock));
        done.whenCompleteAsync((result, failure) -> {
            if (isEditing(e)) {
                if (failure != null) {
                    feedback.refused(EditFeedback.reason(failure));
                }
                sync(model.snapshotProperty().get());
            }
        }, ui);
        return done;
    }

    /** Recomputes the what-if slice through the current point, for a weight or a bias being edited. */
    void follow() {
        Editable e = target.get();
        Snapshot s = model.snapshotProperty().get();
        if (e != null && e.parameter() != null && s != null && showing.get()) {
            whatIf.follow(e, s, range.halfWidth());
        }
    }

    /**
     * Runs {@code r} whenever an entry is settled: applied, found unchanged or refused as a whole
     * (the view selects the field's text, so that typing replaces it).
     */
    void setOnSettled(Runnable r) {
        onSettled = r;
    }

    // ----------------------------------------------------------------------------------------
    // Properties
    // ----------------------------------------------------------------------------------------

    /** Whether the editor is shown ({@link #shown()}, {@link #close()}; a number that vanished closes it). */
    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The number edited, null before the first {@link #edit}. */
    ReadOnlyObjectProperty<Editable> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Its name as the equations write it (w₁₂⁽²⁾), and what it is in words. */
    ReadOnlyStringProperty symbolProperty() {
        return symbol.getReadOnlyProperty();
    }

    ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    /** Whether it has a padlock (a weight or a bias). */
    ReadOnlyBooleanProperty lockableProperty() {
        return lockable.getReadOnlyProperty();
    }

    /** Whether it is a trainable parameter, with a what-if slice. */
    ReadOnlyBooleanProperty parameterProperty() {
        return parameter.getReadOnlyProperty();
    }

    /** The field's text: the value, or what the person typed over it. */
    StringProperty textProperty() {
        return text;
    }

    /** The slider's value. */
    DoubleProperty sliderValueProperty() {
        return sliderValue;
    }

    /** Whether the slider's thumb is being dragged (bound to the slider's). */
    BooleanProperty slidingProperty() {
        return sliding;
    }

    /** The slider's range around the value. */
    SliderRange range() {
        return range;
    }

    /** The padlock's state, and its words (Lock, Locked). */
    BooleanProperty lockedProperty() {
        return locked;
    }

    ReadOnlyStringProperty lockTextProperty() {
        return lockText.getReadOnlyProperty();
    }

    /** Why the last entry or edit was refused, or what the last edit did to the loss. */
    EditFeedback feedback() {
        return feedback;
    }

    /** The what-if slice and its captions, for a weight or a bias. */
    WhatIfState whatIf() {
        return whatIf;
    }

    // ----------------------------------------------------------------------------------------
    // Inside
    // ----------------------------------------------------------------------------------------

    /** Texts and sections for a new target. */
    private void arrange(Snapshot s) {
        Editable e = target.get();
        symbol.set(e.symbol());
        what.set(e.describe(s));
        lockable.set(e.isLockable());
        parameter.set(e.parameter() != null);
        if (e.parameter() != null) {
            whatIf.arrange(e);
        }
    }

    /** The controls from the model: value (unless typed over), slider, padlock. */
    private void sync(Snapshot s) {
        Editable e = target.get();
        if (s == null || e == null || !e.existsIn(s)) {
            return;
        }
        double v = e.valueIn(s);
        quietly(() -> {
            if (!fieldEdited) {
                text.set(Numbers.editable(v));
            }
            if (Double.isFinite(v) && !range.contains(v)) {
                range.centre(v);
            }
            if (!sliding.get() && Double.isFinite(v)) {
                sliderValue.set(v);
            }
            locked.set(e.lockedIn(s));
            lockText.set(Messages.get(e.lockedIn(s) ? "diagram.editor.locked" : "diagram.editor.lock"));
        });
    }

    private void snapshotChanged() {
        Snapshot s = model.snapshotProperty().get();
        if (target.get() == null || s == null) {
            return;
        }
        if (!target.get().existsIn(s)) {
            close();
            return;
        }
        sync(s);
        follow();
    }

    /** Runs {@code r}, which sets the controls' properties from the model: no commands. */
    private void quietly(Runnable r) {
        boolean was = syncing;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = was;
        }
    }

    private void typed(String now) {
        fieldEdited = true;
        feedback.clearError();
        try {
            tryValue(Inputs.parseNumber(now), Source.FIELD);
        } catch (IllegalArgumentException notYet) {
            whatIf.clearPoint();
        }
    }

    /** A value slid to (released) or stepped to with the keys: one edit. */
    private void applyFromControl(double v) {
        Snapshot s = model.snapshotProperty().get();
        Editable e = target.get();
        if (e == null || s == null || e.valueIn(s) == v) {
            return;
        }
        fieldEdited = false;
        quietly(() -> text.set(Numbers.editable(v)));
        apply(e, v);
    }

    /** Shows {@code v} as the value tried: in the controls other than {@code source}, and on the plot. */
    private void tryValue(double v, Source source) {
        quietly(() -> {
            if (source != Source.FIELD) {
                text.set(Numbers.editable(v));
            }
            if (source != Source.SLIDER) {
                sliderValue.set(range.clamp(v));
            }
        });
        if (target.get().parameter() != null) {
            whatIf.ask(v);
        }
    }
}
