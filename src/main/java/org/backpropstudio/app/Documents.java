package org.backpropstudio.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Session;
import org.backpropstudio.export.ExportRefusedException;
import org.backpropstudio.export.Framework;
import org.backpropstudio.export.PythonProgram;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.Presets;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import org.backpropstudio.io.TraceFormat;
import org.backpropstudio.model.SavedState;

/**
 * Session files and presets for the window: choosing, opening and saving, with every problem told
 * in a dialog and nothing changed by a file that could not be read.
 */
final class Documents {
    private static final String DEFAULT_PRESET = "seed-example";

    /**
     * A session as opened: from a file (then {@code file} and {@code document} are set, and
     * {@code history} if the file saved one that fits, or {@code historyProblem} if it saved one
     * that does not) or a preset; {@code unsaved} if it was restored after a crash (no file holds it).
     */
    record Opened(Session session, Path file, ObjectNode document, HistoryResume history, String historyProblem,
                  boolean unsaved) {
        /** What was saved: the session at the cursor, with its file and document, no history to open. */
        Opened(Session session, Path file, ObjectNode document) {
            this(session, file, document, null, null, false);
        }

        /**
         * A session read from {@code file} (null for a preset or a recovered session), with its
         * history prepared to resume if it has one that fits, else the reason it does not.
         */
        static Opened of(LoadedSession loaded, Path file, boolean unsaved) {
            HistoryResume resume = null;
            String problem = null;
            if (loaded.history() != null) {
                try {
                    resume = loaded.resume();
                } catch (SessionFormatException e) {
                    problem = e.getMessage();
                }
            }
            return new Opened(loaded.session(), file, loaded.document(), resume, problem, unsaved);
        }

        /** The file's name, or the session's for a preset. */
        String title() {
            return file == null ? session.name() : file.getFileName().toString();
        }
    }

    private final Window owner;
    private final Presets presets;
    private final RecentFiles recent;
    private final Executor io;
    private final ReadOnlyStringWrapper busy = new ReadOnlyStringWrapper(this, "busy");
    private SaveDialog saveDialog = this::showSaveDialog;

    Documents(Window owner) {
        this(owner, RecentFiles.standard());
    }

    Documents(Window owner, RecentFiles recent) {
        this(owner, recent, ForkJoinPool.commonPool());
    }

    /**
     * @param owner  the window the dialogs belong to
     * @param recent the list of files opened or saved lately
     * @param io     reads and writes session files, off the UI thread
     */
    Documents(Window owner, RecentFiles recent, Executor io) {
        this.owner = owner;
        this.presets = Presets.onClassPath();
        if (presets.entries().isEmpty()) {
            throw new IllegalStateException("the presets' index is missing from the application");
        }
        this.recent = recent;
        this.io = io;
    }

    /** What is being read or written now ("Opening lecture.backprop.json…"), or null. */
    ReadOnlyStringProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The session files opened or saved lately, newest first. */
    List<Path> recentFiles() {
        return recent.list();
    }

    /** The built-in sessions, in menu order. */
    List<Presets.Entry> presets() {
        return presets.entries();
    }

    /**
     * The session to start with (read before the window shows): {@code file} if given and valid,
     * else the seed example.
     */
    Opened initialSession(Optional<Path> file) {
        if (file.isPresent()) {
            try {
                return read(file.get());
            } catch (SessionFormatException e) {
                showProblem(Messages.format("problem.open", file.get().getFileName()), e.getMessage());
            }
        }
        return preset(presets.entries().stream().filter(p -> p.id().equals(DEFAULT_PRESET)).findFirst()
                .orElse(presets.entries().get(0)));
    }

    /**
     * If the last run left a recovery file (it closed without saving, or crashed), asks whether to
     * restore it; the restored session is not tied to a file, so that saving asks where.
     */
    Optional<Opened> offerRecovery(RecoveryFile recovery) {
        Optional<LoadedSession> left = recovery.load();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        String when = recovery.savedAt().map(t -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault()).format(t)).orElse(Messages.get("recovery.earlier"));
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        ask.setTitle(Messages.get("app.name"));
        ask.setHeaderText(Messages.format("recovery.header", left.get().session().name(), when));
        ask.setContentText(Messages.get("recovery.content"));
        boolean yes = ask.showAndWait().filter(restore::equals).isPresent();
        if (!yes) {
            recovery.delete();
            return Optional.empty();
        }
        return Optional.of(Opened.of(left.get(), null, true));
    }

    /** A built-in session, new (not tied to a file). */
    Opened preset(Presets.Entry preset) {
        return Opened.of(presets.load(preset), null, false);
    }

    /** Asks for a session file and reads it; empty if cancelled or unreadable (then said why). */
    CompletableFuture<Optional<Opened>> chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().add(sessionFiles());
        java.io.File chosen = chooser.showOpenDialog(owner);
        return chosen == null ? CompletableFuture.completedFuture(Optional.empty()) : open(chosen.toPath());
    }

    /**
     * Reads {@code file} and prepares its history off the UI thread ({@link #busyProperty()} says
     * so meanwhile); completes on the UI thread, empty if it cannot be read (then said why, and
     * nothing changes).
     */
    CompletableFuture<Optional<Opened>> open(Path file) {
        busy.set(Messages.format("work.opening", file.getFileName()));
        return CompletableFuture.supplyAsync(() -> {
            try {
                Opened opened = read(file);
                recent.add(file);
                return opened;
            } catch (SessionFormatException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((opened, failure) -> {
            busy.set(null);
            if (opened != null) {
                return Optional.of(opened);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            showProblem(Messages.format("problem.open", file.getFileName()), cause instanceof SessionFormatException
                    ? cause.getMessage() : String.valueOf(cause));
            return Optional.<Opened>empty();
        }, Platform::runLater);
    }

    /** Reads {@code file} in this thread: the session, its document and its history prepared. */
    private static Opened read(Path file) throws SessionFormatException {
        return Opened.of(SessionFile.read(file), file, false);
    }

    /**
     * Saves the session at the cursor with its history to {@code current}'s file, or asks for one if
     * it has none (or {@code askForFile}), keeping the members of {@code document} this version does
     * not know; the file is written off the UI thread. Completes on the UI thread with what is now
     * open, empty if cancelled or failed (then said why).
     */
    CompletableFuture<Optional<Opened>> save(SavedState state, ObjectNode document, Opened current,
                                             boolean askForFile) {
        Session session = state.current();
        Path chosen = current.file();
        if (chosen == null || askForFile) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("save.title"));
            chooser.getExtensionFilters().add(sessionFiles());
            chooser.setInitialFileName(fileNameFor(session.name()));
            chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath).orElse(null);
            if (chosen == null) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
        }
        Path file = chosen;
        busy.set(Messages.format("work.saving", file.getFileName()));
        return CompletableFuture.runAsync(() -> {
            try {
                SessionFile.save(file, session, document, state.history());
                recent.add(file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((done, failure) -> {
            busy.set(null);
            if (failure == null) {
                return Optional.of(new Opened(session, file, document));
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            showProblem(Messages.format("problem.save", file.getFileName()), String.valueOf(cause.getMessage()));
            return Optional.<Opened>empty();
        }, Platform::runLater);
    }

    /** Asks for a file and writes one iteration of {@code session}, micro-step by micro-step, to it. */
    void exportTrace(Session session, TraceFormat format) {
        String extension = format == TraceFormat.MARKDOWN ? "md" : format == TraceFormat.LATEX ? "tex" : format.id();
        String name = fileNameFor(session.name()).replace(".backprop.json", "") + "-handout." + extension;
        chooseFile(Messages.get("export.title"), name, format.id(), extension)
                .ifPresent(file -> reportFailure(file, () -> {
                    AtomicFile.writeText(file, out -> format.write(session, 1, out));
                }));
    }

    /**
     * Asks for a file and writes {@code session} as a Python program for {@code framework} to it
     * ({@link PythonProgram}), off the UI thread; a session that cannot be exported, or a file that
     * cannot be written, is told in a dialog.
     */
    void exportProgram(Session session, Framework framework) {
        String name = fileNameFor(session.name()).replace(".backprop.json", "") + "-" + framework.id() + ".py";
        chooseFile(Messages.get("export.program.title"), name, Messages.get("export.program.filter"), "py")
                .ifPresent(file -> CompletableFuture.runAsync(() -> writeProgram(session, framework, file), io)
                        .whenCompleteAsync((done, failure) -> {
                            if (failure != null) {
                                tellExportProblem(session, file, failure);
                            }
                        }, Platform::runLater));
    }

    /** Writes the program to {@code file}; a refusal or a failure to write as a {@link CompletionException}. */
    private static void writeProgram(Session session, Framework framework, Path file) {
        try {
            String program = PythonProgram.of(session, framework, file.getFileName().toString());
            AtomicFile.writeText(file, out -> out.write(program));
        } catch (ExportRefusedException | IOException e) {
            throw new CompletionException(e);
        }
    }

    /** Tells in a dialog why a program was not exported or not written. */
    private void tellExportProblem(Session session, Path file, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        showProblem(cause instanceof ExportRefusedException
                        ? Messages.format("problem.exportProgram", session.name())
                        : Messages.format("problem.write", file.getFileName()),
                String.valueOf(cause.getMessage()));
    }

    /** Asks where to write a file of type {@code extension}; empty if cancelled. */
    Optional<Path> chooseFile(String title, String initialName, String description, String extension) {
        return saveDialog.choose(title, initialName, description, extension);
    }

    /**
     * Uses {@code dialog} to ask where to write a file instead of the system's save dialog (for the
     * tests, which cannot drive a native dialog).
     */
    void useSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog;
    }

    /** The question where to write a file: a title, a proposed name, the kind of file and its extension. */
    @FunctionalInterface
    interface SaveDialog {
        /** The file chosen; empty if cancelled. */
        Optional<Path> choose(String title, String initialName, String description, String extension);
    }

    /** The system's save dialog, owned by the window. */
    private Optional<Path> showSaveDialog(String title, String initialName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format("documents.filter", description, extension), "*." + extension));
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    /** Something that writes a file. */
    @FunctionalInterface
    interface FileWriting {
        void write() throws IOException;
    }

    /** Runs {@code writing}, telling in a dialog if it failed. */
    void reportFailure(Path file, FileWriting writing) {
        try {
            writing.write();
        } catch (IOException | RuntimeException e) {
            showProblem(Messages.format("problem.write", file.getFileName()), String.valueOf(e.getMessage()));
        }
    }

    /** Tells a problem in a dialog. */
    void showProblem(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(detail);
        alert.show();
    }

    /** Session files, as the file choosers offer them. */
    private static FileChooser.ExtensionFilter sessionFiles() {
        return new FileChooser.ExtensionFilter(Messages.get("documents.sessionFiles"), "*.backprop.json", "*.json");
    }

    private static String fileNameFor(String name) {
        String base = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "")
                .toLowerCase(java.util.Locale.ROOT);
        return (base.isEmpty() ? "session" : base) + ".backprop.json";
    }
}
