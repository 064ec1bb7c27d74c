package org.backpropstudio.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;

/**
 * The ratios of two speeds that the targets are about (the engine's over a hand-written loop's,
 * the observable model's over the bare step machine's), measured in rounds. This machine's speed
 * drifts by 10–20 % within minutes, and now and then a fork runs a third slower or faster than the
 * next, so the ratio of one fork of each, however long, can be off by more than the margin a target
 * is about. Each round runs the pair's two benchmarks one right after the other and gives one ratio
 * (of the medians of their measurement iterations); the figure is the median of the rounds'
 * ratios, so that a drift affects both sides of a round alike and one odd fork moves nothing.
 */
final class RatioRounds {
    /** The rounds in all: the suite's own run and four more runs of the pairs alone. */
    static final int ROUNDS = 5;

    /**
     * A ratio: the figure of {@code over} (its secondary result {@code label}, or its primary if
     * null) over the primary figure of {@code under}. Names as {@link BenchMain} keys its results:
     * the benchmark within the package, its parameters appended (":thread").
     */
    record Pair(String over, String label, String under) {
        /** The benchmarks' methods, without parameters, as a pattern's alternatives. */
        List<String> methods() {
            return List.of(over.replaceAll(":.*", ""), under.replaceAll(":.*", ""));
        }
    }

    /** The engine on XOR over the hand-written XOR loop. */
    static final Pair XOR = new Pair("EngineBench.xorEngine", null, "EngineBench.xorHandwritten");
    /** The engine on two moons over the hand-written two-moons loop. */
    static final Pair TWO_MOONS = new Pair("EngineBench.twoMoonsEngine", null, "EngineBench.twoMoonsHandwritten");
    /** XOR played through the observable model (a UI thread of its own) over the bare step machine. */
    static final Pair MODEL = new Pair("ModelBench.xorModelPlay:thread", "iterations", "ModelBench.xorMachine");

    private static final List<Pair> PAIRS = List.of(XOR, TWO_MOONS, MODEL);

    /** Each pair's ratio in each round so far. */
    private final Map<Pair, List<Double>> ratios = new LinkedHashMap<>();

    /** Adds the ratio of every pair both of whose benchmarks ran in {@code round}. */
    void add(Map<String, RunResult> round) {
        for (Pair p : PAIRS) {
            if (round.containsKey(p.over()) && round.containsKey(p.under())) {
                double over = p.label() == null ? BenchMain.score(round, p.over())
                        : BenchMain.secondary(round, p.over(), p.label());
                ratios.computeIfAbsent(p, e -> new ArrayList<>()).add(over / BenchMain.score(round, p.under()));
            }
        }
    }

    /** Whether any pair ran, so that more rounds are worth running. */
    boolean any() {
        return !ratios.isEmpty();
    }

    /**
     * A pattern that picks the benchmarks of the pairs that ran, for a round of them alone. JMH runs
     * benchmarks in the order of their names, and each pair's two are next to each other in it.
     */
    String include() {
        Set<String> methods = new LinkedHashSet<>();
        ratios.keySet().forEach(p -> methods.addAll(p.methods()));
        return methods.stream().map(m -> m.replace(".", "\\."))
                .collect(Collectors.joining("|", "\\.(", ")$"));
    }

    /** The median of the pair's ratios over the rounds, NaN if it never ran. */
    double median(Pair pair) {
        return BenchMain.median(ratios.getOrDefault(pair, List.of()));
    }

    /** The pair's ratios, round by round, e.g. "0.741 0.728 0.752". */
    String rounds(Pair pair) {
        return ratios.getOrDefault(pair, List.of()).stream()
                .map(v -> String.format(Locale.ROOT, "%.3f", v))
                .collect(Collectors.joining(" "));
    }
}
