package org.backpropstudio.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.Timeline;

/**
 * A session read from a file, together with the file's parsed JSON. Pass {@code document} back to
 * {@link SessionFile#write} or {@link SessionFile#save} so that members this version does not know
 * (at the top level or inside {@code network}, a layer, {@code locked} or {@code dataset}) survive
 * a re-save. Neither method modifies it.
 *
 * @param session  the validated session (the state at the saved position)
 * @param document the file's JSON as parsed
 * @param timeline the saved history, if the file has one ({@link HistoryFormat}), else null
 */
public record LoadedSession(Session session, ObjectNode document, Timeline timeline) {

    /** A session without a saved history. */
    public LoadedSession(Session session, ObjectNode document) {
        this(session, document, null);
    }

    /** The saved history, if any. */
    public Optional<Timeline> history() {
        return Optional.ofNullable(timeline);
    }
}
