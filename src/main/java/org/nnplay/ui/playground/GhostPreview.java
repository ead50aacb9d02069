package org.nnplay.ui.playground;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.nnplay.data.Grid;
import org.nnplay.data.Standardizer;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.training.TrainingSetup;

/**
 * The decision boundary of weights that are only being looked at (the loss landscape under the pointer), computed
 * on a background thread: {@link #request} replaces a request not yet started, and the frame loop picks up
 * {@link #latest()} (no hand-over to the FX thread at all). {@link #clear()} drops the preview.
 */
final class GhostPreview implements AutoCloseable {
    /** A computed preview: its request number, the boundary values (row 0 at the top) and the resolution. */
    record Result(long id, double[] values, int n) {}

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nnplay-ghost");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Runnable> pending = new AtomicReference<>();
    private final AtomicReference<Result> latest = new AtomicReference<>();
    private final AtomicLong requested = new AtomicLong();
    private TrainingSetup cachedSetup;
    private int cachedN;
    private Network net;
    private double[] inputs;

    void request(TrainingSetup setup, Weights weights, int n) {
        long id = requested.incrementAndGet();
        Runnable job = () -> compute(id, setup, weights, n);
        if (pending.getAndSet(job) == null) worker.execute(() -> {
            Runnable next = pending.getAndSet(null);
            if (next != null) next.run();
        });
    }

    /** The newest finished preview, or null (none asked for since the last {@link #clear()}). */
    Result latest() {
        Result r = latest.get();
        return r != null && r.id() > cleared ? r : null;
    }

    private volatile long cleared;

    void clear() {
        cleared = requested.get();
        latest.set(null);
    }

    private void compute(long id, TrainingSetup setup, Weights weights, int n) {
        if (id <= cleared) return;
        try {
            if (setup != cachedSetup || n != cachedN) {
                Standardizer std = Standardizer.of(setup.data(), setup.inputs(), setup.standardize());
                inputs = new Grid(setup.data().domain(), n).inputs(setup.inputs(), std).values();
                net = Network.of(setup.network(), JvmBackend.INSTANCE, weights);
                cachedSetup = setup;
                cachedN = n;
            } else {
                net.load(weights);
            }
            GridEvaluator.Grid g = new GridEvaluator(net, inputs, n).evaluate(false);
            if (id > cleared) latest.set(new Result(id, g.positive(), n));
        } catch (RuntimeException misfit) {
            cachedSetup = null;
        }
    }

    @Override public void close() { worker.shutdownNow(); }
}
