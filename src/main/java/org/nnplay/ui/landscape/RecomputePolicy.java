package org.nnplay.ui.landscape;

import org.nnplay.training.RunState;

/**
 * When the landscape is worth recomputing (pure: no JavaFX, no clock of its own). The view reports every snapshot
 * it is shown and every computation it starts; the policy answers with a {@link Reason} or {@link Reason#NONE}:
 * <ul>
 *   <li>{@code FIRST}: nothing computed yet;</li>
 *   <li>{@code RESET}: the run's generation changed (new network or re-initialised weights);</li>
 *   <li>{@code DATA} / {@code REQUEST}: the data changed, or the user asked (Refresh, a setting) — at the next snapshot
 *       or at once through {@link #pending()};</li>
 *   <li>{@code PAUSED}: training stopped (running → paused, stopped or diverged) away from the centre;</li>
 *   <li>{@code STEP}: not running, yet the step count and the weights moved (the Step button);</li>
 *   <li>{@code MOVED}: while running, the weights are more than {@code movedFraction} of the drawn range away from
 *       where the landscape was computed, and at least {@code minIntervalNanos} have passed since the last
 *       computation (so a fast run recomputes at a steady pace, not every frame).</li>
 * </ul>
 * The distance is Euclidean in weight space divided by {@code scale}, the weight-space length of the drawn range
 * (for ±r around w along a direction d: r·‖d‖); the caller says both in {@link #computed}.
 */
public final class RecomputePolicy {
    public enum Reason { NONE, FIRST, RESET, DATA, REQUEST, PAUSED, STEP, MOVED }

    public static final double DEFAULT_MOVED_FRACTION = 0.25;
    public static final long DEFAULT_MIN_INTERVAL_NANOS = 1_000_000_000L;

    private final double movedFraction;
    private final long minIntervalNanos;
    private boolean seen;
    private RunState lastState;
    private long lastGeneration;
    private long lastSteps;
    private double[] centre;
    private double scale;
    private long computedAt;
    private Reason pending = Reason.NONE;

    public RecomputePolicy() {
        this(DEFAULT_MOVED_FRACTION, DEFAULT_MIN_INTERVAL_NANOS);
    }

    public RecomputePolicy(double movedFraction, long minIntervalNanos) {
        if (!(movedFraction > 0)) {
            throw new IllegalArgumentException("movedFraction must be > 0, got " + movedFraction);
        }
        this.movedFraction = movedFraction;
        this.minIntervalNanos = Math.max(0, minIntervalNanos);
    }

    /** A computation started at {@code now} around {@code centre}, spanning {@code scale} in weight space. */
    public void computed(double[] centre, double scale, long now) {
        this.centre = centre == null ? null : centre.clone();
        this.scale = scale;
        this.computedAt = now;
        this.pending = Reason.NONE;
    }

    /** Forget the last computation (a new network): the next snapshot answers {@code FIRST}. */
    public void reset() {
        centre = null;
        pending = Reason.NONE;
    }

    public void dataChanged() { raise(Reason.DATA); }

    public void requested() { raise(Reason.REQUEST); }

    /** A reason raised by {@link #dataChanged} or {@link #requested} and not yet answered by a computation. */
    public Reason pending() { return pending; }

    private void raise(Reason r) {
        if (pending == Reason.NONE || r == Reason.DATA) {
            pending = r;
        }
    }

    /** How far {@code weights} are from the last computation's centre, in units of its range (∞ if none). */
    public double moved(double[] weights) {
        if (centre == null || weights == null || weights.length != centre.length || !(scale > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double s = 0;
        for (int k = 0; k < weights.length; k++) {
            double d = weights[k] - centre[k];
            s += d * d;
        }
        return Math.sqrt(s) / scale;
    }

    /** Called for every snapshot shown; the answer is not remembered: call {@link #computed} when acting on it. */
    public Reason onSnapshot(RunState state, long generation, long steps, double[] weights, long now) {
        RunState prevState = lastState;
        long prevGeneration = lastGeneration;
        long prevSteps = lastSteps;
        boolean first = !seen;
        seen = true;
        lastState = state;
        lastGeneration = generation;
        lastSteps = steps;
        if (!first && generation != prevGeneration) {
            centre = null;
            pending = Reason.NONE;
            return Reason.RESET;
        }
        if (centre == null) {
            return Reason.FIRST;
        }
        if (pending != Reason.NONE) {
            return pending;
        }
        boolean running = state == RunState.RUNNING;
        boolean movedAtAll = moved(weights) > 0;
        if (!running && prevState == RunState.RUNNING && movedAtAll) {
            return Reason.PAUSED;
        }
        if (!running && !first && steps != prevSteps && movedAtAll) {
            return Reason.STEP;
        }
        if (running && now - computedAt >= minIntervalNanos && moved(weights) > movedFraction) {
            return Reason.MOVED;
        }
        return Reason.NONE;
    }
}
