package org.backpropstudio.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The background threads of the window: one single-thread executor per job that must not run on
 * the FX thread (typesetting formulas, evaluating the decision boundary, the what-if slice). The
 * window makes them here and hands each to the view that needs it; a test hands in its own. Each
 * is a daemon (it never keeps the JVM alive) and ends after a few idle seconds (a new task starts
 * it again).
 */
public final class Workers {
    /** How long an idle worker's thread lives. */
    private static final long IDLE_SECONDS = 10;

    private Workers() {
    }

    /** A worker whose thread is named {@code name}: tasks run one at a time, in order. */
    public static ExecutorService single(String name) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
