package org.backpropstudio.app.images;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.app.Settle;
import org.backpropstudio.core.Dataset;
import org.backpropstudio.core.MicroStep;
import org.backpropstudio.core.Predictor;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.Selection;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures follow the model: the sample's picture and outputs, the receptive fields W⁽¹⁾, the
 * confusion matrix of the test set and its mistakes, at every step and after training; a pick of a
 * mistake calls the study callback with its index in the test set.
 */
@ExtendWith(ApplicationExtension.class)
class PicturesPanelTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    private ExecutorService worker;
    private StudioModel model;
    private PicturesPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        worker = Executors.newSingleThreadExecutor();
        model = new StudioModel(DigitsSessions.digits(), engine, FxThread.UI);
        panel = new PicturesPanel(model, worker);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 520, 1000));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        worker.shutdownNow();
        fxErrors.assertNone();
    }

    /** Waits until the panel has drawn the model's latest snapshot and scored it, if it scores. */
    private Snapshot settled() {
        Settle.model(model, () -> Fx.call(() -> panel.drawn() == model.snapshotProperty().get()) && panel.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        return Fx.call(() -> model.snapshotProperty().get());
    }

    private static double[] outputs(Snapshot s) {
        double[] a = new double[s.units(s.layers())];
        for (int k = 0; k < a.length; k++) {
            a[k] = s.a(s.layers(), k);
        }
        return a;
    }

    private static Dataset test(Snapshot s) {
        return s.session().dataset().test().orElseThrow();
    }

    @Test
    void the_picture_is_the_current_sample_and_the_bars_its_outputs_once_the_forward_pass_reaches_them() {
        Snapshot s = settled();
        Dataset data = s.session().dataset();
        int upcoming = s.currentSample();
        assertThat(panel.sample().picture().values()).as("before the first step: the sample to come")
                .containsExactly(data.inputRow(upcoming));
        assertThat(panel.sample().bars().shown()).as("a⁽ᴸ⁾ not computed yet").isNull();
        assertThat(panel.sample().bars().labelClass()).isEqualTo(Score.classOf(data.targetRow(upcoming)));
        assertThat(Fx.call(() -> ((Label) panel.lookup("#sample-title")).getText()))
                .isEqualTo("Sample " + (upcoming + 1) + " · label " + Score.classOf(data.targetRow(upcoming))
                        + " · up next");

        Fx.run(() -> model.strideProperty().set(Stride.MICRO_STEP));
        for (int i = 0; i < 3; i++) {
            Fx.run(model::stepForward);
        }
        s = settled();
        assertThat(s.isComputed(MicroStep.Kind.A, s.layers())).isFalse();
        assertThat(panel.sample().bars().shown()).as("z⁽ᴸ⁾ only: still no outputs").isNull();
        Fx.run(model::stepForward);
        s = settled();
        assertThat(s.isComputed(MicroStep.Kind.A, s.layers())).isTrue();
        assertThat(panel.sample().bars().shown()).containsExactly(outputs(s));

        Fx.run(() -> model.iterations(5));
        s = settled();
        double[] x = new double[s.units(0)];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.a(0, i);
        }
        assertThat(panel.sample().picture().values()).as("after training: the sample last loaded").containsExactly(x);
        assertThat(panel.sample().bars().shown()).containsExactly(outputs(s));
        assertThat(String.valueOf(Fx.call(() -> panel.sample().bars()
                .queryAccessibleAttribute(AccessibleAttribute.TEXT)))).startsWith("Outputs a⁽ᴸ⁾ of a sample labelled");
    }

    @Test
    void the_receptive_fields_are_the_first_layers_weights_in_the_diagrams_sign_colours() {
        Fx.run(() -> model.iterations(30));
        Snapshot s = settled();
        ReceptiveFields fields = panel.fields();
        assertThat(fields.count()).isEqualTo(DigitsSessions.HIDDEN);
        double largest = 0;
        int[] at = new int[2];
        for (int j = 0; j < fields.count(); j++) {
            double[] row = new double[s.units(0)];
            for (int k = 0; k < row.length; k++) {
                row[k] = s.weight(1, j, k);
                if (Math.abs(row[k]) > largest) {
                    largest = Math.abs(row[k]);
                    at[0] = j;
                    at[1] = k;
                }
            }
            assertThat(fields.weights(j)).as("field %d", j).containsExactly(row);
        }
        // the largest |w| of W⁽¹⁾ is the full colour of its sign: Okabe–Ito blue or vermillion
        int colour = fields.tile(at[0]).colours()[at[1]];
        int expected = s.weight(1, at[0], at[1]) > 0 ? 0xff0072b2 : 0xffd55e00;
        assertThat(Integer.toHexString(colour)).isEqualTo(Integer.toHexString(expected));
        // a weight of about 0 is the card's white
        assertThat(Pixels.diverging(new double[] {0}, largest, 0xffd55e00, 0xffffffff, 0xff0072b2)[0])
                .isEqualTo(0xffffffff);
    }

    @Test
    void a_click_or_enter_on_a_field_selects_its_unit_and_the_field_of_the_unit_selected_is_marked(FxRobot robot) {
        settled();
        robot.clickOn("#field-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> model.selectionProperty().get())).isEqualTo(new Selection.Neuron(1, 3));
        assertThat(Fx.call(() -> panel.fields().tile(3).getPseudoClassStates()))
                .contains(ReceptiveFields.SELECTED);
        assertThat(Fx.call(() -> ((Label) panel.lookup("#receptive-fields-readout")).getText()))
                .startsWith("Hidden unit 4 (h₄)");

        robot.type(KeyCode.RIGHT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.call(() -> model.selectionProperty().get())).isEqualTo(new Selection.Neuron(1, 4));
        assertThat(Fx.call(() -> panel.fields().tile(3).getPseudoClassStates()))
                .doesNotContain(ReceptiveFields.SELECTED);
        Node grid = robot.lookup("#receptive-fields").query();
        assertThat(String.valueOf(Fx.call(() -> grid.queryAccessibleAttribute(AccessibleAttribute.TEXT))))
                .startsWith("Hidden unit 5 (h₅)");
    }

    @Test
    void the_confusion_matrix_is_the_score_of_the_latest_network_on_the_test_set() {
        Fx.run(() -> model.iterations(60));
        Snapshot s = settled();
        Score score = Score.of(s.network(), s.loss(), test(s));
        assertThat(panel.matrix().counts()).isDeepEqualTo(score.confusion());
        assertThat(Fx.call(() -> ((Label) panel.lookup("#test-title")).getText()))
                .isEqualTo(String.format(java.util.Locale.ROOT, "Test set: %d of %d right (%.1f %%)", score.correct(),
                        DigitsSessions.TEST, 100.0 * score.correct() / DigitsSessions.TEST));
        assertThat(score.correct()).as("60 mini-batches learn something").isGreaterThan(DigitsSessions.TEST / 2);
        for (int t = 0; t < 10; t++) {
            int k = t;
            assertThat(Fx.call(() -> panel.matrix().cell(k, k).getPseudoClassStates()))
                    .contains(ConfusionMatrix.DIAGONAL);
        }
    }

    @Test
    void while_one_evaluation_waits_for_the_worker_newer_networks_replace_it() throws Exception {
        settled();
        long before = panel.evaluations();
        CountDownLatch release = new CountDownLatch(1);
        worker.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 8; i++) {
            Fx.run(() -> model.iterations(1));
            Settle.model(model, () -> Fx.call(() -> panel.drawn() == model.snapshotProperty().get()));
        }
        release.countDown();
        Snapshot s = settled();
        assertThat(panel.evaluations() - before).as("eight networks, one evaluation waiting at a time")
                .isLessThanOrEqualTo(1);
        assertThat(panel.matrix().counts()).isDeepEqualTo(Score.of(s.network(), s.loss(), test(s)).confusion());
    }

    /** The test samples {@code s}'s network gets wrong, in order. */
    private static List<Integer> mistakes(Snapshot s) {
        Dataset test = test(s);
        Predictor predictor = new Predictor(s.network());
        double[] out = new double[s.units(s.layers())];
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) {
            predictor.predict(test.inputRow(i), out);
            if (Score.classOf(out) != Score.classOf(test.targetRow(i))) {
                wrong.add(i);
            }
        }
        return wrong;
    }

    @Test
    void the_gallery_lists_exactly_the_misclassified_test_samples_and_a_click_calls_on_study(FxRobot robot) {
        List<Integer> studied = new CopyOnWriteArrayList<>();
        Fx.run(() -> panel.setOnStudy(studied::add));
        Fx.run(() -> model.iterations(20));
        Snapshot s = settled();
        List<Integer> wrong = mistakes(s);
        assertThat(wrong).as("after 20 mini-batches some test digits are still wrong").hasSizeGreaterThan(3);
        assertThat(panel.gallery().shown()).isEqualTo(wrong);
        assertThat(robot.lookup(".mistake").queryAll()).hasSize(wrong.size());
        assertThat(Fx.call(() -> ((Label) panel.lookup("#mistakes-title")).getText()))
                .isEqualTo("Misclassified test samples: " + wrong.size() + " of " + DigitsSessions.TEST);

        Node third = Fx.call(() -> panel.gallery().flow().getChildren().get(2));
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studied).containsExactly(wrong.get(2));

        robot.type(KeyCode.RIGHT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studied).as("the keyboard's cursor moved on from the third").containsExactly(wrong.get(2),
                wrong.get(3));
    }

    @Test
    void by_default_a_mistake_picked_is_shown_enlarged_with_its_outputs_until_back(FxRobot robot) {
        Fx.run(() -> model.iterations(20));
        Snapshot s = settled();
        int first = mistakes(s).get(0);
        robot.clickOn(Fx.call(() -> panel.gallery().flow().getChildren().get(0)));
        s = settled();
        Dataset test = test(s);
        double[] expected = new double[10];
        new Predictor(s.network()).predict(test.inputRow(first), expected);
        assertThat(panel.sample().picture().values()).containsExactly(test.inputRow(first));
        assertThat(panel.sample().bars().shown()).containsExactly(expected);
        assertThat(Fx.call(() -> ((Label) panel.lookup("#sample-title")).getText())).isEqualTo("Test sample "
                + (first + 1) + " · label " + Score.classOf(test.targetRow(first)) + " · taken for "
                + Score.classOf(expected));
        assertThat(Fx.call(() -> panel.gallery().flow().getChildren().get(0).getPseudoClassStates()))
                .contains(MistakesGallery.STUDIED);

        robot.clickOn("#sample-back");
        s = settled();
        assertThat(panel.sample().picture().values()).containsExactly(
                s.session().dataset().inputRow(s.currentSample()));
        assertThat(Fx.call(() -> ((Label) panel.lookup("#sample-title")).getText())).startsWith("Sample ");
    }

    @Test
    void wired_to_the_models_study_a_mistake_picked_becomes_the_sample_stepped(FxRobot robot) {
        Fx.run(() -> panel.setOnStudy(model::study));
        Fx.run(() -> model.iterations(20));
        Snapshot s = settled();
        int second = mistakes(s).get(1);
        Dataset test = test(s);
        robot.clickOn(Fx.call(() -> panel.gallery().flow().getChildren().get(1)));
        s = settled();
        assertThat(Fx.call(() -> model.studyShownProperty().get().testIndex())).isEqualTo(second);
        assertThat(panel.sample().picture().values()).containsExactly(test.inputRow(second));
        assertThat(Fx.call(() -> ((Label) panel.lookup("#sample-title")).getText()))
                .isEqualTo("Test sample " + (second + 1) + " · label " + Score.classOf(test.targetRow(second)));
        assertThat(Fx.call(() -> panel.gallery().flow().getChildren().get(1).getPseudoClassStates()))
                .contains(MistakesGallery.STUDIED);
        assertThat(panel.gallery().shown()).as("the same network, the same mistakes").contains(second);

        Fx.run(model::endStudy);
        s = settled();
        assertThat(Fx.call(() -> ((Label) panel.lookup("#sample-title")).getText())).startsWith("Sample ");
        assertThat(Fx.call(() -> panel.gallery().flow().getChildren().get(1).getPseudoClassStates()))
                .doesNotContain(MistakesGallery.STUDIED);
    }

    @Test
    void the_matrix_stands_beside_the_fields_where_the_column_is_wide_and_under_them_where_it_is_not(
            FxRobot robot) {
        settled();
        Node fields = robot.lookup("#receptive-fields").query();
        Node matrix = robot.lookup("#confusion-matrix").query();
        assertThat(Fx.call(() -> matrix.localToScene(matrix.getLayoutBounds()).getMinY()))
                .as("520 px: stacked").isGreaterThan(Fx.call(() -> fields.localToScene(fields.getLayoutBounds())
                        .getMaxY()));
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds f = Fx.call(() -> fields.localToScene(fields.getLayoutBounds()));
        javafx.geometry.Bounds m = Fx.call(() -> matrix.localToScene(matrix.getLayoutBounds()));
        assertThat(m.getMinX()).as("1000 px: side by side").isGreaterThan(f.getMaxX());
        assertThat(m.getMaxX()).as("whole").isLessThanOrEqualTo(1000);
        assertThat(m.getMinY()).isLessThan(f.getMaxY());

        // a panel whose worker has not scored yet: an empty matrix beside the fields, and its title whole
        ExecutorService busy = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        busy.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            PicturesPanel fresh = Fx.call(() -> new PicturesPanel(model, busy));
            robot.interact(() -> {
                ScrollPane scroll = new ScrollPane(fresh);
                scroll.setFitToWidth(true);
                stage.getScene().setRoot(scroll);
            });
            Settle.model(model, () -> Fx.call(() -> fresh.drawn() == model.snapshotProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            Label title = Fx.call(() -> (Label) fresh.lookup("#test-title"));
            assertThat(Fx.call(title::getText)).isEqualTo("Test set: scoring…");
            assertThat(Fx.call(() -> title.getParent().getLayoutBounds().getWidth()))
                    .as("the matrix's room while it is empty").isGreaterThan(300);
            assertThat(Fx.call(() -> title.getHeight())).as("the title on one line").isLessThan(30);
        } finally {
            release.countDown();
            busy.shutdownNow();
        }
    }

    @Test
    void without_a_test_set_the_panel_says_so_instead_of_a_matrix() {
        Fx.run(() -> model.open(DigitsSessions.withoutTest()));
        settled();
        assertThat(Fx.call(() -> panel.matrix().isVisible())).isFalse();
        assertThat(Fx.call(() -> panel.gallery().isVisible())).isFalse();
        assertThat(Fx.call(() -> ((Label) panel.lookup("#test-note")).getText())).contains("no test set");
        assertThat(panel.fields().count()).isEqualTo(DigitsSessions.HIDDEN);
    }
}
