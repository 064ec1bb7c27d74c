package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;

/**
 * The words of the files in {@code words.properties}: every key the code reads is there, every key
 * there is read, each value suits the way it is read, and a translation beside it is used for its
 * locale without a change to the code, the file's paths and ids staying as they are.
 */
class IoWordsTest extends BundleContract {
    private static final String BAD_NAME = "{\"format\": \"backprop-studio/1\", \"name\": 3}";

    IoWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/io/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/io/words_xx.properties"),
                "IoWords", "problem", "session.weights");
    }

    @Test
    void english_reads_as_before() throws Exception {
        assertThatThrownBy(() -> SessionFile.parse(BAD_NAME)).hasMessage("$.name: expected a string, found 3");
        assertThatThrownBy(() -> SessionFile.parse("[1,]")).hasMessage("$[1]: expected well-formed JSON,"
                + " found ']' after a comma (a trailing comma) at line 1, column 4");
        assertThat(IoWords.format("count.rows", "0", 0)).isEqualTo("0 rows");
        assertThat(IoWords.format("count.rows", "1", 1)).isEqualTo("1 row");
        assertThat(IoWords.format("count.entries", "3", 3)).isEqualTo("3 entries");
        assertThatThrownBy(() -> DatasetCsv.read("1,x,3", 2, 1)).hasMessage("line 1, column 2: \"x\" is not a number");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() throws Exception {
        Session seed = SessionFile.read(Path.of("assets/presets/seed-example.backprop.json")).session();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThatThrownBy(() -> SessionFile.parse(BAD_NAME)).hasMessage("[xx] $.name ≠ [xx] \"…\" (3)");
            StringWriter handout = new StringWriter();
            TraceFormat.MARKDOWN.write(seed, 1, handout);
            assertThat(handout.toString()).as("a value in bold where the translation puts it")
                    .contains("\\[xx\\] **J = 0.274811** ← 1")
                    .as("a key the translation lacks").contains("## Iteration 1");
        } finally {
            Locale.setDefault(before);
        }
        assertThatThrownBy(() -> SessionFile.parse(BAD_NAME)).hasMessage("$.name: expected a string, found 3");
    }
}
