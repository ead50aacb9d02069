package org.nnplay.engine.jvm;

import java.util.Arrays;
import org.nnplay.engine.UnaryFn;

/**
 * Activations and their gradients over a range of values, on plain arrays: what {@link JvmBackend#map} and
 * {@link JvmBackend#mapBackward} run on each half of a batch, and {@link DenseStack} on its layers.
 */
final class MapKernels {
    private MapKernels() {}

    /** ys[i] = fn(xs[i]) for i in [from, to). */
    static void map(UnaryFn fn, double p, double[] xs, double[] ys, int from, int to) {
        switch (fn) {
            case TANH -> Tanh.of(xs, ys, from, to);
            case RELU -> { for (int i = from; i < to; i++) ys[i] = Math.max(xs[i], 0.0); }
            case LINEAR -> System.arraycopy(xs, from, ys, from, to - from);
            case SIGMOID -> { for (int i = from; i < to; i++) ys[i] = UnaryFn.sigmoid(xs[i]); }
            default -> { for (int i = from; i < to; i++) ys[i] = fn.apply(xs[i], p); }
        }
    }

    /** Values zeroed then added to at a time when overwriting: 8 KB, so they are still in the first-level cache. */
    private static final int OVERWRITE_CHUNK = 1024;

    /**
     * As {@link #mapBackward(UnaryFn, double, double[], double[], double[], double[], int, int)}, zeroing gx first
     * when {@code overwrite}, a chunk at a time just before it is added to (the same values as a separate fill).
     */
    static void mapBackward(UnaryFn fn, double p, double[] xs, double[] ys, double[] g, double[] gxs, int from, int to,
                            boolean overwrite) {
        if (!overwrite) {
            mapBackward(fn, p, xs, ys, g, gxs, from, to);
            return;
        }
        // the common activations written outright: +0 + v is what adding v to a zeroed gx gives (−0 becomes +0)
        switch (fn) {
            case TANH -> { for (int i = from; i < to; i++) gxs[i] = 0.0 + (1 - ys[i] * ys[i]) * g[i]; return; }
            case SIGMOID -> { for (int i = from; i < to; i++) gxs[i] = 0.0 + ys[i] * (1 - ys[i]) * g[i]; return; }
            case RELU -> { for (int i = from; i < to; i++) gxs[i] = 0.0 + Math.signum(ys[i]) * g[i]; return; }
            case LINEAR -> { for (int i = from; i < to; i++) gxs[i] = 0.0 + g[i]; return; }
            default -> { }
        }
        for (int c = from; c < to; c += OVERWRITE_CHUNK) {
            int end = Math.min(to, c + OVERWRITE_CHUNK);
            Arrays.fill(gxs, c, end, 0.0);
            mapBackward(fn, p, xs, ys, g, gxs, c, end);
        }
    }

    /** gx[i] += fn′(x[i]) · gy[i] for i in [from, to). */
    static void mapBackward(UnaryFn fn, double p, double[] xs, double[] ys, double[] g, double[] gxs,
                                    int from, int to) {
        switch (fn) {
            case TANH -> { for (int i = from; i < to; i++) gxs[i] += (1 - ys[i] * ys[i]) * g[i]; }
            case SIGMOID -> { for (int i = from; i < to; i++) gxs[i] += ys[i] * (1 - ys[i]) * g[i]; }
            // y = max(x, 0) ≥ 0, so signum(y) is the step 1[x > 0]: a product the JIT vectorises, where a branch on
            // the sign mispredicts half the time (same values: adding 0 leaves gx as it was)
            case RELU -> { for (int i = from; i < to; i++) gxs[i] += Math.signum(ys[i]) * g[i]; }
            case LINEAR -> { for (int i = from; i < to; i++) gxs[i] += g[i]; }
            case STEP -> { }
            default -> { for (int i = from; i < to; i++) gxs[i] += fn.derivative(xs[i], ys[i], p) * g[i]; }
        }
    }
}
