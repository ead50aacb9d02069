package org.nnplay.engine.jvm;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One helper thread that takes the second half of a large product while the caller computes the first.
 *
 * <p>A parked thread takes 20–50 µs to wake, as long as half of one of config c's products (64-wide layers, batch
 * 256: a million multiply-adds, 40 µs on one core); handing halves to a pool that parks between them made training
 * slower, not faster. So after each half the helper keeps polling for the next one for {@link #SPIN_NANOS} before it
 * parks: during training the products come every few tens of microseconds and the hand-over takes well under one;
 * when training stops the helper parks and costs nothing.
 *
 * <p>There is one slot. A caller that finds it taken (another thread's product) computes both halves itself, and a
 * caller whose half is done before the helper has picked its half up takes that half back: nobody ever waits for a
 * helper that is asleep or busy, so on a loaded machine the split can only cost the few nanoseconds of the hand-over.
 */
final class Helper {
    /**
     * How long the helper keeps polling after a half before it parks: longer than the gaps between a training step's
     * products (the element-wise work and the optimizer's update between them), short enough that a stopped run
     * frees the core at once.
     */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    /** The helper is running a half: the caller waits for the slot to empty. */
    private static final Runnable RUNNING = () -> {};

    private final AtomicReference<Runnable> slot = new AtomicReference<>();
    private volatile boolean parked;
    private volatile Throwable failure;
    private final Thread thread;

    Helper(String name) {
        thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code mine} here and {@code theirs} on the helper (or here too, when the helper is busy with another
     * caller's work or has not started it by the time {@code mine} is done), and returns when both have run.
     */
    void split(Runnable mine, Runnable theirs) {
        if (!slot.compareAndSet(null, theirs)) {
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
            if (slot.compareAndSet(theirs, null)) {
                theirs.run(); // not picked up yet: done here, sooner than waking the helper
            } else {
                while (slot.get() != null) {
                    Thread.onSpinWait();
                }
                Throwable t = failure;
                if (t != null) {
                    failure = null;
                    if (t instanceof RuntimeException r) throw r;
                    if (t instanceof Error e) throw e;
                    throw new IllegalStateException(t);
                }
            }
        }
    }

    private void serve() {
        long idleSince = System.nanoTime();
        while (true) {
            Runnable task = slot.get();
            if (task != null && task != RUNNING && slot.compareAndSet(task, RUNNING)) {
                try {
                    task.run();
                } catch (Throwable t) {
                    failure = t;
                }
                slot.set(null); // publishes the half's results (and any failure) to the caller
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
