package org.backpropstudio.app.draw;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backpropstudio.app.Messages;
import org.backpropstudio.app.Workers;
import org.backpropstudio.model.StudioModel;

/**
 * The Data menu: Draw a digit… (Shortcut+D; a window of its own beside the main one, so that the
 * diagram stays in view while the student draws, sized to fit a 1280 × 720 screen) and Import MNIST
 * CSV… (a file chooser, then {@link MnistImportPane} in a window of its own). The Data tab's Import
 * CSV… hands a file of MNIST's layout to {@link #importMnist} too.
 */
public final class DataMenu {
    /** The drawing window's size, px: beside a 1280 × 720 main window's diagram. */
    private static final double DRAW_WIDTH = 800;
    private static final double DRAW_HEIGHT = 600;
    private static final double IMPORT_WIDTH = 620;
    private static final double IMPORT_HEIGHT = 420;

    private final StudioModel model;
    private final Supplier<Window> owner;
    private Stage drawing;
    private DrawDigitPane pane;

    private DataMenu(StudioModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The menu, its windows owned by the window {@code owner} gives. */
    public static Menu create(StudioModel model, Supplier<Window> owner) {
        DataMenu data = new DataMenu(model, owner);
        MenuItem draw = new MenuItem(Messages.get("menu.data.draw"));
        draw.setId("menu-draw-digit");
        draw.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        draw.setOnAction(e -> data.showDrawing());
        MenuItem mnist = new MenuItem(Messages.get("menu.data.importMnist"));
        mnist.setId("menu-import-mnist");
        mnist.setOnAction(e -> data.chooseMnist());
        return new Menu(Messages.get("menu.data"), null, draw, mnist);
    }

    /** Shows the drawing window (made the first time), in front. */
    void showDrawing() {
        if (drawing == null) {
            pane = new DrawDigitPane(model);
            drawing = OwnedStage.of(owner.get(), pane, Messages.get("draw.window"), DRAW_WIDTH, DRAW_HEIGHT);
            drawing.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), model::undo);
            drawing.getScene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), model::redo);
            drawing.setOnShown(e -> pane.pad().requestFocus());
        }
        pane.refresh();
        drawing.show();
        drawing.toFront();
    }

    private void chooseMnist() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("mnist.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("data.csvFiles"), "*.csv"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            importMnist(owner.get(), model, file.toPath());
        }
    }

    /** Opens the MNIST import for {@code file} in a window owned by {@code owner}. */
    public static void importMnist(Window owner, StudioModel model, Path file) {
        Stage[] stage = new Stage[1];
        MnistImportPane pane = new MnistImportPane(model, Workers.single("mnist-import"), file, () -> stage[0].close());
        stage[0] = OwnedStage.of(owner, pane, Messages.get("mnist.title"), IMPORT_WIDTH, IMPORT_HEIGHT);
        stage[0].initModality(Modality.WINDOW_MODAL);
        stage[0].setOnHidden(e -> pane.stop());
        stage[0].show();
    }
}
