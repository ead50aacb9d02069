package org.nnplay.training.landscape;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Computes loss landscapes in the background, one at a time: {@link #submit} cancels the job before it (any change
 * of weights, directions, range, data or penalty is a new request). Uses either an executor it is given or a
 * daemon pool of its own; {@code workers} tasks share each job (each with its own network copy), so give it an
 * executor with at least that many threads to get the parallelism.
 *
 * <pre>{@code
 * LandscapeComputer computer = new LandscapeComputer();                  // 2 daemon threads
 * LossSetup loss = LossSetup.of(network, trainMatrix, regularization, true);
 * LandscapeRequest req = LandscapeRequest.aroundCurrent(loss, seed, false, 1.0, 41);
 * LandscapeJob job = computer.submit(req, grid -> Platform.runLater(() -> view.show(grid)));
 * }</pre>
 */
public final class LandscapeComputer implements AutoCloseable {
    private final Executor executor;
    private final ExecutorService owned;
    private final int workers;
    private LandscapeJob current;

    /** Owns a pool of min(2, available processors) daemon threads. */
    public LandscapeComputer() {
        this(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** Owns a pool of {@code threads} daemon threads. */
    public LandscapeComputer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.owned = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "landscape-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.executor = owned;
        this.workers = threads;
    }

    /** Runs on {@code executor} with {@code workers} tasks per job; the caller owns the executor. */
    public LandscapeComputer(Executor executor, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be ≥ 1, got " + workers);
        }
        this.executor = executor;
        this.owned = null;
        this.workers = workers;
    }

    public int workers() { return workers; }

    /** Cancels the previous job and starts this one. */
    public synchronized LandscapeJob submit(LandscapeRequest request, LandscapeListener listener) {
        if (current != null) {
            current.cancel();
        }
        LandscapeJob job = new LandscapeJob(request, listener, workers);
        current = job;
        job.start(executor, workers);
        return job;
    }

    /** Cancels the running job, if any. */
    public synchronized void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** Computes a landscape and waits for it (no intermediate levels are reported). */
    public LandscapeGrid compute(LandscapeRequest request) {
        return new LandscapeJob(request, null, workers).startAndJoin(executor, workers);
    }

    @Override
    public void close() {
        cancel();
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
