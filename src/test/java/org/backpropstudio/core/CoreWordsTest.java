package org.backpropstudio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backpropstudio.architecture.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The engine's refusals in {@code words.properties}: every key the code reads is there, every key
 * there is read, each value suits the way it is read, and a translation beside it is used for its
 * locale without a change to the code.
 */
class CoreWordsTest extends BundleContract {

    CoreWordsTest() {
        super(Path.of("src/main/resources/org/backpropstudio/core/words.properties"),
                Path.of("src/test/resources/org/backpropstudio/core/words_xx.properties"),
                "CoreWords", "session.learningRate", "history.notSaved");
    }

    @Test
    void english_reads_as_before() {
        Session seed = TestSessions.seedExample();
        assertThatThrownBy(() -> seed.withNetwork(seed.network()).withDataset(seed.dataset())
                .network().withParameters(new double[2]))
                .hasMessage("the network has 9 parameters, not 2");
        assertThat(CoreWords.format("architecture.outputUnits", "1", 1))
                .isEqualTo("The output layer needs 1 unit, one per target of the data.");
        assertThat(CoreWords.format("architecture.outputUnits", "3", 3))
                .isEqualTo("The output layer needs 3 units, one per target of the data.");
        assertThat(CoreWords.format("architecture.targetSum", "2", "0.5"))
                .isEqualTo("A softmax output needs targets that sum to 1 (one-hot); sample 2's sum to 0.5.");
        StepMachine machine = new StepMachine(seed);
        assertThatThrownBy(() -> machine.edit(new Edit.SetBias(2, 4, 0.5))).hasMessage("there is no unit 5");
        assertThatThrownBy(() -> machine.edit(new Edit.SetWeight(1, 0, 0, Double.NaN)))
                .hasMessage("a weight must be a finite number");
        assertThat(new Edit.LockBias(2, 0, false).describe()).isEqualTo("unlock b(2)[1]");
        assertThat(new Edit.SetInput(1, 0, 0.5).describe()).isEqualTo("x1 of sample 2 := 0.5");
        assertThatThrownBy(() -> StepMachine.restore(
                new Timeline(seed, List.of(new Timeline.EditEvent(new Edit.SetBias(3, 0, 1))), 1)))
                .hasMessage("event 1 cannot be replayed: there is no layer 3");
    }

    @Test
    void a_translation_for_the_default_locale_is_used_and_english_fills_its_gaps() {
        Session seed = TestSessions.seedExample();
        StepMachine machine = new StepMachine(seed);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("xx"));
            assertThatThrownBy(() -> new Session("x", seed.network(), seed.loss(), -1, seed.batch(), seed.dataset()))
                    .hasMessage("[xx] η ∉ (0, 1e6]");
            assertThatThrownBy(() -> machine.edit(new Edit.SetBias(2, 4, 0.5))).hasMessage("[xx] [xx] unit 5 ∄");
            assertThatThrownBy(() -> machine.edit(new Edit.SetBias(3, 0, 0.5))).as("a key the translation lacks")
                    .hasMessage("[xx] layer 3 ∄");
        } finally {
            Locale.setDefault(before);
        }
        assertThatThrownBy(() -> machine.edit(new Edit.SetBias(2, 4, 0.5))).hasMessage("there is no unit 5");
    }
}
