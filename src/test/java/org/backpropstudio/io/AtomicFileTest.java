package org.backpropstudio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic write: the old file or the new one, whole, and never a temporary file left behind. */
class AtomicFileTest {
    @TempDir
    Path directory;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.sorted().toList();
        }
    }

    @Test
    void a_new_file_is_created_and_an_old_one_replaced_whole() throws Exception {
        Path file = directory.resolve("notes.txt");
        AtomicFile.writeText(file, out -> out.write("first, and longer than the second: ünïcode ∑"));
        assertThat(Files.readString(file)).isEqualTo("first, and longer than the second: ünïcode ∑");

        AtomicFile.writeText(file, out -> out.write("second"));

        assertThat(Files.readString(file)).isEqualTo("second");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void large_content_is_streamed_byte_for_byte_even_if_the_content_closes_the_stream() throws Exception {
        byte[] bytes = new byte[5_000_001];
        new Random(11).nextBytes(bytes);
        Path file = Files.write(directory.resolve("data.bin"), new byte[] {1, 2, 3});

        AtomicFile.write(file, out -> {
            for (int at = 0; at < bytes.length; at += 7919) {
                out.write(bytes, at, Math.min(7919, bytes.length - at));
            }
            out.close();
        });

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void text_is_utf8_without_a_byte_order_mark() throws Exception {
        Path file = directory.resolve("é.txt");
        AtomicFile.writeText(file, out -> out.write("é"));
        assertThat(Files.readAllBytes(file)).containsExactly("é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void content_that_fails_midway_leaves_the_old_file_unchanged_and_no_temporary_file() throws Exception {
        Path file = Files.writeString(directory.resolve("session.json"), "old, whole");
        IOException diskFull = new IOException("No space left on device");
        for (Throwable failure
                : List.of(diskFull, new UncheckedIOException(diskFull), new IllegalStateException("bug"))) {
            Throwable thrown = catchThrowable(() -> AtomicFile.writeText(file, out -> {
                out.write("new, but ".repeat(100_000));
                out.flush();
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) failure;
            }));

            assertThat(thrown).isSameAs(failure);
            assertThat(Files.readString(file)).isEqualTo("old, whole");
            assertThat(files()).containsExactly(file);
        }
    }

    @Test
    void a_missing_folder_fails_and_creates_nothing() {
        Path file = directory.resolve("missing").resolve("x.json");

        assertThat(catchThrowable(() -> AtomicFile.writeText(file, out -> out.write("x"))))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void a_directory_is_not_replaced() throws Exception {
        Path folder = Files.createDirectory(directory.resolve("folder.json"));

        assertThat(catchThrowable(() -> AtomicFile.writeText(folder, out -> out.write("x"))))
                .isInstanceOf(FileSystemException.class);
        assertThat(folder).isEmptyDirectory();
        assertThat(files()).containsExactly(folder);
    }

    @Test
    void a_folder_without_permission_to_write_fails_and_leaves_the_old_file() throws Exception {
        Path folder = Files.createDirectory(directory.resolve("locked"));
        Path file = Files.writeString(folder.resolve("session.json"), "old");
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "not running as a user who may write anywhere (root)");

            assertThat(catchThrowable(() -> AtomicFile.writeText(file, out -> out.write("new"))))
                    .isInstanceOf(IOException.class);
            assertThat(Files.readString(file)).isEqualTo("old");
            try (Stream<Path> list = Files.list(folder)) {
                assertThat(list).containsExactly(file);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
