package org.nnplay.training.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.training.HeadlessRun;

/**
 * A comparison without a window: every variant trained for the same number of epochs through {@link HeadlessRun}
 * (the code {@code nnplay train} runs, so a variant's figures are those of a single run with its value), as many at
 * once as there are threads. Each variant is trained whole by one thread from fixed seeds and its result stored at
 * its index, so the results do not depend on the number of threads; only the time does.
 */
public final class CompareBatch {
    /** What one variant reached: its run's result and the seconds it took. */
    public record Result(Variant variant, HeadlessRun.Result run, double seconds) {
        public boolean diverged() { return run.status() == HeadlessRun.Status.DIVERGED || !run.train().finite(); }

        public Evaluation train() { return run.train(); }

        public Evaluation test() { return run.test(); }

        /** The loss variants are ranked by: the test split's data loss (without any penalty), else the training's. */
        public double rankingLoss() {
            if (diverged()) return Double.POSITIVE_INFINITY;
            double t = test().rows() > 0 ? test().dataLoss() : Double.NaN;
            double v = Double.isFinite(t) ? t : train().dataLoss();
            return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
        }
    }

    /** Best first: lowest test loss (without penalty), then training loss, then the variants' order; diverged last. */
    public static final Comparator<Result> BEST_FIRST = Comparator
            .comparing(Result::diverged)
            .thenComparingDouble(Result::rankingLoss)
            .thenComparingDouble(r -> Double.isFinite(r.train().dataLoss()) ? r.train().dataLoss() : Double.POSITIVE_INFINITY)
            .thenComparingInt(r -> r.variant().index());

    private CompareBatch() {}

    /** The machine's cores: every variant of a comparison can train at once on a large machine. */
    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    /** Trains every variant for {@code epochs} epochs on up to {@code threads} threads; results in variant order. */
    public static List<Result> run(Variants variants, long epochs, int threads) {
        int n = variants.size();
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
            Thread t = new Thread(r, "nnplay-compare-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Variant v : variants.list()) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HeadlessRun.Result r = HeadlessRun.run(variants.setup(v), epochs, Integer.MAX_VALUE, report -> { });
                    return new Result(v, r, (System.nanoTime() - start) / 1e9);
                }));
            }
            List<Result> out = new ArrayList<>(n);
            for (Future<Result> f : futures) {
                out.add(f.get());
            }
            return List.copyOf(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
