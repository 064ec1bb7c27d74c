package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.core.Session;

/**
 * The application's built-in sessions (the seed example, XOR, two moons, …): the one reader of
 * their index, {@value #INDEX} on the class path, for the window's menu of presets and for the
 * lessons, which name them by id ({@code "seed-example"}, {@code "xor"}, …).
 */
public final class Presets {
    /** The folder of the presets on the class path. */
    public static final String FOLDER = "/org/backpropstudio/presets/";
    static final String INDEX = FOLDER + "index.json";

    /**
     * A preset as the index lists it: its id, its title and description for the menu, and its file
     * in {@link #FOLDER}.
     */
    public record Entry(String id, String title, String description, String file) {
    }

    private final List<Entry> entries;

    private Presets(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The presets on the class path, in the index's order; none if the index is missing. */
    public static Presets onClassPath() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Presets.class.getResourceAsStream(INDEX)) {
            if (in != null) {
                for (JsonNode node : new ObjectMapper().readTree(in)) {
                    entries.add(new Entry(node.path("id").asText(), node.path("title").asText(),
                            node.path("description").asText(), node.path("file").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the presets' index cannot be read", e);
        }
        return new Presets(entries);
    }

    /** The presets, in the index's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The ids, in the index's order. */
    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /** The preset {@code id}'s session, or empty if there is none by that id (or its file is missing). */
    public Optional<Session> session(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().flatMap(Presets::read)
                .map(LoadedSession::session);
    }

    /**
     * The preset {@code entry} as read from its file.
     *
     * @throws IllegalStateException if the application lacks the file or it is invalid (a build error)
     */
    public LoadedSession load(Entry entry) {
        return read(entry).orElseThrow(() ->
                new IllegalStateException("the built-in preset " + entry.id() + " is missing: " + entry.file()));
    }

    /** The preset {@code entry} as read from its file, or empty if the application lacks it. */
    private static Optional<LoadedSession> read(Entry entry) {
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + entry.file())) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(SessionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SessionFormatException e) {
            throw new IllegalStateException("the built-in preset " + entry.id() + " is invalid: " + e.getMessage(), e);
        }
    }
}
