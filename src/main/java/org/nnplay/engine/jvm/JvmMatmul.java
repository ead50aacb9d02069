package org.nnplay.engine.jvm;

/** Matrix products on flat row-major arrays, loop orders chosen so the innermost loop walks memory in order. */
final class JvmMatmul {
    private JvmMatmul() {}

    /**
     * out[n×m] (+)= a[n×k] · b[k×m]. Without {@code acc} the first term is assigned rather than added to a zeroed
     * row: for a playground's rows of 1–8 values the fill cost as much as a term (10–25 % of the kernel, measured).
     */
    static void nn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        if (k == 0) {
            if (!acc) java.util.Arrays.fill(out, 0, n * m, 0.0);
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
