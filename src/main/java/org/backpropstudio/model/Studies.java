package org.backpropstudio.model;

import java.util.function.Consumer;
import org.backpropstudio.core.Session;
import org.backpropstudio.core.StepMachine;

/**
 * The studies of test samples ({@link Study}) gone into: the last one, which the window compares
 * with the session shown to tell whether a study is shown. Engine thread; each study remembered
 * is also told to the UI thread's property.
 */
final class Studies {
    private static final System.Logger LOG = System.getLogger(Studies.class.getName());
    /** Tells the UI thread the last study. */
    private final Consumer<Study> tell;
    private Study last;

    Studies(Consumer<Study> tell) {
        this.tell = tell;
    }

    /**
     * The session of a study of test sample {@code testIndex} of {@code current}: from a study
     * shown, of the session it was made from.
     *
     * @throws IllegalArgumentException if there is no such test sample
     */
    Session enter(Session current, int testIndex) {
        Study study = Study.of(last != null && last.isShown(current) ? last.before() : current, testIndex);
        remember(study);
        return study.session();
    }

    /**
     * After a saved history is opened: the study it is in, if it was saved during one
     * ({@link Study#in}). Should that fail, the history opens all the same, without the study.
     */
    void recognise(StepMachine restored) {
        try {
            Study.in(restored).ifPresent(this::remember);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the study of the history opened was not recognised", e);
        }
    }

    private void remember(Study study) {
        last = study;
        tell.accept(study);
    }
}
