package org.backpropstudio.app;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/**
 * The View menu's items for the side column ({@link SideColumn}): the panels by their keys, and
 * the plots' fold and divider by keyboard.
 */
final class LayoutMenu {
    private LayoutMenu() {
    }

    /**
     * View › Panels: each reading panel and editor of {@code tools} by its key (Shortcut+1 to
     * Shortcut+6), the keyboard's way to a tab without reaching for the tab strip.
     */
    static Menu panels(TabPane tools) {
        Menu menu = new Menu(Messages.get("menu.view.panels"));
        menu.setId("menu-panels");
        for (int i = 0; i < tools.getTabs().size(); i++) {
            Tab tab = tools.getTabs().get(i);
            MenuItem item = MainWindow.item(tab.getText(), i < 9 ? "Shortcut+" + (i + 1) : null,
                    e -> tools.getSelectionModel().select(tab));
            item.setId("panel-" + tab.getId());
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * View › Show plots (Shortcut+L), Plots taller (Shortcut+Shift+Up) and Plots shorter
     * (Shortcut+Shift+Down) for {@code side}: the fold button and the divider's drag by keyboard;
     * Reset layout runs {@code onReset} (the window's, which resets the column's too).
     */
    static List<MenuItem> plots(SideColumn side, Runnable onReset) {
        CheckMenuItem show = new CheckMenuItem(Messages.get("menu.view.showPlots"));
        show.setId("menu-show-plots");
        show.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        show.setSelected(side.shownProperty().get());
        side.shownProperty().addListener((obs, was, now) -> show.setSelected(now));
        show.setOnAction(e -> {
            if (show.isSelected() != side.shownProperty().get()) {
                side.toggle();
            }
            show.setSelected(side.shownProperty().get());
        });
        MenuItem taller = MainWindow.item(Messages.get("menu.view.plotsTaller"), "Shortcut+Shift+Up",
                e -> side.nudge(SideColumn.NUDGE));
        MenuItem shorter = MainWindow.item(Messages.get("menu.view.plotsShorter"), "Shortcut+Shift+Down",
                e -> side.nudge(-SideColumn.NUDGE));
        MenuItem reset = new MenuItem(Messages.get("menu.view.resetLayout"));
        reset.setId("menu-reset-layout");
        reset.setOnAction(e -> onReset.run());
        return List.of(show, taller, shorter, reset);
    }
}
