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
 * The layers of the design (docs/ARCHITECTURE.md), checked on every reference to another package in
 * the main sources, imports and fully qualified names in the code alike (comments and strings left
 * out): a dependency points down only —
 * <pre>
 *   app → model, lesson, cli, export, io, explain, core
 *   model → lesson, explain, core  (and javafx.beans / javafx.collections only)
 *   lesson → io, explain, core
 *   cli → export, lesson, io, core
 *   export → io, core
 *   io → explain, core
 *   explain → core
 *   core → nothing of the project, no JavaFX, no Jackson
 * </pre>
 * and only app, model and the views use JavaFX. Within app, a view's package keeps to itself:
 * app/draw (drawing a digit, importing MNIST) uses the app's shared parts (words, workers, plots'
 * looks, themes) but no other view, nor the command line or lessons; the pictures of an image
 * session (app/images) read no files, command line, lessons, decision boundary or equations, and
 * of the diagram only its keyboard rule (DiagramKeys.NAVIGABLE; the diagram draws its input
 * picture with them).
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/backpropstudio");
    /** A qualified name of another library's or layer's package, in code. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\b((?:javafx|com\\.fasterxml|org\\.backpropstudio)\\.[\\w.]+)");
    /** Comments, string and character literals, text blocks: not code. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'",
            Pattern.DOTALL);

    @ParameterizedTest(name = "{0} refers to no {1}")
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
        "explain, org.backpropstudio.cli.",
        "explain, org.backpropstudio.lesson.",
        "io,      javafx.",
        "io,      org.backpropstudio.model.",
        "io,      org.backpropstudio.app.",
        "io,      org.backpropstudio.cli.",
        "io,      org.backpropstudio.lesson.",
        "cli,     javafx.",
        "cli,     org.backpropstudio.model.",
        "cli,     org.backpropstudio.app.",
        "cli,     org.backpropstudio.explain.",
        "export,  javafx.",
        "export,  org.backpropstudio.model.",
        "export,  org.backpropstudio.app.",
        "export,  org.backpropstudio.cli.",
        "export,  org.backpropstudio.lesson.",
        "export,  org.backpropstudio.explain.",
        "export,  com.fasterxml.",
        "io,      org.backpropstudio.export.",
        "explain, org.backpropstudio.export.",
        "core,    org.backpropstudio.export.",
        "lesson,  org.backpropstudio.export.",
        "model,   org.backpropstudio.export.",
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
        "app/images, org.backpropstudio.io.",
        "app/images, org.backpropstudio.cli.",
        "app/images, org.backpropstudio.lesson.",
        "app/images, org.backpropstudio.app.boundary.",
        "app/images, org.backpropstudio.app.equations.",
        "app/draw, org.backpropstudio.app.diagram.",
        "app/draw, org.backpropstudio.app.images.",
        "app/draw, org.backpropstudio.app.editor.",
        "app/draw, org.backpropstudio.cli.",
        "app/draw, org.backpropstudio.lesson.",
    })
    void a_layer_never_reaches_upward(String layer, String forbidden) {
        assertThat(referencesOf(layer).stream().filter(r -> r.startsWith(forbidden)).collect(Collectors.toList()))
                .as("references to %s from %s", forbidden, layer).isEmpty();
    }

    @ParameterizedTest(name = "the model uses only javafx.beans and javafx.collections")
    @CsvSource("model")
    void the_model_uses_only_beans_and_collections(String layer) {
        assertThat(referencesOf(layer).stream().filter(r -> r.startsWith("javafx."))
                .filter(r -> !r.startsWith("javafx.beans.") && !r.startsWith("javafx.collections.")))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_pictures_use_nothing_of_the_diagram_but_its_keyboard_rule() {
        assertThat(referencesOf("app/images")).filteredOn(r -> r.startsWith("org.backpropstudio.app.diagram."))
                .isNotEmpty().allMatch(r -> r.equals("org.backpropstudio.app.diagram.DiagramKeys"));
    }

    @org.junit.jupiter.api.Test
    void a_fully_qualified_name_in_code_is_caught_and_one_in_a_comment_or_string_is_not() {
        String code = "import java.util.List;\n/** see {@link javafx.scene.Node} */\nclass X {\n"
                + "  String s = \"javafx.stage.Stage\"; // javafx.animation.Timeline\n"
                + "  javafx.scene.control.Label label = new javafx.scene.control.Label();\n}\n";
        assertThat(references(code)).containsExactly("javafx.scene.control.Label", "javafx.scene.control.Label");
    }

    private static List<String> referencesOf(String layer) {
        Path dir = MAIN.resolve(layer);
        assertThat(dir).as("the %s layer", layer).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> references(read(f)).stream())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The qualified names of other packages in {@code source}'s code, imports included. */
    static List<String> references(String source) {
        String code = NOT_CODE.matcher(source).replaceAll(" ");
        List<String> found = new java.util.ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
