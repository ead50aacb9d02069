package org.nnplay.training.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.training.CoreShare;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingEvent;
import org.nnplay.training.TrainingService;

/**
 * The variants of a comparison training together: one {@link TrainingService} per variant, each on its own thread,
 * taking turns of a few milliseconds on the cores of a {@link CoreShare} (first come, first served), so they share
 * the cores fairly, the window keeps one, and one variant's stop, pause or divergence never holds up another. Commands go to every variant: play, pause, step, reset and speed. A variant that diverges pauses alone
 * on its last finite weights with the service's explanation ({@link Listener}); play leaves it so (it would only
 * diverge again) until a reset. Each keeps its own history; snapshots are read per variant, latest wins.
 * Thread-safe: the commands only enqueue.
 */
public final class CompareRun implements AutoCloseable {
    /** Told of every variant's training events, on that variant's training thread: keep it short. */
    @FunctionalInterface
    public interface Listener {
        void onEvent(int variant, TrainingEvent event);
    }

    /** How much of one core the decision grids of all variants may take together while training. */
    public static final double GRID_SHARE = 0.5;

    private final Variants variants;
    private final List<TrainingService> services = new ArrayList<>();

    private CompareRun(Variants variants, Listener listener, CoreShare share) {
        this.variants = variants;
        double budget = Math.min(1, GRID_SHARE / variants.size());
        try {
            for (Variant v : variants.list()) {
                TrainingService s = TrainingService.start(variants.setup(v), share);
                services.add(s);
                s.setGridBudget(budget);
                s.setSpeed(v.experiment().training().speed());
                int k = v.index();
                s.addListener(e -> listener.onEvent(k, e));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts every variant, paused at epoch 0, at the speed of its experiment ({@code training.speed}), training on at
     * most the machine's cores less one at a time (the window keeps one).
     */
    public static CompareRun start(Variants variants, Listener listener) {
        return start(variants, listener, CoreShare.leavingOneCore());
    }

    /** As {@link #start(Variants, Listener)}, sharing {@code share}'s cores (null: one thread each, unlimited). */
    public static CompareRun start(Variants variants, Listener listener, CoreShare share) {
        return new CompareRun(variants, listener, share);
    }

    public Variants variants() { return variants; }

    public int size() { return services.size(); }

    /** Plays every variant that has not diverged. */
    public void play() {
        for (TrainingService s : services) {
            if (s.state() != RunState.DIVERGED) s.play();
        }
    }

    public void pause() { services.forEach(TrainingService::pause); }

    /** One more epoch for every variant that has not diverged; all pause. */
    public void stepEpoch() {
        for (TrainingService s : services) {
            if (s.state() != RunState.DIVERGED) s.stepEpoch();
            else s.pause();
        }
    }

    /** Every variant back to its initial weights, paused at epoch 0 (a diverged one too). */
    public void reset() { services.forEach(TrainingService::reset); }

    /** Caps every variant at {@code epochsPerSecond}; ≤ 0 or infinite: as fast as each can. */
    public void setSpeed(double epochsPerSecond) { services.forEach(s -> s.setSpeed(epochsPerSecond)); }

    /** Asks every variant for a snapshot (once per frame in the window). */
    public void requestSnapshots(SnapshotRequest request) { services.forEach(s -> s.requestSnapshot(request)); }

    /** Asks variant {@code i} for a snapshot. */
    public void requestSnapshot(int i, SnapshotRequest request) { services.get(i).requestSnapshot(request); }

    /** Variant {@code i}'s latest snapshot, null before its first. */
    public Snapshot latest(int i) { return services.get(i).latest(); }

    /** Whether variant {@code i} has applied every command sent to it so far, as of {@code s}. */
    public boolean upToDate(int i, Snapshot s) { return s != null && s.commandsApplied() >= services.get(i).lastCommand(); }

    /** Variant {@code i}'s run state now (cheap). */
    public RunState state(int i) { return services.get(i).state(); }

    /** Epochs variant {@code i} has completed since its last reset (cheap). */
    public long epoch(int i) { return services.get(i).epoch(); }

    /** Stops every variant's threads. */
    @Override
    public void close() { services.forEach(TrainingService::close); }
}
