package org.nnplay.engine.nd4j;

import java.util.concurrent.CompletionException;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.jvm.JvmBackend;

/** Turns a {@link BackendKind} setting into a {@link Backend}, going through {@link Nd4jRuntime} for ND4J. */
public final class Backends {
    private Backends() {}

    /**
     * The backend for an explicit choice. {@code jvm} is immediate; {@code nd4j} starts loading if needed and then
     * waits for it when {@code waitForNd4j}, else throws "ND4J is still loading". {@code auto} is chosen per
     * workload by measurement, outside the engine (the training layer's BackendPicker).
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
            case AUTO -> throw new IllegalArgumentException("backend 'auto' is chosen per workload, by measurement: ask training.BackendPicker");
        };
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
