package org.nnplay.engine.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Matrix products on flat row-major arrays. Every output value is defined the same way, whichever code computes it:
 * c = out (when accumulating) or +0, then c = fma(A(i, p), B(p, j), c) for p = 0, 1, …, k − 1, one fused
 * multiply-add after the other. The plain loops here compute exactly that, with loop orders chosen so the innermost
 * loop walks memory in order; {@link VectorMatmul} computes exactly that a vector of columns at a time, and is used
 * where the JVM has the Vector API. So the results are the same bits whichever path runs, and training stays
 * reproducible for a seed whatever the JVM's options, its JIT's progress or the number of cores.
 *
 * <p>One exception, by size alone: a large aᵀ · b (a layer's weight gradient over a batch, {@link #inHalves}) is two
 * such chains, over each half of the batch, added ({@link #transposedInHalves}), on one core as on two.
 */
final class JvmMatmul {
    /**
     * Whether the processor has fused multiply-add instructions (every x86 since 2013, every ARM64): without them
     * {@link Math#fma} is computed in software, a hundred times slower, so the loops use a·b + c instead (and the
     * vector path stays off).
     */
    static final boolean FMA = hasFma();

    /**
     * Whether the Vector API module is there ({@code --add-modules jdk.incubator.vector}) and not switched off with
     * {@code -Dnnplay.vector=false}. Without it {@link VectorMatmul} is never touched, so it never fails to load.
     */
    static final boolean VECTOR = FMA && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("nnplay.vector"));

    private JvmMatmul() {}

    private static boolean hasFma() {
        try {
            return !"false".equals(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError notHotSpot) {
            return true; // Math.fma is right either way
        }
    }

    /** c + a·b, rounded once where the processor can. */
    private static double mad(double a, double b, double c) {
        return FMA ? Math.fma(a, b, c) : a * b + c;
    }

    /** out (+)= op(a) · op(b), out n × m, inner dimension k: a vector of columns at a time where it pays. */
    static void multiply(double[] a, boolean ta, double[] b, boolean tb, double[] out, int n, int k, int m, boolean acc) {
        // Even a playground's products are faster a vector at a time: 10 × 8 × 8 takes 100 ns against the plain
        // loops' 500, 10 × 2 × 4 90 against 115 (measured, masked half-empty vectors included); a single column
        // (an output neuron) or a single term per sum is better left to the plain loops. Until the vector kernels
        // have been compiled (VectorWarmUp.ready()) the plain loops stand in: Vector API code runs a hundred times
        // slower before that, and the two give the same bits.
        // A single term per sum pays only where there are many sums: the gradient into a 64-wide layer from a
        // one-neuron output at batch 256 (an outer product, 16,384 values) ran in 8 % of config c's time before.
        boolean fast = VECTOR && (k >= 2 || n * m >= 1024) && m >= 2 && VectorWarmUp.ready();
        if (!ta && !tb) {
            if (fast) VectorMatmul.product(a, k, 1, b, out, n, k, m, acc);
            else nn(a, b, out, n, k, m, acc);
        } else if (ta && !tb) {
            if (inHalves(n, k, m)) transposedInHalves(a, b, out, n, k, m, acc, fast);
            else if (fast) VectorMatmul.product(a, 1, n, b, out, n, k, m, acc);
            else if (m == 1 && VECTOR && n >= VectorMatmul.lanes() && VectorWarmUp.ready()) {
                // aᵀ · b for a column b (a one-neuron layer's weight gradient): out as one row, bᵀ · a, whose rows of
                // a are contiguous, a vector of outputs at a time (the same chains: fma(b, a, c) is fma(a, b, c))
                VectorMatmul.product(b, k, 1, a, out, 1, k, n, acc);
            }
            else tn(a, b, out, n, k, m, acc);
        } else if (!ta) {
            if (fast && k == 1) VectorMatmul.product(a, k, 1, b, out, n, k, m, acc); // b m × 1 is b 1 × m
            else if (fast) VectorMatmul.productTransposedB(a, b, out, n, k, m, acc);
            else nt(a, b, out, n, k, m, acc);
        } else {
            tt(a, b, out, n, k, m, acc);
        }
    }

    /** From this many multiply-adds a weight gradient's sums are taken in two halves of the batch ({@link #inHalves}). */
    static final long HALVES_MIN_MULTIPLY_ADDS = 1 << 18;

    /**
     * Whether aᵀ · b (a k × n, b k × m: a layer's weight gradient, k the batch) is defined as two half-batch sums:
     * for layers of 16 neurons and more, batches of 64 and more, and products big enough to be split between two
     * threads. Whether it is does not depend on the threads, so a seed gives the same bits on one core or two.
     */
    static boolean inHalves(int n, int k, int m) {
        return n >= 16 && m >= 16 && k >= 64 && (long) n * k * m >= HALVES_MIN_MULTIPLY_ADDS;
    }

    /**
     * out[n×m] (+)= aᵀ · b summed in two halves of the inner dimension k (the batch's rows), h = {@code Halves.at(k)}:
     * c = the chain of fused multiply-adds over p = 0 … h − 1 from out (or +0), d = the chain over p = h … k − 1 from
     * +0, out = c + d. Each half is then one core's own rows (on two cores the sums over the whole batch made each
     * core read all of the other's rows, and the next pass writing them wait for the lines to come back).
     */
    static void transposedInHalves(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc,
                                   boolean fast) {
        if (fast) {
            VectorMatmul.transposedInHalves(a, b, out, n, k, m, acc);
            return;
        }
        int h = Halves.at(k);
        tn(a, b, out, n, h, m, acc);
        double[] part = new double[n * m];
        tn(java.util.Arrays.copyOfRange(a, h * n, k * n), java.util.Arrays.copyOfRange(b, h * m, k * m), part, n, k - h,
                m, false);
        for (int x = 0; x < n * m; x++) {
            out[x] = out[x] + part[x];
        }
    }

    /**
     * out[n×m] = a[n×k] · b[k×m] + bias (one row of m, added to every row after the products): a dense layer's
     * affine map, the same values as {@link #multiply} followed by adding the bias, in one pass over out where the
     * vector kernels run.
     */
    static void multiplyAddRow(double[] a, double[] b, double[] bias, double[] out, int n, int k, int m) {
        if (VECTOR && (k >= 2 || n * m >= 1024) && m >= 2 && VectorWarmUp.ready()) {
            VectorMatmul.product(a, k, 1, b, out, n, k, m, false, bias);
            return;
        }
        multiply(a, false, b, false, out, n, k, m, false);
        for (int i = 0; i < n; i++) {
            int o = i * m;
            for (int j = 0; j < m; j++) out[o + j] = out[o + j] + bias[j];
        }
    }

    /** out[n×m] (+)= a[n×k] · b[k×m]: row by row, each row of b added in times a's value. */
    static void nn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        if (k == 0) {
            if (!acc) java.util.Arrays.fill(out, 0, n * m, 0.0);
            return;
        }
        if (m == 1) {
            timesColumn(a, b, out, n, k, acc);
            return;
        }
        for (int i = 0; i < n; i++) {
            int oi = i * m;
            int ai = i * k;
            int p0 = 0;
            if (!acc) {
                // the first term into +0 is written rather than added to a zeroed row: for a playground's rows of
                // 1–8 values a separate fill cost as much as a term (10–25 % of the kernel, measured)
                double a0 = a[ai];
                for (int j = 0; j < m; j++) {
                    out[oi + j] = mad(a0, b[j], 0.0);
                }
                p0 = 1;
            }
            for (int p = p0; p < k; p++) {
                double aip = a[ai + p];
                int bp = p * m;
                for (int j = 0; j < m; j++) {
                    out[oi + j] = mad(aip, b[bp + j], out[oi + j]);
                }
            }
        }
    }

    /**
     * out[n] (+)= a[n×k] · b[k], a matrix times a column (an output layer of one neuron), in a method of its own: as a
     * branch of {@link #nn} its compiled speed depended on what else nn had run before (5 µs for 256 × 64 in one run,
     * 25 in another).
     */
    static void timesColumn(double[] a, double[] b, double[] out, int n, int k, boolean acc) {
        // each row's sum kept in a register, eight rows at a time, so that eight chains of multiply-adds overlap
        // (two a cycle, each waiting four for its last result) instead of each waiting for its own
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            int a0 = i * k;
            double s0 = acc ? out[i] : 0.0;
            double s1 = acc ? out[i + 1] : 0.0;
            double s2 = acc ? out[i + 2] : 0.0;
            double s3 = acc ? out[i + 3] : 0.0;
            double s4 = acc ? out[i + 4] : 0.0;
            double s5 = acc ? out[i + 5] : 0.0;
            double s6 = acc ? out[i + 6] : 0.0;
            double s7 = acc ? out[i + 7] : 0.0;
            for (int p = 0; p < k; p++) {
                double bp = b[p];
                s0 = mad(a[a0 + p], bp, s0);
                s1 = mad(a[a0 + k + p], bp, s1);
                s2 = mad(a[a0 + 2 * k + p], bp, s2);
                s3 = mad(a[a0 + 3 * k + p], bp, s3);
                s4 = mad(a[a0 + 4 * k + p], bp, s4);
                s5 = mad(a[a0 + 5 * k + p], bp, s5);
                s6 = mad(a[a0 + 6 * k + p], bp, s6);
                s7 = mad(a[a0 + 7 * k + p], bp, s7);
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
            out[i + 4] = s4;
            out[i + 5] = s5;
            out[i + 6] = s6;
            out[i + 7] = s7;
        }
        for (; i < n; i++) {
            int ai = i * k;
            double s = acc ? out[i] : 0.0;
            for (int p = 0; p < k; p++) {
                s = mad(a[ai + p], b[p], s);
            }
            out[i] = s;
        }
    }

    /** out[n×m] (+)= aᵀ · b with a stored k×n and b k×m (the first term written as in nn). */
    static void tn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        if (k == 0) {
            if (!acc) java.util.Arrays.fill(out, 0, n * m, 0.0);
            return;
        }
        int p0 = 0;
        if (!acc) {
            for (int i = 0; i < n; i++) {
                double a0i = a[i];
                int oi = i * m;
                for (int j = 0; j < m; j++) {
                    out[oi + j] = mad(a0i, b[j], 0.0);
                }
            }
            p0 = 1;
        }
        if (m == 1) {
            // the gradient of a one-neuron layer's weights: the same sums without an inner loop of one
            for (int p = p0; p < k; p++) {
                int ap = p * n;
                double bp = b[p];
                for (int i = 0; i < n; i++) {
                    out[i] = mad(a[ap + i], bp, out[i]);
                }
            }
            return;
        }
        for (int p = p0; p < k; p++) {
            int ap = p * n;
            int bp = p * m;
            for (int i = 0; i < n; i++) {
                double api = a[ap + i];
                int oi = i * m;
                for (int j = 0; j < m; j++) {
                    out[oi + j] = mad(api, b[bp + j], out[oi + j]);
                }
            }
        }
    }

    /** out[n×m] (+)= a · bᵀ with a stored n×k and b m×k: one sum of products per output value. */
    static void nt(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        for (int i = 0; i < n; i++) {
            int ai = i * k;
            int oi = i * m;
            for (int j = 0; j < m; j++) {
                int bj = j * k;
                double s = acc ? out[oi + j] : 0.0;
                for (int p = 0; p < k; p++) {
                    s = mad(a[ai + p], b[bj + p], s);
                }
                out[oi + j] = s;
            }
        }
    }

    /** out[n×m] (+)= aᵀ · bᵀ with a stored k×n and b m×k. */
    static void tt(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = acc ? out[i * m + j] : 0.0;
                for (int p = 0; p < k; p++) {
                    s = mad(a[p * n + i], b[j * k + p], s);
                }
                out[i * m + j] = s;
            }
        }
    }
}
