package org.backpropstudio.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backpropstudio.app.boundary.DecisionBoundary;
import org.backpropstudio.app.chart.LossChart;
import org.backpropstudio.app.diagram.NetworkDiagram;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;

/**
 * The window under load (issue "Performance", item 3), measured headless (Monocle, software
 * rendering): the diagram, the loss curve and the decision boundary of the two-moons session on
 * screen while the model plays at full speed, stride iteration. Frames are counted with an
 * {@link AnimationTimer} (one call per pulse, which is when the scene is rendered), with the gaps
 * between them; the heap is measured after a full GC once play has warmed up and at the end.
 * Prints {@code BENCH} lines. The first argument is the measured time in seconds (default 15;
 * 600 for the 10-minute heap run).
 */
public final class WindowLoad {
    private WindowLoad() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 15;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine");
            t.setDaemon(true);
            return t;
        });
        StudioModel[] model = new StudioModel[1];
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        AtomicLong frames = new AtomicLong();
        AtomicLong snapshots = new AtomicLong();
        long[] last = {0};
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            model[0] = new StudioModel(BenchSessions.twoMoons(), engine, Platform::runLater);
            model[0].snapshotProperty().addListener((o, a, b) -> snapshots.incrementAndGet());
            NetworkDiagram diagram = new NetworkDiagram(model[0]);
            LossChart chart = new LossChart(model[0]);
            DecisionBoundary boundary = new DecisionBoundary(model[0]);
            VBox side = new VBox(chart, boundary);
            VBox.setVgrow(boundary, Priority.ALWAYS);
            HBox.setHgrow(diagram, Priority.ALWAYS);
            Stage stage = new Stage();
            stage.setScene(new Scene(new HBox(diagram, side), 1280, 800));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        gaps.add(now - last[0]);
                        frames.incrementAndGet();
                    }
                    last[0] = now;
                }
            }.start();
            model[0].strideProperty().set(Stride.ITERATION);
            model[0].speedProperty().set(StudioModel.MAX_SPEED);
            model[0].play();
            shown.countDown();
        });
        shown.await();
        TimeUnit.SECONDS.sleep(3); // warm-up: a benchmark waits for the JIT, not a test
        long heapStart = usedHeapAfterGc();
        frames.set(0);
        gaps.clear();
        snapshots.set(0);
        long t0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long frameCount = frames.get();
        long snapshotCount = snapshots.get();
        List<Long> sorted;
        synchronized (gaps) {
            sorted = new ArrayList<>(gaps);
        }
        Collections.sort(sorted);
        long iterations = model[0].lossesProperty().get().count();
        CountDownLatch paused = new CountDownLatch(1);
        Platform.runLater(() -> {
            model[0].pause();
            paused.countDown();
        });
        paused.await();
        long heapEnd = usedHeapAfterGc();
        double p99 = sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))) / 1e6;
        double max = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6;
        double fps = frameCount / elapsed;
        System.out.printf(Locale.ROOT, "TARGET window redrawn >= 30 times a second while playing: %s (%.1f)%n", fps >= 30 ? "met" : "MISSED", fps);
        System.out.printf(Locale.ROOT, "BENCH window-frames %.1f frames/s%n", fps);
        System.out.printf(Locale.ROOT, "BENCH window-frame-gap-p99 %.1f ms%n", p99);
        System.out.printf(Locale.ROOT, "BENCH window-frame-gap-max %.1f ms%n", max);
        System.out.printf(Locale.ROOT, "BENCH window-snapshots %.1f snapshots/s%n", snapshotCount / elapsed);
        System.out.printf(Locale.ROOT, "BENCH window-training %.0f iterations/s%n", iterations / (elapsed + 3));
        System.out.printf(Locale.ROOT, "BENCH window-heap-start %.1f MiB%n", heapStart / 1048576.0);
        System.out.printf(Locale.ROOT, "BENCH window-heap-end %.1f MiB%n", heapEnd / 1048576.0);
        System.out.printf(Locale.ROOT, "BENCH window-measured %d s%n", seconds);
        engine.shutdownNow();
        Platform.exit();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
