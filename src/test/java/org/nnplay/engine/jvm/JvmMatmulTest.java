package org.nnplay.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of a matrix product gives the same bits: the plain loops compute the defining chain of fused
 * multiply-adds, and the Vector API's blocked kernels (one thread or two) compute exactly what the plain loops do.
 */
class JvmMatmulTest {
    /** multiply() takes the vector kernels only once they are compiled: wait for that, so those paths are tested too. */
    @org.junit.jupiter.api.BeforeAll
    static void kernelsReady() throws InterruptedException {
        if (!JvmMatmul.VECTOR) {
            return;
        }
        JvmBackend.INSTANCE.name(); // starts the warm-up
        long end = System.nanoTime() + 60_000_000_000L;
        while (!VectorWarmUp.ready() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    private static double[] random(int n, Random r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextGaussian();
        return a;
    }

    /** The definition: c = out or +0, then c = fma(A(i,p), B(p,j), c) for p = 0 … k − 1. */
    private static double[] definition(double[] a, boolean ta, double[] b, boolean tb, double[] start, int n, int k,
                                       int m, boolean acc) {
        double[] out = start.clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double c = acc ? out[i * m + j] : 0.0;
                for (int p = 0; p < k; p++) {
                    double x = ta ? a[p * n + i] : a[i * k + p];
                    double y = tb ? b[j * k + p] : b[p * m + j];
                    c = Math.fma(x, y, c);
                }
                out[i * m + j] = c;
            }
        }
        return out;
    }

    /**
     * What multiply() computes: the definition, except that aᵀ · b with a large batch k ({@link JvmMatmul#inHalves})
     * is the chain over the first Halves.at(k) rows from out (or +0) plus the chain over the rest from +0.
     */
    private static double[] multiplyDefinition(double[] a, boolean ta, double[] b, boolean tb, double[] start, int n,
                                               int k, int m, boolean acc) {
        if (!ta || tb || !JvmMatmul.inHalves(n, k, m)) {
            return definition(a, ta, b, tb, start, n, k, m, acc);
        }
        int h = Halves.at(k);
        double[] first = definition(java.util.Arrays.copyOf(a, h * n), true, java.util.Arrays.copyOf(b, h * m), false,
                start, n, h, m, acc);
        double[] second = definition(java.util.Arrays.copyOfRange(a, h * n, k * n), true,
                java.util.Arrays.copyOfRange(b, h * m, k * m), false, new double[n * m], n, k - h, m, false);
        for (int x = 0; x < n * m; x++) first[x] = first[x] + second[x];
        return first;
    }

    /** A weight gradient summed in two halves of the batch is the same bits on one thread or two. */
    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"64,256,64", "64,256,1", "16,64,256", "72,1030,40", "17,99,33"})
    void a_weight_gradient_in_halves_is_the_same_on_one_thread_or_two(int n, int k, int m) {
        assumeTrue(JvmMatmul.FMA, "this processor has no fused multiply-add");
        Random r = new Random(n * 3L + k * 5L + m);
        double[] a = random(k * n, r);
        double[] b = random(k * m, r);
        double[] start = random(n * m, r);
        boolean was = JvmBackend.helperThreadInUse();
        try {
            for (boolean acc : new boolean[] {false, true}) {
                JvmBackend.useHelperThread(true);
                double[] two = start.clone();
                JvmMatmul.multiply(a, true, b, false, two, n, k, m, acc);
                JvmBackend.useHelperThread(false);
                double[] one = start.clone();
                JvmMatmul.multiply(a, true, b, false, one, n, k, m, acc);
                assertThat(two).as("acc=%s", acc).isEqualTo(one)
                        .isEqualTo(multiplyDefinition(a, true, b, false, start, n, k, m, acc));
                if (JvmMatmul.inHalves(n, k, m)) {
                    double[] plain = start.clone(); // the plain loops, before the vector kernels are compiled
                    JvmMatmul.transposedInHalves(a, b, plain, n, k, m, acc, false);
                    assertThat(plain).as("plain loops, acc=%s", acc).isEqualTo(one);
                }
            }
        } finally {
            JvmBackend.useHelperThread(was);
        }
    }

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"256,64,64", "256,7,64", "64,256,64", "13,5,3", "7,9,17", "1,1,1", "5,33,8", "9,64,1", "13,7,1",
            "4,2,24", "3,40,11", "10,2,4", "10,1,2", "0,3,4", "3,0,4"})
    void the_plain_loops_compute_the_defining_chain_of_fused_multiply_adds(int n, int k, int m) {
        assumeTrue(JvmMatmul.FMA, "this processor has no fused multiply-add");
        Random r = new Random(n * 31L + k * 7L + m);
        double[] a = random(n * k, r);
        double[] b = random(k * m, r);
        double[] start = random(n * m, r);
        for (boolean acc : new boolean[] {false, true}) {
            double[] out = start.clone();
            JvmMatmul.nn(a, b, out, n, k, m, acc);
            assertThat(out).as("a·b acc=" + acc).isEqualTo(definition(a, false, b, false, start, n, k, m, acc));
            out = start.clone();
            JvmMatmul.tn(a, b, out, n, k, m, acc);
            assertThat(out).as("aᵀ·b acc=" + acc).isEqualTo(definition(a, true, b, false, start, n, k, m, acc));
            out = start.clone();
            JvmMatmul.nt(a, b, out, n, k, m, acc);
            assertThat(out).as("a·bᵀ acc=" + acc).isEqualTo(definition(a, false, b, true, start, n, k, m, acc));
            out = start.clone();
            JvmMatmul.tt(a, b, out, n, k, m, acc);
            assertThat(out).as("aᵀ·bᵀ acc=" + acc).isEqualTo(definition(a, true, b, true, start, n, k, m, acc));
        }
    }

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"256,64,64", "256,7,64", "64,256,64", "13,5,3", "7,9,17", "5,33,8", "4,2,24", "3,40,11", "10,2,4",
            "6,3,52", "9,5,45", "14,6,100", "300,1,40"})
    void the_vector_kernels_give_the_plain_loops_bits(int n, int k, int m) {
        assumeTrue(JvmMatmul.VECTOR, "the JVM runs without jdk.incubator.vector");
        Random r = new Random(n * 31L + k * 7L + m);
        double[] a = random(n * k, r);
        double[] b = random(k * m, r);
        double[] start = random(n * m, r);
        for (boolean acc : new boolean[] {false, true}) {
            double[] plain = start.clone();
            double[] fast = start.clone();
            JvmMatmul.nn(a, b, plain, n, k, m, acc);
            VectorMatmul.product(a, k, 1, b, fast, n, k, m, acc);
            assertThat(fast).as("a·b acc=" + acc).isEqualTo(plain);

            plain = start.clone();
            fast = start.clone();
            JvmMatmul.tn(a, b, plain, n, k, m, acc);
            VectorMatmul.product(a, 1, n, b, fast, n, k, m, acc);
            assertThat(fast).as("aᵀ·b acc=" + acc).isEqualTo(plain);

            plain = start.clone();
            fast = start.clone();
            JvmMatmul.nt(a, b, plain, n, k, m, acc);
            VectorMatmul.productTransposedB(a, b, fast, n, k, m, acc);
            assertThat(fast).as("a·bᵀ acc=" + acc).isEqualTo(plain);
        }
    }

    @Test
    void a_product_split_between_threads_gives_the_one_thread_bits() {
        assumeTrue(JvmMatmul.VECTOR, "the JVM runs without jdk.incubator.vector");
        int n = 1030;
        int k = 64;
        int m = 72;
        assertThat((long) n * k * m).isGreaterThanOrEqualTo(VectorMatmul.PARALLEL_MIN_MULTIPLY_ADDS);
        Random r = new Random(9);
        double[] a = random(n * k, r);
        double[] b = random(k * m, r);
        double[] start = random(n * m, r);
        double[] split = start.clone();
        double[] plain = start.clone();
        boolean was = JvmBackend.helperThreadInUse(); // a window test before this one may have turned it off
        try {
            JvmBackend.useHelperThread(true);
            VectorMatmul.product(a, k, 1, b, split, n, k, m, true);
        } finally {
            JvmBackend.useHelperThread(was);
        }
        JvmMatmul.nn(a, b, plain, n, k, m, true);
        assertThat(split).isEqualTo(plain);
    }

    /**
     * multiply() picks the path (plain loops or vector kernels, one thread or two): whichever it picks for these
     * shapes, the bits are the definition's. Products with one term per sum (k = 1, an output neuron's gradient)
     * take the vector kernels when they have many sums.
     */
    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"300,1,40", "256,1,64", "10,1,2", "256,64,64", "64,256,64", "1030,64,72", "10,2,4", "9,64,1",
            "64,256,1", "13,7,1", "100,3,1", "8,1,1"})
    void every_path_multiply_picks_gives_the_definitions_bits(int n, int k, int m) {
        assumeTrue(JvmMatmul.FMA, "this processor has no fused multiply-add");
        Random r = new Random(n * 131L + k * 17L + m);
        double[] start = random(n * m, r);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                double[] a = random(n * k, r);
                double[] b = random(k * m, r);
                for (boolean acc : new boolean[] {false, true}) {
                    double[] out = start.clone();
                    JvmMatmul.multiply(a, ta, b, tb, out, n, k, m, acc);
                    assertThat(out).as("ta=%s tb=%s acc=%s", ta, tb, acc)
                            .isEqualTo(multiplyDefinition(a, ta, b, tb, start, n, k, m, acc));
                }
            }
        }
    }

    /**
     * A dense layer's x · W + b in one pass (the bias added to each row as soon as its products are done, on one
     * thread or two) gives the bits of the definition's product followed by adding b.
     */
    @ParameterizedTest(name = "{0}×{1}·{1}×{2} + b")
    @CsvSource({"256,64,64", "256,7,64", "1030,64,72", "13,5,3", "10,2,4", "9,64,1", "7,9,17", "1,3,5"})
    void the_affine_map_gives_the_product_then_the_bias_bits(int n, int k, int m) {
        assumeTrue(JvmMatmul.FMA, "this processor has no fused multiply-add");
        Random r = new Random(n * 7L + k * 3L + m);
        double[] a = random(n * k, r);
        double[] b = random(k * m, r);
        double[] bias = random(m, r);
        double[] expected = definition(a, false, b, false, new double[n * m], n, k, m, false);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) expected[i * m + j] = expected[i * m + j] + bias[j];
        }
        boolean was = JvmBackend.helperThreadInUse();
        try {
            for (boolean helper : new boolean[] {false, true}) {
                JvmBackend.useHelperThread(helper);
                double[] out = random(n * m, r); // old values are overwritten, not added to
                JvmMatmul.multiplyAddRow(a, b, bias, out, n, k, m);
                assertThat(out).as("helper %s", helper).isEqualTo(expected);
                if (JvmMatmul.VECTOR) {
                    double[] vector = random(n * m, r);
                    VectorMatmul.product(a, k, 1, b, vector, n, k, m, false, bias); // whether or not warmed up yet
                    assertThat(vector).as("vector kernels, helper %s", helper).isEqualTo(expected);
                }
            }
        } finally {
            JvmBackend.useHelperThread(was);
        }
    }

    /** A bias's gradient a vector of columns at a time: each column's sum the plain loop's, row after row. */
    @ParameterizedTest(name = "{0}×{1}, columns {2}–{3}")
    @CsvSource({"256,64,0,64", "300,40,0,20", "300,40,20,40", "5,3,0,3", "17,37,2,37", "1,80,0,80", "0,16,0,16"})
    void column_sums_in_vectors_are_the_loops_sums(int rows, int cols, int from, int to) {
        assumeTrue(JvmMatmul.VECTOR, "the JVM runs without jdk.incubator.vector");
        Random r = new Random(rows * 3L + cols);
        double[] g = random(rows * cols, r);
        double[] start = random(cols, r);
        double[] expected = start.clone();
        for (int i = 0; i < rows; i++) {
            for (int c = from; c < to; c++) expected[c] += g[i * cols + c];
        }
        double[] out = start.clone();
        VectorSums.columnSums(g, out, rows, cols, from, to);
        assertThat(out).isEqualTo(expected);
    }
}
