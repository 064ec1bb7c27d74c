package org.backpropstudio.app.equations;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at once when asked while stepping, and while playing at most once per
 * {@code interval} (a request inside it runs when it ends), as numbers that change at every frame
 * cannot be read and each run of the action is work that the frames of the diagram and the plots
 * need more.
 */
final class Pacing {
    private final Duration interval;
    private final Runnable action;
    private final PauseTransition later = new PauseTransition();
    /** When the action last ran ({@link System#nanoTime()}). */
    private long lastRun;

    Pacing(Duration interval, Runnable action) {
        this.interval = interval;
        this.action = action;
        later.setOnFinished(e -> action.run());
    }

    /** Runs the action now, or, while {@code playing} and the last run was too recent, when the interval ends. */
    void request(boolean playing) {
        if (!playing) {
            action.run();
            return;
        }
        long wait = lastRun + (long) (interval.toMillis() * 1e6) - System.nanoTime();
        if (wait <= 0) {
            action.run();
        } else if (later.getStatus() != Animation.Status.RUNNING) {
            later.setDuration(Duration.millis(wait / 1e6));
            later.playFromStart();
        }
    }

    /** Notes that the action is running now: a run waiting is no longer needed. */
    void running() {
        later.stop();
        lastRun = System.nanoTime();
    }
}
