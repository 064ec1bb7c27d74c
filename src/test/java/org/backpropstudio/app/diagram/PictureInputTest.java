package org.backpropstudio.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import org.backpropstudio.app.images.DigitsSessions;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.Stride;
import org.backpropstudio.core.TestSessions;
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
 * A network whose inputs are a picture (64-16-10 on the digits): the input column is the current
 * sample's picture instead of 64 cards, and the weights into the first hidden layer a line per
 * hidden unit instead of 1,024 edges with tags; the drawing stays small and legible.
 */
@ExtendWith(ApplicationExtension.class)
class PictureInputTest {
    private TestDiagram test;
    private StudioModel model;

    @Start
    void start(Stage stage) {
        test = new TestDiagram(stage);
        model = test.model;
    }

    @BeforeEach
    void openDigits() {
        Fx.run(() -> model.open(DigitsSessions.digits()));
        Settle.model(model);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop(FxRobot robot) throws TimeoutException {
        test.close(robot);
    }

    private PictureCard picture(FxRobot robot) {
        return robot.lookup("#input-picture").queryAs(PictureCard.class);
    }

    private Snapshot snapshot() {
        return Fx.call(() -> model.snapshotProperty().get());
    }

    private static int nodes(Node node) {
        int n = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += nodes(child);
            }
        }
        return n;
    }

    @Test
    void the_input_is_the_current_samples_picture_with_its_label_and_no_card_per_pixel(FxRobot robot) {
        Snapshot s = snapshot();
        Dataset data = s.session().dataset();
        int sample = s.currentSample();
        int label = Score.classOf(data.targetRow(sample));
        PictureCard picture = picture(robot);
        assertThat(picture.picture().values()).containsExactly(data.inputRow(sample));
        assertThat(picture.caption().getText()).isEqualTo("label " + label);
        assertThat(String.valueOf(Fx.call(() -> picture.queryAccessibleAttribute(AccessibleAttribute.TEXT))))
                .isEqualTo("Input x: sample " + (sample + 1) + ", up next, a 8 × 8 picture labelled " + label);
        assertThat(robot.lookup("#neuron-0-0").tryQuery()).as("no card per pixel").isEmpty();
        assertThat(robot.lookup("#edge-1-0-0").tryQuery()).as("no edge per weight into layer 1").isEmpty();
        assertThat(robot.lookup(".picture-bundle").queryAll()).hasSize(DigitsSessions.HIDDEN);
        assertThat(robot.lookup("#veil-1").queryAs(javafx.scene.shape.Path.class).getElements())
                .as("faint lines need no veil (in the dark themes it would light them up)").isEmpty();
        assertThat(robot.lookup("#halo-1").queryAs(javafx.scene.shape.Path.class).getElements())
                .as("the halo marks them when W⁽¹⁾ is read").hasSize(2 * DigitsSessions.HIDDEN);
        assertThat(robot.lookup("#edge-2-0-0").tryQuery()).as("the weights into the output keep theirs").isPresent();
        assertThat(nodes(test.diagram)).as("a drawing a frame can afford").isLessThan(4000);

        Fx.run(() -> model.strideProperty().set(Stride.MICRO_STEP));
        Fx.run(model::stepForward); // z⁽¹⁾ reads x, the picture
        Settle.model(model);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture.mark().getPseudoClassStates()).contains(Highlights.READ);
        assertThat(String.valueOf(Fx.call(() -> picture.queryAccessibleAttribute(AccessibleAttribute.TEXT))))
                .isEqualTo("Input x: sample " + (sample + 1) + ", a 8 × 8 picture labelled " + label);

        Fx.run(() -> model.iterations(4));
        Settle.model(model);
        s = snapshot();
        double[] x = new double[64];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.a(0, i);
        }
        assertThat(picture.picture().values()).containsExactly(x);
        assertThat(picture.mark().getPseudoClassStates()).doesNotContain(Highlights.READ);
    }

    @Test
    void the_picture_stands_whole_left_of_the_hidden_units_and_a_line_runs_to_each(FxRobot robot) {
        PictureCard picture = picture(robot);
        List<Node> hidden = new ArrayList<>();
        for (int j = 0; j < DigitsSessions.HIDDEN; j++) {
            hidden.add(robot.lookup("#neuron-1-" + j).query());
        }
        List<Line> lines = robot.lookup(".picture-bundle").queryAll().stream().map(Line.class::cast).toList();
        WaitForAsyncUtils.waitForFxEvents();
        // every position read in one go on the FX thread, after the events settle
        List<Bounds> units = new ArrayList<>();
        List<double[]> ends = new ArrayList<>();
        Bounds[] card = new Bounds[2];
        Fx.run(() -> {
            // the card's own box: its bounds in parent grow by the focus ring's shadow while it has the focus
            card[0] = picture.localToParent(picture.getLayoutBounds());
            card[1] = picture.getParent().getParent().getLayoutBounds();
            for (int j = 0; j < hidden.size(); j++) {
                units.add(hidden.get(j).getBoundsInParent());
                Line line = lines.get(j);
                ends.add(new double[] {line.getStartX(), line.getEndX(), line.getEndY()});
            }
        });
        assertThat(card[0].getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(card[0].getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(card[0].getMaxY()).isLessThanOrEqualTo(card[1].getMaxY());
        assertThat(picture.picture().getWidth()).as("pixels large enough to see").isGreaterThanOrEqualTo(8 * 4);
        for (int j = 0; j < hidden.size(); j++) {
            Bounds b = units.get(j);
            assertThat(b.getMinX()).as("unit %d right of the picture", j)
                    .isGreaterThan(card[0].getMaxX() + DiagramLayout.MIN_PACKED_COLUMN_GAP - 1);
            assertThat(ends.get(j)[0]).isEqualTo(card[0].getMaxX(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(ends.get(j)[1]).isEqualTo(b.getMinX(), org.assertj.core.data.Offset.offset(1.0));
            assertThat(ends.get(j)[2]).isEqualTo(b.getCenterY(), org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void the_arrows_move_from_the_picture_to_the_hidden_units_and_back(FxRobot robot) {
        robot.interact(() -> picture(robot).requestFocus());
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#neuron-1-0").query().isFocused()).isTrue();
        robot.type(KeyCode.DOWN, KeyCode.LEFT);
        assertThat(picture(robot).isFocused()).isTrue();
    }

    @Test
    void a_session_without_a_picture_has_its_input_cards_back(FxRobot robot) {
        Fx.run(() -> model.open(TestSessions.seedExample()));
        Settle.model(model);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#input-picture").tryQuery()).isEmpty();
        assertThat(robot.lookup("#neuron-0-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#edge-1-0-0").tryQuery()).isPresent();
    }
}
