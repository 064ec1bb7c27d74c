package org.backpropstudio.lesson;

import static org.backpropstudio.lesson.LessonValues.error;
import static org.backpropstudio.lesson.LessonValues.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backpropstudio.core.Session;
import org.backpropstudio.io.JsonAt;
import org.backpropstudio.io.JsonFormatException;
import org.backpropstudio.io.Presets;
import org.backpropstudio.io.SessionFile;
import org.backpropstudio.io.SessionFormatException;

/**
 * The sessions a lesson or a worksheet names, each resolved once: a preset id ({@code "xor"}), a
 * session file beside the document ({@code "deep.backprop.json"}, a subfolder allowed, {@code ..}
 * not), or an inline session object (format {@value SessionFile#FORMAT}). A problem is a
 * {@link LessonFormatException} at the path of the value that names the session (inside the inline
 * object for one of its own).
 */
final class SessionNames {
    /** Whose sessions these are, for the words of a problem. */
    enum Owner { LESSON, WORKSHEET }

    private final LessonSource source;
    private final Presets presets;
    private final Owner owner;
    private final Map<String, Session> resolved = new HashMap<>();

    SessionNames(LessonSource source, Presets presets, Owner owner) {
        this.source = source;
        this.presets = presets;
        this.owner = owner;
    }

    /** What a session member may be, in words. */
    String expected() {
        String ids = String.join(", ", presets.ids());
        return owner == Owner.LESSON ? LessonWords.format("file.session", ids, SessionFile.FORMAT)
                : LessonWords.format("worksheet.session", ids, SessionFile.FORMAT);
    }

    /** The session {@code value} names (a preset id, a file beside the document) or holds. */
    Session session(JsonAt value) throws LessonFormatException {
        JsonNode node = value.node();
        String path = value.path();
        if (node.isObject()) {
            try {
                return SessionFile.parse(node.toString()).session();
            } catch (SessionFormatException e) {
                String inner = e.path().startsWith("$") ? e.path().substring(1) : "." + e.path();
                throw new LessonFormatException(path + inner, e.expected(), e.found());
            }
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(value, expected());
        }
        String name = node.asText().strip();
        Session known = resolved.get(name);
        if (known != null) {
            return known;
        }
        Session session = name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? sessionFile(name, path) : preset(name, path);
        resolved.put(name, session);
        return session;
    }

    private Session preset(String id, String path) throws LessonFormatException {
        Optional<Session> preset = presets.session(id);
        if (preset.isEmpty()) {
            throw new LessonFormatException(path, expected(), LessonWords.format("file.noPreset", quoted(id)));
        }
        return preset.get();
    }

    private Session sessionFile(String name, String path) throws LessonFormatException {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":")
                || List.of(name.split("/")).contains("..")) {
            throw new LessonFormatException(path, owner == Owner.LESSON ? LessonWords.get("file.sessionFileName")
                    : LessonWords.get("worksheet.sessionFileName"), quoted(name));
        }
        Optional<String> text;
        try {
            text = source.read(name);
        } catch (IOException e) {
            throw new LessonFormatException(path, LessonWords.get("file.readableSession"),
                    LessonWords.format("file.readError", quoted(name), e.getMessage()));
        }
        if (text.isEmpty()) {
            throw new LessonFormatException(path, expected(), owner == Owner.LESSON
                    ? LessonWords.format("file.missingSession", quoted(name))
                    : LessonWords.format("worksheet.missingSession", quoted(name)));
        }
        try {
            return SessionFile.parse(text.get()).session();
        } catch (JsonFormatException e) {
            throw new LessonFormatException(path, LessonWords.get("file.validSession"),
                    LessonWords.format("file.sessionProblem", name, e.getMessage()));
        }
    }
}
