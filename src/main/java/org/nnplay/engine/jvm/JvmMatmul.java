package org.nnplay.engine.jvm;

/** Matrix products on flat row-major arrays, loop orders chosen so the innermost loop walks memory in order. */
final class JvmMatmul {
    private JvmMatmul() {}

    /** out[n×m] (+)= a[n×k] · b[k×m]. */
    static void nn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        for (int i = 0; i < n; i++) {
            int oi = i * m;
            if (!acc) {
                java.util.Arrays.fill(out, oi, oi + m, 0.0);
            }
            int ai = i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ai + p];
                int bp = p * m;
                for (int j = 0; j < m; j++) {
                    out[oi + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** out[n×m] (+)= aᵀ · b with a stored k×n and b k×m. */
    static void tn(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        if (!acc) {
            java.util.Arrays.fill(out, 0, n * m, 0.0);
        }
        for (int p = 0; p < k; p++) {
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
