package org.backpropstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.backpropstudio.core.Engine;
import org.backpropstudio.core.Session;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the benchmark suite ({@code mvn -Pbench verify}) and prints one line per figure at the end:
 * {@code BENCH <name> <value> <unit>}, after a line per target saying whether it is met.
 *
 * <p>Settings: 1 fork, 3 warm-up iterations of 1 s, 5 measurement iterations of 1 s, one thread,
 * the forked JVM with a fixed 1 GiB heap. A throughput figure is the median of its 5 measurement
 * iterations. The ratios the targets are about (the engine over the hand-written loops, the model
 * over the step machine) are measured in {@value RatioRounds#ROUNDS} rounds ({@link RatioRounds}):
 * the suite's run, then runs of those pairs alone; each round's ratio is the ratio of two medians,
 * the figure the median of the rounds'. The JMH results of the suite's
 * run are also written as JSON to {@code target/jmh-result.json}. The first argument, if any, is a
 * regular expression that picks the benchmarks to run (default: all of this package).
 *
 * <p>Before the benchmarks, the hand-written XOR and two-moons loops are checked against the engine bit for bit;
 * after them, the memory of a 1,000,000-iteration XOR history is measured in this JVM
 * ({@link HistoryMemory}).
 */
public final class BenchMain {
    private static final String PACKAGE = BenchMain.class.getPackageName() + ".";
    private static final long HISTORY_ITERATIONS = 1_000_000;
    private static final double MIB = 1 << 20;

    private final List<String> lines = new ArrayList<>();
    private final List<String> verdicts = new ArrayList<>();

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : PACKAGE.replace(".", "\\.") + ".*";
        Session xor = BenchSessions.xor();
        checkHandwrittenMatchesEngine(xor, new HandwrittenXor(xor), 100_000);
        Session moons = BenchSessions.twoMoons();
        checkHandwrittenMatchesEngine(moons, new HandwrittenTwoMoons(moons), 2_000);
        long[] before = cpuTicks();
        Map<String, RunResult> byName = byName(new Runner(options(include, "target/jmh-result.json")).run());
        RatioRounds ratios = new RatioRounds();
        ratios.add(byName);
        for (int round = 1; round < RatioRounds.ROUNDS && ratios.any(); round++) {
            ratios.add(byName(new Runner(options(ratios.include(), null)).run()));
        }
        long[] after = cpuTicks();
        BenchMain report = new BenchMain();
        report.figures(byName, ratios, HistoryMemory.of(HISTORY_ITERATIONS));
        if (before != null && after != null && after[1] > before[1]) {
            double busy = (double) (after[0] - before[0]) / (after[1] - before[1]);
            report.verdicts.add(0, String.format(Locale.ROOT,
                    "NOTE the machine's %d CPUs were %.0f%% busy during the benchmarks "
                    + "(one benchmark thread alone makes %.0f%%; more means other processes shared the machine)",
                    Runtime.getRuntime().availableProcessors(), 100 * busy,
                    100.0 / Runtime.getRuntime().availableProcessors()));
        }
        report.print();
    }

    /** The suite's settings for the benchmarks {@code include} picks; results as JSON to a file unless null. */
    private static Options options(String include, String resultFile) {
        OptionsBuilder options = new OptionsBuilder();
        options.include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .threads(1)
                .jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true);
        if (resultFile != null) {
            options.result(resultFile).resultFormat(ResultFormatType.JSON);
        }
        return options.build();
    }

    /** Each result by its benchmark's name within this package, its parameters appended (":value"). */
    private static Map<String, RunResult> byName(Collection<RunResult> results) {
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult r : results) {
            BenchmarkParams params = r.getParams();
            String name = params.getBenchmark().substring(PACKAGE.length());
            for (String key : params.getParamsKeys()) {
                name += ":" + params.getParam(key);
            }
            byName.put(name, r);
        }
        return byName;
    }

    /** {busy, total} jiffies of all CPUs from /proc/stat, or null where there is none (not Linux). */
    private static long[] cpuTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length; i++) {
                long v = Long.parseLong(fields[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Trains {@code session} with the engine and with {@code loop} side by side and insists on the
     * same loss and the same parameters, bit for bit, after every iteration: the two compute the
     * same math, so comparing their speed is fair.
     */
    static void checkHandwrittenMatchesEngine(Session session, HandwrittenLoop loop, int iterations) {
        Engine engine = new Engine(session);
        for (int i = 0; i < iterations; i++) {
            double expected = engine.runIteration();
            double actual = loop.iteration();
            double[] ours = loop.parameters();
            double[] engines = parameters(engine);
            boolean same = Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual)
                    && ours.length == engines.length;
            for (int p = 0; p < ours.length && same; p++) {
                same = Double.doubleToRawLongBits(ours[p]) == Double.doubleToRawLongBits(engines[p]);
            }
            if (!same) {
                throw new IllegalStateException("the hand-written loop for " + session.name()
                        + " differs from the engine at iteration " + i);
            }
        }
    }

    /** The engine's current parameters, layer by layer, each unit's weights (k ascending) then its bias. */
    private static double[] parameters(Engine engine) {
        List<Double> p = new ArrayList<>();
        for (int l = 1; l <= engine.layers(); l++) {
            for (int j = 0; j < engine.units(l); j++) {
                for (int k = 0; k < engine.units(l - 1); k++) {
                    p.add(engine.weight(l, j, k));
                }
                p.add(engine.bias(l, j));
            }
        }
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void figures(Map<String, RunResult> r, RatioRounds ratios, HistoryMemory.Measured history) {
        double xor = score(r, RatioRounds.XOR.over());
        double moons = score(r, RatioRounds.TWO_MOONS.over());
        double xorRatio = ratios.median(RatioRounds.XOR);
        double moonsRatio = ratios.median(RatioRounds.TWO_MOONS);
        double modelRatio = ratios.median(RatioRounds.MODEL);
        double softmax = score(r, "EngineBench.softmax64Engine");
        double digitsMini = score(r, "EngineBench.digitsMiniEngine");
        double digitsFull = score(r, "EngineBench.digitsFullEngine");
        double handwritten = score(r, "EngineBench.xorHandwritten");
        double moonsHandwritten = score(r, "EngineBench.twoMoonsHandwritten");
        double machine = score(r, "ModelBench.xorMachine");
        double model = secondary(r, "ModelBench.xorModelPlay:thread", "iterations");
        double modelDirect = secondary(r, "ModelBench.xorModelPlay:direct", "iterations");
        double snapshot = score(r, "SnapshotBench.snapshot:1000000");
        double snapshot10 = score(r, "SnapshotBench.snapshot:10000000");
        Statistics rewind = r.containsKey("RewindBench.rewind")
                ? r.get("RewindBench.rewind").getPrimaryResult().getStatistics() : null;

        figure("xor-engine", xor, "iterations/s");
        figure("two-moons-engine", moons, "iterations/s");
        figure("softmax-64-32-10-engine", softmax, "iterations/s");
        figure("digits-mini-32-engine", digitsMini, "iterations/s");
        figure("digits-full-engine", digitsFull, "iterations/s");
        figure("xor-handwritten", handwritten, "iterations/s");
        figure("ratio-engine-vs-handwritten", xorRatio, "ratio");
        figure("two-moons-handwritten", moonsHandwritten, "iterations/s");
        figure("ratio-two-moons-engine-vs-handwritten", moonsRatio, "ratio");
        figure("xor-machine", machine, "iterations/s");
        figure("xor-model-play", model, "iterations/s");
        figure("ratio-model-vs-machine", modelRatio, "ratio");
        figure("xor-model-play-direct-ui", modelDirect, "iterations/s");
        figure("ratio-model-direct-ui-vs-machine", modelDirect / machine, "ratio");
        figure("snapshot-1M-xor", snapshot, "ms");
        figure("snapshot-10M-xor", snapshot10, "ms");
        figure("rewind-1M-mean", rewind == null ? Double.NaN : rewind.getMean(), "ms");
        figure("rewind-1M-p99", rewind == null ? Double.NaN : rewind.getPercentile(99), "ms");
        figure("rewind-1M-max", rewind == null ? Double.NaN : rewind.getMax(), "ms");
        figure("rewind-1M-count", rewind == null ? Double.NaN : rewind.getN(), "rewinds");
        figure("history-1M-xor", history.historyBytes() / MIB, "MiB");
        figure("history-1M-xor-heap", history.heapBytes() / MIB, "MiB");

        target("engine >= 0.7 x hand-written, XOR" + rounds(ratios, RatioRounds.XOR), xorRatio, v -> v >= 0.7);
        target("engine >= 0.7 x hand-written, two moons" + rounds(ratios, RatioRounds.TWO_MOONS), moonsRatio,
                v -> v >= 0.7);
        target("observable model >= 0.9 x bare engine" + rounds(ratios, RatioRounds.MODEL), modelRatio,
                v -> v >= 0.9);
        target("XOR >= 1,000,000 iterations/s on one core", xor, v -> v >= 1_000_000);
        target("a rewind anywhere <= 10 ms (max of all timed)", rewind == null ? Double.NaN : rewind.getMax(),
                v -> v <= 10);
        target("history of 1,000,000 XOR iterations <= 64 MB (the larger of the two counts, MiB)",
                Math.max(history.historyBytes(), history.heapBytes()) / MIB, v -> v <= 64);
    }

    /** " (median of the rounds: 0.741 0.728 0.752)", the ratios a target's figure is the median of. */
    private static String rounds(RatioRounds ratios, RatioRounds.Pair pair) {
        return " (median of the rounds: " + ratios.rounds(pair) + ")";
    }

    /** The median over the measurement iterations of the primary score. */
    static double score(Map<String, RunResult> r, String name) {
        return median(r, name, null);
    }

    /** The median over the measurement iterations of a secondary score, e.g. an aux counter. */
    static double secondary(Map<String, RunResult> r, String name, String label) {
        return median(r, name, label);
    }

    /**
     * The median of the measurement iterations' scores rather than JMH's mean: on a machine that
     * other processes share, one disturbed second moves a mean of five by a fifth of its dip, the
     * median not at all. JMH's own table (mean ± error) is printed above the figures.
     */
    private static double median(Map<String, RunResult> r, String name, String label) {
        if (!r.containsKey(name)) {
            return Double.NaN;
        }
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult b : r.get(name).getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) {
                Result<?> result = label == null ? i.getPrimaryResult() : i.getSecondaryResults().get(label);
                if (result != null) {
                    scores.add(result.getScore());
                }
            }
        }
        return median(scores);
    }

    /** The median of {@code values}, NaN if there are none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void figure(String name, double value, String unit) {
        lines.add("BENCH " + name + " " + format(value) + " " + unit);
    }

    private void target(String what, double value, DoublePredicate met) {
        String verdict = Double.isNaN(value) ? "not measured" : met.test(value) ? "met" : "MISSED";
        verdicts.add("TARGET " + what + ": " + verdict + " (" + format(value) + ")");
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private void print() {
        System.out.println();
        verdicts.forEach(System.out::println);
        lines.forEach(System.out::println);
    }
}
