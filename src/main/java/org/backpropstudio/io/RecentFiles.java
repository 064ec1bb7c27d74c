package org.backpropstudio.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The session files opened or saved lately, newest first, kept in a small text file. */
public final class RecentFiles {
    /** How many are remembered. */
    public static final int MAX = 8;
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    private final Path store;

    /** Recent files remembered in {@code store}, one path per line. */
    public RecentFiles(Path store) {
        this.store = store;
    }

    /** Recent files kept beside the recovery file ({@link RecoveryFile#HOME_PROPERTY}). */
    public static RecentFiles standard() {
        return new RecentFiles(RecoveryFile.standard().path().resolveSibling("recent.txt"));
    }

    /** The remembered files that still exist, newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    Path p = Path.of(line.strip());
                    if (!line.isBlank() && Files.isRegularFile(p) && !files.contains(p)) {
                        files.add(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read the recent files", e);
        }
        return files.subList(0, Math.min(MAX, files.size()));
    }

    /**
     * Remembers {@code file} as the newest, writing the list atomically ({@link AtomicFile}); quietly
     * keeps the old list if it cannot be written.
     */
    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.subList(0, Math.min(MAX, files.size())).stream().map(Path::toString).toList();
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicFile.writeText(store, out -> {
                for (String line : lines) {
                    out.write(line + System.lineSeparator());
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remember " + file, e);
        }
    }
}
