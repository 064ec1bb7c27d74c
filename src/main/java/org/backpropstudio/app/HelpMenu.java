package org.backpropstudio.app;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** Help: the keyboard shortcuts ({@link Shortcuts#list()}, F1) and About, each in a dialog. */
final class HelpMenu {
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

    private static void showShortcuts(Window owner) {
        StringBuilder text = new StringBuilder();
        for (String[] row : Shortcuts.list()) {
            text.append(String.format("%-18s %s%n", row[0], row[1]));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("shortcuts.title"));
        alert.setHeaderText(Messages.get("shortcuts.title"));
        Label body = new Label(text.toString());
        body.getStyleClass().add("shortcuts");
        alert.getDialogPane().setContent(body);
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
