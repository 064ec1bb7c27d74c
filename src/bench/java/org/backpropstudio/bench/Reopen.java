package org.backpropstudio.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.backpropstudio.app.BenchWindow;
import org.backpropstudio.app.FxThread;
import org.backpropstudio.cli.Cli;
import org.backpropstudio.core.DataGenerator;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Snapshot;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Timeline;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.model.StudioModel;

/**
 * Reopening long sessions (issue "Sessions that reopen at once"): the app's main window, headless
 * (Monocle, software rendering), opens a saved session as File › Open does, and the time is taken
 * from the file being chosen to the first frame rendered after the window shows the saved state
 * (its position, counters and loss curve). Two sessions, made once and kept in the folder given as
 * the first argument: two moons (2-8-8-1, 200 samples) trained 1,000,000 iterations (about two
 * minutes to make) and XOR trained 10,000,000. Each is opened once (the first opening of a file
 * in this JVM, with a cold JIT) and then 5 times more; the figures are the first and the median.
 * Then {@code check} (in this JVM, as the command line runs it) on the two moons file and on a file
 * of about 60 MiB. Prints {@code BENCH} and {@code TARGET} lines.
 */
public final class Reopen {
    private static final int RUNS = 5;
    private static final double TARGET_MS = 2000;
    /** Rewinds timed after the last opening of each file. */
    private static final int REWINDS = 20;

    private Reopen() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-sessions");
        Files.createDirectories(folder);
        Path moons = made(folder.resolve("two-moons-1M.backprop.json"), BenchSessions.twoMoons(), 1_000_000);
        Path xor = made(folder.resolve("xor-10M.backprop.json"), BenchSessions.xor(), 10_000_000);
        Path big = largest(folder.resolve("large-60MiB.backprop.json"));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine");
            t.setDaemon(true);
            return t;
        });
        Session seed = BenchSessions.preset("seed-example.backprop.json");
        StudioModel[] model = new StudioModel[1];
        @SuppressWarnings("unchecked")
        Consumer<Path>[] open = new Consumer[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            model[0] = new StudioModel(seed, engine, FxThread.UI);
            open[0] = BenchWindow.showForOpening(model[0], seed, new Stage(), 1280, 800);
        });
        List<String> lines = new ArrayList<>();
        for (Object[] run : new Object[][] {{"reopen-1M-two-moons", moons}, {"reopen-10M-xor", xor}}) {
            String name = (String) run[0];
            List<Double> times = reopenings((Path) run[1], model[0], open[0], seed);
            double first = times.remove(0);
            double ms = Math.max(first, median(times));
            lines.add(String.format(Locale.ROOT,
                    "TARGET %s: a saved session shows its saved state <= %.0f ms after the file is chosen"
                    + " (the first opening in this JVM or the median after it, whichever is longer): %s (%.0f)",
                    name, TARGET_MS, ms <= TARGET_MS ? "met" : "MISSED", ms));
            lines.add(String.format(Locale.ROOT, "BENCH %s %.0f ms", name, median(times)));
            lines.add(String.format(Locale.ROOT, "BENCH %s-first %.0f ms", name, first));
            double rewind = rewinds(model[0], (Path) run[1]);
            lines.add(String.format(Locale.ROOT,
                    "TARGET %s: a rewind to any earlier point after opening <= 1000 ms (max of %d): %s (%.0f)",
                    name, REWINDS, rewind <= 1000 ? "met" : "MISSED", rewind));
            lines.add(String.format(Locale.ROOT, "BENCH %s-rewind-max %.0f ms", name, rewind));
        }
        for (Object[] run : new Object[][] {{"check-1M-two-moons", moons}, {"check-60MiB", big}}) {
            String name = (String) run[0];
            double ms = median(checks((Path) run[1]));
            lines.add(String.format(Locale.ROOT, "TARGET %s: check answers within %.0f ms: %s (%.0f)", name, TARGET_MS,
                    ms <= TARGET_MS ? "met" : "MISSED", ms));
            lines.add(String.format(Locale.ROOT, "BENCH %s %.0f ms (%.1f MiB)", name, ms,
                    Files.size((Path) run[1]) / 1048576.0));
        }
        System.out.println();
        lines.forEach(System.out::println);
        engine.shutdownNow();
        Platform.exit();
    }

    /**
     * {@code file}, made if it does not exist yet: {@code session} trained {@code iterations} and saved
     * with its history.
     */
    private static Path made(Path file, Session session, long iterations) throws IOException {
        if (!Files.exists(file)) {
            System.out.printf(Locale.ROOT, "making %s (%,d iterations)%n", file, iterations);
            StepMachine machine = new StepMachine(session);
            machine.iterations(iterations);
            SessionFile.save(file, machine.engine().currentSession(), null, machine.saved());
        }
        return file;
    }

    /**
     * A file of about 60 MiB the format allows: two moons with 100,000 samples, and a history of
     * six replacements of the data, each holding its whole session.
     */
    private static Path largest(Path file) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        Session moons = BenchSessions.twoMoons();
        StepMachine machine = new StepMachine(moons.withDataset(DataGenerator.TWO_MOONS.generate(100_000, 0.1, 1)));
        for (int i = 0; i < 6; i++) {
            machine.edit(new Edit.Replace(moons.withDataset(DataGenerator.TWO_MOONS.generate(100_000, 0.1, 2 + i))));
            machine.stepForward();
        }
        SessionFile.save(file, machine.engine().currentSession(), null, machine.saved());
        return file;
    }

    /** The times (ms) of 1 + {@link #RUNS} openings of {@code file}, the first (a cold JIT) first. */
    private static List<Double> reopenings(Path file, StudioModel model, Consumer<Path> open, Session seed)
            throws Exception {
        Timeline saved = SessionFile.read(file).history().timeline();
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            CountDownLatch reset = new CountDownLatch(1);
            onFx(() -> model.open(seed));
            model.idle().thenRun(reset::countDown);
            reset.await();
            CountDownLatch framed = new CountDownLatch(1);
            long[] took = {0};
            onFx(() -> {
                long t0 = System.nanoTime();
                ChangeListener<Snapshot> shown = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Snapshot> o, Snapshot old,
                                        Snapshot now) {
                        if (now.position() == saved.position() && now.length() == saved.length()) {
                            model.snapshotProperty().removeListener(this);
                            new AnimationTimer() {
                                @Override
                                public void handle(long pulse) {
                                    took[0] = System.nanoTime() - t0;
                                    stop();
                                    framed.countDown();
                                }
                            }.start();
                        }
                    }
                };
                model.snapshotProperty().addListener(shown);
                open.accept(file);
            });
            if (!framed.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the window did not show " + file + " within a minute");
            }
            times.add(took[0] / 1e6);
        }
        return times;
    }

    /**
     * The longest of {@link #REWINDS} rewinds (ms) to seeded random earlier positions of the
     * session just opened, each from the saved position (sought back to between them), until the
     * window shows it.
     */
    private static double rewinds(StudioModel model, Path file) throws Exception {
        long end = model.positionProperty().get();
        java.util.Random random = new java.util.Random(7);
        double longest = 0;
        for (int i = 0; i < REWINDS; i++) {
            long target = (long) (random.nextDouble() * end);
            CountDownLatch shown = new CountDownLatch(1);
            long[] took = {0};
            onFx(() -> {
                long t0 = System.nanoTime();
                ChangeListener<Snapshot> arrived = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Snapshot> o, Snapshot old,
                                        Snapshot now) {
                        if (now.position() == target) {
                            took[0] = System.nanoTime() - t0;
                            model.snapshotProperty().removeListener(this);
                            shown.countDown();
                        }
                    }
                };
                model.snapshotProperty().addListener(arrived);
                model.seek(target);
            });
            if (!shown.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a rewind of " + file + " to " + target + " took over a minute");
            }
            longest = Math.max(longest, took[0] / 1e6);
            CountDownLatch back = new CountDownLatch(1);
            onFx(() -> model.seek(end));
            model.idle().thenRun(back::countDown);
            back.await();
        }
        return longest;
    }

    /** The times (ms) of {@link #RUNS} runs of {@code check file} in this JVM, after one to warm up. */
    private static List<Double> checks(Path file) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int code = Cli.execute(new String[] {"check", file.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8), p -> { });
            long t1 = System.nanoTime();
            if (code != 0) {
                throw new IllegalStateException("check " + file + " failed: " + out.toString(StandardCharsets.UTF_8));
            }
            if (run > 0) {
                times.add((t1 - t0) / 1e6);
            } else {
                System.out.print(out.toString(StandardCharsets.UTF_8));
            }
        }
        return times;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
