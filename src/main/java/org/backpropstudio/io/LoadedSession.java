package org.backpropstudio.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backpropstudio.core.HistoryException;
import org.backpropstudio.core.HistoryResume;
import org.backpropstudio.core.Progress;
import org.backpropstudio.core.SavedHistory;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;

/**
 * A session read from a file, together with the file's parsed JSON. Pass {@code document} back to
 * {@link SessionFile#write} or {@link SessionFile#save} so that members this version does not know
 * (at the top level or inside {@code network}, a layer, {@code locked} or {@code dataset}) survive
 * a re-save. Neither method modifies it.
 *
 * @param session  the validated session (the state at the saved position)
 * @param document the file's JSON as parsed
 * @param history  the saved history, if the file has one ({@link HistoryFormat}), else null; its
 *                 shapes are checked, whether it fits together is checked by {@link #resume()}
 */
public record LoadedSession(Session session, ObjectNode document, SavedHistory history) {

    /** A session without a saved history. */
    public LoadedSession(Session session, ObjectNode document) {
        this(session, document, null);
    }

    /**
     * The machine that opens the saved history at its position, not yet replayed: its events are
     * checked against the network where they stand, its checkpoints and losses against its
     * timeline, and its replays against {@link org.backpropstudio.core.Limits#MAX_REPLAY}.
     *
     * @throws SessionFormatException naming the part of {@code $.history} that does not fit
     * @throws IllegalStateException  if the file has no history
     */
    public HistoryResume resume() throws SessionFormatException {
        if (history == null) {
            throw new IllegalStateException("the file has no history");
        }
        return HistoryFormat.prepare(history, session);
    }

    /**
     * The saved history replayed to its saved position, or a machine on the saved state if the
     * file has none; see {@link #resume()}. Replays as much as {@code resume} needs, in this thread.
     *
     * @throws SessionFormatException naming the part of {@code $.history} that does not fit, or
     *                                {@code $.history} if the replay does not give the saved state
     */
    public StepMachine restore() throws SessionFormatException {
        if (history == null) {
            return new StepMachine(session);
        }
        return finish(resume());
    }

    /**
     * Replays {@code resume} (made by {@link #resume()}) to its end in this thread.
     *
     * @throws SessionFormatException naming {@code $.history} if the replay does not give the saved state
     */
    public static StepMachine finish(HistoryResume resume) throws SessionFormatException {
        try {
            resume.advance(Progress.NONE);
            return resume.machine();
        } catch (HistoryException e) {
            throw HistoryFormat.problem(e);
        }
    }

    /** The session without its history (for opening the saved state alone). */
    public LoadedSession withoutHistory() {
        return new LoadedSession(session, document, null);
    }
}
