package org.backpropstudio.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.backpropstudio.model.StudioModel;
import org.testfx.util.WaitForAsyncUtils;

/** The one way UI tests wait for the window to show what was asked: never by sleeping. */
public final class Settle {
    /** How long a test waits for the engine and the FX thread before it fails. */
    private static final long SECONDS = 10;

    private Settle() {
    }

    /** Waits until every command given to {@code model} so far has run and the FX thread has shown its result. */
    public static void model(StudioModel model) {
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, model.idle());
        } catch (TimeoutException e) {
            throw new AssertionError("the engine thread did not settle within " + SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@link #model}, then waits until {@code done} holds (a view's own work, say typesetting). */
    public static void model(StudioModel model, BooleanSupplier done) {
        model(model);
        try {
            WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, done::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the view did not settle within " + SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
