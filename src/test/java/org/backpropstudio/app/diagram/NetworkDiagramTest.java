package org.backpropstudio.app.diagram;

import org.backpropstudio.app.Fx;
import org.backpropstudio.app.Settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.geometry.VerticalDirection;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.core.Activation;
import org.backpropstudio.core.BatchMode;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Initializer;
import org.backpropstudio.core.Loss;
import org.backpropstudio.core.Network;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.TestSessions;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The diagram on the seed's worked example (2-2-1, x = (0.05, 0.10), y = 0.01), step by step. */
@ExtendWith(ApplicationExtension.class)
class NetworkDiagramTest {
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

    private void settle() {
        Settle.model(model);
    }

    private void steps(int n) {
        for (int i = 0; i < n; i++) {
            Fx.run(() -> model.stepForward());
        }
        settle();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean has(FxRobot robot, String id, String pseudoClass) {
        return robot.lookup(id).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void before_the_first_step_every_value_is_a_placeholder(FxRobot robot) {
        settle();
        assertThat(text(robot, "#z-1-0")).isEqualTo("z —");
        assertThat(text(robot, "#a-1-0")).isEqualTo("a —");
        assertThat(text(robot, "#delta-1-0")).isEqualTo("δ —");
        assertThat(text(robot, "#z-2-0")).isEqualTo("z —");
        assertThat(robot.lookup("#z-1-0").query().getStyleClass()).contains("pending");
        assertThat(text(robot, "#b-1-0")).isEqualTo("b 0.35");
        assertThat(text(robot, "#b-2-0")).isEqualTo("b 0.6");
        assertThat(text(robot, "#w-1-0-0")).isEqualTo("0.15");
        assertThat(text(robot, "#w-2-0-1")).isEqualTo("0.45");
        assertThat(text(robot, "#dw-2-0-0")).isEmpty();
        assertThat(robot.lookup("#edge-1-0-0").query().getStyleClass()).contains("edge", "positive");
    }

    @Test
    void the_seed_example_is_drawn_large_with_every_weight_labelled(FxRobot robot) {
        settle();
        assertThat(diagram.getDensity().ordinal()).isLessThanOrEqualTo(Density.LARGE.ordinal());
        assertThat(robot.lookup("#z-1-0").queryAs(Label.class).getFont().getSize()).isGreaterThanOrEqualTo(15);
        assertThat(diagram.weightTagsShown(1)).isTrue();
        assertThat(diagram.weightTagsShown(2)).isTrue();
        for (String id : new String[] {"#w-1-0-0", "#w-1-0-1", "#w-1-1-0", "#w-1-1-1", "#w-2-0-0", "#w-2-0-1"}) {
            assertThat(shown(robot, id)).as(id).isTrue();
        }
        assertNoOverlap(robot, "#w-1-0-0", "#w-1-0-1", "#w-1-1-0", "#w-1-1-1",
                "#neuron-0-0", "#neuron-1-0", "#neuron-1-1");
    }

    private static void assertNoOverlap(FxRobot robot, String... ids) {
        for (int i = 0; i < ids.length; i++) {
            Bounds a = robot.lookup(ids[i]).query().localToScene(robot.lookup(ids[i]).query().getLayoutBounds());
            for (int j = i + 1; j < ids.length; j++) {
                Bounds b = robot.lookup(ids[j]).query().localToScene(robot.lookup(ids[j]).query().getLayoutBounds());
                assertThat(a.intersects(b)).as(ids[i] + " overlaps " + ids[j]).isFalse();
            }
        }
    }

    @Test
    void stepping_forward_computes_z_then_a_and_marks_what_was_read(FxRobot robot) {
        steps(1);
        assertThat(text(robot, "#z-1-0")).isEqualTo("z 0.3775");
        assertThat(text(robot, "#z-1-1")).isEqualTo("z 0.3925");
        assertThat(text(robot, "#a-1-0")).isEqualTo("a —");
        assertThat(text(robot, "#a-0-0")).isEqualTo("x₁ 0.05");
        assertThat(robot.lookup("#z-1-0").query().getStyleClass()).doesNotContain("pending");
        assertThat(has(robot, "#z-1-0", "computed-now")).isTrue();
        assertThat(has(robot, "#a-0-0", "read")).isTrue();
        assertThat(has(robot, "#b-1-0", "read")).isTrue();
        assertThat(has(robot, "#w-1-0-1", "read")).isTrue();
        assertThat(has(robot, "#halo-1", "read")).isTrue();
        assertThat(has(robot, "#halo-2", "read")).isFalse();
        assertThat(has(robot, "#w-2-0-0", "read")).isFalse();

        steps(1);
        assertThat(text(robot, "#a-1-0")).isEqualTo("a 0.5933");
        assertThat(has(robot, "#a-1-0", "computed-now")).isTrue();
        assertThat(has(robot, "#z-1-0", "computed-now")).isFalse();
        assertThat(has(robot, "#z-1-0", "read")).isTrue();
        assertThat(has(robot, "#a-0-0", "read")).isFalse();
    }

    @Test
    void the_backward_pass_shows_deltas_then_gradients(FxRobot robot) {
        steps(6); // z, a, z, a, loss, δ(2)
        assertThat(text(robot, "#a-2-0")).isEqualTo("a 0.7514");
        assertThat(text(robot, "#y-2-0")).isEqualTo("y 0.01");
        assertThat(text(robot, "#loss")).isEqualTo("Jₛ 0.2748");
        assertThat(text(robot, "#delta-2-0")).isEqualTo("δ 0.1385");
        assertThat(text(robot, "#delta-1-0")).isEqualTo("δ —");
        assertThat(has(robot, "#y-2-0", "read")).isTrue();

        steps(1); // δ(1)
        assertThat(text(robot, "#delta-1-0")).isEqualTo("δ 0.01337");
        assertThat(has(robot, "#delta-2-0", "read")).isTrue();
        assertThat(has(robot, "#w-2-0-0", "read")).isTrue();
        assertThat(text(robot, "#dw-2-0-0")).isEmpty();

        steps(1); // gradients of layer 2
        assertThat(text(robot, "#dw-2-0-0")).isEqualTo("∂J/∂w 0.08217");
        assertThat(shown(robot, "#dw-2-0-0")).isTrue();
        assertThat(text(robot, "#db-2-0")).isEqualTo("∂b 0.1385");
        assertThat(has(robot, "#dw-2-0-0", "computed-now")).isTrue();
        assertThat(text(robot, "#dw-1-0-0")).isEmpty();
    }

    @Test
    void the_update_changes_the_weights_and_biases(FxRobot robot) {
        steps(10);
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.3589");
        assertThat(text(robot, "#w-1-0-0")).isEqualTo("0.1497");
        assertThat(text(robot, "#b-2-0")).isEqualTo("b 0.5308");
        assertThat(has(robot, "#w-2-0-0", "computed-now")).isTrue();
        assertThat(has(robot, "#dw-2-0-0", "read")).isTrue();

        Fx.run(() -> model.stepBack());
        settle();
        assertThat(text(robot, "#w-2-0-0")).isEqualTo("0.4");
    }

    @Test
    void clicking_a_neuron_or_a_weight_selects_it_and_empty_space_clears(FxRobot robot) {
        settle();
        robot.clickOn("#neuron-1-0");
        assertThat(model.selectionProperty().get()).isEqualTo(new Selection.Neuron(1, 0));
        assertThat(has(robot, "#neuron-1-0", "selected")).isTrue();

        robot.clickOn("#w-2-0-1");
        assertThat(model.selectionProperty().get()).isEqualTo(new Selection.Weight(2, 0, 1));
        assertThat(has(robot, "#neuron-1-0", "selected")).isFalse();
        assertThat(has(robot, "#edge-2-0-1", "selected")).isTrue();

        Bounds area = diagram.localToScreen(diagram.getLayoutBounds());
        robot.clickOn(new Point2D(area.getMinX() + 8, area.getMaxY() - 8));
        assertThat(model.selectionProperty().get()).isNull();
    }

    @Test
    void a_step_sends_pulses_along_the_edges_it_used_only_when_animated(FxRobot robot) {
        settle();
        steps(1); // z(1): one pulse per weight into layer 1
        assertThat(robot.lookup(".pulse").queryAll()).hasSize(4);

        robot.interact(() -> diagram.setAnimated(false));
        robot.interact(model::reset);
        settle();
        steps(1);
        assertThat(robot.lookup(".pulses").query().isVisible()).isFalse();
    }

    @Test
    void zoom_is_clamped_between_fit_and_three(FxRobot robot) {
        robot.interact(() -> diagram.setZoom(5));
        assertThat(diagram.getZoom()).isEqualTo(NetworkDiagram.MAX_ZOOM);
        robot.interact(() -> diagram.setZoom(0.2));
        assertThat(diagram.getZoom()).isEqualTo(NetworkDiagram.MIN_ZOOM);
    }

    @Test
    void control_and_scroll_zooms_in_and_the_zoomed_drawing_can_be_scrolled(FxRobot robot) {
        settle();
        // the robot's DOWN sends a positive deltaY: the wheel turned away from the user
        robot.moveTo("#neuron-1-0").press(KeyCode.CONTROL).scroll(20, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diagram.getZoom()).isGreaterThan(NetworkDiagram.MIN_ZOOM);
        ScrollPane scroll = robot.lookup(".diagram-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getContent().getLayoutBounds().getWidth())
                .isGreaterThan(scroll.getViewportBounds().getWidth());

        robot.press(KeyCode.CONTROL).scroll(60, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diagram.getZoom()).isEqualTo(NetworkDiagram.MIN_ZOOM);
    }

    @Test
    void hovering_a_neuron_shows_its_full_values_in_a_tooltip(FxRobot robot) throws Exception {
        steps(2);
        robot.moveTo("#neuron-1-0").moveBy(2, 2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipText(robot).isPresent());
        assertThat(tooltipText(robot).orElseThrow())
                .contains("Hidden layer 1, unit 1", "z⁽¹⁾₁ = 0.3775", "a⁽¹⁾₁ = 0.59326999");
    }

    private static java.util.Optional<String> tooltipText(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .filter(t -> t != null && !t.isEmpty())
                .findFirst();
    }

    @Test
    void a_network_of_six_layers_of_sixteen_units_packs_its_neurons_and_hides_weight_tags(FxRobot robot)
            throws Exception {
        int[] units = new int[7];
        Arrays.fill(units, 16);
        Activation[] f = new Activation[7];
        Arrays.fill(f, Activation.TANH);
        f[6] = Activation.SIGMOID;
        Network net = Initializer.random(units, f, 42);
        double[][] x = {new double[16]};
        double[][] y = {new double[16]};
        Arrays.fill(x[0], 0.5);
        robot.interact(() -> model.open(
                new Session("6 × 16", net, Loss.SQUARED_ERROR, 0.5, BatchMode.FULL, new Dataset(x, y))));
        steps(3);

        assertThat(robot.lookup(".neuron").queryAll()).hasSize(7 * 16 + 3); // and the three probes
        assertThat(robot.lookup("#neuron-6-15").tryQuery()).isPresent();
        assertThat(robot.lookup("#neuron-2-0").tryQuery()).isPresent();
        assertThat(diagram.getDensity().ordinal()).isGreaterThanOrEqualTo(Density.MINIMAL.ordinal());
        assertThat(text(robot, "#a-1-3")).startsWith("a ").doesNotContain("—");
        assertThat(shown(robot, "#z-1-3")).isFalse();
        for (int l = 1; l <= 6; l++) {
            assertThat(diagram.weightTagsShown(l)).isFalse();
        }
        assertThat(shown(robot, "#w-3-4-5")).isFalse();

        robot.interact(() -> model.selectionProperty().set(new Selection.Weight(3, 4, 5)));
        assertThat(shown(robot, "#w-3-4-5")).isTrue();

        robot.interact(() -> diagram.setZoom(3));
        // the zoomed drawing is laid out in the next pulses
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> diagram.getDensity().ordinal() < Density.MINIMAL.ordinal());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#z-1-3")).isTrue();
    }

    @Test
    void opening_another_architecture_rebuilds_the_diagram_once(FxRobot robot) {
        robot.interact(() -> model.open(TestSessions.xor(3)));
        settle();
        robot.interact(() -> model.open(TestSessions.seedExample()));
        steps(1);
        assertThat(robot.lookup("#neuron-1-0").queryAll()).hasSize(1);
        assertThat(robot.lookup(".edge").queryAll()).hasSize(6);
        assertThat(text(robot, "#z-1-0")).isEqualTo("z 0.3775");
    }

    @Test
    void after_dispose_the_diagram_no_longer_follows_the_model(FxRobot robot) {
        settle();
        robot.interact(diagram::dispose);
        steps(1);
        assertThat(model.microStepProperty().get()).isEqualTo(1);
        assertThat(text(robot, "#z-1-0")).isEqualTo("z —");
        robot.interact(() -> model.selectionProperty().set(new Selection.Neuron(1, 0)));
        assertThat(has(robot, "#neuron-1-0", "selected")).isFalse();
    }

    @Test
    void a_snapshot_rewrites_only_the_numbers_that_changed(FxRobot robot) {
        steps(1);
        java.util.concurrent.atomic.AtomicInteger weightWrites = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger activationWrites = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            robot.lookup("#w-1-0-0").queryAs(Label.class).textProperty()
                    .addListener(o -> weightWrites.incrementAndGet());
            robot.lookup("#a-1-0").queryAs(Label.class).textProperty()
                    .addListener(o -> activationWrites.incrementAndGet());
        });
        steps(1); // a of layer 1: no weight changes
        assertThat(text(robot, "#a-1-0")).isEqualTo("a 0.5933");
        assertThat(activationWrites).hasValue(1);
        assertThat(weightWrites).hasValue(0);
        robot.interact(() -> model.selectionProperty().set(new Selection.Neuron(1, 1)));
        steps(1); // z of layer 2
        assertThat(activationWrites).hasValue(1);
        assertThat(weightWrites).hasValue(0);
    }

    @Test
    void a_negative_weight_is_dashed_and_signed_not_only_coloured(FxRobot robot) {
        Fx.run(() -> model.edit(new Edit.SetWeight(1, 0, 0, -0.15)));
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.shape.Line negative = (javafx.scene.shape.Line) robot.lookup("#edge-1-0-0").query()
                .lookup(".edge-line");
        javafx.scene.shape.Line positive = (javafx.scene.shape.Line) robot.lookup("#edge-1-0-1").query()
                .lookup(".edge-line");
        assertThat(negative.getStrokeDashArray()).isNotEmpty();
        assertThat(positive.getStrokeDashArray()).isEmpty();
        assertThat(text(robot, "#w-1-0-0")).isEqualTo("−0.15");
    }

    @Test
    void a_screen_reader_reads_each_unit_and_weight_with_its_values(FxRobot robot) {
        steps(1); // z⁽¹⁾
        Node h1 = robot.lookup("#neuron-1-0").query();
        Node w = robot.lookup("#tag-2-0-1").query();
        assertThat(Fx.call(() -> h1.queryAccessibleAttribute(AccessibleAttribute.ROLE))).isEqualTo(AccessibleRole.TEXT);
        assertThat(Fx.call(() -> h1.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .isEqualTo("hidden unit 1 of layer 1: z 0.3775, a not yet computed, δ not yet computed, bias 0.35");
        assertThat(Fx.call(() -> h1.queryAccessibleAttribute(AccessibleAttribute.HELP))).asString()
                .startsWith("Click b to edit it");
        assertThat(Fx.call(() -> w.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .isEqualTo("weight from unit 2 of layer 1 to unit 1 of layer 2: w 0.45, gradient not yet computed");
        steps(1); // a⁽¹⁾: the text follows the values shown
        assertThat(Fx.call(() -> h1.queryAccessibleAttribute(AccessibleAttribute.TEXT))).asString()
                .startsWith("hidden unit 1 of layer 1: z 0.3775, a 0.5933, δ not yet computed");
    }

    @Test
    void unseen_halos_cost_no_drawing_yet_still_catch_the_pointer_beside_a_thin_line(FxRobot robot) {
        // The renderer skips a node with no opacity but rasterises a transparent stroke.
        assertThat(robot.lookup(".edge-halo").queryAllAs(Node.class)).isNotEmpty()
                .allSatisfy(h -> assertThat(h.getOpacity()).isZero());
        assertThat(robot.lookup(".layer-halo").queryAllAs(javafx.scene.shape.Shape.class))
                .allSatisfy(h -> assertThat(h.getStroke()).isNull());
        assertThat(robot.lookup(".layer-veil").queryAllAs(javafx.scene.shape.Shape.class))
                .allSatisfy(h -> assertThat(h.getStroke()).isNull());

        steps(7); // δ of the hidden layer reads the output layer's weights
        assertThat(robot.lookup("#halo-2").queryAs(javafx.scene.shape.Shape.class).getStroke()).isNotNull();
        assertThat(robot.lookup("#halo-1").queryAs(javafx.scene.shape.Shape.class).getStroke()).isNull();

        javafx.scene.Group edge = robot.lookup("#edge-2-0-0").queryAs(javafx.scene.Group.class);
        javafx.scene.shape.Line line = (javafx.scene.shape.Line) edge.lookup(".edge-line");
        javafx.scene.shape.Line halo = (javafx.scene.shape.Line) edge.lookup(".edge-halo");
        double dx = line.getEndX() - line.getStartX();
        double dy = line.getEndY() - line.getStartY();
        double length = Math.hypot(dx, dy);
        double off = line.getStrokeWidth() / 2 + 3; // beside the line, inside its halo, away from the tag
        javafx.geometry.Point2D beside = line.localToScreen(
                line.getStartX() + dx * 0.1 - dy / length * off, line.getStartY() + dy * 0.1 + dx / length * off);
        assertThat(line.contains(line.screenToLocal(beside))).as("off the line").isFalse();
        assertThat(halo.contains(halo.screenToLocal(beside))).as("on its halo").isTrue();
        robot.moveTo(beside);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(edge.isHover()).isTrue();
        assertThat(halo.getOpacity()).isEqualTo(1.0);
    }
}
