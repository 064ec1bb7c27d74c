package org.backpropstudio.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two traces ({@code backprop-studio-trace/1}) compared: the same members and shapes, the same
 * sample indices and iteration numbers, the same non-finite values (as strings), and every number
 * within a relative tolerance of its quantity's scale:
 * |x − y| ≤ tolerance · max(|x|, |y|, s), where s is the largest magnitude of that kind of quantity
 * (loss, z, a, δ, gradients, parameters) in the studio's iteration. A value that comes out of a
 * cancelling sum (a z near 0 from terms near 1, a gradient summed to 10⁻¹⁸ from terms of 10⁻³) is
 * thus judged against the size of its terms, not against its own accidental size, while a value of
 * the common size must agree to the tolerance.
 */
final class TraceComparison {
    private TraceComparison() {
    }

    /** The differences between {@code studio} and {@code program}, at most 10 described; empty if none. */
    static List<String> differences(JsonNode studio, JsonNode program, double tolerance) {
        List<String> problems = new ArrayList<>();
        structure(studio, program, "$", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        JsonNode iterations = studio.get("iterations");
        for (int i = 0; i < iterations.size(); i++) {
            Map<String, List<Number>> ours = new TreeMap<>();
            Map<String, List<Number>> theirs = new TreeMap<>();
            collect(iterations.get(i), "", ours, "$.iterations[" + i + "]");
            collect(program.get("iterations").get(i), "", theirs, "$.iterations[" + i + "]");
            for (String kind : ours.keySet()) {
                double scale = 0;
                for (Number n : ours.get(kind)) {
                    scale = Math.max(scale, Math.abs(n.value));
                }
                compare(ours.get(kind), theirs.get(kind), scale, tolerance, problems);
            }
        }
        compare(List.of(new Number("$.datasetLoss", studio.get("datasetLoss").asDouble())),
                List.of(new Number("$.datasetLoss", program.get("datasetLoss").asDouble())), 0, tolerance, problems);
        return problems.size() > 10 ? problems.subList(0, 10) : problems;
    }

    private record Number(String path, double value) {
    }

    private static void compare(List<Number> ours, List<Number> theirs, double scale, double tolerance,
                                List<String> problems) {
        for (int n = 0; n < ours.size(); n++) {
            double x = ours.get(n).value;
            double y = theirs.get(n).value;
            double size = Math.max(scale, Math.max(Math.abs(x), Math.abs(y)));
            if (Math.abs(x - y) > tolerance * size) {
                problems.add(ours.get(n).path + ": the studio has " + x + ", the program " + y
                        + " (relative to " + size + ": " + Math.abs(x - y) / size + ")");
            }
        }
    }

    /** The numbers of one iteration by kind: loss, z, a, delta, gradients, parameters. */
    private static void collect(JsonNode node, String kind, Map<String, List<Number>> byKind, String path) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                if (name.equals("index") || name.equals("iteration")) {
                    continue;
                }
                String inner = kind.isEmpty() || name.equals("z") || name.equals("a") || name.equals("delta")
                        ? name : kind;
                collect(field.getValue(), inner, byKind, path + "." + name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), kind, byKind, path + "[" + i + "]");
            }
        } else if (node.isNumber()) {
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Number(path, node.asDouble()));
        }
    }

    /** The same members, array lengths, integers, strings and kinds of value everywhere. */
    private static void structure(JsonNode a, JsonNode b, String path, List<String> problems) {
        if (a.getNodeType() != b.getNodeType() || a.isNumber() != b.isNumber()) {
            problems.add(path + ": the studio has " + a + ", the program " + b);
        } else if (a.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            List<String> others = new ArrayList<>();
            b.fieldNames().forEachRemaining(others::add);
            if (!names.equals(others)) {
                problems.add(path + ": the studio has the members " + names + ", the program " + others);
                return;
            }
            for (String name : names) {
                structure(a.get(name), b.get(name), path + "." + name, problems);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                problems.add(path + ": the studio has " + a.size() + " entries, the program " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                structure(a.get(i), b.get(i), path + "[" + i + "]", problems);
            }
        } else if (a.isTextual() && !a.equals(b)) {
            problems.add(path + ": the studio has " + a + ", the program " + b);
        } else if ((path.endsWith(".index") || path.endsWith(".iteration")) && a.asLong() != b.asLong()) {
            problems.add(path + ": the studio has " + a + ", the program " + b);
        }
    }
}
