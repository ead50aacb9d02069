package org.nnplay.training;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The snapshot thread: takes the latest captured state (older ones not yet started are dropped), evaluates metrics
 * and grids on its own {@link Replica}, and publishes. Training never waits for it.
 */
final class Renderer implements Runnable {
    private record Job(RawState state, SnapshotRequest request) {}

    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicReference<Snapshot> latest;
    private final Consumer<RuntimeException> onError;
    private volatile boolean closed;
    private volatile Thread thread;
    private Replica replica;

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

    void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    @Override
    public void run() {
        while (!closed) {
            Job j = pending.getAndSet(null);
            if (j == null) {
                LockSupport.park(this);
                continue;
            }
            try {
                publish(render(j));
            } catch (RuntimeException e) {
                onError.accept(e);
            }
        }
    }

    private Snapshot render(Job j) {
        if (replica == null || replica.generation() != j.state().generation()) {
            replica = new Replica(j.state());
        }
        return replica.render(j.state(), j.request());
    }

    private void publish(Snapshot s) {
        latest.accumulateAndGet(s, (old, next) -> old == null || next.sequence() > old.sequence() ? next : old);
    }
}
