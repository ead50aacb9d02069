package org.nnplay.ui.landscape;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from worker threads to the FX thread, coalesced: however often {@link #post} is called, at most one
 * {@code runLater} is outstanding, and it delivers only the latest value (a finer grid replaces a coarser one, a
 * progress tick the one before). Workers computing row after row therefore cost the FX thread one task per frame
 * at most, never one per row.
 */
final class FxRelay<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<T> sink;
    private final Consumer<Runnable> runLater;

    FxRelay(Consumer<T> sink) {
        this(sink, javafx.application.Platform::runLater);
    }

    /** With an explicit scheduler (tests). */
    FxRelay(Consumer<T> sink, Consumer<Runnable> runLater) {
        this.sink = sink;
        this.runLater = runLater;
    }

    void post(T value) {
        latest.set(value);
        if (scheduled.compareAndSet(false, true)) {
            runLater.accept(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        T v = latest.getAndSet(null);
        if (v != null) {
            sink.accept(v);
        }
    }
}
