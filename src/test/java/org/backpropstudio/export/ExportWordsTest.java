package org.backpropstudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.backpropstudio.io.SessionFile;
import org.junit.jupiter.api.Test;

/**
 * The words of the exported programs in {@code words.properties}: every key the code reads is
 * there, every key there is read, each value suits the way it is read, and a translation beside it
 * is used for its locale without a change to the code, the program's code staying as it is.
 */
class ExportWordsTest extends BundleContract {

    ExportWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/export/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/export/words_xx.properties"),
                "ExportWords", "program.summary", "refused.tooLarge");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() throws Exception {
        var seed = SessionFile.read(Path.of("assets/presets/seed-example.backprop.json")).session();
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThat(PythonProgram.summary(seed)).as("a translated key inside an English one")
                    .isEqualTo("Network 2-2-1 (sigmoid, sigmoid), squared-error, [xx] all at once, learning rate 0.5;"
                            + " 1 training sample, no test set.");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(PythonProgram.summary(seed)).contains(", full batch,");
    }
}
