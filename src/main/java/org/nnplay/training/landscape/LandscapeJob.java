package org.nnplay.training.landscape;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One landscape being computed, coarse to fine, by {@code workers} tasks on an executor. All points of all levels
 * go into one full-resolution array; level k holds the points whose indices are multiples of its stride, and
 * computes only those not in a coarser level. Workers take whole grid rows from a shared counter, check the
 * cancellation token between rows, and the last worker to finish a level publishes it (an immutable
 * {@link LandscapeGrid}) before going on, so levels arrive in order.
 *
 * <p>Each worker owns a {@link SliceLoss} (its own buffers or network copy): no locks on the hot path.
 */
public final class LandscapeJob {
    private final LandscapeRequest request;
    private final LandscapeListener listener;
    private final CancellationToken token = new CancellationToken();
    private final int n;
    private final int[] levels;
    private final int[] strides;
    private final double[] values;
    private final AtomicInteger[] nextRow;
    private final AtomicInteger[] pending;
    private final AtomicInteger pointsDone = new AtomicInteger();
    private final CountDownLatch exited;
    private final CompletableFuture<LandscapeGrid> result = new CompletableFuture<>();
    private final int totalPoints;
    private volatile LandscapeGrid latest;

    LandscapeJob(LandscapeRequest request, LandscapeListener listener, int workers) {
        this.request = request;
        this.listener = listener == null ? LandscapeListener.NONE : listener;
        this.n = request.resolution();
        this.levels = request.levels();
        this.strides = new int[levels.length];
        this.nextRow = new AtomicInteger[levels.length];
        this.pending = new AtomicInteger[levels.length];
        for (int k = 0; k < levels.length; k++) {
            strides[k] = (n - 1) / (levels[k] - 1);
            nextRow[k] = new AtomicInteger();
            pending[k] = new AtomicInteger(workers);
        }
        this.values = new double[n * n];
        java.util.Arrays.fill(values, Double.NaN);
        this.totalPoints = n * n;
        this.exited = new CountDownLatch(workers);
    }

    void start(Executor executor, int workers) {
        for (int w = 0; w < workers; w++) {
            try {
                executor.execute(this::work);
            } catch (RuntimeException e) {
                exited.countDown();
                fail(e);
            }
        }
    }

    LandscapeGrid startAndJoin(Executor executor, int workers) {
        start(executor, workers);
        return result.join();
    }

    public LandscapeRequest request() { return request; }

    /** Stops the job: workers stop after their current row, no more listener calls, the result is cancelled. */
    public void cancel() {
        token.cancel();
        result.cancel(false);
    }

    public boolean isCancelled() { return token.isCancelled(); }

    public boolean isDone() { return result.isDone(); }

    /** The finest level published so far, or null. */
    public LandscapeGrid latest() { return latest; }

    /** Completes with the full-resolution grid; cancelled on {@link #cancel()}, exceptional on an error. */
    public CompletableFuture<LandscapeGrid> result() { return result; }

    /** Number of grid points computed so far (stops growing soon after a cancel). */
    public int pointsComputed() { return pointsDone.get(); }

    public int totalPoints() { return totalPoints; }

    /** Waits until every worker has returned (after completion, cancellation or failure). */
    public boolean awaitWorkers(long timeout, TimeUnit unit) throws InterruptedException {
        return exited.await(timeout, unit);
    }

    /** Blocks for the final grid. */
    public LandscapeGrid join() {
        return result.join();
    }

    private void work() {
        try {
            SliceLoss f = token.isCancelled() ? null : SliceLoss.create(request.loss(), request.slice());
            for (int k = 0; k < levels.length && !token.isCancelled(); k++) {
                int s = strides[k];
                int coarse = k == 0 ? 0 : strides[k - 1];
                int rows = levels[k];
                for (int r = nextRow[k].getAndIncrement(); r < rows && !token.isCancelled();
                     r = nextRow[k].getAndIncrement()) {
                    int j = r * s;
                    double beta = request.beta(j);
                    int done = 0;
                    for (int i = 0; i < n; i += s) {
                        if (coarse != 0 && i % coarse == 0 && j % coarse == 0) {
                            continue;
                        }
                        values[j * n + i] = f.lossAt(request.alpha(i), beta);
                        done++;
                    }
                    int total = pointsDone.addAndGet(done);
                    if (!token.isCancelled()) {
                        listener.onProgress((double) total / totalPoints);
                    }
                }
                if (pending[k].decrementAndGet() == 0 && !token.isCancelled()) {
                    publish(k);
                }
            }
        } catch (Throwable t) {
            fail(t);
        } finally {
            exited.countDown();
        }
    }

    private void publish(int k) {
        int r = levels[k];
        int s = strides[k];
        double[] sub = new double[r * r];
        for (int jj = 0; jj < r; jj++) {
            for (int ii = 0; ii < r; ii++) {
                sub[jj * r + ii] = values[jj * s * n + ii * s];
            }
        }
        Slice slice = request.slice();
        LandscapeGrid grid = new LandscapeGrid(request.alphaMin(), request.alphaMax(), request.betaMin(),
                request.betaMax(), r, sub, k, levels.length, slice.alphaLabel(), slice.betaLabel());
        latest = grid;
        listener.onLevel(grid);
        if (grid.complete()) {
            result.complete(grid);
        }
    }

    private void fail(Throwable t) {
        if (token.isCancelled() && t instanceof CancellationException) {
            return;
        }
        token.cancel();
        if (result.completeExceptionally(t)) {
            try {
                listener.onFailed(t);
            } catch (RuntimeException ignored) {
                // the job has already failed; nothing more to report
            }
        }
    }
}
