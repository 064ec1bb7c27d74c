package org.backpropstudio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Uncaught exceptions on the FX thread during a UI test: {@link #watch()} in the {@code @Start}
 * method (on the FX thread) records them, still passing them to the handler that was there;
 * {@link #assertNone()} after the test puts that handler back and fails if there was any.
 */
public final class FxErrors {
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private Runnable restore = () -> { };

    /** Starts recording; call on the FX thread. */
    public void watch() {
        Thread fx = Thread.currentThread();
        Thread.UncaughtExceptionHandler previous = fx.getUncaughtExceptionHandler();
        fx.setUncaughtExceptionHandler((t, e) -> {
            errors.add(e);
            previous.uncaughtException(t, e);
        });
        restore = () -> fx.setUncaughtExceptionHandler(previous);
    }

    /** Puts the FX thread's handler back and asserts that nothing was thrown there. */
    public void assertNone() {
        WaitForAsyncUtils.asyncFx(restore);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
    }
}
