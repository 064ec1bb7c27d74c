package org.backpropstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.LoadedSession;
import org.backpropstudio.io.RecentFiles;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;
import org.backpropstudio.io.TraceFormat;
import org.backpropstudio.model.StudioModel;

/**
 * Session files and presets for the window: choosing, opening and saving, with every problem told
 * in a dialog and nothing changed by a file that could not be read.
 */
final class Documents {
    private static final String PRESETS = "/org/backpropstudio/presets/";
    private static final String DEFAULT_PRESET = "seed-example";

    /**
     * A session as opened: from a file (then {@code file} and {@code document} are set, and
     * {@code history} if the file saved one that fits, or {@code historyProblem} if it saved one
     * that does not) or a preset; {@code unsaved} if it was restored after a crash (no file holds it).
     */
    record Opened(Session session, Path file, ObjectNode document, HistoryResume history, String historyProblem, boolean unsaved) {
        Opened(LoadedSession loaded, Path file, boolean unsaved) {
            this(loaded.session(), file, loaded.document(), resume(loaded), problem(loaded), unsaved);
        }

        Opened(LoadedSession loaded, Path file) {
            this(loaded, file, false);
        }

        /** What was saved: the session at the cursor, with its file and document, no history to open. */
        Opened(Session session, Path file, ObjectNode document) {
            this(session, file, document, null, null, false);
        }

        private static HistoryResume resume(LoadedSession loaded) {
            try {
                return loaded.history() == null ? null : loaded.resume();
            } catch (SessionFormatException e) {
                return null;
            }
        }

        private static String problem(LoadedSession loaded) {
            try {
                if (loaded.history() != null) {
                    loaded.resume();
                }
                return null;
            } catch (SessionFormatException e) {
                return e.getMessage();
            }
        }

        /** The file's name, or the session's for a preset. */
        String title() {
            return file == null ? session.name() : file.getFileName().toString();
        }
    }

    /** A built-in session, listed in the presets' index. */
    record Preset(String id, String title, String description, String file) {
    }

    private final Window owner;
    private final List<Preset> presets;
    private final RecentFiles recent;

    Documents(Window owner) {
        this(owner, RecentFiles.standard());
    }

    Documents(Window owner, RecentFiles recent) {
        this.owner = owner;
        this.presets = readIndex();
        this.recent = recent;
    }

    /** The session files opened or saved lately, newest first. */
    List<Path> recentFiles() {
        return recent.list();
    }

    /** The built-in sessions, in menu order. */
    List<Preset> presets() {
        return presets;
    }

    /** The session to start with: {@code file} if given and valid, else the seed example. */
    Opened initialSession(Optional<Path> file) {
        if (file.isPresent()) {
            Optional<Opened> opened = open(file.get());
            if (opened.isPresent()) {
                return opened.get();
            }
        }
        return preset(presets.stream().filter(p -> p.id().equals(DEFAULT_PRESET)).findFirst().orElse(presets.get(0)));
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
        return Optional.of(new Opened(left.get(), null, true));
    }

    /** A built-in session, new (not tied to a file). */
    Opened preset(Preset preset) {
        try (InputStream in = Documents.class.getResourceAsStream(PRESETS + preset.file())) {
            if (in == null) {
                throw new IllegalStateException("preset missing from the application: " + preset.file());
            }
            LoadedSession loaded = SessionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new Opened(loaded, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SessionFormatException e) {
            throw new IllegalStateException("a built-in preset is invalid: " + e.getMessage(), e);
        }
    }

    /** Asks for a session file and reads it; empty if cancelled or unreadable (then said why). */
    Optional<Opened> chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("open.title"));
        chooser.getExtensionFilters().add(sessionFiles());
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath).flatMap(this::open);
    }

    /** Reads {@code file}; empty if it cannot be read (then said why, and nothing changes). */
    Optional<Opened> open(Path file) {
        try {
            Opened opened = new Opened(SessionFile.read(file), file);
            recent.add(file);
            return Optional.of(opened);
        } catch (SessionFormatException e) {
            showProblem(Messages.format("problem.open", file.getFileName()), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Saves the session at the cursor with its history to {@code current}'s file, or asks for one if
     * it has none (or {@code askForFile}), keeping the members of {@code document} this version does
     * not know; returns what is now open, empty if cancelled or failed (then said why).
     */
    Optional<Opened> save(StudioModel.SavedState state, ObjectNode document, Opened current, boolean askForFile) {
        Session session = state.current();
        Path file = current.file();
        if (file == null || askForFile) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("save.title"));
            chooser.getExtensionFilters().add(sessionFiles());
            chooser.setInitialFileName(fileNameFor(session.name()));
            file = Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath).orElse(null);
            if (file == null) {
                return Optional.empty();
            }
        }
        try {
            SessionFile.save(file, session, document, state.history());
            recent.add(file);
            return Optional.of(new Opened(session, file, document));
        } catch (IOException e) {
            showProblem(Messages.format("problem.save", file.getFileName()), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Asks for a file and writes one iteration of {@code session}, micro-step by micro-step, to it. */
    void exportTrace(Session session, TraceFormat format) {
        String extension = format == TraceFormat.MARKDOWN ? "md" : format == TraceFormat.LATEX ? "tex" : format.id();
        String name = fileNameFor(session.name()).replace(".backprop.json", "") + "-handout." + extension;
        chooseFile(Messages.get("export.title"), name, format.id(), extension).ifPresent(file -> reportFailure(file, () -> {
            AtomicFile.writeText(file, out -> format.write(session, 1, out));
        }));
    }

    /** Asks where to write a file of type {@code extension}; empty if cancelled. */
    Optional<Path> chooseFile(String title, String initialName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.format("documents.filter", description, extension),
                "*." + extension));
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

    /** Tells something that did not go as asked, in a dialog that does not wait. */
    void tell(String sentence) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(null);
        alert.setContentText(sentence);
        alert.show();
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
        String base = name.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
        return (base.isEmpty() ? "session" : base) + ".backprop.json";
    }

    private static List<Preset> readIndex() {
        try (InputStream in = Documents.class.getResourceAsStream(PRESETS + "index.json")) {
            if (in == null) {
                throw new IllegalStateException("the presets' index is missing from the application");
            }
            List<Preset> list = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in)) {
                list.add(new Preset(node.path("id").asText(), node.path("title").asText(),
                        node.path("description").asText(), node.path("file").asText()));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
