package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @Test
    void newest_first_without_duplicates_or_missing_files_and_at_most_eight(@TempDir Path dir) throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("state/recent.txt"));
        assertThat(recent.list()).isEmpty();
        for (int i = 0; i < 10; i++) {
            recent.add(Files.writeString(dir.resolve("s" + i + ".backprop.json"), "{}"));
        }
        recent.add(dir.resolve("s3.backprop.json"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX).first().isEqualTo(dir.resolve("s3.backprop.json"));
        assertThat(recent.list().get(1)).isEqualTo(dir.resolve("s9.backprop.json"));
        Files.delete(dir.resolve("s9.backprop.json"));
        assertThat(recent.list()).doesNotContain(dir.resolve("s9.backprop.json"));
    }

    @Test
    void the_list_is_replaced_whole_and_no_temporary_file_is_left(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("state/recent.txt");
        RecentFiles recent = new RecentFiles(store);
        Path a = Files.writeString(dir.resolve("a.backprop.json"), "{}");
        Path b = Files.writeString(dir.resolve("b.backprop.json"), "{}");

        recent.add(a);
        recent.add(b);

        assertThat(Files.readAllLines(store)).containsExactly(b.toString(), a.toString());
        try (var files = Files.list(store.getParent())) {
            assertThat(files).containsExactly(store);
        }
    }
}
