package org.nnplay.training;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most {@code cores} training threads train at once; the others wait their turn, first come first served,
 * and each takes its turn for a slice of {@link #SLICE_NANOS} at most. Several runs sharing one (the variants of a
 * comparison in the window) thus share those cores fairly and leave the rest of the machine to the window. Waiting
 * never changes what a run computes, only when.
 */
public final class CoreShare {
    /** How long a run trains before it lets the next one in. */
    static final long SLICE_NANOS = 4_000_000L;
    /** How long a waiting run waits before it looks at its commands again (so pause and close stay prompt). */
    static final long WAIT_MILLIS = 20;

    private final Semaphore permits;
    private final int cores;

    public CoreShare(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("at least one core, got " + cores);
        }
        this.cores = cores;
        this.permits = new Semaphore(cores, true);
    }

    /** The machine's cores less one (for the window), at least one. */
    public static CoreShare leavingOneCore() {
        return new CoreShare(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    public int cores() { return cores; }

    /** Waits up to {@link #WAIT_MILLIS} for a turn; true if it got one. */
    boolean acquire() throws InterruptedException {
        return permits.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    void release() {
        permits.release();
    }
}
