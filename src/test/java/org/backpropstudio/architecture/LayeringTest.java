package org.backpropstudio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layers of DESIGN.md, checked on every import of the main sources: a dependency points down
 * only (app → model → core; io, cli and explain beside the model, on core), the engine is plain
 * Java, and the observable model uses javafx.beans and javafx.collections only.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/backpropstudio");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} imports no {1}")
    @CsvSource({
        "core,    javafx.",
        "core,    org.backpropstudio.model.",
        "core,    org.backpropstudio.app.",
        "core,    org.backpropstudio.io.",
        "core,    org.backpropstudio.cli.",
        "core,    org.backpropstudio.explain.",
        "core,    org.backpropstudio.lesson.",
        "core,    com.fasterxml.",
        "explain, javafx.",
        "explain, org.backpropstudio.model.",
        "explain, org.backpropstudio.app.",
        "explain, org.backpropstudio.io.",
        "explain, org.backpropstudio.lesson.",
        "explain, org.backpropstudio.cli.",
        "io,      javafx.",
        "io,      org.backpropstudio.model.",
        "io,      org.backpropstudio.app.",
        "io,      org.backpropstudio.cli.",
        "io,      org.backpropstudio.lesson.",
        "cli,     javafx.",
        "cli,     org.backpropstudio.model.",
        "cli,     org.backpropstudio.app.",
        "lesson,  javafx.",
        "lesson,  org.backpropstudio.model.",
        "lesson,  org.backpropstudio.app.",
        "lesson,  org.backpropstudio.cli.",
        "model,   javafx.scene.",
        "model,   javafx.application.",
        "model,   javafx.animation.",
        "model,   javafx.stage.",
        "model,   org.backpropstudio.app.",
        "model,   org.backpropstudio.io.",
        "model,   org.backpropstudio.cli.",
    })
    void a_layer_never_reaches_upward(String layer, String forbidden) {
        assertThat(importsOf(layer).stream().filter(i -> i.startsWith(forbidden)).collect(Collectors.toList()))
                .as("imports of %s from %s", forbidden, layer).isEmpty();
    }

    @ParameterizedTest(name = "the model imports only javafx.beans and javafx.collections")
    @CsvSource("model")
    void the_model_uses_only_beans_and_collections(String layer) {
        assertThat(importsOf(layer).stream().filter(i -> i.startsWith("javafx."))
                .filter(i -> !i.startsWith("javafx.beans.") && !i.startsWith("javafx.collections.")))
                .isEmpty();
    }

    private static List<String> importsOf(String layer) {
        Path dir = MAIN.resolve(layer);
        assertThat(dir).as("the %s layer", layer).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(LayeringTest::imports).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            Stream.Builder<String> found = Stream.builder();
            while (m.find()) {
                found.add(m.group(1));
            }
            return found.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
