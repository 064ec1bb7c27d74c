package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A live scroll pane draws its content without the bitmap cache a plain one keeps of its viewport. */
@ExtendWith(ApplicationExtension.class)
class LiveScrollPaneTest {
    private Rectangle content;
    private LiveScrollPane live;
    private ScrollPane plain;

    @Start
    void start(Stage stage) {
        content = new Rectangle(800, 600);
        live = new LiveScrollPane(content);
        plain = new ScrollPane(new Rectangle(800, 600));
        live.setPrefSize(200, 150);
        plain.setPrefSize(200, 150);
        stage.setScene(new Scene(new HBox(live, plain), 420, 160));
        stage.sizeToScene(); // the stage an earlier test used may have been left larger
        stage.show();
    }

    @Test
    void its_viewport_is_not_cached_and_it_still_scrolls(FxRobot robot) {
        Node viewport = live.lookup(".viewport");
        assertThat(viewport).isNotNull();
        assertThat(viewport.isCache()).isFalse();
        assertThat(plain.lookup(".viewport").isCache()).as("what a plain scroll pane does").isTrue();
        assertThat(live.getContent()).isSameAs(content);
        robot.interact(() -> live.setVvalue(1));
        assertThat(content.localToScene(0, 0).getY()).isLessThan(live.localToScene(0, 0).getY());
    }
}
