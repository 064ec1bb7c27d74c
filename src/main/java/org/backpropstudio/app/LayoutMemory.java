package org.backpropstudio.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.backpropstudio.io.AtomicFile;
import org.backpropstudio.io.RecoveryFile;

/**
 * The window's layout kept between runs: its size, where the dividers were and whether the student
 * opened or folded the plots, in a small properties file beside the recovery file. A value missing, out of range or
 * unreadable is as if never kept: the window then takes its default.
 */
final class LayoutMemory {
    /** The share of the width the diagram takes (the divider beside the side column). */
    static final String DIAGRAM_SHARE = "diagram.share";
    /** The share of the side column's height the reading panels take while the plots are shown. */
    static final String READER_SHARE = "reader.share";
    /** What the student chose for the plots (open, folded, or left to the window). */
    static final String PLOTS = "plots";
    /** The window's width and height, px, when it was closed (not maximized or full screen). */
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";
    /** Whether the window was maximized when it was closed. */
    static final String WINDOW_MAXIMIZED = "window.maximized";
    /** A divider kept closer to an edge than this is not taken back (it would hide a side). */
    private static final double EDGE = 0.1;
    private static final System.Logger LOG = System.getLogger(LayoutMemory.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    /** The layout kept in {@code file}, read now. */
    LayoutMemory(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "could not read the window's layout from " + file, e);
                values.clear();
            }
        }
    }

    /** The layout kept beside {@code recovery}'s file. */
    static LayoutMemory beside(RecoveryFile recovery) {
        return new LayoutMemory(recovery.path().resolveSibling("window.properties"));
    }

    /** The divider kept under {@code key}, if one was kept and is away from the edges. */
    Optional<Double> share(String key) {
        return number(key, EDGE, 1 - EDGE);
    }

    /** The number kept under {@code key}, if one was kept and lies in [{@code min}, {@code max}]. */
    Optional<Double> number(String key, double min, double max) {
        try {
            double value = Double.parseDouble(values.getProperty(key, ""));
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The constant of {@code type} kept under {@code key}, if one was kept. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        String name = values.getProperty(key, "");
        return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    /** Keeps {@code value} under {@code key} (written by {@link #save()}). */
    void put(String key, double value) {
        if (Double.isFinite(value)) {
            values.setProperty(key, Double.toString(value));
        }
    }

    /** Keeps {@code value} under {@code key} (written by {@link #save()}). */
    void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes what is kept, atomically; quietly keeps the old file if it cannot be written. */
    void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.writeText(file, out -> values.store(out, "Backprop Studio: the window's layout"));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the window's layout in " + file, e);
        }
    }
}
