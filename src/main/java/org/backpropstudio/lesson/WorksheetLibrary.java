package org.backpropstudio.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backpropstudio.io.Presets;

/**
 * The built-in worksheets on the class path ({@value #RESOURCES}, copied there from
 * {@code assets/worksheets}) with their {@code index.json}, listed as the lessons' index is
 * ({@link LessonLibrary.Entry}), and an instructor's own worksheet files.
 */
public final class WorksheetLibrary {
    /** The folder of the built-in worksheets on the class path. */
    public static final String RESOURCES = "/org/backpropstudio/worksheets/";
    /** The file names of worksheets end so. */
    public static final String SUFFIX = ".worksheet.json";

    private final LessonLibrary index;
    private final LessonSource source;

    private WorksheetLibrary(LessonSource source, String where) {
        this.source = source;
        this.index = new LessonLibrary(source, Presets.onClassPath(), where);
    }

    /** The built-in worksheets. */
    public static WorksheetLibrary builtIn() {
        return new WorksheetLibrary(name -> LessonLibrary.resource(RESOURCES, name),
                LessonWords.get("worksheet.builtIn"));
    }

    /**
     * The worksheets the index lists, in its order.
     *
     * @throws LessonFormatException if the index is missing or malformed
     */
    public List<LessonLibrary.Entry> entries() throws LessonFormatException {
        return index.entries();
    }

    /**
     * The worksheet {@code entry} names.
     *
     * @throws LessonFormatException if its file is missing or breaks a rule of the format
     */
    public Worksheet load(LessonLibrary.Entry entry) throws LessonFormatException {
        String text = index.readOrFail(entry.file());
        try {
            return WorksheetFile.parse(text, source, Presets.onClassPath());
        } catch (LessonFormatException e) {
            throw e.inFile(entry.file());
        }
    }

    /**
     * The built-in worksheet whose id is {@code id}, if there is one.
     *
     * @throws LessonFormatException if the index or its file is malformed
     */
    public Optional<Worksheet> load(String id) throws LessonFormatException {
        for (LessonLibrary.Entry entry : entries()) {
            if (entry.id().equals(id)) {
                return Optional.of(load(entry));
            }
        }
        return Optional.empty();
    }

    /**
     * The worksheet in {@code file}, an instructor's own: the session files it names are read from
     * the same folder.
     *
     * @throws LessonFormatException if it cannot be read or breaks a rule of the format, the file's
     *                               name leading the message
     */
    public static Worksheet read(Path file) throws LessonFormatException {
        Path folder = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Optional<String> text;
        try {
            text = LessonLibrary.file(file);
        } catch (IOException e) {
            throw new LessonFormatException("$", LessonWords.get("worksheet.readable"),
                    String.valueOf(e.getMessage())).inFile(name);
        }
        if (text.isEmpty()) {
            throw new LessonFormatException("$", LessonWords.get("worksheet.file"),
                    LessonWords.get("library.noSuchFile")).inFile(name);
        }
        try {
            return WorksheetFile.parse(text.get(), n -> LessonLibrary.file(folder.resolve(n)), Presets.onClassPath());
        } catch (LessonFormatException e) {
            throw e.inFile(name);
        }
    }
}
