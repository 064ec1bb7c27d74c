package org.backpropstudio.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backpropstudio.core.Session;

/**
 * A session read from a file, together with the file's parsed JSON. Pass {@code document} back to
 * {@link SessionFile#write} or {@link SessionFile#save} so that members this version does not know
 * (at the top level or inside {@code network}, a layer, {@code locked} or {@code dataset}) survive
 * a re-save. Neither method modifies it.
 *
 * @param session  the validated session
 * @param document the file's JSON as parsed
 */
public record LoadedSession(Session session, ObjectNode document) {
}
