package org.backpropstudio.app.worksheet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.draw.OwnedStage;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.HandoutStyle;
import org.backpropstudio.io.TraceLatex;
import org.backpropstudio.io.TraceMarkdown;
import org.backpropstudio.lesson.LessonFormatException;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetHandout;
import org.backpropstudio.lesson.WorksheetLibrary;

/**
 * Worksheets in the window: File › Worksheets (the built-in ones, {@code #worksheet-<id>}, and Open
 * worksheet file…, {@code #worksheet-open-file}) opens one in a window of its own beside the main
 * one ({@link WorksheetPane}); File › Export › Worksheet prints the open one as a blank handout or
 * an answer key (Markdown, LaTeX: {@link WorksheetHandout}) and the student's results as CSV. A
 * worksheet is read (which runs its session to the iteration asked) and files are written on the
 * executor handed in; a problem is told in a dialog.
 */
public final class WorksheetMenu {
    /** The worksheet window's size, px: it fits beside the main window on a 1280 × 720 screen. */
    private static final double WIDTH = 980;
    private static final double HEIGHT = 640;

    private final Supplier<Window> owner;
    private final Executor io;
    private final Consumer<Session> openSession;
    private final WorksheetLibrary library = WorksheetLibrary.builtIn();
    private final ReadOnlyObjectWrapper<WorksheetPane> pane = new ReadOnlyObjectWrapper<>(this, "pane");
    private Stage stage;

    /**
     * Worksheets whose windows {@code owner} owns, read and written on {@code io}; a worksheet's
     * session is opened in the main window by {@code openSession}.
     */
    public WorksheetMenu(Supplier<Window> owner, Executor io, Consumer<Session> openSession) {
        this.owner = owner;
        this.io = io;
        this.openSession = openSession;
    }

    /** The worksheet open, or null. */
    public ReadOnlyObjectProperty<WorksheetPane> paneProperty() {
        return pane.getReadOnlyProperty();
    }

    /** File › Worksheets: the built-in worksheets, then Open worksheet file…. */
    public Menu worksheetsMenu() {
        Menu menu = new Menu(Messages.get("menu.file.worksheets"));
        menu.setId("menu-worksheets");
        List<LessonLibrary.Entry> entries;
        try {
            entries = library.entries();
        } catch (LessonFormatException e) {
            entries = List.of();
        }
        for (LessonLibrary.Entry entry : entries) {
            MenuItem item = new MenuItem(entry.title());
            item.setId("worksheet-" + entry.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(() -> library.load(entry)));
            menu.getItems().add(item);
        }
        MenuItem file = new MenuItem(Messages.get("menu.file.worksheets.open"));
        file.setId("worksheet-open-file");
        file.setOnAction(e -> chooseWorksheet());
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(file);
        return menu;
    }

    /** File › Export › Worksheet: the handouts of the open worksheet and its results, disabled while none is open. */
    public Menu exportMenu() {
        Menu menu = new Menu(Messages.get("menu.file.export.worksheet"));
        menu.setId("menu-export-worksheet");
        menu.getItems().addAll(
                exportItem(Messages.get("menu.file.export.worksheet.blankMarkdown"), "blank-markdown", "md",
                        w -> handout(w, WorksheetHandout.Kind.BLANK, TraceMarkdown.style())),
                exportItem(Messages.get("menu.file.export.worksheet.blankLatex"), "blank-latex", "tex",
                        w -> handout(w, WorksheetHandout.Kind.BLANK, TraceLatex.style())),
                exportItem(Messages.get("menu.file.export.worksheet.keyMarkdown"), "key-markdown", "md",
                        w -> handout(w, WorksheetHandout.Kind.KEY, TraceMarkdown.style())),
                exportItem(Messages.get("menu.file.export.worksheet.keyLatex"), "key-latex", "tex",
                        w -> handout(w, WorksheetHandout.Kind.KEY, TraceLatex.style())),
                exportItem(Messages.get("menu.file.export.worksheet.results"), "results", "csv",
                        w -> w.results()::writeCsv));
        menu.disableProperty().bind(pane.isNull());
        return menu;
    }

    /** Reads the worksheet {@code read} gives on the executor and shows it; a problem in a dialog. */
    CompletableFuture<Void> open(Reading read) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return read.read();
            } catch (LessonFormatException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((worksheet, failure) -> {
            if (failure != null) {
                tell(Messages.format("worksheet.readFailed", cause(failure).getMessage()));
            } else {
                show(worksheet);
            }
            return null;
        }, Platform::runLater);
    }

    /** Reads the worksheet file {@code file} and shows it. */
    public CompletableFuture<Void> openFile(Path file) {
        return open(() -> WorksheetLibrary.read(file));
    }

    /** Reads a worksheet. */
    @FunctionalInterface
    interface Reading {
        Worksheet read() throws LessonFormatException;
    }

    /** Shows {@code worksheet} in the worksheet window, in place of the one open. */
    void show(Worksheet worksheet) {
        WorksheetPane shown = new WorksheetPane(worksheet, io, openSession);
        shown.saveButton().setOnAction(e -> choose(Messages.get("worksheet.save.title"), "answers.csv", "csv", true)
                .ifPresent(shown::saveAnswers));
        shown.openButton().setOnAction(e -> choose(Messages.get("worksheet.open.title"), null, "csv", false)
                .ifPresent(shown::openAnswers));
        if (stage == null) {
            stage = OwnedStage.of(owner.get(), shown, worksheet.title(), WIDTH, HEIGHT);
            stage.setOnHidden(e -> pane.set(null));
        } else {
            stage.getScene().setRoot(shown);
            stage.setTitle(worksheet.title());
        }
        pane.set(shown);
        stage.show();
        stage.toFront();
        if (!worksheet.items().isEmpty()) {
            Platform.runLater(() -> shown.lookup("#answer-1").requestFocus());
        }
    }

    /** The worksheet window, once one has been opened. */
    Stage stage() {
        return stage;
    }

    private void chooseWorksheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("worksheet.file.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("worksheet.file.filter"),
                "*" + WorksheetLibrary.SUFFIX, "*.json"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** A menu item that writes what {@code content} makes of the open worksheet to a file the student chooses. */
    private MenuItem exportItem(String text, String id, String extension,
                                java.util.function.Function<WorksheetPane, AtomicFile.Text> content) {
        MenuItem item = new MenuItem(text);
        item.setId("export-worksheet-" + id);
        item.setOnAction(e -> {
            WorksheetPane open = pane.get();
            if (open == null) {
                return;
            }
            AtomicFile.Text written = content.apply(open);
            choose(Messages.get("worksheet.export.title"), "worksheet." + extension, extension, true)
                    .ifPresent(file -> export(file, written));
        });
        return item;
    }

    /** Writes {@code text} to {@code file} on the executor; a failure in a dialog. */
    CompletableFuture<Void> export(Path file, AtomicFile.Text text) {
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFile.writeText(file, text);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((done, failure) -> {
            if (failure != null) {
                tell(Messages.format("worksheet.exportFailed", file.getFileName(), cause(failure).getMessage()));
            }
            return null;
        }, Platform::runLater);
    }

    private static AtomicFile.Text handout(WorksheetPane pane, WorksheetHandout.Kind kind, HandoutStyle style) {
        Worksheet w = pane.worksheet();
        return out -> WorksheetHandout.write(w, kind, style, out);
    }

    private Optional<Path> choose(String title, String initialName, String extension, boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.format("worksheet.filter", extension), "*." + extension));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        Window window = stage != null && stage.isShowing() ? stage : owner.get();
        File file = saving ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void tell(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner.get());
        alert.setHeaderText(Messages.get("worksheet.problem"));
        alert.show();
    }

    private static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
