package org.nnplay.ui.playground;

import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;

/**
 * How often a view that is costly to draw follows the snapshots: at most {@code perSecond} times a second while
 * training runs, and at once whenever the run is not running or a new network started (so a pause, a step or a
 * reset always shows the exact state).
 */
final class Cadence {
    private final long intervalNanos;
    private long last = Long.MIN_VALUE;
    private long generation = Long.MIN_VALUE;

    Cadence(double perSecond) { intervalNanos = (long) (1e9 / perSecond); }

    boolean due(Snapshot s, long now) {
        if (s == null) return false;
        boolean urgent = s.state() != RunState.RUNNING || s.generation() != generation;
        if (!urgent && now - last < intervalNanos) return false;
        last = now;
        generation = s.generation();
        return true;
    }
}
