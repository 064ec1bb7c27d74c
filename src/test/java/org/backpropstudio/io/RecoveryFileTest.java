package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backpropstudio.core.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFileTest {

    @Test
    void a_saved_session_is_recovered_until_deleted(@TempDir Path home) throws Exception {
        RecoveryFile recovery = new RecoveryFile(home.resolve("nested/recovery.backprop.json"));
        assertThat(recovery.load()).isEmpty();
        assertThat(recovery.savedAt()).isEmpty();
        Session seed = SessionFile.read(Path.of("assets/presets/seed-example.backprop.json")).session();
        recovery.save(seed, null, null);
        assertThat(recovery.load()).get().extracting(LoadedSession::session).isEqualTo(seed);
        assertThat(recovery.savedAt()).isPresent();
        recovery.delete();
        assertThat(recovery.load()).isEmpty();
    }

    @Test
    void a_damaged_recovery_file_is_not_offered(@TempDir Path home) throws Exception {
        RecoveryFile recovery = new RecoveryFile(home.resolve("recovery.backprop.json"));
        Files.writeString(recovery.path(), "{\"format\": \"backprop-studio/1\", \"name\": ");
        assertThat(recovery.load()).isEmpty();
    }

    @Test
    void the_standard_place_follows_the_home_property(@TempDir Path home) {
        String old = System.getProperty(RecoveryFile.HOME_PROPERTY);
        System.setProperty(RecoveryFile.HOME_PROPERTY, home.toString());
        try {
            assertThat(RecoveryFile.standard().path()).isEqualTo(home.resolve("recovery.backprop.json"));
        } finally {
            if (old == null) {
                System.clearProperty(RecoveryFile.HOME_PROPERTY);
            } else {
                System.setProperty(RecoveryFile.HOME_PROPERTY, old);
            }
        }
    }
}
