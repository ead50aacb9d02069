package org.nnplay.ui.landscape;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Passes values on at most once per {@code interval} (FX thread): the first at once, later ones as the latest value
 * when the interval has passed, so the last hover position always arrives. For the ~30 Hz ghost preview.
 */
final class Throttle<T> {
    private final long intervalNanos;
    private final Consumer<T> sink;
    private final PauseTransition timer = new PauseTransition();
    private long lastSent = Long.MIN_VALUE / 2;
    private T pending;

    Throttle(Duration interval, Consumer<T> sink) {
        this.intervalNanos = (long) (interval.toMillis() * 1e6);
        this.sink = sink;
        timer.setOnFinished(e -> flush());
    }

    void offer(T value) {
        pending = value;
        long now = System.nanoTime();
        long wait = lastSent + intervalNanos - now;
        if (wait <= 0) {
            flush();
        } else if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            timer.setDuration(Duration.millis(wait / 1e6));
            timer.playFromStart();
        }
    }

    /** Drops a value not yet sent. */
    void cancel() {
        pending = null;
        timer.stop();
    }

    private void flush() {
        T v = pending;
        pending = null;
        if (v != null) {
            lastSent = System.nanoTime();
            sink.accept(v);
        }
    }
}
