package org.backpropstudio.model;

import org.backpropstudio.core.Architecture;
import org.backpropstudio.core.Session;
import org.backpropstudio.lesson.LessonAction;

/**
 * A card's button, done by the model's commands in the order {@link LessonAction} gives: open a
 * session (or set η on the one open), take the micro-steps, run the iterations. The model runs its
 * commands in the order given, so each starts where the last one left off. Opening goes through a
 * {@link LessonModel.Opener}; if the student cancels it, nothing else is done.
 */
final class LessonActions {
    private LessonActions() {
    }

    /**
     * Does {@code action} on {@code model}, whose session is now {@code open}, opening sessions
     * through {@code opener}.
     */
    static void perform(StudioModel model, LessonModel.Opener opener, LessonAction action, Session open) {
        Runnable stepAndRun = () -> {
            for (long k = 0; k < action.steps(); k++) {
                model.stepForward();
            }
            if (action.run() > 0) {
                model.iterations(action.run());
            }
        };
        if (action.opens()) {
            opener.open(action.sessionToOpen(), stepAndRun);
            return;
        }
        if (action.setsLearningRate()) {
            Architecture now = Architecture.of(open, 0);
            model.changeArchitecture(
                    new Architecture(now.layers(), now.loss(), action.learningRate(), now.batch(), now.batchSize(),
                            now.shuffleSeed(), 0, false));
        }
        stepAndRun.run();
    }
}
