package org.backpropstudio.app;

import javafx.application.Platform;
import org.backpropstudio.model.UiThread;

/** The FX application thread, as the model knows its UI thread. */
public final class FxThread {
    /** Runs tasks with {@link Platform#runLater}; the caller is on it when {@link Platform#isFxApplicationThread}. */
    public static final UiThread UI = UiThread.of(Platform::runLater, Platform::isFxApplicationThread);

    private FxThread() {
    }
}
