package org.nnplay.engine.jvm;

import org.nnplay.engine.Backend;

/**
 * Large batches split in two halves of rows, the first on the calling thread and the second on the {@link Helper},
 * for the matrix products and the element-wise work between them alike. The split is always at the same row
 * ({@link #at}), so the rows a core computed in one op are the rows it reads in the next: each half of the
 * activations stays in one core's cache instead of crossing between cores at every op (with the products alone
 * split, config c trained only 1.1–1.2× as fast on two cores as on one).
 *
 * <p>Every value is still computed by one thread in the same order, so results are the same bits however the work
 * is split, or not split. Sums over the batch (weight and bias gradients) would make each core read all of the
 * other's rows; large ones are therefore defined as two half-batch sums added ({@code JvmMatmul.inHalves},
 * {@code BiasSums.inHalves}), whatever the number of threads, and each core sums its own half.
 */
final class Halves {
    /**
     * From this many values an element-wise op is split: a ReLU over 8,192 values takes 2–4 µs, the hand-over a
     * tenth of a microsecond while the helper is polling.
     */
    static final int ELEMENTWISE_MIN = 8192;

    /** The one helper thread: none on a single core, or with {@code -Dnnplay.threads=1}. */
    static final Helper HELPER = Runtime.getRuntime().availableProcessors() < 2
            || "1".equals(System.getProperty("nnplay.threads")) ? null : new Helper("batch-half-helper");

    /** Whether the helper is used: see {@link JvmBackend#useHelperThread}. */
    private static volatile boolean enabled = true;

    /**
     * Per calling thread: true while its work runs on its own core only ({@link JvmBackend#useSecondCore}), because
     * its trainer measured that the second core does not pay just now.
     */
    private static final ThreadLocal<boolean[]> ALONE = ThreadLocal.withInitial(() -> new boolean[1]);

    private Halves() {}

    static void enable(boolean on) {
        enabled = on;
    }

    /** Whether the helper can be used at all now (the process's setting, whatever the calling thread chose). */
    static boolean available() {
        return HELPER != null && enabled;
    }

    /** Whether the calling thread's work is split now. */
    static boolean active() {
        return HELPER != null && enabled && !ALONE.get()[0];
    }

    /** From now on the calling thread's work is split (where it is worth it) or not. */
    static void useHere(boolean on) {
        ALONE.get()[0] = !on;
    }

    /** The first row of the second half of n rows: a multiple of 4, the products' block height. */
    static int at(int n) {
        return (n / 2) & ~3;
    }

    /**
     * The optimizer's update per weight costs several times an element-wise op's (Adam: two square roots' worth),
     * so it is split from fewer weights: a 64 × 64 layer's 4,096.
     */
    static final int UPDATE_MIN = 4096;

    /** Whether an element-wise op over rows × cols values is worth splitting. */
    static boolean worth(int rows, int cols) {
        return active() && rows >= 16 && (long) rows * cols >= ELEMENTWISE_MIN;
    }

    /** Whether per-weight work over n weights is worth splitting. */
    static boolean worthUpdating(int n) {
        return active() && n >= UPDATE_MIN;
    }

    /** Runs mine here and theirs on the helper where the calling thread's work is split, else both here, in turn. */
    static void both(Runnable mine, Runnable theirs) {
        if (active()) {
            HELPER.split(mine, theirs);
        } else {
            mine.run();
            theirs.run();
        }
    }

    /** Runs body over rows [0, at(n)) here and [at(n), n) on the helper. */
    static void split(int n, Backend.Range body) {
        int half = at(n);
        HELPER.split(() -> body.run(0, half), () -> body.run(half, n));
    }
}
