package org.backpropstudio.app.diagram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.whatif.WhatIf;
import org.backpropstudio.core.Parameter;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.Inputs;
import org.backpropstudio.model.StudioModel;
import org.backpropstudio.model.StudioModel.EditOutcome;

/**
 * The state and rules of the inline editor of one number, apart from its nodes: the number edited
 * ({@link Editable}), its texts, the value in the field (parsed as {@link Inputs} reads numbers),
 * the slider's range around the value, the padlock, what the last edit did to the loss or why it
 * was refused, and the what-if slice ({@link WhatIf}) with its captions.
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
    private final WhatIf whatIf;
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
    private final ReadOnlyStringWrapper lockText = new ReadOnlyStringWrapper(this, "lockText", Messages.get("diagram.editor.lock"));
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin", 0);
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax", 100);
    private final ReadOnlyDoubleWrapper sliderIncrement = new ReadOnlyDoubleWrapper(this, "sliderIncrement", 10);
    private final ReadOnlyStringWrapper sliderLow = new ReadOnlyStringWrapper(this, "sliderLow", "");
    private final ReadOnlyStringWrapper sliderHigh = new ReadOnlyStringWrapper(this, "sliderHigh", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<EditOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper(this, "outcomeText", "");
    private final ReadOnlyStringWrapper whatIfTitle = new ReadOnlyStringWrapper(this, "whatIfTitle", "");
    private final ReadOnlyObjectWrapper<WhatIf.Curve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyObjectWrapper<WhatIf.Point> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyStringWrapper slope = new ReadOnlyStringWrapper(this, "slope", "");
    private final ReadOnlyStringWrapper actual = new ReadOnlyStringWrapper(this, "actual", "");
    private final ReadOnlyBooleanWrapper tried = new ReadOnlyBooleanWrapper(this, "tried");
    private final ReadOnlyStringWrapper predicted = new ReadOnlyStringWrapper(this, "predicted", "");

    /** True while the controls' properties are set from the model, so that they are no commands. */
    private boolean syncing;
    /** Whether the field holds text the person typed and has not applied. */
    private boolean fieldEdited;
    /** The slider's resolution: values slid to are multiples of it. */
    private double sliderStep = 0.01;
    private Runnable onSettled = () -> { };

    /**
     * The editor of {@code model}'s numbers: what-if slices are computed on {@code worker}, and
     * every result is handed to {@code ui} ({@code Platform::runLater} in the window).
     */
    ParameterEditorViewModel(StudioModel model, Executor worker, Executor ui) {
        this.model = model;
        this.ui = ui;
        this.whatIf = new WhatIf(model::probe, worker, ui);
        whatIf.curveProperty().addListener((obs, old, c) -> showCurve(c));
        whatIf.pointProperty().addListener((obs, old, p) -> showPoint(p));
        text.addListener((obs, old, now) -> {
            if (!syncing) {
                typed(now);
            }
        });
        sliderValue.addListener((obs, old, now) -> {
            if (!syncing) {
                double v = Steps.snap(now.doubleValue(), sliderStep);
                if (sliding.get()) {
                    tryValue(v, Source.SLIDER);
                } else {
                    applyFromControl(v);
                }
            }
        });
        sliding.addListener((obs, was, now) -> {
            if (!now && !syncing) {
                applyFromControl(Steps.snap(sliderValue.get(), sliderStep));
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
            error.set("");
            outcome.set(null);
            arrange(s);
            centreSlider(e.valueIn(s));
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
            error.set(bad.getMessage());
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
                error.set(reason(failure));
            } else {
                fieldEdited = false;
                error.set("");
                outcome.set(result);
                outcomeText.set(Messages.format("diagram.editor.outcome", Numbers.format(result.lossBefore()),
                        Numbers.format(result.lossAfter()), Numbers.signed(result.change())));
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
                    error.set(reason(failure));
                }
                sync(model.snapshotProperty().get());
            }
        }, ui);
        return done;
    }

    /** Recomputes the what-if slice through the current point, for a weight or a bias being edited. */
    void follow() {
        Editable e = target.get();
        Parameter p = e == null ? null : e.parameter();
        Snapshot s = model.snapshotProperty().get();
        if (p == null || s == null || !showing.get()) {
            return;
        }
        if (!Double.isFinite(e.valueIn(s))) {
            whatIf.clear();
            curve.set(null);
            slope.set(Messages.format("whatif.slope.nonFinite", e.symbol()));
            return;
        }
        double half = (sliderMax.get() - sliderMin.get()) / 2;
        whatIf.follow(p, half, WhatIf.points(parameterCount(s), s.samplesPerIteration()));
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

    /** Whether the editor is shown (set through {@link #shown()} and {@link #close()}; a number that vanished closes it). */
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

    /** The slider's value, its range around the value (with the texts at its ends) and its key step. */
    DoubleProperty sliderValueProperty() {
        return sliderValue;
    }

    /** Whether the slider's thumb is being dragged (bound to the slider's). */
    BooleanProperty slidingProperty() {
        return sliding;
    }

    ReadOnlyDoubleProperty sliderMinProperty() {
        return sliderMin.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty sliderMaxProperty() {
        return sliderMax.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty sliderIncrementProperty() {
        return sliderIncrement.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sliderLowProperty() {
        return sliderLow.getReadOnlyProperty();
    }

    ReadOnlyStringProperty sliderHighProperty() {
        return sliderHigh.getReadOnlyProperty();
    }

    /** The padlock's state, and its words (Lock, Locked). */
    BooleanProperty lockedProperty() {
        return locked;
    }

    ReadOnlyStringProperty lockTextProperty() {
        return lockText.getReadOnlyProperty();
    }

    /** Why the last entry or edit was refused, as a sentence; empty when nothing was. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last edit did to the loss, null before one; and that in words. */
    ReadOnlyObjectProperty<EditOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    /** The what-if slice: its title, the curve (null until computed) and the value tried (null when none). */
    ReadOnlyStringProperty whatIfTitleProperty() {
        return whatIfTitle.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<WhatIf.Curve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<WhatIf.Point> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** The captions: backprop's slope; the actual ΔJ of the value tried (or a hint); the predicted ΔJ. */
    ReadOnlyStringProperty slopeProperty() {
        return slope.getReadOnlyProperty();
    }

    ReadOnlyStringProperty actualProperty() {
        return actual.getReadOnlyProperty();
    }

    /** Whether a value is tried: the actual ΔJ is no hint, and the prediction shows. */
    ReadOnlyBooleanProperty triedProperty() {
        return tried.getReadOnlyProperty();
    }

    ReadOnlyStringProperty predictedProperty() {
        return predicted.getReadOnlyProperty();
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
            whatIfTitle.set(Messages.format("whatif.title", e.symbol()));
            curve.set(null);
            point.set(null);
            slope.set(Messages.format("whatif.slope.pending", e.gradientSymbol()));
            showPoint(null);
        }
    }

    /** The controls from the model: value (unless typed over), slider, padlock. */
    private void sync(Snapshot s) {
        Editable e = target.get();
        if (s == null || e == null || !e.existsIn(s)) {
            return;
        }
        double v = e.valueIn(s);
        syncing = true;
        try {
            if (!fieldEdited) {
                text.set(Numbers.editable(v));
            }
            if (Double.isFinite(v) && (v < sliderMin.get() || v > sliderMax.get())) {
                centreSlider(v);
            }
            if (!sliding.get() && Double.isFinite(v)) {
                sliderValue.set(v);
            }
            boolean now = e.lockedIn(s);
            locked.set(now);
            lockText.set(Messages.get(now ? "diagram.editor.locked" : "diagram.editor.lock"));
        } finally {
            syncing = false;
        }
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

    /** The slider spans value ± max(1, 2|value|), in steps of about a two-hundredth of that. */
    private void centreSlider(double v) {
        double centre = Double.isFinite(v) ? v : 0;
        double half = Math.max(1, 2 * Math.abs(centre));
        sliderStep = Steps.nice(half / 100);
        boolean was = syncing;
        syncing = true;
        try {
            sliderMin.set(centre - half);
            sliderMax.set(centre + half);
            sliderIncrement.set(sliderStep * 10);
            sliderLow.set(Numbers.format(centre - half));
            sliderHigh.set(Numbers.format(centre + half));
        } finally {
            syncing = was;
        }
    }

    private void typed(String now) {
        fieldEdited = true;
        error.set("");
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
        syncing = true;
        try {
            text.set(Numbers.editable(v));
        } finally {
            syncing = false;
        }
        apply(e, v);
    }

    /** Shows {@code v} as the value tried: in the controls other than {@code source}, and on the plot. */
    private void tryValue(double v, Source source) {
        syncing = true;
        try {
            if (source != Source.FIELD) {
                text.set(Numbers.editable(v));
            }
            if (source != Source.SLIDER) {
                sliderValue.set(Math.max(sliderMin.get(), Math.min(sliderMax.get(), v)));
            }
        } finally {
            syncing = false;
        }
        if (target.get().parameter() != null) {
            whatIf.ask(v);
        }
    }

    private void showCurve(WhatIf.Curve c) {
        curve.set(c);
        if (c != null) {
            slope.set(Messages.format("whatif.slope", target.get().gradientSymbol(), Numbers.format(c.slope())));
        }
    }

    private void showPoint(WhatIf.Point p) {
        point.set(p);
        Editable e = target.get();
        boolean now = p != null && e != null && p.parameter().equals(e.parameter());
        tried.set(now);
        if (!now) {
            actual.set(Messages.get("whatif.hint"));
            return;
        }
        WhatIf.Curve c = curve.get();
        double dv = c == null ? Double.NaN : p.value() - c.value();
        String d = e.parameter().isBias() ? "Δb" : "Δw";
        actual.set(Messages.format("whatif.actual", Numbers.signed(p.change()), c == null ? "…" : Numbers.format(c.loss()),
                Numbers.format(p.loss())));
        String factor = dv < 0 ? "(" + Numbers.format(dv) + ")" : Numbers.format(dv);
        predicted.set(c == null ? Messages.format("whatif.predicted.pending", e.gradientSymbol(), d)
                : Messages.format("whatif.predicted", e.gradientSymbol(), d, Numbers.format(c.slope()), factor,
                        Numbers.signed(p.predicted())));
    }

    /** The message of a refused edit, as a sentence. */
    static String reason(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String m = t.getMessage() == null || t.getMessage().isBlank() ? Messages.get("diagram.editor.refused") : t.getMessage().strip();
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    private static int parameterCount(Snapshot s) {
        int count = 0;
        for (int l = 1; l <= s.layers(); l++) {
            count += s.units(l) * (s.units(l - 1) + 1);
        }
        return count;
    }
}
