package org.nnplay.training.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Weight snapshots recorded during training, in bounded memory. Every offered snapshot gets an index 0, 1, 2, …;
 * the trajectory keeps those whose index is a multiple of its stride (1 at first). When {@code capacity} snapshots
 * are kept, every other one is dropped and the stride doubles, so the kept ones stay evenly spread over the whole
 * run, from the first (index 0, the initial weights, always kept). The most recent offer is also kept, so the path
 * always ends at the current weights.
 *
 * <p>Each snapshot carries the loss the caller recorded with it (offer the full training loss to match the
 * landscape drawn under the path). Thread-safe: a training thread offers while a view reads.
 */
public final class Trajectory {
    public static final int DEFAULT_CAPACITY = 200;

    /** One recorded point: its offer index, flat weights (a copy) and loss. */
    public record Snapshot(long index, double[] weights, double loss) {
        public Snapshot {
            weights = weights.clone();
        }

        @Override public double[] weights() { return weights.clone(); }

        double[] raw() { return weights; }
    }

    private final int capacity;
    private final List<Snapshot> kept = new ArrayList<>();
    private long stride = 1;
    private long offered;
    private Snapshot latest;

    public Trajectory() {
        this(DEFAULT_CAPACITY);
    }

    public Trajectory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("trajectory capacity must be ≥ 2, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** Records {@code weights} (copied) with its loss if its index is a multiple of the stride; returns whether kept. */
    public synchronized boolean offer(double[] weights, double loss) {
        if (latest != null && weights.length != latest.raw().length) {
            throw new IllegalArgumentException("trajectory: " + weights.length + " weights, earlier snapshots have "
                    + latest.raw().length + " (clear it when the network changes)");
        }
        long index = offered++;
        Snapshot s = new Snapshot(index, weights, loss);
        latest = s;
        if (index % stride != 0) {
            return false;
        }
        kept.add(s);
        if (kept.size() >= capacity) {
            stride *= 2;
            kept.removeIf(k -> k.index() % stride != 0);
        }
        return true;
    }

    /** Forgets everything (a new network or re-initialised weights). */
    public synchronized void clear() {
        kept.clear();
        latest = null;
        offered = 0;
        stride = 1;
    }

    /** The kept snapshots in order, ending with the most recent offer. */
    public synchronized List<Snapshot> snapshots() {
        List<Snapshot> out = new ArrayList<>(kept);
        if (latest != null && (out.isEmpty() || out.get(out.size() - 1).index() != latest.index())) {
            out.add(latest);
        }
        return List.copyOf(out);
    }

    /** The most recent snapshot, or null. */
    public synchronized Snapshot latest() { return latest; }

    /** The first snapshot (the initial weights), or null. */
    public synchronized Snapshot first() { return kept.isEmpty() ? null : kept.get(0); }

    public synchronized long offered() { return offered; }

    public synchronized long stride() { return stride; }

    /** Number of snapshots {@link #snapshots()} returns. */
    public synchronized int size() {
        return kept.size() + (latest != null && (kept.isEmpty() || kept.get(kept.size() - 1) != latest) ? 1 : 0);
    }

    public int capacity() { return capacity; }
}
