package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A seeded monkey: 5,000 random actions through the window's real controls (buttons, keys, the
 * stride and speed, play and pause, the timeline, undo and redo, presets, the network and data
 * editors with good and bad entries, nudging weights and biases and clicking padlocks on the
 * diagram). No exception may escape on any thread, and no command may
 * fail; at the end, rewinding to the start restores the opened session's parameters bit for bit.
 * A preset chosen with unsaved changes asks first: the monkey answers Don't save, or at times Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyTest {
    private static final int ACTIONS = 5_000;
    private static final String[] BAD_NUMBERS = {"", "abc", "NaN", "Infinity", "1e999", "2e6", "--1", "0x1"};

    private final List<Throwable> uncaught = new ArrayList<>();
    private final List<LogRecord> errors = new ArrayList<>();
    private final Handler errorLog = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (errors) {
                    errors.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ScheduledExecutorService engineThread;
    private StudioModel model;
    private Scene scene;
    private final Random random = new Random(0x5EED);

    @Start
    void start(Stage stage) {
        engineThread = StudioApp.newEngineThread();
        Documents documents = new Documents(stage);
        Documents.Opened seed = documents.initialSession(Optional.empty());
        model = new StudioModel(seed.session(), engineThread, FxThread.UI);
        MainWindow window = new MainWindow(model, documents, seed, org.backpropstudio.io.RecoveryFile.standard());
        scene = new Scene(window.root(), 1280, 800);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void watch() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            synchronized (uncaught) {
                uncaught.add(e);
            }
        });
        Logger.getLogger("").addHandler(errorLog);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(errorLog);
        engineThread.shutdownNow();
    }

    private void settle() {
        Settle.model(model);
    }

    @Test
    void five_thousand_random_actions_break_nothing(FxRobot robot) {
        Session opened = model.snapshotProperty().get().session();
        for (int i = 0; i < ACTIONS; i++) {
            int action = random.nextInt(100);
            Session switched = act(robot, action);
            if (switched != null) {
                opened = switched;
            }
            if (i % 25 == 0) {
                settle();
            }
            synchronized (uncaught) {
                assertThat(uncaught).as("uncaught exceptions after action %d", i).isEmpty();
            }
        }
        Fx.run(model::pause);
        settle();
        synchronized (errors) {
            assertThat(errors).as("commands that failed").isEmpty();
        }

        Fx.run(model::reset);
        settle();
        Snapshot start = model.snapshotProperty().get();
        assertThat(start.position()).isZero();
        Network expected = opened.network();
        Network actual = start.network();
        assertThat(actual).as("the parameters at the start of the timeline").isEqualTo(expected);
    }

    /** Takes one random action; returns the session opened if it opened a preset. */
    private Session act(FxRobot robot, int action) {
        if (action < 30) {
            fire(robot, "#step-forward");
        } else if (action < 45) {
            fire(robot, "#step-back");
        } else if (action < 48) {
            fire(robot, "#end-of-phase");
        } else if (action < 50) {
            fire(robot, "#reset");
        } else if (action < 55) {
            key(robot, new KeyCode[] {KeyCode.RIGHT, KeyCode.LEFT, KeyCode.SPACE, KeyCode.HOME, KeyCode.P}
                    [random.nextInt(5)]);
        } else if (action < 58) {
            Fx.run(() -> {
                model.speedProperty().set(random.nextBoolean() ? StudioModel.MAX_SPEED : 1 + random.nextInt(200));
                fire(robot, "#play");
            });
        } else if (action < 62) {
            Stride stride = Stride.values()[random.nextInt(Stride.values().length)];
            Fx.run(() -> robot.lookup("#stride").queryAs(ComboBox.class).setValue(stride));
        } else if (action < 67) {
            Fx.run(() -> {
                Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
                timeline.setValue(random.nextDouble() * timeline.getMax());
            });
        } else if (action < 72) {
            Fx.run(random.nextBoolean() ? model::undo : model::redo);
        } else if (action < 82) {
            editDataCell(robot);
        } else if (action < 88) {
            editLearningRate(robot);
        } else if (action < 92) {
            changeArchitecture(robot);
        } else if (action < 94) {
            return openPreset(robot);
        } else if (action < 96) {
            nudgeOrLockOnTheDiagram(robot);
        } else if (action < 97) {
            Fx.run(() -> {
                TabPane tools = robot.lookup("#tools").queryAs(TabPane.class);
                tools.getSelectionModel().select(random.nextInt(tools.getTabs().size()));
            });
        } else {
            Fx.run(() -> model.iterations(1 + random.nextInt(50)));
        }
        return null;
    }

    /** Scrolls over a weight or bias on the diagram (a nudge, refused when out of range) or clicks a padlock. */
    private void nudgeOrLockOnTheDiagram(FxRobot robot) {
        Fx.run(() -> {
            boolean padlock = random.nextInt(3) == 0;
            String ids = padlock ? "lock-[wb]-\\d.*" : "[wb]-\\d.*";
            List<Node> targets =
                    new ArrayList<>(robot.lookup(n -> n.getId() != null && n.getId().matches(ids)).queryAll());
            if (targets.isEmpty()) {
                return;
            }
            Node target = targets.get(random.nextInt(targets.size()));
            if (padlock) {
                target.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                        false, false, false, false, false, false, false, false, false, true, null));
            } else {
                double delta = random.nextBoolean() ? 40 : -40;
                target.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 1, 1, 1, 1, random.nextInt(4) == 0,
                        false, false, false, false, false, 0, delta, 0, delta,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
        });
    }

    private void fire(FxRobot robot, String id) {
        Fx.run(() -> {
            Button button = robot.lookup(id).queryButton();
            if (!button.isDisabled()) {
                button.fire();
            }
        });
    }

    private void key(FxRobot robot, KeyCode code) {
        Fx.run(() -> {
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            KeyEvent.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        });
    }

    /**
     * Selects the tab {@code id} as a user would before using what it holds (tabs make their
     * content when first opened).
     */
    private void openTab(FxRobot robot, String id) {
        Fx.run(() -> {
            for (Node node : scene.getRoot().lookupAll(".tab-pane")) {
                TabPane pane = (TabPane) node;
                pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> {
                    pane.getSelectionModel().select(t);
                    // as the next pulse would: skins made (a scroll pane's content joins the scene with its skin)
                    pane.applyCss();
                    pane.layout();
                });
            }
        });
    }

    private void editDataCell(FxRobot robot) {
        openTab(robot, "tab-data");
        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            TableView<Integer> table = robot.lookup("#data-table").queryAs(TableView.class);
            if (table.getItems().isEmpty()) {
                return;
            }
            int row = random.nextInt(table.getItems().size());
            int column = 1 + random.nextInt(table.getColumns().size() - 1);
            table.edit(row, table.getColumns().get(column));
        });
        Fx.run(() -> {
            if (scene.getFocusOwner() instanceof TextField field) {
                field.setText(random.nextInt(3) == 0 ? BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]
                        : String.valueOf(Math.round(random.nextDouble() * 100) / 100.0));
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            }
        });
    }

    private void editLearningRate(FxRobot robot) {
        openTab(robot, "tab-network");
        Fx.run(() -> {
            TextField eta = robot.lookup("#learning-rate").queryAs(TextField.class);
            eta.setText(random.nextInt(3) == 0 ? BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]
                    : random.nextInt(10) == 0 ? "100" : String.valueOf(0.05 + random.nextInt(20) / 10.0));
            robot.lookup("#apply-architecture").queryButton().fire();
        });
    }

    private void changeArchitecture(FxRobot robot) {
        openTab(robot, "tab-network");
        Fx.run(() -> {
            if (random.nextBoolean()) {
                robot.lookup("#add-layer").queryButton().fire();
            }
            for (Node row : robot.lookup(".layer-row").queryAll()) {
                @SuppressWarnings("unchecked")
                Spinner<Integer> units = (Spinner<Integer>) row.lookup(".spinner");
                if (random.nextInt(3) == 0) {
                    units.getValueFactory().setValue(1 + random.nextInt(6));
                }
                @SuppressWarnings("unchecked")
                ComboBox<Activation> activation = (ComboBox<Activation>) row.lookup(".combo-box");
                if (random.nextInt(4) == 0) {
                    activation.setValue(Activation.values()[random.nextInt(Activation.values().length)]);
                }
            }
            @SuppressWarnings("unchecked")
            ComboBox<Loss> loss = robot.lookup("#architecture-loss").queryAs(ComboBox.class);
            if (random.nextInt(4) == 0) {
                loss.setValue(Loss.values()[random.nextInt(Loss.values().length)]);
            }
            robot.lookup("#apply-architecture").queryButton().fire();
        });
    }

    private Session openPreset(FxRobot robot) {
        List<MenuItem> presets = new ArrayList<>();
        Fx.run(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(m -> m instanceof javafx.scene.control.Menu).findFirst()
                .ifPresent(m -> presets.addAll(((javafx.scene.control.Menu) m).getItems())));
        MenuItem preset = presets.get(random.nextInt(presets.size()));
        Future<Void> chosen = WaitForAsyncUtils.asyncFx(preset::fire);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chosen.isDone() || question(robot).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the preset neither opened nor asked", e);
        }
        Optional<DialogPane> asked = question(robot);
        boolean kept = asked.isPresent() && random.nextInt(4) == 0;
        asked.ifPresent(pane -> Fx.run(() -> {
            ButtonBar.ButtonData answer = kept ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.NO;
            pane.getButtonTypes().stream().filter(t -> t.getButtonData() == answer).findFirst()
                    .ifPresent(t -> ((Button) pane.lookupButton(t)).fire());
        }));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, chosen);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the question was not answered", e);
        }
        settle();
        return kept ? null : model.snapshotProperty().get().session();
    }

    /**
     * The question about unsaved changes, if the window asks it (it is answered Don't save, or at
     * times Cancel); looked up on the FX thread, which changes the scene.
     */
    private static Optional<DialogPane> question(FxRobot robot) {
        return Fx.call(() -> robot.lookup("#unsaved-question").tryQueryAs(DialogPane.class)
                .filter(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing()));
    }
}
