package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand mutated session files derived from the presets: byte flips, deletions, duplicated
 * and swapped members, numbers replaced by extremes. Each either loads to a network the engine can
 * train, or is refused with {@link SessionFormatException}; no other exception, ever.
 */
class SessionFuzzTest {
    private static final int CASES = 10_000;
    private static final String[] EXTREMES = {
        "1e308", "-1e308", "1e999", "-1e999", "NaN", "Infinity", "-Infinity", "-0.0", "4.9e-324", "1e-320",
        "99999999999999999999999", "1000001", "-1000001", "1e6", "0", "-1", "2147483648", "257", "11",
        "\"1\"", "null", "true", "[]", "{}", "[[]]", "\"NaN\"", "1.5", "-2.5",
    };

    @Test
    void every_mutated_file_loads_or_is_refused_with_the_typed_error() throws Exception {
        List<String> presets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("assets", "presets"))) {
            for (Path f
                    : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".backprop.json")).sorted()::iterator) {
                presets.add(Files.readString(f));
            }
        }
        Random random = new Random(0xF022);
        ObjectMapper mapper = new ObjectMapper();
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            String original = presets.get(random.nextInt(presets.size()));
            String mutated = mutate(original, mapper.readTree(original), random);
            try {
                LoadedSession session = SessionFile.parse(mutated);
                StepMachine machine = new StepMachine(session.session());
                machine.stride(Stride.PHASE);
                machine.stepBack();
                loaded++;
            } catch (SessionFormatException expected) {
                assertThat(expected.getMessage()).doesNotContain("\n");
            } catch (RuntimeException | Error e) {
                fail("case " + i + " threw " + e + " on:\n" + abbreviate(mutated), e);
            }
        }
        assertThat(loaded).as("some mutations are harmless").isPositive().isLessThan(CASES);
    }

    private static String abbreviate(String text) {
        return text.length() < 2000 ? text : text.substring(0, 2000) + "…";
    }

    private static String mutate(String text, JsonNode tree, Random random) {
        switch (random.nextInt(6)) {
            case 0: {
                StringBuilder b = new StringBuilder(text);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    b.setCharAt(random.nextInt(b.length()), (char) random.nextInt(128));
                }
                return b.toString();
            }
            case 1: {
                int from = random.nextInt(text.length());
                int to = Math.min(text.length(), from + 1 + random.nextInt(40));
                return text.substring(0, from) + text.substring(to);
            }
            case 2:
                return text.substring(0, random.nextInt(text.length()));
            default:
                return rewrite(tree, random);
        }
    }

    /** Writes the tree again with one object's members duplicated, swapped, dropped or made extreme. */
    private static String rewrite(JsonNode tree, Random random) {
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(tree, objects);
        JsonNode target = objects.get(random.nextInt(objects.size()));
        int kind = random.nextInt(4);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            write(tree, target, kind, random, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
        if (node.isObject()) {
            objects.add(node);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    private static void write(JsonNode node, JsonNode target, int kind, Random random, JsonGenerator g)
            throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            node.fields().forEachRemaining(members::add);
            int pick = members.isEmpty() ? -1 : random.nextInt(members.size());
            int other = members.isEmpty() ? -1 : random.nextInt(members.size());
            g.writeStartObject();
            for (int i = 0; i < members.size(); i++) {
                Map.Entry<String, JsonNode> m = members.get(i);
                if (node == target && i == pick && kind == 2) {
                    continue;
                }
                g.writeFieldName(m.getKey());
                JsonNode value = node == target && kind == 1 && (i == pick || i == other)
                        ? members.get(i == pick ? other : pick).getValue() : m.getValue();
                if (node == target && i == pick && kind == 3) {
                    g.writeRawValue(EXTREMES[random.nextInt(EXTREMES.length)]);
                } else {
                    write(value, target, kind, random, g);
                }
                if (node == target && i == pick && kind == 0) {
                    g.writeFieldName(m.getKey());
                    write(m.getValue(), target, kind, random, g);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode element = it.next();
                if (element.isNumber() && random.nextInt(200) == 0) {
                    g.writeRawValue(EXTREMES[random.nextInt(EXTREMES.length)]);
                } else {
                    write(element, target, kind, random, g);
                }
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }
}
