package org.backpropstudio.bench;

import java.lang.management.GarbageCollectorMXBean;
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
import org.backpropstudio.app.BenchWindow;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.app.Workers;
import org.backpropstudio.app.boundary.DecisionBoundary;
import org.backpropstudio.app.chart.LossChart;
import org.backpropstudio.app.diagram.NetworkDiagram;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Stride;
import org.backpropstudio.model.StudioModel;

/**
 * The window under load (issue "Performance", item 3), measured headless (Monocle, software
 * rendering) while the model plays the two-moons session at full speed, stride iteration. Two
 * scenes: {@code views}, the diagram, the loss curve and the decision boundary side by side (all
 * three redrawn at once, more than the window shows by default), and {@code main}, the app's main
 * window at 1280 × 800 with the decision boundary's tab selected (diagram, equations, boundary,
 * stepper, timeline). Frames are counted with an {@link AnimationTimer} (one call per pulse, which
 * is when the scene is rendered), with the gaps between them; the heap is measured after a full GC
 * once play has warmed up (10 s, for the JIT) and at the end. Prints {@code BENCH} lines named
 * after the scene. Arguments: the measured time in seconds (default 15; 600 for the 10-minute heap
 * run), the scene (default {@code views}) and the session ({@code two-moons}, the default, or
 * {@code xor}, the fastest to train, whose history grows fastest).
 */
public final class WindowLoad {
    /** Play before measuring, until the JIT has compiled the hot paths (C2 is busy for several seconds). */
    private static final long WARM_UP_SECONDS = 10;

    private WindowLoad() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 15;
        String scene = args.length > 1 ? args[1] : "views";
        if (!scene.equals("views") && !scene.equals("main")) {
            throw new IllegalArgumentException("the scene is views or main, not " + scene);
        }
        String preset = args.length > 2 ? args[2] : "two-moons";
        if (!preset.equals("two-moons") && !preset.equals("xor")) {
            throw new IllegalArgumentException("the session is two-moons or xor, not " + preset);
        }
        String name = (scene.equals("main") ? "main-window" : "window") + (preset.equals("xor") ? "-xor" : "");
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
            Session session = preset.equals("xor") ? BenchSessions.xor() : BenchSessions.twoMoons();
            model[0] = new StudioModel(session, engine, FxThread.UI);
            model[0].snapshotProperty().addListener((o, a, b) -> snapshots.incrementAndGet());
            Stage stage = new Stage();
            if (scene.equals("main")) {
                BenchWindow.show(model[0], session, stage, 1280, 800, "tab-boundary");
            } else {
                NetworkDiagram diagram = new NetworkDiagram(model[0], Workers.single("what-if"));
                LossChart chart = new LossChart(model[0]);
                DecisionBoundary boundary = new DecisionBoundary(model[0], Workers.single("decision-boundary"));
                VBox side = new VBox(chart, boundary);
                VBox.setVgrow(boundary, Priority.ALWAYS);
                HBox.setHgrow(diagram, Priority.ALWAYS);
                stage.setScene(new Scene(new HBox(diagram, side), 1280, 800));
                stage.show();
            }
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
        TimeUnit.SECONDS.sleep(WARM_UP_SECONDS); // warm-up: a benchmark waits for the JIT, not a test
        long heapStart = usedHeapAfterGc();
        frames.set(0);
        gaps.clear();
        snapshots.set(0);
        long t0 = System.nanoTime();
        // A long run samples the heap after a full GC every minute, to show whether it levels off.
        long heapMax = heapStart;
        for (long done = 0; done < seconds; ) {
            long chunk = seconds >= 120 ? Math.min(60, seconds - done) : seconds - done;
            TimeUnit.SECONDS.sleep(chunk);
            done += chunk;
            if (seconds >= 120 && done < seconds) {
                long heap = usedHeapAfterGc();
                heapMax = Math.max(heapMax, heap);
                System.out.printf(Locale.ROOT, "%s heap after %d s: %.1f MiB, %d iterations%n", name, done,
                        heap / 1048576.0, model[0].lossesProperty().get().count());
            }
        }
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
        heapMax = Math.max(heapMax, heapEnd);
        if (Boolean.getBoolean("window.histogram")) {
            // what the heap holds at the end, by class (the JVM's GC.class_histogram command)
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            histogram.lines().limit(25).forEach(System.out::println);
        }
        double p99 = sorted.isEmpty() ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * 0.99))) / 1e6;
        double max = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6;
        double fps = frameCount / elapsed;
        System.out.printf(Locale.ROOT, "TARGET %s redrawn >= 30 times a second while playing: %s (%.1f)%n", name,
                fps >= 30 ? "met" : "MISSED", fps);
        System.out.printf(Locale.ROOT, "BENCH %s-frames %.1f frames/s%n", name, fps);
        System.out.printf(Locale.ROOT, "BENCH %s-frame-gap-p99 %.1f ms%n", name, p99);
        System.out.printf(Locale.ROOT, "BENCH %s-frame-gap-max %.1f ms%n", name, max);
        System.out.printf(Locale.ROOT, "BENCH %s-snapshots %.1f snapshots/s%n", name, snapshotCount / elapsed);
        System.out.printf(Locale.ROOT, "BENCH %s-training %.0f iterations/s%n", name,
                iterations / (elapsed + WARM_UP_SECONDS));
        System.out.printf(Locale.ROOT, "BENCH %s-heap-start %.1f MiB%n", name, heapStart / 1048576.0);
        System.out.printf(Locale.ROOT, "BENCH %s-heap-end %.1f MiB%n", name, heapEnd / 1048576.0);
        System.out.printf(Locale.ROOT, "BENCH %s-heap-max %.1f MiB%n", name, heapMax / 1048576.0);
        System.out.printf(Locale.ROOT, "BENCH %s-measured %d s%n", name, seconds);
        engine.shutdownNow();
        Platform.exit();
    }

    /**
     * The heap in use right after a full collection, of what is really held. Twice: the first
     * collection clears the weak keys of caches such as the software renderer's texture cache (a
     * WeakHashMap from image to texture), whose textures stay reachable until the renderer next
     * uses the map, a frame later; the second, 100 ms on, collects them. A collection can also be
     * put off while another thread holds the GC locker, so each is asked for until the old
     * generation's collector has run.
     */
    private static long usedHeapAfterGc() throws InterruptedException {
        fullCollection();
        TimeUnit.MILLISECONDS.sleep(100);
        fullCollection();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void fullCollection() throws InterruptedException {
        List<GarbageCollectorMXBean> full = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(b -> b.getName().contains("Old") || b.getName().contains("MarkSweep")).toList();
        long before = collections(full);
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            if (full.isEmpty() || collections(full) > before) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        System.out.println("no full collection ran; the heap figure below includes garbage");
    }

    private static long collections(List<GarbageCollectorMXBean> collectors) {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
