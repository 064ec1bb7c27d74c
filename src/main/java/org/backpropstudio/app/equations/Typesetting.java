package org.backpropstudio.app.equations;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.backpropstudio.app.MathMasks;

/**
 * The equation panel's requests for typeset lines, newest first: each request goes to the
 * typesetting thread, and what comes back (growing batches of a long list, then the whole) reaches
 * the FX thread only while no newer request was made; a request overtaken before it starts is not
 * typeset at all, so playing at full speed never queues up work.
 */
final class Typesetting {
    private final MathMasks typesetter;
    private final SheetMaker maker;
    private final AtomicLong latest = new AtomicLong();

    Typesetting(MathMasks typesetter, SheetMaker maker) {
        this.typesetter = typesetter;
        this.maker = maker;
    }

    /** Makes whatever was asked before moot: its lines will not arrive. */
    void supersede() {
        latest.incrementAndGet();
    }

    /**
     * Typesets {@code request} (superseding any earlier one): on the FX thread, {@code batch} gets
     * the lines of the first equations as they are done, and {@code done} the lines of all of them
     * or the error, unless a newer request came first.
     */
    void request(SheetMaker.Request request, Consumer<List<EquationSheet.Lines>> batch,
            BiConsumer<List<EquationSheet.Lines>, Throwable> done) {
        long id = latest.incrementAndGet();
        Consumer<List<EquationSheet.Lines>> progress = partial -> Platform.runLater(() -> {
            if (latest.get() == id) {
                batch.accept(partial);
            }
        });
        typesetter.submit(() -> latest.get() == id ? maker.typeset(request, progress) : null)
                .whenComplete((lines, error) -> Platform.runLater(() -> {
                    if (latest.get() == id) {
                        done.accept(lines, error);
                    }
                }));
    }
}
