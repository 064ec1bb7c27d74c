package org.backpropstudio.lesson;

import org.backpropstudio.core.Session;

/**
 * What a card's button does, as data; the view maps it to the model's commands, in this order:
 * open {@code session} (a new timeline; with {@code learningRate} put into it first, if given),
 * or else set the learning rate on the session that is open (an undoable edit that keeps the
 * weights); then take {@code steps} micro-steps; then complete {@code run} iterations.
 *
 * @param label        the button's text, e.g. "Run 500 iterations"
 * @param session      the session to open (a preset, a file beside the lesson, or the card's own
 *                     session again for {@code "restart"}), or null
 * @param learningRate the learning rate to set, or NaN
 * @param steps        micro-steps to take, 0 for none
 * @param run          iterations to complete, 0 for none
 */
public record LessonAction(String label, Session session, double learningRate, long steps, long run) {

    /** Whether the action opens a session (a new timeline). */
    public boolean opens() {
        return session != null;
    }

    /** Whether the action sets the learning rate. */
    public boolean setsLearningRate() {
        return !Double.isNaN(learningRate);
    }

    /** The session to open with the learning rate put in, or null if the action opens none. */
    public Session sessionToOpen() {
        if (session == null || !setsLearningRate()) {
            return session;
        }
        return session.withLearningRate(learningRate);
    }
}
