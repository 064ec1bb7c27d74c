package org.backpropstudio.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.event.Event;
import javafx.event.EventDispatchChain;
import javafx.event.EventDispatcher;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.backpropstudio.app.diagram.DiagramKeys;
import org.backpropstudio.app.present.PresentationMode;
import org.backpropstudio.model.StudioModel;

/**
 * The window's keyboard shortcuts, as Help › Keyboard shortcuts lists them ({@link #list()}).
 *
 * <p>A shortcut owns its key: the whole keystroke, pressed, typed and released, is taken before any
 * handler of the scene or of a control sees it, so the focused control does not also act on it.
 * Taking the press alone is not enough: a slider moves to its minimum on Home's <em>release</em>, a
 * button fires on Space's release, and the menu bar's own key filter sits on the scene beside any
 * other. So this is the scene's event dispatcher, wrapped around the one it had.
 *
 * <p>A text input keeps its keys while it has focus (a text field or area, an editable spinner's or
 * combo box's editor): there ←, →, Home, Space, P, PageUp and PageDown edit; only F5, which types
 * nothing, is still a shortcut. A menu, a drop-down list or the parameter editor's popover, while
 * open, gets the keys before the window's scene does.
 */
final class Shortcuts implements EventDispatcher {
    private final EventDispatcher scene;
    private final Scene owner;
    private final StudioModel model;
    private final PresentationMode presentation;
    private final BooleanProperty spotlight;
    /** The keys whose press a shortcut took, until they are released. */
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);

    private Shortcuts(Scene owner, StudioModel model, PresentationMode presentation, BooleanProperty spotlight) {
        this.owner = owner;
        this.scene = owner.getEventDispatcher();
        this.model = model;
        this.presentation = presentation;
        this.spotlight = spotlight;
    }

    /**
     * Puts the shortcuts in front of {@code scene}'s event dispatcher: stepping and playing
     * {@code model}, entering and leaving {@code presentation}, turning {@code spotlight} on and off.
     */
    static void install(Scene scene, StudioModel model, PresentationMode presentation, BooleanProperty spotlight) {
        scene.setEventDispatcher(new Shortcuts(scene, model, presentation, spotlight));
    }

    /** The shortcuts as Help lists them: the keys, and what they do. */
    static List<String[]> list() {
        return List.of(
                new String[] {Messages.get("shortcuts.stepForward.keys"), Messages.get("shortcuts.stepForward")},
                new String[] {Messages.get("shortcuts.stepBack.keys"), Messages.get("shortcuts.stepBack")},
                new String[] {Messages.get("shortcuts.reset.keys"), Messages.get("shortcuts.reset")},
                new String[] {Messages.get("shortcuts.play.keys"), Messages.get("shortcuts.play")},
                new String[] {Messages.get("shortcuts.undo.keys"), Messages.get("shortcuts.undo")},
                new String[] {Messages.get("shortcuts.openSave.keys"), Messages.get("shortcuts.openSave")},
                new String[] {Messages.get("shortcuts.zoom.keys"), Messages.get("shortcuts.zoom")},
                new String[] {Messages.get("shortcuts.pan.keys"), Messages.get("shortcuts.pan")},
                new String[] {Messages.get("shortcuts.edit.keys"), Messages.get("shortcuts.edit")},
                new String[] {Messages.get("shortcuts.editKeys.keys"), Messages.get("shortcuts.editKeys")},
                new String[] {Messages.get("shortcuts.timeline.keys"), Messages.get("shortcuts.timeline")},
                new String[] {Messages.get("shortcuts.openFile.keys"), Messages.get("shortcuts.openFile")},
                new String[] {Messages.get("shortcuts.diagram.keys"), Messages.get("shortcuts.diagram")},
                new String[] {Messages.get("shortcuts.diagramEdit.keys"), Messages.get("shortcuts.diagramEdit")},
                new String[] {Messages.get("shortcuts.present.keys"), Messages.get("shortcuts.present")},
                new String[] {Messages.get("shortcuts.clicker.keys"), Messages.get("shortcuts.clicker")},
                new String[] {Messages.get("shortcuts.presentZoom.keys"), Messages.get("shortcuts.presentZoom")},
                new String[] {Messages.get("shortcuts.spotlight.keys"), Messages.get("shortcuts.spotlight")},
                new String[] {Messages.get("shortcuts.panels.keys"), Messages.get("shortcuts.panels")},
                new String[] {Messages.get("shortcuts.plots.keys"), Messages.get("shortcuts.plots")},
                new String[] {Messages.get("shortcuts.draw.keys"), Messages.get("shortcuts.draw")},
                new String[] {Messages.get("shortcuts.pad.keys"), Messages.get("shortcuts.pad")},
                new String[] {Messages.get("shortcuts.chart.keys"), Messages.get("shortcuts.chart")},
                new String[] {Messages.get("shortcuts.pictures.keys"), Messages.get("shortcuts.pictures")});
    }

    @Override
    public Event dispatchEvent(Event event, EventDispatchChain tail) {
        if (event instanceof KeyEvent key && owns(key)) {
            return null;
        }
        return scene.dispatchEvent(event, tail);
    }

    /**
     * Whether {@code key} belongs to a shortcut, so that nothing else gets it: a press the shortcut
     * acts on, then the characters typed and the release of that key.
     */
    private boolean owns(KeyEvent key) {
        if (key.getEventType() == KeyEvent.KEY_RELEASED) {
            return held.remove(key.getCode());
        }
        if (key.getEventType() == KeyEvent.KEY_TYPED) {
            return !held.isEmpty() && !typesText(key.getTarget());
        }
        if (key.isAltDown() || typesText(key.getTarget()) && key.getCode() != KeyCode.F5
                || navigates(key.getTarget()) && DiagramKeys.keeps(key.getCode()) || !act(key)) {
            return false;
        }
        held.add(key.getCode());
        return true;
    }

    /** Whether {@code target} is a diagram element moved between by the arrow keys ({@link DiagramKeys}). */
    private static boolean navigates(EventTarget target) {
        return target instanceof Node node && node.getStyleClass().contains(DiagramKeys.NAVIGABLE);
    }

    /** Whether {@code target} edits text, so that the keys are its own. */
    static boolean typesText(EventTarget target) {
        return target instanceof TextInputControl
                || target instanceof Spinner<?> spinner && spinner.isEditable()
                || target instanceof ComboBoxBase<?> combo && combo.isEditable();
    }

    /** Does what the pressed {@code key} stands for; false if it stands for nothing. */
    private boolean act(KeyEvent key) {
        KeyCode code = key.getCode();
        if (key.isShortcutDown()) {
            return presentation.onProperty().get() && zoom(code);
        }
        if (key.isControlDown() || key.isMetaDown()) {
            return false;
        }
        switch (code) {
            case RIGHT, SPACE, PAGE_DOWN -> model.strideForward();
            case LEFT, PAGE_UP -> model.stepBack();
            case HOME -> model.reset();
            case P -> model.togglePlay();
            case S -> spotlight.set(!spotlight.get());
            case F5 -> presentation.enter(stage());
            case ESCAPE -> {
                if (!presentation.onProperty().get()) {
                    return false;
                }
                presentation.exit(stage());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Ctrl + plus, minus or 0 while presenting. */
    private boolean zoom(KeyCode code) {
        switch (code) {
            case PLUS, EQUALS, ADD -> presentation.zoomIn();
            case MINUS, SUBTRACT -> presentation.zoomOut();
            case DIGIT0, NUMPAD0 -> presentation.zoomReset();
            default -> {
                return false;
            }
        }
        return true;
    }

    private Stage stage() {
        return (Stage) owner.getWindow();
    }
}
