package org.nnplay.training;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The snapshot thread: takes the latest captured state (older ones not yet started are dropped), evaluates metrics
 * and grids on its own {@link Replica}, and publishes. Training never waits for it.
 *
 * <p>Grid pacing: with a budget below 1, grids of a running model are computed no more often than keeps this thread
 * busy that fraction of the time (a grid that took 6 ms with a budget of 0.25 waits 24 ms for the next), but at
 * least every {@link #MAX_GRID_INTERVAL_NANOS} (≥ 30 a second). On a machine with two cores the snapshot thread
 * otherwise takes CPU time the training thread needs. States that are not running are never held back.
 */
final class Renderer implements Runnable {
    private record Job(RawState state, SnapshotRequest request) {}

    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicReference<Snapshot> latest;
    private final Consumer<RuntimeException> onError;
    private volatile boolean closed;
    private volatile Thread thread;
    static final long MAX_GRID_INTERVAL_NANOS = 32_000_000L;
    private final Replica replica = new Replica();
    private volatile double gridBudget = 1;
    private long nextGridAt;
    private boolean gridDone;

    Renderer(AtomicReference<Snapshot> latest, Consumer<RuntimeException> onError) {
        this.latest = latest;
        this.onError = onError;
    }

    Thread start(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        thread = t;
        t.start();
        return t;
    }

    /** Hands a state over; replaces one that is still waiting. */
    void submit(RawState s, SnapshotRequest r) {
        pending.set(new Job(s, r));
        LockSupport.unpark(thread);
    }

    /** The share of one core that grids of a running model may take, in (0, 1]; 1: no pacing. */
    void setGridBudget(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("grid budget must be in (0, 1], got " + fraction);
        }
        gridBudget = fraction;
        LockSupport.unpark(thread);
    }

    void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    @Override
    public void run() {
        while (!closed) {
            Job j = pending.get();
            if (j == null) {
                LockSupport.park(this);
                continue;
            }
            boolean paced = j.request().wantGrid() && j.state().state() == RunState.RUNNING && gridBudget < 1;
            long wait = paced && gridDone ? nextGridAt - System.nanoTime() : 0;
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            j = pending.getAndSet(null);
            if (j == null) {
                continue;
            }
            long start = System.nanoTime();
            try {
                publish(replica.render(j.state(), j.request()));
            } catch (RuntimeException e) {
                onError.accept(e);
            }
            if (j.request().wantGrid()) {
                long cost = System.nanoTime() - start;
                gridDone = true;
                nextGridAt = start + Math.min(MAX_GRID_INTERVAL_NANOS, (long) (cost / gridBudget));
            }
        }
    }

    private void publish(Snapshot s) {
        latest.accumulateAndGet(s, (old, next) -> old == null || next.sequence() > old.sequence() ? next : old);
    }
}
