package org.backpropstudio.app.lesson;

import org.backpropstudio.core.Session;
import org.backpropstudio.model.StudioModel;

/**
 * Opens a lesson's session in place of the one open. In the window this is the window's own way
 * of replacing the session, which asks first about unsaved changes and makes the lesson's session
 * the document that File › Save writes (to a new file).
 */
@FunctionalInterface
public interface SessionOpener {
    /**
     * Opens {@code session}, then runs {@code then} (the lesson's next commands, which start from
     * it); neither if the student cancels.
     */
    void open(Session session, Runnable then);

    /** Opens straight in {@code model}, without asking: for a lesson panel on its own. */
    static SessionOpener direct(StudioModel model) {
        return (session, then) -> {
            model.open(session);
            then.run();
        };
    }
}
