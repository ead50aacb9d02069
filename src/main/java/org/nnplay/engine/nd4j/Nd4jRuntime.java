package org.nnplay.engine.nd4j;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.nnplay.engine.Backend;

/**
 * The one door to ND4J. Loading its native library takes seconds (≈1.4 s warm, up to 3.7 s with a cold JavaCPP
 * cache), so {@link #load()} does it once on a daemon thread and returns at once; callers poll {@link #ifReady()}
 * or {@link #status()}, or chain on the future. When the native side cannot load (no library for this platform,
 * a CPU without the instructions it was built for, a missing CUDA driver) the future completes exceptionally,
 * {@link #status()} says why, and the application carries on with the JVM backend.
 *
 * <p>This class names no ND4J type, so loading it costs nothing; ND4J classes are first touched on the loader thread.
 */
public final class Nd4jRuntime {
    private static final Nd4jRuntime SHARED = new Nd4jRuntime(Nd4jRuntime::loadNd4j);

    private final Supplier<Backend> loader;
    private final CompletableFuture<Backend> future = new CompletableFuture<>();
    private volatile boolean started;

    /** A runtime whose loading is done by {@code loader} (tests pass a failing or slow one). */
    Nd4jRuntime(Supplier<Backend> loader) { this.loader = loader; }

    /** A runtime of its own that "loads" with {@code loader}: for tests of code that waits for ND4J. */
    public static Nd4jRuntime using(Supplier<Backend> loader) { return new Nd4jRuntime(loader); }

    /** The process-wide runtime. */
    public static Nd4jRuntime shared() { return SHARED; }

    /** Starts loading on first call (later calls return the same future); never blocks. */
    public CompletableFuture<Backend> load() {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    started = true;
                    Thread t = new Thread(this::run, "nd4j-loader");
                    t.setDaemon(true);
                    t.start();
                }
            }
        }
        return future;
    }

    private void run() {
        try {
            future.complete(loader.get());
        } catch (Throwable e) { // LinkageError and ExceptionInInitializerError included: a broken native load is an answer too
            future.completeExceptionally(e);
        }
    }

    /** The backend if loading has finished successfully; does not start loading. */
    public Optional<Backend> ifReady() {
        return future.isDone() && !future.isCompletedExceptionally() ? Optional.of(future.join()) : Optional.empty();
    }

    /** "not loaded", "loading", "ready: nd4j-cpu" (or nd4j-cuda) or "failed: reason". */
    public String status() {
        if (!started) {
            return "not loaded";
        }
        if (!future.isDone()) {
            return "loading";
        }
        return future.isCompletedExceptionally() ? "failed: " + failureReason() : "ready: " + future.join().name();
    }

    /** Why loading failed, in one line (the innermost cause, which names the missing library), or "" if it did not. */
    public String failureReason() {
        if (!future.isCompletedExceptionally()) {
            return "";
        }
        Throwable e = future.exceptionNow();
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.lines().findFirst().orElse(""));
    }

    /** Loads ND4J, applies the tuning, and runs a first op so that the JIT and native caches are warm. */
    private static Backend loadNd4j() {
        Nd4jBackend be = new Nd4jBackend();
        var x = be.zeros(2, 2);
        be.write(x, new double[] {1, 2, 3, 4});
        var y = be.zeros(2, 2);
        be.matmul(x, false, x, true, y, false);
        be.map(org.nnplay.engine.UnaryFn.TANH, 0, y, y);
        if (Double.isNaN(be.first(y))) {
            throw new IllegalStateException("ND4J self-test produced NaN");
        }
        return be;
    }
}
