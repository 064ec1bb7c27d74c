package org.backpropstudio.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.model.StudioModel;

/**
 * Lets go of the open session only after asking, when it has unsaved changes: the one question
 * (Save, Don't save, Cancel) for closing the window and for every command that puts another
 * session in its place.
 *
 * <ul>
 *   <li>Save saves (asking for a file if the session has none) and goes on only once it is saved;
 *       a save that is cancelled or fails cancels.</li>
 *   <li>Don't save goes on, and deletes the recovery copy of the session.</li>
 *   <li>Cancel changes nothing.</li>
 * </ul>
 * Without unsaved changes it goes on at once (the recovery copy, if any, is deleted too).
 *
 * <p>What "goes on" does is the caller's: closing hides the window; a replacement reads a file or
 * takes a preset and opens it, and if that fails the open session stays (still unsaved, so that
 * the next autosave copies it again).
 *
 * <p>Node id: {@code #unsaved-question} (the dialog's pane).
 */
final class UnsavedChanges {
    /** What the session is let go for: it words the question. */
    enum Purpose {
        /** The window closes. */
        CLOSE,
        /** Another session is opened in its place. */
        REPLACE
    }

    private final StudioModel model;
    private final RecoveryFile recovery;
    private final Supplier<CompletableFuture<Void>> save;
    private final Supplier<Window> owner;

    /**
     * @param model    whose unsaved mark decides whether to ask
     * @param recovery the copy of the unsaved session, deleted when the session is let go unsaved
     * @param save     saves the session (asking for a file if needed); completes once saved, never
     *                 if cancelled or failed
     * @param owner    the window the question belongs to
     */
    UnsavedChanges(StudioModel model, RecoveryFile recovery, Supplier<CompletableFuture<Void>> save,
                   Supplier<Window> owner) {
        this.model = model;
        this.recovery = recovery;
        this.save = save;
        this.owner = owner;
    }

    /**
     * Runs {@code then} (on the UI thread) once the session may be let go for {@code purpose}; asks
     * first if it is unsaved.
     */
    void askThen(Purpose purpose, Runnable then) {
        if (!model.dirtyProperty().get()) {
            recovery.delete();
            then.run();
            return;
        }
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.getDialogPane().setId("unsaved-question");
        ask.setTitle(Messages.get("app.name"));
        String name = model.sessionNameProperty().get();
        ask.setHeaderText(purpose == Purpose.CLOSE ? Messages.format("unsaved.header.close", name)
                : Messages.format("unsaved.header.replace", name));
        ask.setContentText(Messages.get("unsaved.content"));
        ask.showAndWait().ifPresent(answer -> {
            if (answer == save) {
                this.save.get().thenRun(() -> Platform.runLater(then));
            } else if (answer == discard) {
                recovery.delete();
                then.run();
            }
        });
    }
}
