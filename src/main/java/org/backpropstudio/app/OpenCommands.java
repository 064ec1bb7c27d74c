package org.backpropstudio.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import org.backpropstudio.app.UnsavedChanges.Purpose;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.Presets;

/**
 * The commands that put another session in place of the open one: File › New from preset, Open…
 * and Open recent, a lesson's session, and a session file dropped on the window. Each goes one
 * way: {@link UnsavedChanges} asks first if the open session has unsaved changes, then the session
 * is read ({@link Documents}) and opened by the window's own {@code openSession}, which also makes
 * it the document that File › Save writes.
 *
 * <p>Asking comes before reading, so what reading and opening do inside (a file parsed in the
 * background, a history restored with a progress bar) is theirs alone; a file that cannot be read
 * is reported by {@link Documents} as File › Open reports it, and the open session stays.
 */
final class OpenCommands {
    private final Documents documents;
    private final UnsavedChanges unsaved;
    private final Consumer<Documents.Opened> openSession;

    /**
     * @param documents   reads session files and presets
     * @param unsaved     asks before the open session is let go
     * @param openSession opens a session read (the window's, which makes it the current document)
     */
    OpenCommands(Documents documents, UnsavedChanges unsaved, Consumer<Documents.Opened> openSession) {
        this.documents = documents;
        this.unsaved = unsaved;
        this.openSession = openSession;
    }

    /** File › New from preset: a menu of the built-in sessions ({@code #preset-<id>}). */
    Menu presetsMenu() {
        Menu presets = new Menu(Messages.get("menu.file.newFromPreset"));
        for (Presets.Entry preset : documents.presets()) {
            MenuItem item = new MenuItem(preset.title());
            item.setId("preset-" + preset.id());
            item.setOnAction(e -> replace(
                    () -> CompletableFuture.completedFuture(Optional.of(documents.preset(preset)))));
            presets.getItems().add(item);
        }
        return presets;
    }

    /** File › Open…: asks for a session file. */
    MenuItem openItem() {
        MenuItem open = new MenuItem(Messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> replace(documents::chooseAndOpen));
        return open;
    }

    /**
     * File › Open recent: the session files opened or saved lately ({@code #recent-0} the newest),
     * listed afresh each time it opens.
     */
    Menu recentMenu() {
        Menu recent = new Menu(Messages.get("menu.file.openRecent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        return recent;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        for (Path file : documents.recentFiles()) {
            MenuItem item = new MenuItem(
                    Messages.format("menu.file.openRecent.item", file.getFileName(), file.getParent()));
            item.setId("recent-" + menu.getItems().size());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> openFile(file));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.openRecent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    /**
     * Opens a lesson's {@code session} (not tied to a file), then runs {@code then}; neither if the
     * student cancels. The lesson panel's {@link org.backpropstudio.app.lesson.SessionOpener}.
     */
    void openLesson(Session session, Runnable then) {
        unsaved.askThen(Purpose.REPLACE, () -> {
            openSession.accept(new Documents.Opened(session, null, null));
            then.run();
        });
    }

    /**
     * Lets {@code scene} take a session file dropped on it: a drag of one {@code *.json} file is
     * accepted (a copy), anything else is not (no accepting cursor); the drop opens the file as
     * File › Open does, after the drag has ended.
     */
    void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (sessionFile(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = sessionFile(e.getDragboard());
            e.setDropCompleted(file.isPresent());
            e.consume();
            // the question waits for the end of the drag, which the system may be holding
            file.ifPresent(f -> Platform.runLater(() -> openFile(f)));
        });
    }

    /** Opens the session file {@code file} (asking first if the open session is unsaved), as File › Open does. */
    void openFile(Path file) {
        replace(() -> documents.open(file));
    }

    /** The one session file ({@code *.json}) a drag carries, if that is all it carries. */
    private static Optional<Path> sessionFile(Dragboard board) {
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        if (files.size() != 1 || !files.get(0).getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.empty();
        }
        return Optional.of(files.get(0).toPath());
    }

    /**
     * Asks about unsaved changes, then reads what {@code read} reads (off the UI thread, completing
     * on it) and opens it (nothing if it reads nothing).
     */
    private void replace(Supplier<CompletableFuture<Optional<Documents.Opened>>> read) {
        unsaved.askThen(Purpose.REPLACE, () -> read.get().thenAccept(opened -> opened.ifPresent(openSession)));
    }
}
