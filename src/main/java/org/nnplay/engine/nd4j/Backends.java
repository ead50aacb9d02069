package org.nnplay.engine.nd4j;

import java.util.concurrent.CompletionException;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.jvm.JvmBackend;

/** Turns a {@link BackendKind} setting into a {@link Backend}, going through {@link Nd4jRuntime} for ND4J. */
public final class Backends {
    /**
     * Batch rows × widest layer² from which {@code auto} picks ND4J. Measured on this machine kind (2 cores, one
     * OpenBLAS thread), Adam on a 7-input, 3-hidden-layer ReLU net, ND4J steps/s ÷ JVM steps/s: 32×32² 0.13,
     * 64×32² 0.53, 128×32² 0.68, 32×64² 0.65, 512×16² 0.74, 256×32² 1.24, 64×64² 1.00, 128×64² 1.87, 256×64² 1.72.
     * The two break even near 2¹⁸; below it one JNI call per op (10–45 µs) costs more than the arithmetic it saves.
     * Narrow layers never pay: a 10,000-row decision grid of config (b) (8 wide) took 6.0 ms on the JVM, 6.8 on ND4J,
     * so ND4J also needs a layer of at least {@link #AUTO_ND4J_MIN_WIDTH} neurons.
     */
    public static final long AUTO_ND4J_MIN_MULTIPLY_ADDS = 1L << 18;
    public static final int AUTO_ND4J_MIN_WIDTH = 32;

    private Backends() {}

    /**
     * The backend for an explicit choice. {@code jvm} is immediate; {@code nd4j} starts loading if needed and then
     * waits for it when {@code waitForNd4j}, else throws "ND4J is still loading". {@code auto} needs a workload:
     * use {@link #forWorkload}.
     *
     * @throws IllegalStateException if ND4J is still loading (and not waited for) or failed to load
     */
    public static Backend resolve(BackendKind kind, boolean waitForNd4j) {
        return resolve(kind, waitForNd4j, Nd4jRuntime.shared());
    }

    static Backend resolve(BackendKind kind, boolean waitForNd4j, Nd4jRuntime runtime) {
        return switch (kind) {
            case JVM -> JvmBackend.INSTANCE;
            case ND4J -> nd4j(waitForNd4j, runtime);
            case AUTO -> throw new IllegalArgumentException("backend 'auto' is chosen per workload: call Backends.forWorkload");
        };
    }

    /**
     * The backend for a training workload: {@code jvm} and {@code nd4j} as {@link #resolve}; {@code auto} picks ND4J
     * (waiting for it to load only when {@code waitForNd4j}, else only if it is already loaded) when {@code batchRows × widestLayer × widestLayer} reaches
     * {@link #AUTO_ND4J_MIN_MULTIPLY_ADDS}; otherwise the JVM backend.
     */
    public static Backend forWorkload(BackendKind kind, int batchRows, int widestLayer, boolean waitForNd4j) {
        if (kind != BackendKind.AUTO) {
            return resolve(kind, waitForNd4j);
        }
        if (!prefersNd4j(batchRows, widestLayer)) {
            return JvmBackend.INSTANCE;
        }
        if (waitForNd4j) {
            try {
                return Nd4jRuntime.shared().load().join();
            } catch (CompletionException e) {
                return JvmBackend.INSTANCE;
            }
        }
        return Nd4jRuntime.shared().ifReady().orElse(JvmBackend.INSTANCE);
    }

    /** The size rule behind {@code auto}: whether one step's largest product is big enough for ND4J to win. */
    public static boolean prefersNd4j(int batchRows, int widestLayer) {
        return widestLayer >= AUTO_ND4J_MIN_WIDTH
                && (long) batchRows * widestLayer * widestLayer >= AUTO_ND4J_MIN_MULTIPLY_ADDS;
    }

    private static Backend nd4j(boolean wait, Nd4jRuntime rt) {
        var future = rt.load();
        if (!wait && !future.isDone()) {
            throw new IllegalStateException("ND4J is still loading");
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("ND4J could not be loaded (" + rt.failureReason() + "); use the jvm backend", e);
        }
    }
}
