package org.nnplay.training.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.ExperimentSetups;

/**
 * Runs a plan's trials on background threads: at most one fewer than the machine's cores (the app's window and its
 * own training need one), at least one. Each trial is independent and trained from fixed seeds, and its result is
 * stored at its index, so the results are the same with one thread or eight; only the order they arrive in differs.
 */
public final class HyperSearch {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int threads;

    /** A search on as many threads as {@link #defaultThreads()}. */
    public HyperSearch() { this(defaultThreads()); }

    /** A search on {@code requested} threads, held to 1 … {@link #defaultThreads()}. */
    public HyperSearch(int requested) {
        this.threads = Math.max(1, Math.min(requested, defaultThreads()));
    }

    /** Cores − 1, at least 1. */
    public static int defaultThreads() { return Math.max(1, Runtime.getRuntime().availableProcessors() - 1); }

    public int threads() { return threads; }

    /**
     * Starts the plan's trials on the base experiment and returns at once.
     *
     * @throws IllegalArgumentException before anything starts, saying why, when the experiment cannot be trained
     *         (checked on the first trial's settings: the others differ only in the rates)
     */
    public SearchRun start(Experiment base, SearchPlan plan) {
        SearchRun run = new SearchRun(plan.sample(), plan.epochs());
        int n = run.trials().size();
        if (n > 0) {
            ExperimentSetups.of(TrialRunner.experimentOf(base, run.trials().getFirst()), JvmBackend.INSTANCE);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), daemons());
        AtomicInteger left = new AtomicInteger(n);
        for (Trial t : run.trials()) {
            pool.execute(() -> {
                try {
                    if (!run.isCancelled()) train(base, plan.epochs(), t, run);
                } catch (TrialRunner.Cancelled ignored) {
                    // the search was cancelled: this trial has no result
                } catch (RuntimeException | Error e) {
                    run.finished.completeExceptionally(e);
                    run.cancel();
                } finally {
                    if (left.decrementAndGet() == 0) {
                        run.finished.complete(run.results());
                    }
                }
            });
        }
        pool.shutdown();
        return run;
    }

    /** Runs the plan and waits for it: for the command line and tests. */
    public List<TrialResult> runAll(Experiment base, SearchPlan plan) {
        return start(base, plan).finished().join();
    }

    private static void train(Experiment base, long epochs, Trial t, SearchRun run) {
        AtomicLong counted = new AtomicLong();
        TrialResult r = TrialRunner.run(base, t, epochs, run::isCancelled, e -> {
            counted.incrementAndGet();
            run.epoch();
        });
        run.record(r, counted.get());
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "nnplay-search-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }
}
