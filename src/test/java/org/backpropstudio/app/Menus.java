package org.backpropstudio.app;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing in the window's menus as a user does, for the UI tests. */
final class Menus {
    private Menus() {
    }

    /** File › {@code submenu} › the item {@code query}. */
    static void chooseInFileSubmenu(FxRobot robot, String submenu, String query) throws Exception {
        robot.clickOn("File").clickOn(submenu);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(item -> item.getScene() != null && item.getScene().getWindow().isShowing()).isPresent());
        // along the submenu's row first, or the pointer crosses the next item and the submenu closes
        robot.clickOn(query, Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
