package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backpropstudio.core.DataGenerator;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.TestPresets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train BIG --iterations 1 --out EXISTING} in a child JVM, killed (SIGKILL) at seeded random
 * moments, leaves EXISTING whole every time: the old session or the new one, byte for byte, and
 * readable. Both files are sessions of about 6 MB. Half the kills fall anywhere in a run (a delay
 * from 0 to the length of an uninterrupted run); the other half are aimed at the write, a random
 * delay after the child starts writing, from 0 to twice the time from the start of the write to
 * the replacement of the file in an uninterrupted run; so the test cannot pass without killing
 * the child before it writes, while it writes and after it has replaced the file. The child runs
 * with C1 only and the serial collector, which halves a run on two cores (about 1.7 s).
 *
 * <p>Linux only: the aimed kills watch the folder, and only there does the {@link WatchService}
 * report at once (inotify); elsewhere it polls every few seconds.
 */
@EnabledOnOs(OS.LINUX)
class KilledOutTest {
    /** About 6 MB of session file. */
    private static final int SAMPLES = 95_000;
    private static final int SPREAD_KILLS = 12;
    private static final int AIMED_KILLS = 12;
    private static final long TIMEOUT_SECONDS = 60;

    /** Where EXISTING stands after a kill. */
    private enum Outcome {
        /** Untouched: killed before the write began. */
        OLD,
        /** Untouched, with the temporary file left behind: killed while writing. */
        OLD_WHILE_WRITING,
        /** Replaced by the new session: killed after the move (or after the child had ended). */
        NEW
    }

    @TempDir
    Path folder;

    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    private Path big;
    private Path existing;

    @AfterEach
    void stopKiller() {
        killer.shutdownNow();
    }

    @Test
    void a_killed_train_leaves_the_old_or_the_new_session_whole() throws Exception {
        Session moons = TestPresets.preset("two-moons");
        big = folder.resolve("big.backprop.json");
        existing = folder.resolve("existing.backprop.json");
        SessionFile.save(big, moons.withDataset(DataGenerator.TWO_MOONS.generate(SAMPLES, 0.1, 1)), null);
        SessionFile.save(existing, moons.withDataset(DataGenerator.TWO_MOONS.generate(SAMPLES, 0.1, 2)), null);
        byte[] old = Files.readAllBytes(existing);

        Run full = run(-1);
        assertThat(full.exitCode).as("an uninterrupted run").isZero();
        byte[] trained = Files.readAllBytes(existing);
        assertThat(Arrays.equals(trained, old)).as("the trained session differs from EXISTING").isFalse();
        assertThat(SessionFile.read(existing).session().dataset().size()).isEqualTo(SAMPLES);
        assertThat(full.replacedNanos).as("EXISTING replaced after the write began")
                .isGreaterThanOrEqualTo(full.writeNanos);
        long aimNanos = 2 * Math.max(full.replacedNanos - full.writeNanos, 5_000_000);

        Random random = new Random(0x6B1_2024L);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int finishedFirst = 0;
        for (int kill = 0; kill < SPREAD_KILLS + AIMED_KILLS; kill++) {
            Files.write(existing, old);
            boolean aimed = kill >= SPREAD_KILLS;
            long delay = (long) (random.nextDouble() * (aimed ? aimNanos : full.endNanos));
            Run run = aimed ? run(delay) : runKilledAt(delay);

            Outcome outcome = outcome(Files.readAllBytes(existing), old, trained, kill, delay, aimed);
            outcomes.merge(outcome, 1, Integer::sum);
            finishedFirst += run.exitCode == 0 ? 1 : 0;
            assertThat(SessionFile.read(existing).session().dataset().size()).isEqualTo(SAMPLES);
            deleteTemporaryFiles();
        }

        String report = "outcomes " + outcomes + " (" + finishedFirst + " runs ended before their kill),"
                + " aimed kills within " + aimNanos / 1_000_000 + " ms of the write's start"
                + " in a " + full.endNanos / 1_000_000 + " ms run";
        assertThat(outcomes.getOrDefault(Outcome.OLD, 0)).as(report).isPositive();
        assertThat(outcomes.getOrDefault(Outcome.OLD_WHILE_WRITING, 0)).as(report).isPositive();
        assertThat(outcomes.getOrDefault(Outcome.NEW, 0)).as(report).isPositive();
    }

    /**
     * A child run: its exit code; when it began to write, when EXISTING last changed (measured if it
     * was not killed) and when it ended, in nanoseconds from its start.
     */
    private record Run(int exitCode, long writeNanos, long replacedNanos, long endNanos) {
    }

    /** Runs the child, killed {@code delayNanos} after it starts to write EXISTING; never killed if negative. */
    private Run run(long delayNanos) throws Exception {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            long start = System.nanoTime();
            Process child = start();
            CompletableFuture<Long> ended = child.onExit().thenApply(p -> System.nanoTime() - start);
            long write = -1;
            long replaced = -1;
            while (write < 0 || delayNanos < 0) { // an uninterrupted run is watched to its end
                WatchKey key = watch.poll(100, TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (!child.isAlive()) {
                        break;
                    }
                    continue;
                }
                long now = System.nanoTime() - start;
                for (WatchEvent<?> event : key.pollEvents()) {
                    write = write < 0 && beginsTheWrite(event) ? now : write;
                    replaced = event.context().toString().equals(existing.getFileName().toString()) ? now : replaced;
                }
                key.reset();
            }
            assertThat(write).as("the child began to write before it ended").isNotNegative();
            if (delayNanos >= 0) {
                killer.schedule(child::destroyForcibly, delayNanos, TimeUnit.NANOSECONDS);
            }
            int exitCode = exitCode(child);
            return new Run(exitCode, write, replaced, ended.get());
        }
    }

    /** Runs the child, killed {@code delayNanos} after it starts. */
    private Run runKilledAt(long delayNanos) throws Exception {
        Process child = start();
        killer.schedule(child::destroyForcibly, delayNanos, TimeUnit.NANOSECONDS);
        return new Run(exitCode(child), -1, -1, -1);
    }

    private Process start() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "org.backpropstudio.app.Launcher",
                "train", big.toString(), "--iterations", "1", "--out", existing.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int exitCode(Process child) throws InterruptedException {
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the child did not end within " + TIMEOUT_SECONDS + " s");
        }
        return child.exitValue();
    }

    /** A temporary file for EXISTING appears, or EXISTING itself changes (as a write in place would). */
    private boolean beginsTheWrite(WatchEvent<?> event) {
        String name = event.context().toString();
        return name.equals(existing.getFileName().toString()) || isTemporary(name);
    }

    private boolean isTemporary(String name) {
        return name.startsWith("." + existing.getFileName() + ".") && name.endsWith(".tmp");
    }

    private Outcome outcome(byte[] now, byte[] old, byte[] trained, int kill, long delay, boolean aimed)
            throws IOException {
        String which = "kill " + kill + (aimed ? ", aimed " : ", ") + delay / 1_000_000 + " ms";
        if (Arrays.equals(now, trained)) {
            return Outcome.NEW;
        }
        assertThat(Arrays.equals(now, old))
                .as(which + ": the old file or the new one, whole, not " + now.length + " bytes")
                .isTrue();
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> isTemporary(f.getFileName().toString()))
                    ? Outcome.OLD_WHILE_WRITING : Outcome.OLD;
        }
    }

    /** Removes what killed children left: their temporary files. */
    private void deleteTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files.filter(f -> isTemporary(f.getFileName().toString()))::iterator) {
                Files.delete(f);
            }
        }
    }
}
