package org.backpropstudio.app;

import javafx.animation.AnimationTimer;

/**
 * Work done once on the next frame however many times it is asked for before then: a view that
 * hears of several changes in one pulse (a snapshot, a style, the mouse) redraws once. FX thread
 * only.
 */
public final class NextFrame {
    private final Runnable work;
    private boolean scheduled;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            scheduled = false;
            work.run();
        }
    };

    /** {@code work} to be run on a frame after each {@link #request()}. */
    public NextFrame(Runnable work) {
        this.work = work;
    }

    /** Asks for the work on the next frame; a request while one is pending is folded into it. */
    public void request() {
        if (!scheduled) {
            scheduled = true;
            timer.start();
        }
    }
}
