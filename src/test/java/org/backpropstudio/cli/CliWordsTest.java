package org.backpropstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The words of the command line in {@code words.properties}: every key the code reads is there,
 * every key there is read, each value suits the way it is read, and a translation beside it is
 * used for its locale, in the help and in the line about a problem, without a change to the code.
 */
class CliWordsTest extends BundleContract {

    CliWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/cli/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/cli/words_xx.properties"),
                "CliWords", "help.check.full", "problem.unknownCommand");
    }

    /** What {@code args} wrote, out then err. */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), path -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void english_reads_as_before() {
        assertThat(run("check", "--help")).contains("--full",
                "Replay a history saved without checkpoints however long it", "Show this help message and exit.");
        assertThat(run("trace", "--help")).contains("Iterations to trace, 1 to 1000 (default: 1).", "(default: json)");
        assertThat(run("fly"))
                .isEqualTo("backprop-studio: unknown command 'fly' "
                        + "(the commands are open, trace, train, check, evaluate, export, worksheet)\n");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThat(run("check", "--help")).contains("[xx] replay all")
                    .as("a key the translation lacks")
                    .contains("Check a session file as the window opens it, history included");
            assertThat(run("fly")).isEqualTo(
                    "backprop-studio: [xx] fly ∉ (open, trace, train, check, evaluate, export, worksheet)\n");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(run("check", "--help")).doesNotContain("[xx]");
    }
}
