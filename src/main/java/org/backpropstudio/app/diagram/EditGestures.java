package org.backpropstudio.app.diagram;

import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.model.StudioModel;

/**
 * The hands-on gestures on a number of the diagram: a click opens the {@link ParameterEditor} on
 * it; the scroll wheel nudges it by {@value #NUDGE} per notch ({@value #COARSE_NUDGE} with Shift),
 * each notch one edit; dragging it up or down scrubs it ({@value #NUDGE} per
 * {@value #PIXELS_PER_STEP} px, ten times that with Shift), previewed live in the editor and
 * applied as one edit on release. A click on a padlock locks or unlocks its parameter. A refused
 * change says why in a note beside the number ({@link #noticeProperty()}).
 */
final class EditGestures {
    /** The step of a scroll notch and of a drag, and the coarse ones with Shift. */
    static final double NUDGE = 0.01;
    static final double COARSE_NUDGE = 0.1;
    /** Pixels of vertical drag per step. */
    static final double PIXELS_PER_STEP = 2;
    /** The drag distance that tells a drag from a click, px. */
    private static final double DRAG_THRESHOLD = 4;
    /** How long a note about a refused change stays. */
    private static final Duration NOTICE_TIME = Duration.seconds(4);
    static final PseudoClass SCRUBBING = PseudoClass.getPseudoClass("scrubbing");

    private final StudioModel model;
    private final ParameterEditor editor;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final Tooltip note = new Tooltip();
    private final PauseTransition noteTimer = new PauseTransition(NOTICE_TIME);

    EditGestures(StudioModel model, ParameterEditor editor) {
        this.model = model;
        this.editor = editor;
        note.getStyleClass().add("diagram-notice");
        note.setAutoHide(true);
        noteTimer.setOnFinished(e -> note.hide());
    }

    /** The last refused gesture's reason, e.g. for a status bar; empty after a change went through. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Makes {@code label} a handle on the number {@code target} names (asked anew at each gesture,
     * as an input's sample changes): {@code select} runs on a click or a drag; while it is dragged
     * the label previews the value, and shows the model's value again afterwards.
     */
    void install(NumberLabel label, Supplier<Editable> target, Runnable select) {
        Handle h = new Handle(label, target, select);
        label.getStyleClass().add("editable");
        label.addEventHandler(MouseEvent.MOUSE_PRESSED, h::pressed);
        label.addEventHandler(MouseEvent.DRAG_DETECTED, MouseEvent::consume); // no panning from a handle
        label.addEventHandler(MouseEvent.MOUSE_DRAGGED, h::dragged);
        label.addEventHandler(MouseEvent.MOUSE_RELEASED, h::released);
        label.addEventHandler(MouseEvent.MOUSE_CLICKED, h::clicked);
        label.addEventHandler(ScrollEvent.SCROLL, h::scrolled);
    }

    /** Selects with {@code select} and opens the editor on {@code target}, at {@code label}: a click, or Enter. */
    void open(Editable target, NumberLabel label, Runnable select) {
        select.run();
        editor.open(target, label);
    }

    /** Makes {@code padlock} lock or unlock the parameter {@code target} names when clicked. */
    void installLock(Node padlock, Supplier<Editable> target) {
        padlock.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                Editable t = target.get();
                Snapshot s = model.snapshotProperty().get();
                if (t != null && s != null && t.isLockable()) {
                    editor.toggleLock(t, !t.lockedIn(s)).whenCompleteAsync((r, failure) -> {
                        if (failure != null) {
                            tell(padlock, EditFeedback.reason(failure));
                        }
                    }, Platform::runLater);
                }
            }
            e.consume();
        });
        padlock.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
    }

    /** Shows {@code message} beside {@code near} for a few seconds, and as the notice. */
    void tell(Node near, String message) {
        notice.set(message);
        if (near.getScene() == null || near.getScene().getWindow() == null
                || !near.getScene().getWindow().isShowing()) {
            return;
        }
        Bounds b = near.localToScreen(near.getBoundsInLocal());
        note.setText(message);
        note.show(near, b.getMinX(), b.getMinY());
        // above the number: a hover tooltip takes the space below the pointer
        note.setAnchorY(b.getMinY() - note.getHeight() - 4);
        noteTimer.playFromStart();
    }

    /** Hides the note (the diagram is rebuilt or thrown away). */
    void hideNote() {
        noteTimer.stop();
        note.hide();
    }

    /** One label's gesture state. */
    private final class Handle {
        private final NumberLabel label;
        private final Supplier<Editable> target;
        private final Runnable select;
        private double pressY;
        private double startValue;
        private double dragValue;
        private boolean dragging;
        private Editable dragged;
        /** Notches scrolled but not yet a whole one (trackpads scroll in fractions). */
        private double notches;
        /** The value the newest nudge asked for, and how many nudges are on their way. */
        private double nudged;
        private int inFlight;

        Handle(NumberLabel label, Supplier<Editable> target, Runnable select) {
            this.label = label;
            this.target = target;
            this.select = select;
        }

        void clicked(MouseEvent e) {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !dragging) {
                Editable t = target.get();
                if (t != null) {
                    open(t, label, select);
                }
            }
            e.consume();
        }

        void pressed(MouseEvent e) {
            dragging = false;
            pressY = e.getScreenY();
            Snapshot s = model.snapshotProperty().get();
            Editable t = target.get();
            startValue = s != null && t != null && t.existsIn(s) ? t.valueIn(s) : Double.NaN;
        }

        void dragged(MouseEvent e) {
            e.consume();
            if (!e.isPrimaryButtonDown() || !Double.isFinite(startValue)) {
                return;
            }
            double dy = pressY - e.getScreenY();
            if (!dragging) {
                if (Math.abs(dy) < DRAG_THRESHOLD) {
                    return;
                }
                dragging = true;
                dragged = target.get();
                if (dragged == null) {
                    dragging = false;
                    return;
                }
                select.run();
                if (!editor.isEditing(dragged)) {
                    editor.open(dragged, label);
                }
                label.pseudoClassStateChanged(SCRUBBING, true);
            }
            double step = e.isShiftDown() ? COARSE_NUDGE : NUDGE;
            long steps = Math.round(dy / PIXELS_PER_STEP);
            dragValue = Steps.add(startValue, Steps.snap(steps * step, step));
            label.preview(dragValue);
            editor.preview(dragged, dragValue);
        }

        void released(MouseEvent e) {
            if (!dragging) {
                return;
            }
            e.consume();
            dragging = false;
            label.pseudoClassStateChanged(SCRUBBING, false);
            if (dragValue == startValue) {
                label.refresh();
                return;
            }
            editor.apply(dragged, dragValue).whenCompleteAsync((r, failure) -> {
                label.refresh();
                if (failure != null) {
                    tell(label, EditFeedback.reason(failure));
                } else {
                    notice.set("");
                }
            }, Platform::runLater);
        }

        void scrolled(ScrollEvent e) {
            if (e.isControlDown() || e.isShortcutDown()) {
                return; // the diagram zooms
            }
            e.consume();
            // with Shift some systems turn the wheel sideways
            boolean vertical = e.getDeltaY() != 0;
            double delta = vertical ? e.getDeltaY() : e.getDeltaX();
            double perNotch = vertical ? e.getMultiplierY() : e.getMultiplierX();
            notches += delta / (perNotch > 0 ? perNotch : 40);
            int whole = (int) notches;
            notches -= whole;
            for (int i = 0; i < Math.abs(whole); i++) {
                nudge(whole > 0 ? 1 : -1, e.isShiftDown());
            }
        }

        /** One notch: an edit to the value the last notch asked for, plus or minus a step. */
        private void nudge(int direction, boolean coarse) {
            Editable t = target.get();
            Snapshot s = model.snapshotProperty().get();
            if (t == null || s == null || !t.existsIn(s)) {
                return;
            }
            double base = inFlight > 0 ? nudged : t.valueIn(s);
            if (!Double.isFinite(base)) {
                tell(label, Messages.format("diagram.nudge.nonFinite", t.symbol()));
                return;
            }
            double value = Steps.add(base, direction * (coarse ? COARSE_NUDGE : NUDGE));
            nudged = value;
            inFlight++;
            editor.apply(t, value).whenCompleteAsync((r, failure) -> {
                inFlight--;
                if (failure != null) {
                    inFlight = 0; // the next notch starts from the model's value again
                    tell(label, EditFeedback.reason(failure));
                } else {
                    notice.set("");
                }
            }, Platform::runLater);
        }
    }
}
