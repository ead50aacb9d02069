package org.nnplay.engine.jvm;

import jdk.incubator.vector.DoubleVector;

/**
 * Compiles the Vector API kernels ({@link VectorMatmul}, {@link VectorSums}, {@link VectorTanh}, {@link VectorDense})
 * before they are used: the backend keeps to its plain loops, which give the same bits, until {@link #ready()}.
 * Touched only where the JVM has the Vector API.
 */
final class VectorWarmUp {
    private static final int L = DoubleVector.SPECIES_PREFERRED.length();

    private VectorWarmUp() {}

    /** Set once the warm-up has run: from then on the JIT has compiled the kernels. */
    private static volatile boolean ready;

    /**
     * Runs every kernel (and {@link VectorTanh}, {@link VectorDense}) on small private arrays, on a daemon thread, once per process, in batches until a batch no
     * longer gets faster (the JIT has compiled them; at least 2,000 rounds, at most 20,000). Until then Vector API
     * code runs a hundred times slower than plain loops (a 10,000-row product took 600 ms, then 30–100 ms, then
     * 0.3 ms once compiled), so {@link JvmMatmul} leaves products to its plain loops, which give the same bits,
     * until {@link #ready()}.
     */
    static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            // 14 rows: 4-row blocks and 1-row leftovers; 6.5 vectors of columns: a 4 × 4 block, a 4 × 2, a masked edge
            int n = 14;
            int k = 6;
            int m = 6 * L + L / 2;
            double[] a = new double[n * k];
            double[] b = new double[k * m];
            double[] out = new double[n * m];
            double[] tanh = new double[n * k];
            // and a product big enough to be split: a branch the profile never saw taken is compiled as a trap, and
            // the first big product would throw the compiled code away (see VectorMatmul.product())
            int big = 64;
            double[] square = new double[big * big];
            double[] squareOut = new double[big * big];
            // DenseStack's kernels: 3 inputs, a whole vector of neurons and 2 more, whole vectors of rows and pairs
            int wide = L + 2;
            double[] w = new double[3 * wide];
            double[] bias = new double[wide];
            double[] rowsOut = new double[wide * 2 * L];
            double[] grads = new double[wide * 2 * L];
            for (int i = 0; i < w.length; i++) w[i] = 0.1 - i * 0.01;
            for (int i = 0; i < a.length; i++) a[i] = i * 0.01;
            for (int i = 0; i < b.length; i++) b[i] = 1 - i * 0.01;
            long best = Long.MAX_VALUE;
            int flat = 0;
            for (int r = 0; r < 100 && (r < 10 || flat < 3); r++) {
                long t0 = System.nanoTime();
                for (int q = 0; q < 200; q++) {
                    boolean acc = (q & 1) == 0;
                    VectorMatmul.product(a, k, 1, b, out, n, k, m, acc);
                    VectorMatmul.product(a, k, 1, b, out, n, k, m, false, b); // with a bias: a layer's x · W + b
                    VectorMatmul.product(a, 1, n, b, out, n, k, m, acc);     // the transposed-a variant
                    VectorMatmul.productTransposedB(a, b, out, n, k, m, acc);
                    VectorTanh.of(a, tanh, q % 3, a.length - q % 7); // whole vectors and a few values one by one
                    VectorDense.forward(a, w, bias, rowsOut, 3, wide, 2 * L - 2);
                    VectorDense.inputGrad(rowsOut, w, a, 3, wide, 2 * L - 2);
                    VectorDense.weightGrad(a, rowsOut, grads, 3, wide, 2 * L - 3, 2 * L - 2);
                    VectorDense.biasGrad(rowsOut, grads, wide, 2 * L - 3);
                    VectorSums.columnSums(b, tanh, k, m, q % 2, m); // whole blocks, a vector, single columns
                    if (q % 20 == 0) {
                        VectorMatmul.product(square, big, 1, square, squareOut, big, big, big, acc, q % 40 == 0 ? square : null);
                    }
                }
                long took = System.nanoTime() - t0;
                flat = took < best * 0.8 ? 0 : flat + 1;
                best = Math.min(best, took);
            }
            ready = true;
        }, "vector-kernels-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Whether the kernels have been warmed up (compiled): the JVM backend uses them from then on. */
    static boolean ready() { return ready; }
}
