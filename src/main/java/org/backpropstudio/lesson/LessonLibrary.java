package org.backpropstudio.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.io.JsonAt;
import org.backpropstudio.io.Presets;

/**
 * A folder of lessons with its {@value #INDEX}: the built-in lessons on the class path
 * ({@value #RESOURCES}), or a folder on disk. The index lists the lessons in the order a course
 * takes them:
 * <pre>
 * [
 *   {"id": "seed-walkthrough", "title": "The worked example, step by step",
 *    "file": "seed-walkthrough.lesson.json", "summary": "…"}
 * ]
 * </pre>
 */
public final class LessonLibrary {
    /** The folder of the built-in lessons on the class path. */
    public static final String RESOURCES = "/org/backpropstudio/lessons/";
    /** The index's file name. */
    public static final String INDEX = "index.json";

    /** A lesson as the index lists it. */
    public record Entry(String id, String title, String summary, String file) {
    }

    private final LessonSource source;
    private final Presets presets;
    private final String where;

    /** A library reading from {@code source} (its index too), {@code where} naming it in a problem. */
    LessonLibrary(LessonSource source, Presets presets, String where) {
        this.source = source;
        this.presets = presets;
        this.where = where;
    }

    /** The built-in lessons, on the class path under {@value #RESOURCES}. */
    public static LessonLibrary builtIn() {
        return new LessonLibrary(name -> resource(RESOURCES, name), Presets.onClassPath(),
                LessonWords.get("library.builtIn"));
    }

    /** The lessons in {@code folder} (with its own {@value #INDEX}), presets from the class path. */
    public static LessonLibrary folder(Path folder) {
        return new LessonLibrary(name -> file(folder.resolve(name)), Presets.onClassPath(), folder.toString());
    }

    /**
     * The lesson in {@code file}, an instructor's own: the session files it names are read from
     * the same folder.
     *
     * @throws LessonFormatException if it cannot be read or breaks a rule of the format
     */
    public static Lesson read(Path file) throws LessonFormatException {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Optional<String> text;
        try {
            text = file(file);
        } catch (IOException e) {
            throw new LessonFormatException("$", LessonWords.get("library.readableLesson"),
                    String.valueOf(e.getMessage())).inFile(name);
        }
        if (text.isEmpty()) {
            throw new LessonFormatException("$", LessonWords.get("library.lesson"),
                    LessonWords.get("library.noSuchFile")).inFile(name);
        }
        try {
            return LessonFile.parse(text.get(), n -> file(folder.resolve(n)), Presets.onClassPath());
        } catch (LessonFormatException e) {
            throw e.inFile(name);
        }
    }

    /**
     * The lessons the index lists, in its order.
     *
     * @throws LessonFormatException if the index is missing or malformed
     */
    public List<Entry> entries() throws LessonFormatException {
        String text = readOrFail(INDEX);
        JsonAt root;
        try {
            root = LessonFile.document(text, LessonWords.get("library.index"));
        } catch (LessonFormatException e) {
            throw e.inFile(INDEX);
        }
        if (!root.node().isArray()) {
            throw LessonValues.error(root, LessonWords.get("library.index")).inFile(INDEX);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < root.node().size(); i++) {
            JsonAt entry = root.element(i);
            if (!entry.node().isObject()) {
                throw LessonValues.error(entry, LessonWords.get("library.entry")).inFile(INDEX);
            }
            for (String member : List.of("id", "title", "file")) {
                JsonAt value = entry.member(member);
                if (!value.node().isTextual() || value.node().asText().isBlank()) {
                    throw LessonValues.error(value, LessonWords.get("library.string")).inFile(INDEX);
                }
            }
            JsonNode node = entry.node();
            entries.add(new Entry(node.get("id").asText(), node.get("title").asText(), node.path("summary").asText(""),
                    node.get("file").asText()));
        }
        return List.copyOf(entries);
    }

    /**
     * The lesson {@code entry} names.
     *
     * @throws LessonFormatException if its file is missing or breaks a rule of the format
     */
    public Lesson load(Entry entry) throws LessonFormatException {
        return load(entry.file());
    }

    /**
     * The lesson in the file {@code name} of this library.
     *
     * @throws LessonFormatException if it is missing or breaks a rule of the format
     */
    public Lesson load(String name) throws LessonFormatException {
        String text = readOrFail(name);
        try {
            return LessonFile.parse(text, source, presets);
        } catch (LessonFormatException e) {
            throw e.inFile(name);
        }
    }

    /** The text of the file {@code name} of this library, or the problem that it cannot be read. */
    String readOrFail(String name) throws LessonFormatException {
        try {
            return source.read(name).orElseThrow(() ->
                    new LessonFormatException("$", LessonWords.format("library.file", name, where),
                            LessonWords.get("library.noSuchFile")).inFile(name));
        } catch (IOException e) {
            throw new LessonFormatException("$", LessonWords.get("library.readable"),
                    String.valueOf(e.getMessage())).inFile(name);
        }
    }

    /** The text of the resource {@code name} in the class-path folder {@code folder}, if there is one. */
    static Optional<String> resource(String folder, String name) throws IOException {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The text of the file {@code path}, if there is one; a file too large to be a lesson is an error. */
    static Optional<String> file(Path path) throws IOException {
        try {
            if (Files.size(path) > LessonFile.MAX_CHARS * 4L) {
                throw new IOException(LessonWords.format("library.tooLarge", path.getFileName().toString()));
            }
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
