package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Session;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 2-16-16-1 network, too dense for every weight's tag: the layout drops them, and the weights the
 * step in progress uses, the weight under the pointer and the weight with the focus keep theirs.
 */
@ExtendWith(ApplicationExtension.class)
class DenseDiagramTest {
    private TestDiagram test;
    private StudioModel model;
    private NetworkDiagram diagram;

    @Start
    void start(Stage stage) {
        test = new TestDiagram(stage);
        model = test.model;
        diagram = test.diagram;
    }

    @AfterEach
    void stop(FxRobot robot) throws TimeoutException {
        test.close(robot);
    }

    private void open16by16() {
        int[] units = {2, 16, 16, 1};
        Activation[] f = {null, Activation.TANH, Activation.TANH, Activation.SIGMOID};
        Session s = new Session("2-16-16-1", Initializer.random(units, f, 7), Loss.SQUARED_ERROR, 0.5,
                BatchMode.FULL, new Dataset(new double[][] {{0.5, -0.5}}, new double[][] {{1}}));
        Fx.run(() -> model.open(s));
        Settle.model(model);
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            Fx.run(() -> model.stepForward());
        }
        Settle.model(model);
    }

    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The tags of layer l shown now. */
    private static List<Node> tagsShown(FxRobot robot, int l) {
        List<Node> shown = new ArrayList<>();
        for (Node tag : robot.lookup(".edge-tag").queryAll()) {
            if (tag.getId() != null && tag.getId().startsWith("tag-" + l + "-") && tag.isVisible()) {
                shown.add(tag);
            }
        }
        return shown;
    }

    @Test
    void the_weights_of_the_step_in_progress_keep_their_tags_where_there_is_room(FxRobot robot) {
        open16by16();
        assertThat(diagram.weightTagsShown(2)).as("256 tags between two columns of 16").isFalse();
        assertThat(tagsShown(robot, 2)).isEmpty();

        steps(3); // z⁽¹⁾, a⁽¹⁾, z⁽²⁾: z⁽²⁾ reads W⁽²⁾
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> shown = tagsShown(robot, 2);
        assertThat(shown).as("some of W⁽²⁾, not all").isNotEmpty().hasSizeLessThan(256);
        assertThat(shown).allMatch(tag -> robot.lookup("#" + tag.getId().replace("tag-", "w-")).query()
                .getPseudoClassStates().toString().contains("read"));
        for (int a = 0; a < shown.size(); a++) {
            for (int b = a + 1; b < shown.size(); b++) {
                assertThat(shown.get(a).getBoundsInParent().intersects(shown.get(b).getBoundsInParent()))
                        .as(shown.get(a).getId() + " overlaps " + shown.get(b).getId()).isFalse();
            }
        }
        assertThat(tagsShown(robot, 1)).as("W⁽¹⁾ is not in use").isEmpty();

        steps(1); // a⁽²⁾ reads no weight
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tagsShown(robot, 2)).isEmpty();
    }

    @Test
    void the_weight_under_the_pointer_shows_its_tag(FxRobot robot) {
        open16by16();
        javafx.scene.Group edge = robot.lookup("#edge-1-15-1").queryAs(javafx.scene.Group.class);
        javafx.scene.shape.Line line = (javafx.scene.shape.Line) edge.getChildren().get(1);
        assertThat(shown(robot, "#tag-1-15-1")).isFalse();
        // near the end of the edge, where it runs alone into the last unit
        double t = 0.9;
        robot.moveTo(edge.localToScreen(line.getStartX() + t * (line.getEndX() - line.getStartX()),
                line.getStartY() + t * (line.getEndY() - line.getStartY())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tagsShown(robot, 1)).as("the weight under the pointer").isNotEmpty()
                .allMatch(tag -> robot.lookup("#" + tag.getId().replace("tag-", "edge-")).query().isHover()
                        || tag.isHover());
    }

    @Test
    void the_left_arrow_moves_from_a_unit_into_its_incoming_weights_though_their_tags_were_dropped(FxRobot robot) {
        open16by16();
        assertThat(shown(robot, "#tag-1-5-0")).isFalse();
        robot.interact(() -> robot.lookup("#neuron-1-5").query().requestFocus());
        robot.type(KeyCode.LEFT);
        assertThat(robot.lookup("#tag-1-5-0").query().isFocused()).isTrue();
        assertThat(shown(robot, "#tag-1-5-0")).isTrue();
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#tag-1-5-1").query().isFocused()).isTrue();
        assertThat(shown(robot, "#tag-1-5-1")).isTrue();
        assertThat(shown(robot, "#tag-1-5-0")).as("the tag that lost the focus is dropped again").isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diagram.editor().isEditing(new Editable.Weight(1, 5, 1))).as("Enter opens the weight's editor")
                .isTrue();
        robot.type(KeyCode.ESCAPE);
    }
}
