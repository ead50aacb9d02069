package org.nnplay.engine.jvm;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One helper thread that takes the second half of a large batch's work while the caller does the first.
 *
 * <p>A parked thread takes 20–50 µs to wake, as long as half of one of config c's products (64-wide layers, batch
 * 256: a million multiply-adds, 40 µs on one core); handing halves to a pool that parks between them made training
 * slower, not faster. So after each half the helper keeps polling for the next one for {@link #SPIN_NANOS} before it
 * parks: during training the halves come every few microseconds and the hand-over takes a fraction of one; when
 * training stops the helper parks and costs nothing.
 *
 * <p>There is one slot. A caller that finds it taken (another thread's half) does both halves itself, and a caller
 * whose half is done before the helper has picked up the other takes that back: a caller waits only for a half the
 * helper has started. (That wait is why the window keeps the helper off on two cores, where the helper is often
 * descheduled mid-half in favour of the window's threads.)
 */
final class Helper {
    /**
     * How long the helper keeps polling after a half before it parks: longer than the gaps between a training step's
     * halves (the work left on one thread between them), short enough that a stopped run frees the core at once.
     */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    /** The helper is running a half. */
    private static final Object RUNNING = new Object();

    /** One caller's second half, and what became of it. */
    private static final class Half {
        final Runnable work;
        volatile boolean done;
        Throwable failure;

        Half(Runnable work) {
            this.work = work;
        }
    }

    /** null, a {@link Half} waiting to be picked up, or {@link #RUNNING}. */
    private final AtomicReference<Object> slot = new AtomicReference<>();
    private volatile boolean parked;
    private final Thread thread;

    Helper(String name) {
        thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code mine} here and {@code theirs} on the helper (or here too, when the helper is busy with another
     * caller's work or has not picked it up by the time {@code mine} is done), and returns when both have run.
     */
    void split(Runnable mine, Runnable theirs) {
        Half half = new Half(theirs);
        if (!slot.compareAndSet(null, half)) {
            mine.run();
            theirs.run();
            return;
        }
        if (parked) {
            LockSupport.unpark(thread);
        }
        try {
            mine.run();
        } finally {
            if (slot.compareAndSet(half, null)) {
                theirs.run(); // not picked up yet: done here, sooner than waking the helper
            } else {
                while (!half.done) {
                    Thread.onSpinWait();
                }
                Throwable t = half.failure;
                if (t instanceof RuntimeException r) throw r;
                if (t instanceof Error e) throw e;
                if (t != null) throw new IllegalStateException(t);
            }
        }
    }

    private void serve() {
        long idleSince = System.nanoTime();
        while (true) {
            Object next = slot.get();
            if (next instanceof Half half && slot.compareAndSet(half, RUNNING)) {
                try {
                    half.work.run();
                } catch (Throwable t) {
                    half.failure = t;
                }
                slot.set(null);
                half.done = true; // publishes the half's results (and any failure) to its caller
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                parked = true;
                if (slot.get() == null) {
                    LockSupport.park(this);
                }
                parked = false;
                idleSince = System.nanoTime();
            }
        }
    }
}
