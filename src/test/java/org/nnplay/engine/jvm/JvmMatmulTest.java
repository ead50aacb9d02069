package org.nnplay.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Vector API's blocked products against the plain loops, on every transpose and on shapes with ragged edges. */
class JvmMatmulTest {
    private static double[] random(int n, Random r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = r.nextGaussian();
        return a;
    }

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"256,64,64", "256,7,64", "64,256,64", "13,5,3", "7,9,17", "1,1,1", "5,33,8", "9,64,1", "4,2,24", "3,40,11"})
    void blocked_products_agree_with_the_plain_loops(int n, int k, int m) {
        assumeTrue(JvmMatmul.VECTOR, "the JVM runs without jdk.incubator.vector");
        Random r = new Random(n * 31L + k * 7L + m);
        double[] a = random(n * k, r);          // n × k, or read as k × n for aᵀ
        double[] b = random(k * m, r);          // k × m, or read as m × k for bᵀ
        double[] start = random(n * m, r);
        for (boolean acc : new boolean[] {false, true}) {
            double[] plain = start.clone();
            double[] fast = start.clone();
            JvmMatmul.nn(a, b, plain, n, k, m, acc);
            VectorMatmul.product(a, k, 1, b, fast, n, k, m, acc);
            assertThat(fast).as("a·b acc=" + acc).containsExactly(plain, within(1e-12));

            plain = start.clone();
            fast = start.clone();
            JvmMatmul.tn(a, b, plain, n, k, m, acc);
            VectorMatmul.product(a, 1, n, b, fast, n, k, m, acc);
            assertThat(fast).as("aᵀ·b acc=" + acc).containsExactly(plain, within(1e-12));

            plain = start.clone();
            fast = start.clone();
            JvmMatmul.nt(a, b, plain, n, k, m, acc);
            VectorMatmul.productTransposedB(a, b, fast, n, k, m, acc);
            assertThat(fast).as("a·bᵀ acc=" + acc).containsExactly(plain, within(1e-12));
        }
    }

    @org.junit.jupiter.api.Test
    void a_product_split_between_threads_is_bit_for_bit_the_one_thread_product() {
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
        double[] one = start.clone();
        VectorMatmul.product(a, k, 1, b, split, n, k, m, true);
        VectorMatmul.rows(a, k, 1, b, one, 0, n, k, m, jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.maskAll(true));
        assertThat(split).isEqualTo(one);
    }

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}")
    @CsvSource({"256,64,64", "10,8,8", "100,3,100"})
    void the_dispatcher_gives_the_plain_result_whichever_path_it_takes(int n, int k, int m) {
        Random r = new Random(3);
        double[] a = random(n * k, r);
        double[] b = random(k * m, r);
        double[] plain = new double[n * m];
        double[] any = new double[n * m];
        JvmMatmul.nn(a, b, plain, n, k, m, false);
        JvmMatmul.multiply(a, false, b, false, any, n, k, m, false);
        assertThat(any).containsExactly(plain, within(1e-12));
    }
}
