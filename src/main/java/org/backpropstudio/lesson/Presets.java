package org.backpropstudio.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;

/**
 * The built-in sessions a lesson can name by id ({@code "seed-example"}, {@code "xor"}, …): the
 * application's presets, listed in {@value #INDEX} on the class path.
 */
public final class Presets {
    /** The folder of the presets on the class path. */
    public static final String FOLDER = "/org/backpropstudio/presets/";
    static final String INDEX = FOLDER + "index.json";

    private final Map<String, String> files;

    private Presets(Map<String, String> files) {
        this.files = files;
    }

    /** The presets on the class path; none if the index is missing. */
    public static Presets onClassPath() {
        Map<String, String> files = new LinkedHashMap<>();
        try (InputStream in = Presets.class.getResourceAsStream(INDEX)) {
            if (in != null) {
                for (JsonNode node : new ObjectMapper().readTree(in)) {
                    files.put(node.path("id").asText(), node.path("file").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the presets' index cannot be read", e);
        }
        return new Presets(files);
    }

    /** The ids, in the index's order. */
    public java.util.Set<String> ids() {
        return files.keySet();
    }

    /** The preset {@code id}, or empty if there is none by that id. */
    public Optional<Session> session(String id) {
        String file = files.get(id);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(SessionFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).session());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SessionFormatException e) {
            throw new IllegalStateException("the built-in preset " + id + " is invalid: " + e.getMessage(), e);
        }
    }
}
