package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.Edit;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Progress;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.LossSeries;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;
import org.backpropstudio.core.Stride;
import org.backpropstudio.core.Timeline;
import org.junit.jupiter.api.Test;

/** The history member: a saved timeline opens at the same place, bit for bit. */
class HistoryFormatTest {

    private static Session preset(String id) throws Exception {
        return SessionFile.read(Path.of("assets/presets/" + id + ".backprop.json")).session();
    }

    @Test
    void save_then_open_gives_the_same_history_and_position() throws Exception {
        Session xor = preset("xor");
        StepMachine machine = new StepMachine(xor);
        machine.iterations(50);
        machine.edit(new Edit.SetWeight(2, 0, 1, -0.75));
        machine.edit(new Edit.LockBias(1, 1, true));
        machine.edit(new Edit.SetInput(2, 0, 0.9));
        machine.edit(new Edit.SetTarget(1, 0, 0.8));
        machine.edit(new Edit.SetLearningRate(0.3));
        machine.stride(Stride.PHASE);
        machine.edit(new Edit.Replace(Architecture.of(machine.engine().currentSession(), 3).applyTo(machine.engine().currentSession())));
        machine.iterations(20);
        machine.seek(machine.length() - 7);

        String text = SessionFile.write(machine.engine().currentSession(), null, machine.saved());
        LoadedSession loaded = SessionFile.parse(text);
        assertThat(loaded.history().timeline()).isEqualTo(machine.timeline());
        assertThat(loaded.session()).isEqualTo(machine.engine().currentSession());

        HistoryResume resume = loaded.resume();
        assertThat(resume.advance(Progress.NONE)).isTrue();
        StepMachine reopened = resume.machine();
        assertThat(reopened.position()).isEqualTo(machine.position());
        assertThat(reopened.engine().currentNetwork()).isEqualTo(machine.engine().currentNetwork());
        assertThat(reopened.engine().step()).isEqualTo(machine.engine().step());
        assertThat(LossSeries.full(reopened.losses()).min()).containsExactly(LossSeries.full(machine.losses()).min());
    }

    @Test
    void a_file_without_history_has_none_and_writing_without_one_drops_a_stale_one() throws Exception {
        LoadedSession plain = SessionFile.read(Path.of("assets/presets/seed-example.backprop.json"));
        assertThat(plain.history()).isNull();
        StepMachine machine = new StepMachine(plain.session());
        machine.stepForward();
        ObjectNode withHistory = SessionFile.parse(SessionFile.write(plain.session(), null, machine.saved())).document();
        assertThat(SessionFile.parse(SessionFile.write(plain.session(), withHistory)).history()).isNull();
    }

    @Test
    void a_broken_history_names_its_path() throws Exception {
        Session seed = preset("seed-example");
        String good = SessionFile.write(seed, null, SavedHistory.of(new Timeline(seed, List.of(new Timeline.Steps(3)), 2)));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"position\": 2", "\"position\": 9")))
                .isInstanceOfSatisfying(SessionFormatException.class, e -> assertThat(e.path()).isEqualTo("$.history.position"));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"steps\": 3", "\"steps\": 0")))
                .isInstanceOfSatisfying(SessionFormatException.class, e -> assertThat(e.path()).isEqualTo("$.history.events[0].steps"));
        assertThatThrownBy(() -> SessionFile.parse(good.replace("\"steps\": 3", "\"edit\": \"explode\"")))
                .isInstanceOfSatisfying(SessionFormatException.class, e -> assertThat(e.path()).isEqualTo("$.history.events[0]"));
        String badStart = good.replaceFirst("(\"history\"[\\s\\S]*?)\"learningRate\": 0.5", "$1\"learningRate\": -1");
        assertThatThrownBy(() -> SessionFile.parse(badStart))
                .isInstanceOfSatisfying(SessionFormatException.class, e -> assertThat(e.path()).isEqualTo("$.history.start.learningRate"));
    }
}
