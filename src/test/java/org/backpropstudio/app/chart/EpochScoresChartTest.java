package org.backpropstudio.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backpropstudio.app.Fx;
import org.backpropstudio.app.FxErrors;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.app.Settle;
import org.backpropstudio.cli.Cli;
import org.backpropstudio.core.EpochScores;
import org.backpropstudio.core.Score;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.model.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The loss chart of a session with a test set: the test loss at epoch ends and both accuracies. */
@ExtendWith(ApplicationExtension.class)
class EpochScoresChartTest {
    private final FxErrors fxErrors = new FxErrors();
    private ScheduledExecutorService engine;
    private StudioModel model;
    private LossChart chart;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fxErrors.watch();
        engine = Executors.newSingleThreadScheduledExecutor();
        Session digits = SessionFile.read(Path.of("assets/presets/digits.backprop.json")).session();
        model = new StudioModel(digits, engine, FxThread.UI);
        chart = new LossChart(model);
        stage.setScene(new Scene(chart, 720, 380));
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.shutdownNow();
        fxErrors.assertNone();
    }

    @Test
    void the_chart_shows_the_epoch_scores_that_evaluate_prints(FxRobot robot) throws Exception {
        Label scores = robot.lookup("#loss-scores").queryAs(Label.class);
        assertThat(scores.isVisible()).isFalse();
        Fx.run(() -> model.iterations(88));
        Settle.model(model);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.drawnIterations() == 88);
        EpochScores.View view = model.epochScoresProperty().get();
        assertThat(view.count()).isEqualTo(2);
        assertThat(view.iteration(1)).isEqualTo(88);

        Snapshot s = model.snapshotProperty().get();
        Session now = s.session().withNetwork(s.network());
        Score test = Score.of(now.network(), now.loss(), now.dataset().test().orElseThrow());
        Score train = Score.of(now.network(), now.loss(), now.dataset());
        assertThat(view.testLoss()[1]).isEqualTo(test.loss());
        assertThat(view.testAccuracy()[1]).isEqualTo(test.accuracy()).isGreaterThan(0.8);
        assertThat(view.trainAccuracy()[1]).isEqualTo(train.accuracy());
        assertThat(scores.isVisible()).isTrue();
        assertThat(scores.getText()).contains("accuracy: training " + EpochText.percent(train.accuracy()),
                "test " + EpochText.percent(test.accuracy()), "after 88 iterations");

        Path file = temp.resolve("now.backprop.json");
        Files.writeString(file, SessionFile.write(now, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Cli.execute(new String[] {"evaluate", file.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), w -> { })).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.at("/test/loss").doubleValue()).isEqualTo(view.testLoss()[1]);
        assertThat(json.at("/test/accuracy").doubleValue()).isEqualTo(view.testAccuracy()[1]);
        assertThat(json.at("/training/accuracy").doubleValue()).isEqualTo(view.trainAccuracy()[1]);
    }

    @Test
    void stepping_back_before_the_first_epoch_end_hides_the_scores(FxRobot robot) throws Exception {
        Fx.run(() -> model.iterations(44));
        Settle.model(model);
        assertThat(model.epochScoresProperty().get().count()).isEqualTo(1);
        Fx.run(() -> model.stepBack());
        Settle.model(model);
        assertThat(model.epochScoresProperty().get().count()).isZero();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loss-scores").queryAs(Label.class).isVisible()).isFalse();
    }
}
