package org.backpropstudio.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.backpropstudio.app.chart.LossChart;
import org.backpropstudio.app.diagram.NetworkDiagram;
import org.backpropstudio.app.draw.DataMenu;
import org.backpropstudio.app.lesson.LessonPanel;
import org.backpropstudio.app.quiz.QuizPanel;
import org.backpropstudio.app.present.PresentationMode;
import org.backpropstudio.app.present.ScaledPane;
import org.backpropstudio.app.present.Theme;
import org.backpropstudio.app.equations.EquationPanel;
import org.backpropstudio.app.worksheet.WorksheetMenu;
import org.backpropstudio.io.RecoveryFile;
import org.backpropstudio.lesson.LessonCardLink;
import org.backpropstudio.lesson.LessonLibrary;
import org.backpropstudio.model.HistoryOutcome;
import org.backpropstudio.model.StudioModel;

/**
 * The main window: menu bar, stepper, the network diagram beside the equation panel and the loss
 * curve, the timeline scrubber and the status bar. Handlers only forward to the model or to
 * {@link Documents}; the commands that open another session go through {@link OpenCommands}, which
 * asks about unsaved changes first ({@link UnsavedChanges}, as closing does) and then comes back to
 * {@link #openSession}.
 */
public final class MainWindow {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    /** How often a session with unsaved changes is copied to the recovery file. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;
    /** The share of the width the diagram takes until the student moves the divider. */
    private static final double DIAGRAM_SHARE = 0.62;

    private final StudioModel model;
    private final Documents documents;
    private final RecoveryFile recovery;
    private Documents.Opened current;
    private final BorderPane root = new BorderPane();
    private final ScaledPane scaled = new ScaledPane(root);
    private PresentationMode presentation;
    private final ToggleGroup themes = new ToggleGroup();
    private final NetworkDiagram diagram;
    private final LayoutMemory layout;
    private final SplitPane center = new SplitPane();
    private SideColumn side;
    private final EquationPanel equations;
    private final LossChart chart;
    private final LessonPanel lesson;
    private final QuizPanel quiz;
    private final UnsavedChanges unsaved;
    private final OpenCommands opens;
    private final WorksheetMenu worksheets;
    private final StringBinding title;
    /** One sentence over the diagram when something did not go as asked (a saved history not opened). */
    private final NotificationPane notice = new NotificationPane();

    MainWindow(StudioModel model, Documents documents, Documents.Opened opened, RecoveryFile recovery) {
        this.model = model;
        this.documents = documents;
        this.recovery = recovery;
        this.current = opened;
        this.layout = LayoutMemory.beside(recovery);
        this.diagram = new NetworkDiagram(model, Workers.single("what-if"));
        this.equations = new EquationPanel(model, Workers.single("equation-typesetter"));
        this.chart = new LossChart(model);
        this.unsaved = new UnsavedChanges(model, recovery, () -> save(false), () -> scaled.getScene().getWindow());
        this.opens = new OpenCommands(documents, unsaved, this::openSession);
        this.lesson = new LessonPanel(model, LessonLibrary.builtIn(), opens::openLesson,
                Workers.single("lesson-typesetter"));
        this.quiz = new QuizPanel(model, Workers.single("quiz-typesetter"));
        this.worksheets = new WorksheetMenu(() -> root.getScene().getWindow(), Workers.single("worksheet"),
                session -> opens.openLesson(session, () -> { }));
        this.title = Bindings.createStringBinding(
                () -> Messages.format(model.dirtyProperty().get() ? "window.title.unsaved" : "window.title",
                        model.sessionNameProperty().get()),
                model.dirtyProperty(), model.sessionNameProperty());
        createView();
        if (opened.history() != null || opened.historyProblem() != null || opened.unsaved()) {
            openSession(opened);
        } else {
            ViewSettings.apply(opened.document(), model); // the stride and speed of a file given at start-up
        }
    }

    /** The window's content (the scene's root). */
    public Parent root() {
        return scaled;
    }

    /** The window's title: the session's name, marked while it has unsaved changes. */
    StringBinding title() {
        return title;
    }

    /** Opens the session file {@code file} as File › Open does (asking first if the open session is unsaved). */
    void openFile(Path file) {
        opens.openFile(file);
    }

    /** The file File › Save writes to; null when it asks for one (a preset, a lesson's session). */
    Path documentFile() {
        return current.file();
    }

    /** Puts the window on {@code stage} and shows it. */
    void show(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = layout.number(LayoutMemory.WINDOW_WIDTH, MIN_WIDTH, screen.getWidth())
                .orElse(Math.min(screen.getWidth(), Math.max(1280, screen.getWidth() * 0.9)));
        double height = layout.number(LayoutMemory.WINDOW_HEIGHT, MIN_HEIGHT, screen.getHeight())
                .orElse(Math.min(screen.getHeight(), Math.max(800, screen.getHeight() * 0.9)));
        Scene scene = new Scene(scaled, width, height);
        install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(title);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setMaximized(layout.number(LayoutMemory.WINDOW_MAXIMIZED, 1, 1).isPresent());
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                presentation.exit(stage);
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            unsaved.askThen(UnsavedChanges.Purpose.CLOSE, stage::hide);
        });
        javafx.animation.Timeline autosave =
                new javafx.animation.Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            autosave.stop();
            rememberLayout();
        });
        stage.show();
        stage.centerOnScreen();
    }

    /** View › Reset layout: the dividers and the plots as the window first places them. */
    void resetLayout() {
        if (!presentation.onProperty().get()) {
            center.setDividerPositions(DIAGRAM_SHARE);
            side.resetLayout();
        }
    }

    /**
     * Keeps the window's size, the dividers and the plots' fold for the next run
     * ({@link LayoutMemory}); not those of presenting.
     */
    void rememberLayout() {
        Window window = scaled.getScene() == null ? null : scaled.getScene().getWindow();
        if (window instanceof Stage stage && !stage.isFullScreen()) {
            layout.put(LayoutMemory.WINDOW_MAXIMIZED, stage.isMaximized() ? 1 : 0);
            if (!stage.isMaximized()) {
                layout.put(LayoutMemory.WINDOW_WIDTH, scaled.getScene().getWidth());
                layout.put(LayoutMemory.WINDOW_HEIGHT, scaled.getScene().getHeight());
            }
        }
        if (!presentation.onProperty().get()) {
            layout.put(LayoutMemory.DIAGRAM_SHARE, center.getDividerPositions()[0]);
            side.remember();
        }
        layout.save();
    }

    /** Copies the session to the recovery file if it has unsaved changes (off the UI thread). */
    void autosave() {
        if (!model.dirtyProperty().get()) {
            return;
        }
        ObjectNode document = ViewSettings.with(current.document(), model);
        model.state().thenAcceptAsync(state -> {
            try {
                recovery.save(state.current(), document, state.history());
            } catch (java.io.IOException ex) {
                LOG.log(System.Logger.Level.WARNING, "autosave failed", ex);
            }
        });
    }

    /** Adds the stylesheet, the keyboard shortcuts and the dropping of session files to {@code scene}. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("studio.css")).toExternalForm());
        Shortcuts.install(scene, model, presentation, diagram.spotlightProperty());
        opens.acceptDrops(scene);
    }

    private void createView() {
        root.getStyleClass().add("studio");

        side = new SideColumn(model, Tabs.tools(model, equations, lesson, quiz), Tabs.plots(model, chart), layout);
        quiz.setOnOpenCard(this::showCard);
        center.getItems().setAll(diagram, side.node());
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(layout.share(LayoutMemory.DIAGRAM_SHARE).orElse(DIAGRAM_SHARE));
        SplitPane.setResizableWithParent(side.node(), false);
        MenuBar menuBar = createMenuBar();
        root.setTop(new VBox(menuBar, new StepperBar(model), new StudyBar(model)));
        notice.setContent(center);
        notice.setId("notice");
        notice.setShowFromTop(true);
        root.setCenter(notice);
        TimelineBar timeline = new TimelineBar(model);
        HBox statusBar = new StatusBar(model, documents.busyProperty());
        root.setBottom(new VBox(timeline, statusBar));
        presentation = new PresentationMode(scaled, List.of(menuBar, timeline, statusBar), center, side.node(),
                side.plotArea(), side.tools(), side.toolsTab("tab-equations"));
    }

    /** Shows {@code link}'s card in the lesson panel (the quiz's link under a diagnosis); no session is opened. */
    private void showCard(LessonCardLink link) {
        lesson.lessons().choose(link.lesson());
        lesson.lessons().goTo(link.card());
        side.tools().getSelectionModel().select(side.toolsTab("tab-lesson"));
    }

    private MenuBar createMenuBar() {
        MenuItem save = item(Messages.get("menu.file.save"), "Shortcut+S", e -> save(false));
        MenuItem saveAs = item(Messages.get("menu.file.saveAs"), "Shortcut+Shift+S", e -> save(true));
        MenuItem quit = item(Messages.get("menu.file.quit"), "Shortcut+Q", e -> {
            Window window = root.getScene().getWindow();
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        Menu export = ExportMenu.create(model, documents, diagram, chart, scaled);
        export.getItems().addAll(new SeparatorMenuItem(), worksheets.exportMenu());
        Menu file = new Menu(Messages.get("menu.file"), null, opens.presetsMenu(), opens.openItem(), opens.recentMenu(),
                worksheets.worksheetsMenu(), new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item(Messages.get("menu.edit.undo"), "Shortcut+Z", e -> model.undo());
        undo.disableProperty().bind(model.canStepBackProperty().not());
        MenuItem redo = item(Messages.get("menu.edit.redo"), "Shortcut+Y", e -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Menu edit = new Menu(Messages.get("menu.edit"), null, undo, redo);

        CheckMenuItem animate = new CheckMenuItem(Messages.get("menu.view.animate"));
        animate.selectedProperty().bindBidirectional(diagram.animatedProperty());
        CheckMenuItem spotlight = new CheckMenuItem(Messages.get("menu.view.spotlight"));
        spotlight.setId("spotlight");
        spotlight.selectedProperty().bindBidirectional(diagram.spotlightProperty());
        CheckMenuItem logScale = new CheckMenuItem(Messages.get("menu.view.logScale"));
        logScale.selectedProperty().bindBidirectional(chart.logScaleProperty());
        MenuItem zoomIn = item(Messages.get("menu.view.zoomIn"), "Shortcut+Plus",
                e -> diagram.zoomProperty().set(Math.min(3, diagram.zoomProperty().get() * 1.25)));
        MenuItem zoomOut = item(Messages.get("menu.view.zoomOut"), "Shortcut+Minus",
                e -> diagram.zoomProperty().set(Math.max(1, diagram.zoomProperty().get() / 1.25)));
        MenuItem zoomFit = item(Messages.get("menu.view.zoomFit"), "Shortcut+0", e -> diagram.zoomProperty().set(1));
        MenuItem present = item(Messages.get("menu.view.presentation"), "F5", e -> presentation.enter(stage()));
        CheckMenuItem quizMe = new CheckMenuItem(Messages.get("menu.view.quizMe"));
        quizMe.selectedProperty().bindBidirectional(quiz.quizOnProperty());
        Menu theme = new Menu(Messages.get("menu.view.theme"));
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.title());
            choice.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            choice.setUserData(t);
            choice.setToggleGroup(themes);
            choice.setSelected(t == Theme.LIGHT);
            choice.setOnAction(e -> t.apply(scaled.getScene()));
            theme.getItems().add(choice);
        }
        Menu view = new Menu(Messages.get("menu.view"), null, present, theme, quizMe,
                new SeparatorMenuItem(), LayoutMenu.panels(side.tools()));
        view.getItems().addAll(LayoutMenu.plots(side, this::resetLayout));
        view.getItems().addAll(new SeparatorMenuItem(), animate, spotlight, logScale,
                new SeparatorMenuItem(), zoomIn, zoomOut, zoomFit);

        Menu help = HelpMenu.create(() -> root.getScene().getWindow());

        Menu data = DataMenu.create(model, () -> root.getScene().getWindow());
        MenuBar bar = new MenuBar(file, edit, data, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Stage stage() {
        return (Stage) scaled.getScene().getWindow();
    }

    /** Switches to {@code theme} (as View > Theme does). */
    void useTheme(Theme theme) {
        theme.apply(scaled.getScene());
        themes.getToggles().stream().filter(t -> t.getUserData() == theme).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Presentation mode (F5 to enter, Esc to leave). */
    public PresentationMode presentation() {
        return presentation;
    }

    /**
     * Opens {@code opened}: its saved history and view settings if it has them. A history that
     * does not fit (or whose restoring was cancelled) leaves the saved state open alone, and the
     * status bar says why.
     */
    private void openSession(Documents.Opened opened) {
        notice.hide();
        current = opened;
        ViewSettings.apply(opened.document(), model);
        if (opened.history() == null) {
            model.open(opened.session());
            afterOpen(opened, opened.historyProblem() == null ? null
                    : new HistoryOutcome(HistoryOutcome.Restored.DROPPED, opened.historyProblem()));
            return;
        }
        model.open(opened.session(), opened.history(), opened.session().name())
                .thenAcceptAsync(outcome -> afterOpen(opened, outcome), Platform::runLater);
    }

    /** Marks a recovered session unsaved, and tells how its history was opened if not as saved. */
    private void afterOpen(Documents.Opened opened, HistoryOutcome outcome) {
        if (opened.unsaved()) {
            model.markUnsaved();
        }
        if (outcome == null) {
            return;
        }
        switch (outcome.restored()) {
            case DROPPED -> notice.show(Messages.format("history.dropped", outcome.reason()));
            case CANCELLED -> notice.show(Messages.get("history.cancelled"));
            case CHANGED -> notice.show(Messages.get("history.changed"));
            default -> { }
        }
    }

    /** Saves (asking for a file if needed); completes once saved, never if cancelled or failed. */
    private CompletableFuture<Void> save(boolean askForFile) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        ObjectNode document = ViewSettings.with(current.document(), model);
        model.state().thenAcceptAsync(state -> documents.save(state, document, current, askForFile)
                .thenAccept(done -> done.ifPresent(opened -> {
                    current = opened;
                    model.markSaved(opened.session().name(), state);
                    recovery.delete();
                    saved.complete(null);
                })), Platform::runLater);
        return saved;
    }

    static MenuItem item(String text, String accelerator,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
