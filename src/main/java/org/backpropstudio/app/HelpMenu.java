package org.backpropstudio.app;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help: the keyboard shortcuts ({@link Shortcuts#list()}, F1) and About, each in a dialog. */
final class HelpMenu {
    /** The shortcuts dialog's table at most this wide and this high, px (less on a smaller window). */
    private static final double DIALOG_WIDTH = 760;
    private static final double DIALOG_HEIGHT = 560;
    /** The keys' column this wide, px; longer keys wrap. */
    private static final double KEYS_WIDTH = 210;

    private HelpMenu() {
    }

    /** The menu, its dialogs owned by the window {@code owner} gives. */
    static Menu create(Supplier<Window> owner) {
        MenuItem keys = new MenuItem(Messages.get("menu.help.shortcuts"));
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> showShortcuts(owner.get()));
        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setOnAction(e -> showAbout(owner.get()));
        return new Menu(Messages.get("menu.help"), null, keys, about);
    }

    /**
     * The shortcuts as a table (keys, then what they do, wrapped), scrolled when the window is
     * short, in a dialog that fits on the window it belongs to.
     */
    private static void showShortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcuts-table");
        table.getStyleClass().add("shortcuts");
        List<String[]> rows = Shortcuts.list();
        for (int r = 0; r < rows.size(); r++) {
            Label keys = new Label(rows.get(r)[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setWrapText(true);
            keys.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, VPos.TOP);
            Label what = new Label(rows.get(r)[1]);
            what.getStyleClass().add("shortcut-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            table.addRow(r, keys, what);
        }
        ColumnConstraints whatColumn = new ColumnConstraints();
        whatColumn.setHgrow(Priority.ALWAYS);
        whatColumn.setFillWidth(true);
        ColumnConstraints keysColumn = new ColumnConstraints(KEYS_WIDTH, KEYS_WIDTH, KEYS_WIDTH);
        table.getColumnConstraints().setAll(keysColumn, whatColumn);
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double width = owner == null ? DIALOG_WIDTH : Math.min(DIALOG_WIDTH, owner.getWidth() - 80);
        double height = owner == null ? DIALOG_HEIGHT : Math.min(DIALOG_HEIGHT, owner.getHeight() - 220);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(Math.max(200, height));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.title"));
        alert.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(HelpMenu.class.getResource("studio.css")).toExternalForm());
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.show();
    }

    private static void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("about.header"));
        alert.setContentText(Messages.get("about.text"));
        alert.show();
    }
}
