package org.backpropstudio.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs a test's action on the FX thread, where model commands are given (they check it), and
 * waits for that action alone (one round trip; what it starts on the engine thread is waited for
 * with {@link Settle}).
 */
public final class Fx {
    /** How long a test waits for the FX thread before it fails. */
    private static final long SECONDS = 10;

    private Fx() {
    }

    /** Runs {@code action} on the FX thread and waits until it has run. */
    public static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Calls {@code action} on the FX thread and returns what it returned. */
    public static <T> T call(Callable<T> action) {
        try {
            return WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer within " + SECONDS + " s", e);
        }
    }
}
