package org.nnplay.engine.jvm;

/**
 * Matrix products on flat row-major arrays, loop orders chosen so the innermost loop walks memory in order. Products
 * of at least {@link #VECTOR_MIN_MULTIPLY_ADDS} multiply-adds go to {@link VectorMatmul} when the JVM has the
 * Vector API; the plain loops here are the reference it is tested against, and all a playground's nets need.
 */
final class JvmMatmul {
    /**
     * Whether the Vector API module is there ({@code --add-modules jdk.incubator.vector}) and not switched off with
     * {@code -Dnnplay.vector=false}. Without it {@link VectorMatmul} is never touched, so it never fails to load.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("nnplay.vector"));

    /**
     * Below this many multiply-adds, or with rows shorter than one vector, the plain loops are as good: the blocked
     * kernel's set-up and masked edges cost what they save on a playground's 10 × 8 × 8 products, and a product of
     * 2 or 4 columns (a decision grid of a 2-4-2 net) leaves most of each vector empty.
     */
    static final long VECTOR_MIN_MULTIPLY_ADDS = 16_384;

    private JvmMatmul() {}

    /** out (+)= op(a) · op(b), out n × m, inner dimension k: the fast path where it pays, else the plain loops. */
    static void multiply(double[] a, boolean ta, double[] b, boolean tb, double[] out, int n, int k, int m, boolean acc) {
        boolean fast = VECTOR && k >= 2 && m >= VectorMatmul.lanes() && (long) n * k * m >= VECTOR_MIN_MULTIPLY_ADDS;
        if (!ta && !tb) {
            if (fast) VectorMatmul.product(a, k, 1, b, out, n, k, m, acc);
            else nn(a, b, out, n, k, m, acc);
        } else if (ta && !tb) {
            if (fast) VectorMatmul.product(a, 1, n, b, out, n, k, m, acc);
            else tn(a, b, out, n, k, m, acc);
        } else if (!ta) {
            if (fast) VectorMatmul.productTransposedB(a, b, out, n, k, m, acc);
            else nt(a, b, out, n, k, m, acc);
        } else {
            tt(a, b, out, n, k, m, acc);
        }
    }

    /**
     * out[n×m] (+)= a[n×k] · b[k×m]. Without {@code acc} the first term is assigned rather than added to a zeroed
     * row: for a playground's rows of 1–8 values the fill cost as much as a term (10–25 % of the kernel, measured).
     */
    static void nn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        if (k == 0) {
            if (!acc) java.util.Arrays.fill(out, 0, n * m, 0.0);
            return;
        }
        if (m == 1) {
            // a matrix times a column (an output layer of one neuron): each row's sum kept in a register, same order
            for (int i = 0; i < n; i++) {
                int ai = i * k;
                double s = acc ? out[i] + a[ai] * b[0] : a[ai] * b[0];
                for (int p = 1; p < k; p++) {
                    s += a[ai + p] * b[p];
                }
                out[i] = s;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int oi = i * m;
            int ai = i * k;
            int p0 = 0;
            if (!acc) {
                double a0 = a[ai];
                for (int j = 0; j < m; j++) {
                    out[oi + j] = a0 * b[j];
                }
                p0 = 1;
            }
            for (int p = p0; p < k; p++) {
                double aip = a[ai + p];
                int bp = p * m;
                for (int j = 0; j < m; j++) {
                    out[oi + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** out[n×m] (+)= aᵀ · b with a stored k×n and b k×m (the first term assigned without {@code acc}, as in nn). */
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
                    out[oi + j] = a0i * b[j];
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
                    out[i] += a[ap + i] * bp;
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
                    out[oi + j] += api * b[bp + j];
                }
            }
        }
    }

    /** out[n×m] (+)= a · bᵀ with a stored n×k and b m×k. */
    static void nt(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        for (int i = 0; i < n; i++) {
            int ai = i * k;
            int oi = i * m;
            for (int j = 0; j < m; j++) {
                int bj = j * k;
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                out[oi + j] = acc ? out[oi + j] + s : s;
            }
        }
    }

    /** out[n×m] (+)= aᵀ · bᵀ with a stored k×n and b m×k. */
    static void tt(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[p * n + i] * b[j * k + p];
                }
                out[i * m + j] = acc ? out[i * m + j] + s : s;
            }
        }
    }
}
