package org.backpropstudio.app.worksheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backpropstudio.app.Messages;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.CsvFormatException;
import org.backpropstudio.io.SessionFacts;
import org.backpropstudio.lesson.QuizCheck;
import org.backpropstudio.lesson.Worksheet;
import org.backpropstudio.lesson.WorksheetHandout;
import org.backpropstudio.lesson.WorksheetResults;

/**
 * A worksheet to fill in: its title, summary and what the student starts from (the session's facts,
 * the sample, the parameters), the table of items ({@link WorksheetGrid}), and below it the score,
 * Save answers… and Open answers… (the results CSV, which {@code worksheet check} reads too) and
 * a button that opens the worksheet's session in the main window. Files are read and written on
 * the executor handed in, never on the FX thread.
 *
 * <p>Node ids: {@code #worksheet-pane}, {@code #worksheet-title}, {@code #worksheet-score},
 * {@code #worksheet-save}, {@code #worksheet-open}, {@code #worksheet-session},
 * {@code #worksheet-problem}, and those of {@link WorksheetGrid}.
 *
 * <p>Looks: {@code worksheet.css}.
 */
public final class WorksheetPane extends VBox {
    private static final String STYLESHEET =
            Objects.requireNonNull(WorksheetPane.class.getResource("worksheet.css")).toExternalForm();

    private final Worksheet worksheet;
    private final Executor io;
    private final WorksheetGrid grid;
    private final ScrollPane scroll = new ScrollPane();
    private final Label score = new Label();
    private final Label problem = new Label();
    private final Button save = new Button(Messages.get("worksheet.save"));
    private final Button open = new Button(Messages.get("worksheet.open"));
    private final Button session = new Button(Messages.get("worksheet.session"));

    /**
     * A pane for {@code worksheet} whose files are read and written on {@code io}; its session
     * button hands the session to {@code openSession} (nothing if null: no button).
     */
    public WorksheetPane(Worksheet worksheet, Executor io, Consumer<Session> openSession) {
        this.worksheet = worksheet;
        this.io = io;
        this.grid = new WorksheetGrid(worksheet);
        createView(openSession != null);
        init(openSession);
    }

    /** The worksheet shown. */
    public Worksheet worksheet() {
        return worksheet;
    }

    /** The answers as the fields hold them now, checked. */
    public WorksheetResults results() {
        return grid.current();
    }

    /** Saves the answers as the results CSV to {@code file}; completes on the FX thread. */
    public CompletableFuture<Void> saveAnswers(Path file) {
        WorksheetResults now = results();
        return CompletableFuture.runAsync(() -> {
            try {
                AtomicFile.writeText(file, now::writeCsv);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((done, failure) -> {
            problem.setText(failure == null ? ""
                    : Messages.format("worksheet.saveFailed", file.getFileName(), cause(failure).getMessage()));
            return null;
        }, Platform::runLater);
    }

    /**
     * Reads answers saved before (or any CSV with the columns item and answer) from {@code file}
     * into the table and checks them; a file that cannot be read changes nothing and says why.
     * Completes on the FX thread.
     */
    public CompletableFuture<Void> openAnswers(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WorksheetResults.read(worksheet, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | CsvFormatException e) {
                throw new CompletionException(e);
            }
        }, io).handleAsync((read, failure) -> {
            if (failure != null) {
                problem.setText(Messages.format("worksheet.openFailed", file.getFileName(),
                        String.valueOf(cause(failure).getMessage())));
            } else {
                problem.setText("");
                grid.setAnswers(read.answers());
            }
            return null;
        }, Platform::runLater);
    }

    /** Puts {@code answers} (in item order) in the table and checks them all. */
    public void setAnswers(List<String> answers) {
        grid.setAnswers(answers);
    }

    /** The save and open buttons, for the window to give them their file choosers. */
    Button saveButton() {
        return save;
    }

    Button openButton() {
        return open;
    }

    private void createView(boolean withSession) {
        setId("worksheet-pane");
        getStyleClass().add("worksheet-pane");
        getStylesheets().add(STYLESHEET);

        Label title = new Label(worksheet.title());
        title.setId("worksheet-title");
        title.getStyleClass().add("worksheet-title");
        title.setWrapText(true);
        VBox head = new VBox(title);
        head.getStyleClass().add("worksheet-head");
        if (!worksheet.summary().isEmpty()) {
            head.getChildren().add(wrapped(worksheet.summary(), "worksheet-summary"));
        }
        head.getChildren().add(wrapped(String.join("   ·   ", SessionFacts.of(worksheet.session())),
                "worksheet-facts"));
        head.getChildren().add(wrapped(Messages.format("worksheet.where", String.valueOf(worksheet.iteration()),
                String.valueOf(worksheet.sample()), String.valueOf(worksheet.given().sampleIndex() + 1)),
                "worksheet-where"));
        for (String given : WorksheetHandout.given(worksheet)) {
            head.getChildren().add(wrapped(given, "worksheet-given"));
        }
        head.getChildren().add(wrapped(QuizCheck.rule(), "worksheet-rule"));

        VBox body = new VBox(head, grid);
        body.getStyleClass().add("worksheet-body");
        scroll.setContent(body);
        scroll.setId("worksheet-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        score.setId("worksheet-score");
        score.getStyleClass().add("worksheet-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        problem.setId("worksheet-problem");
        problem.getStyleClass().add("worksheet-problem");
        problem.setWrapText(true);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        save.setId("worksheet-save");
        open.setId("worksheet-open");
        session.setId("worksheet-session");
        for (Button b : List.of(save, open, session)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox footer = new HBox(score, problem, open, save);
        if (withSession) {
            footer.getChildren().add(session);
        }
        footer.getStyleClass().add("worksheet-footer");
        getChildren().setAll(scroll, footer);
    }

    private void init(Consumer<Session> openSession) {
        for (int n = 1; n <= worksheet.items().size(); n++) {
            TextField field = grid.field(n);
            field.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    showInView(field);
                }
            });
        }
        grid.resultsProperty().addListener((obs, old, now) -> showScore(now));
        showScore(grid.resultsProperty().get());
        if (openSession != null) {
            session.setOnAction(e -> openSession.accept(worksheet.session()));
        }
    }

    /** Scrolls so that {@code node} is in view, if it is not: the keyboard's cell is always seen. */
    private void showInView(Node node) {
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * extra;
        double margin = b.getHeight();
        if (b.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - margin) / extra));
        } else if (b.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + margin - viewport) / extra));
        }
    }

    private void showScore(WorksheetResults r) {
        score.setText(Messages.format("worksheet.score", String.valueOf(r.right()), String.valueOf(r.total()),
                String.valueOf(r.answered())));
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
