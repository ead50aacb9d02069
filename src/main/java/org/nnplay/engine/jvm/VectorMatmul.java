package org.nnplay.engine.jvm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast path of {@link JvmMatmul} for products big enough to pay for it, written with the JDK's Vector API
 * (incubating in JDK 25: the JVM must run with {@code --add-modules jdk.incubator.vector}, else
 * {@link JvmMatmul} keeps to its plain loops).
 *
 * <p>The plain loops add one row of b times a scalar into one row of out, so every multiply-add loads and stores
 * out: they run at the speed of the cache, not of the arithmetic. Here a block of 4 rows × 2 vectors of out (8
 * vectors, 64 values with AVX-512) stays in registers for the whole inner dimension: each step loads 2 vectors of
 * b, broadcasts 4 values of a and does 8 fused multiply-adds, and out is written once at the end. Each value is
 * the same chain of fused multiply-adds, in the same order of p, as in the plain loops: the same bits.
 */
final class VectorMatmul {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /**
     * From this many multiply-adds (about 10 µs of work) a product is split in two halves of rows, the second on the
     * {@link Helper}; none on a single core. Config c's products (64-wide layers, batch 256: a million each) are
     * split from here: on an idle 2-core machine it trained at 72–74 epochs/s, against 55–56 with only products from
     * 4M split (the threshold while the helper was a parked pool thread, 20–50 µs to wake) and 52–59 on one thread.
     */
    static final long PARALLEL_MIN_MULTIPLY_ADDS = 1 << 18;

    /** b transposed, per thread, for a · bᵀ: grown on demand, never shrunk. */
    private static final ThreadLocal<double[][]> TRANSPOSED = ThreadLocal.withInitial(() -> new double[1][0]);

    private VectorMatmul() {}

    /** Lanes in one vector of doubles on this machine (8 with AVX-512, 4 with AVX2). */
    static int lanes() { return L; }

    /**
     * out[n×m] (+)= A · B with A(i, p) = a[i·ars + p·acs] (so a row-major a is ars = k, acs = 1, and a transposed
     * one stored k × n is ars = 1, acs = n) and B row-major k × m.
     */
    static void product(double[] a, int ars, int acs, double[] b, double[] out, int n, int k, int m, boolean acc) {
        product(a, ars, acs, b, out, n, k, m, acc, null);
    }

    /**
     * As above, then out[i, j] += bias[j] (bias null: nothing), each row of blocks as soon as its products are done
     * (still in the first-level cache): the dense layer's x · W + b, the same values as adding b in a pass of its own.
     */
    static void product(double[] a, int ars, int acs, double[] b, double[] out, int n, int k, int m, boolean acc,
                        double[] bias) {
        // Whether out's old values are added to is a mask, not a branch, in most kernels below: a branch the JIT has
        // only seen one way is compiled as a trap, and taking it the other way throws the compiled kernel away,
        // leaving the interpreter to run the Vector API at a hundredth of the speed until it compiles again. (The
        // 4 × 4 block has a branch, for the reason given there; the warm-up takes it both ways.)
        VectorMask<Double> keep = S.maskAll(acc);
        if (!Halves.active() || (long) n * k * m < PARALLEL_MIN_MULTIPLY_ADDS || n < 16) {
            rows(a, 0, ars, acs, b, 0, out, 0, n, k, m, acc, keep, bias);
            return;
        }
        // Two halves of the rows, one on a helper thread: each output value is still computed by one thread in the
        // same order, so the result does not depend on the split. If the helper has not picked its half up by the
        // time this thread is done with its own (a busy machine), this thread takes it back.
        Halves.split(n, (from, to) -> rows(a, 0, ars, acs, b, 0, out, from, to, k, m, acc, keep, bias));
    }

    /** Rows [from, to) of the product; from is a multiple of 4. */
    private static void rows(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int from,
                             int to, int k, int m,
                             boolean acc, VectorMask<Double> keep, double[] bias) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int j = 0;
            for (; j + 4 * L <= m; j += 4 * L) {
                block4x4(a, aOff, ars, acs, b, bOff, out, i, j, k, m, acc);
            }
            for (; j + 2 * L <= m; j += 2 * L) {
                block4x2(a, aOff, ars, acs, b, bOff, out, i, j, k, m, keep);
            }
            for (; j < m; j += L) {
                block4x1(a, aOff, ars, acs, b, bOff, out, i, j, k, m, keep);
            }
            if (bias != null) {
                addBias(out, i, i + 4, m, bias);
            }
        }
        for (; i < to; i++) {
            int j = 0;
            for (; j + 4 * L <= m; j += 4 * L) {
                block1x4(a, aOff, ars, acs, b, bOff, out, i, j, k, m, keep);
            }
            for (; j < m; j += L) {
                block1x1(a, aOff, ars, acs, b, bOff, out, i, j, k, m, keep);
            }
            if (bias != null) {
                addBias(out, i, i + 1, m, bias);
            }
        }
    }

    /** out[i, j] = out[i, j] + bias[j] for the rows [from, to): whole vectors, then the last columns one by one. */
    private static void addBias(double[] out, int from, int to, int m, double[] bias) {
        int whole = m - m % L;
        for (int i = from; i < to; i++) {
            int o = i * m;
            for (int j = 0; j < whole; j += L) {
                DoubleVector.fromArray(S, out, o + j).add(DoubleVector.fromArray(S, bias, j)).intoArray(out, o + j);
            }
            for (int j = whole; j < m; j++) {
                out[o + j] = out[o + j] + bias[j];
            }
        }
    }

    /** Per thread: the second half's sums of a product summed in two halves ({@link #transposedInHalves}). */
    private static final ThreadLocal<double[][]> PARTIAL = ThreadLocal.withInitial(() -> new double[1][0]);

    /**
     * out[n×m] (+)= aᵀ · b with a k × n and b k × m, summed as {@link JvmMatmul#transposedInHalves} defines: the
     * chains over the first {@code Halves.at(k)} rows from out (or +0), over the rest from +0, then the two added.
     * The halves run on two threads where the helper is in use, each over its own rows of a and b.
     */
    static void transposedInHalves(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        int h = Halves.at(k);
        double[][] holder = PARTIAL.get();
        if (holder[0].length < n * m) {
            holder[0] = new double[n * m];
        }
        double[] part = holder[0];
        VectorMask<Double> keep = S.maskAll(acc);
        VectorMask<Double> none = S.maskAll(false);
        Halves.both(() -> rows(a, 0, 1, n, b, 0, out, 0, n, h, m, acc, keep, null),
                () -> rows(a, h * n, 1, n, b, h * m, part, 0, n, k - h, m, false, none, null));
        int whole = n * m - (n * m) % L;
        for (int x = 0; x < whole; x += L) {
            DoubleVector.fromArray(S, out, x).add(DoubleVector.fromArray(S, part, x)).intoArray(out, x);
        }
        for (int x = whole; x < n * m; x++) {
            out[x] = out[x] + part[x];
        }
    }

    /** out[n×m] (+)= a · bᵀ with a n × k and b m × k: b is transposed once into a per-thread buffer, then as above. */
    static void productTransposedB(double[] a, double[] b, double[] out, int n, int k, int m, boolean acc) {
        double[][] holder = TRANSPOSED.get();
        if (holder[0].length < k * m) {
            holder[0] = new double[k * m];
        }
        double[] bt = holder[0];
        // four rows of b at a time, so each row of bt gets four neighbouring values per pass (64 × 64: 2.1 µs
        // against 4.4 one row at a time, run on the calling thread before the product's halves are handed out)
        int j = 0;
        for (; j + 4 <= m; j += 4) {
            int r0 = j * k;
            for (int p = 0; p < k; p++) {
                int o = p * m + j;
                int r = r0 + p;
                bt[o] = b[r];
                bt[o + 1] = b[r + k];
                bt[o + 2] = b[r + 2 * k];
                bt[o + 3] = b[r + 3 * k];
            }
        }
        for (; j < m; j++) {
            int row = j * k;
            for (int p = 0; p < k; p++) {
                bt[p * m + j] = b[row + p];
            }
        }
        product(a, k, 1, bt, out, n, k, m, acc);
    }

    private static void block4x2(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int i, int j,
                                 int k, int m,
                                 VectorMask<Double> keep) {
        int o0 = i * m + j;
        int o1 = o0 + m;
        int o2 = o1 + m;
        int o3 = o2 + m;
        DoubleVector c00 = DoubleVector.fromArray(S, out, o0, keep);
        DoubleVector c01 = DoubleVector.fromArray(S, out, o0 + L, keep);
        DoubleVector c10 = DoubleVector.fromArray(S, out, o1, keep);
        DoubleVector c11 = DoubleVector.fromArray(S, out, o1 + L, keep);
        DoubleVector c20 = DoubleVector.fromArray(S, out, o2, keep);
        DoubleVector c21 = DoubleVector.fromArray(S, out, o2 + L, keep);
        DoubleVector c30 = DoubleVector.fromArray(S, out, o3, keep);
        DoubleVector c31 = DoubleVector.fromArray(S, out, o3 + L, keep);
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            int bp = bOff + p * m + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            int ap = a0 + p * acs;
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(S, a[ap + ars]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(S, a[ap + 2 * ars]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(S, a[ap + 3 * ars]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoArray(out, o0);
        c01.intoArray(out, o0 + L);
        c10.intoArray(out, o1);
        c11.intoArray(out, o1 + L);
        c20.intoArray(out, o2);
        c21.intoArray(out, o2 + L);
        c30.intoArray(out, o3);
        c31.intoArray(out, o3 + L);
    }

    /**
     * 4 rows × 4 vectors of out (16 registers): each step loads 4 vectors of b, broadcasts 4 values of a and does
     * 16 fused multiply-adds: 8 loads where {@link #block4x2} needs 12 for as many. Out's old values are
     * loaded or not by a branch here (both ways are seen in the warm-up), not by a masked load: with 16 masked loads
     * the JIT's first tier gives up on the method ("out of virtual registers") and the JVM then never compiles
     * it fully, leaving it a hundred times slower.
     */
    private static void block4x4(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int i, int j,
                                 int k, int m,
                                 boolean acc) {
        int o0 = i * m + j;
        int o1 = o0 + m;
        int o2 = o1 + m;
        int o3 = o2 + m;
        DoubleVector zero = DoubleVector.zero(S);
        DoubleVector c00 = acc ? DoubleVector.fromArray(S, out, o0) : zero;
        DoubleVector c01 = acc ? DoubleVector.fromArray(S, out, o0 + L) : zero;
        DoubleVector c02 = acc ? DoubleVector.fromArray(S, out, o0 + 2 * L) : zero;
        DoubleVector c03 = acc ? DoubleVector.fromArray(S, out, o0 + 3 * L) : zero;
        DoubleVector c10 = acc ? DoubleVector.fromArray(S, out, o1) : zero;
        DoubleVector c11 = acc ? DoubleVector.fromArray(S, out, o1 + L) : zero;
        DoubleVector c12 = acc ? DoubleVector.fromArray(S, out, o1 + 2 * L) : zero;
        DoubleVector c13 = acc ? DoubleVector.fromArray(S, out, o1 + 3 * L) : zero;
        DoubleVector c20 = acc ? DoubleVector.fromArray(S, out, o2) : zero;
        DoubleVector c21 = acc ? DoubleVector.fromArray(S, out, o2 + L) : zero;
        DoubleVector c22 = acc ? DoubleVector.fromArray(S, out, o2 + 2 * L) : zero;
        DoubleVector c23 = acc ? DoubleVector.fromArray(S, out, o2 + 3 * L) : zero;
        DoubleVector c30 = acc ? DoubleVector.fromArray(S, out, o3) : zero;
        DoubleVector c31 = acc ? DoubleVector.fromArray(S, out, o3 + L) : zero;
        DoubleVector c32 = acc ? DoubleVector.fromArray(S, out, o3 + 2 * L) : zero;
        DoubleVector c33 = acc ? DoubleVector.fromArray(S, out, o3 + 3 * L) : zero;
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            int bp = bOff + p * m + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = DoubleVector.broadcast(S, a[ap + ars]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = DoubleVector.broadcast(S, a[ap + 2 * ars]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = DoubleVector.broadcast(S, a[ap + 3 * ars]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
        }
        c00.intoArray(out, o0);
        c01.intoArray(out, o0 + L);
        c02.intoArray(out, o0 + 2 * L);
        c03.intoArray(out, o0 + 3 * L);
        c10.intoArray(out, o1);
        c11.intoArray(out, o1 + L);
        c12.intoArray(out, o1 + 2 * L);
        c13.intoArray(out, o1 + 3 * L);
        c20.intoArray(out, o2);
        c21.intoArray(out, o2 + L);
        c22.intoArray(out, o2 + 2 * L);
        c23.intoArray(out, o2 + 3 * L);
        c30.intoArray(out, o3);
        c31.intoArray(out, o3 + L);
        c32.intoArray(out, o3 + 2 * L);
        c33.intoArray(out, o3 + 3 * L);
    }

    /** 4 rows × one vector of columns from j, masked where the row ends before j + L. */
    private static void block4x1(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int i, int j,
                                 int k, int m,
                                 VectorMask<Double> keep) {
        VectorMask<Double> in = S.indexInRange(j, m);
        VectorMask<Double> old = in.and(keep);
        int o0 = i * m + j;
        int o1 = o0 + m;
        int o2 = o1 + m;
        int o3 = o2 + m;
        DoubleVector c0 = DoubleVector.fromArray(S, out, o0, old);
        DoubleVector c1 = DoubleVector.fromArray(S, out, o1, old);
        DoubleVector c2 = DoubleVector.fromArray(S, out, o2, old);
        DoubleVector c3 = DoubleVector.fromArray(S, out, o3, old);
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            DoubleVector bv = DoubleVector.fromArray(S, b, bOff + p * m + j, in);
            int ap = a0 + p * acs;
            c0 = DoubleVector.broadcast(S, a[ap]).fma(bv, c0);
            c1 = DoubleVector.broadcast(S, a[ap + ars]).fma(bv, c1);
            c2 = DoubleVector.broadcast(S, a[ap + 2 * ars]).fma(bv, c2);
            c3 = DoubleVector.broadcast(S, a[ap + 3 * ars]).fma(bv, c3);
        }
        c0.intoArray(out, o0, in);
        c1.intoArray(out, o1, in);
        c2.intoArray(out, o2, in);
        c3.intoArray(out, o3, in);
    }

    /**
     * One row × 4 vectors of columns: a row left over below the blocks of 4 rows, or a product of one row (a
     * one-neuron layer's weight gradient, {@link JvmMatmul#multiply}). Four chains side by side, where one vector at
     * a time would wait for each multiply-add's result before the next (7 × 256 × 64: 11 µs before).
     */
    private static void block1x4(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int i, int j,
                                 int k, int m,
                                 VectorMask<Double> keep) {
        int o = i * m + j;
        DoubleVector c0 = DoubleVector.fromArray(S, out, o, keep);
        DoubleVector c1 = DoubleVector.fromArray(S, out, o + L, keep);
        DoubleVector c2 = DoubleVector.fromArray(S, out, o + 2 * L, keep);
        DoubleVector c3 = DoubleVector.fromArray(S, out, o + 3 * L, keep);
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            int bp = bOff + p * m + j;
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + p * acs]);
            c0 = x.fma(DoubleVector.fromArray(S, b, bp), c0);
            c1 = x.fma(DoubleVector.fromArray(S, b, bp + L), c1);
            c2 = x.fma(DoubleVector.fromArray(S, b, bp + 2 * L), c2);
            c3 = x.fma(DoubleVector.fromArray(S, b, bp + 3 * L), c3);
        }
        c0.intoArray(out, o);
        c1.intoArray(out, o + L);
        c2.intoArray(out, o + 2 * L);
        c3.intoArray(out, o + 3 * L);
    }

    /** One row × one vector of columns from j (masked at the row's end): the rows left over below a block of 4. */
    private static void block1x1(double[] a, int aOff, int ars, int acs, double[] b, int bOff, double[] out, int i, int j,
                                 int k, int m,
                                 VectorMask<Double> keep) {
        VectorMask<Double> in = S.indexInRange(j, m);
        int o = i * m + j;
        DoubleVector c = DoubleVector.fromArray(S, out, o, in.and(keep));
        int a0 = aOff + i * ars;
        for (int p = 0; p < k; p++) {
            c = DoubleVector.broadcast(S, a[a0 + p * acs]).fma(DoubleVector.fromArray(S, b, bOff + p * m + j, in), c);
        }
        c.intoArray(out, o, in);
    }
}
