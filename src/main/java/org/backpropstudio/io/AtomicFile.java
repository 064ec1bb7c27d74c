package org.backpropstudio.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way this app writes a file: atomically. The content goes into a temporary file
 * {@code .NAME.UUID.tmp} in the same folder, is forced to the disk, and the temporary file is then
 * moved over {@code NAME} in one step; so a crash or a kill at any moment leaves the old file or
 * the new one, whole, never a mix or a truncated file. If anything fails (no such folder, no
 * permission, a full disk, an exception from the content), the temporary file is removed and the
 * old file is unchanged. The content is streamed into the file, never held whole in memory here.
 */
public final class AtomicFile {
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFile() {
    }

    /** Writes the bytes of a file. */
    @FunctionalInterface
    public interface Bytes {
        /** Writes the content to {@code out}; closing {@code out} is allowed and only flushes it. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the text of a file. */
    @FunctionalInterface
    public interface Text {
        /** Writes the content to {@code out}; closing {@code out} is allowed and only flushes it. */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} atomically with what {@code content} writes.
     *
     * @throws IOException what writing threw, or why the file could not be created or replaced;
     *                     the old file is then unchanged and no temporary file is left
     */
    public static void write(Path file, Bytes content) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, IoWords.get("file.isDirectory"));
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(keptOpen(Channels.newOutputStream(channel)), BUFFER_BYTES);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        forceFolder(target.getParent());
    }

    /** {@link #write(Path, Bytes)} with text, encoded as UTF-8 without a byte-order mark. */
    public static void writeText(Path file, Text content) throws IOException {
        write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_BYTES);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** {@code out}, whose {@code close()} only flushes: the channel under it is closed by {@link #write}. */
    private static OutputStream keptOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Forces the folder's entries to the disk too, so that the move survives a power cut; where a
     * folder cannot be opened for that (Windows), the move is still atomic.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this system: nothing more to do
        }
    }
}
