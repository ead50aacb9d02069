package org.nnplay.training;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nd4j.Backends;
import org.nnplay.engine.nd4j.Nd4jRuntime;
import org.nnplay.experiment.Experiment;

/**
 * The backend an experiment trains on in the window: what it asks for ({@code auto}, {@code jvm}, {@code nd4j}) for
 * its workload, without ever waiting for ND4J: while ND4J loads (or when it failed) the JVM backend stands in. The
 * window reaches the backends only through here.
 */
public final class BackendChoice {
    private BackendChoice() {}

    public static Backend of(Experiment e) {
        int widest = Math.max(e.features().inputs().size(), e.outputs());
        for (int w : e.network().hidden()) widest = Math.max(widest, w);
        try {
            return Backends.forWorkload(e.training().backend(), e.training().batchSize(), widest, false);
        } catch (IllegalStateException notReady) {
            return JvmBackend.INSTANCE;
        }
    }

    /** Plain JVM arrays in float64: the backend of teaching views that run the engine themselves. */
    public static Backend jvm() { return JvmBackend.INSTANCE; }

    /** Starts loading ND4J in the background (once); completes when it is ready, exceptionally if it failed. */
    public static CompletableFuture<?> loadNd4j() { return Nd4jRuntime.shared().load(); }

    /** Whether {@link #of} would now give another backend than {@code current} (ND4J finished loading). */
    public static boolean changed(Experiment e, Backend current) {
        return current != null && !of(e).name().equals(current.name());
    }

    /** How the status bar names a backend: "JVM", "ND4J CPU", "ND4J CUDA". */
    public static String label(String backendName) {
        if (backendName == null || backendName.isBlank()) return "—";
        String n = backendName.toLowerCase(Locale.ROOT);
        if (n.equals("jvm")) return "JVM";
        if (n.contains("cuda")) return "ND4J CUDA";
        if (n.contains("nd4j")) return "ND4J CPU";
        return backendName;
    }

    /** ND4J's loading state in words for the status bar. */
    public static String nd4jStatus() {
        String s = Nd4jRuntime.shared().status();
        if (s.startsWith("ready")) return "ND4J ready";
        if (s.startsWith("failed")) return "ND4J unavailable";
        return s.equals("loading") ? "ND4J loading…" : "ND4J not loaded";
    }
}
