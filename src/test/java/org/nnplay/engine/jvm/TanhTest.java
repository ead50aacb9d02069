package org.nnplay.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The JVM backend's tanh: close to {@link Math#tanh} everywhere, and the same bits a vector at a time. */
class TanhTest {
    @Test
    void is_within_4e_16_of_math_tanh_over_a_million_points() {
        double worst = 0;
        for (int i = -500_000; i <= 500_000; i++) {
            double x = i * 5e-5 * (i % 11 == 0 ? 40 : 1); // steps of 5e-5 in [−25, 25], every 11th reaching to ±1000
            worst = Math.max(worst, Math.abs(Tanh.of(x) - Math.tanh(x)));
        }
        assertThat(worst).isLessThan(4e-16);
    }

    @Test
    void saturates_exactly_and_keeps_nan() {
        assertThat(Tanh.of(0.0)).isEqualTo(0.0);
        assertThat(Tanh.of(20.0)).isEqualTo(1.0);
        assertThat(Tanh.of(-35.5)).isEqualTo(-1.0);
        assertThat(Tanh.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Tanh.of(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Tanh.of(Double.NaN)).isNaN();
        assertThat(Tanh.of(1e-300)).isCloseTo(0.0, within(1e-16));
        assertThat(Tanh.of(0.5)).isCloseTo(0.46211715726000974, within(1e-16));
    }

    @Test
    void the_vector_path_gives_the_scalar_bits_for_every_length_and_offset() {
        assumeTrue(JvmMatmul.VECTOR, "the JVM runs without jdk.incubator.vector");
        Random r = new Random(5);
        double[] xs = new double[90];
        for (int i = 0; i < xs.length; i++) xs[i] = r.nextGaussian() * 4;
        xs[7] = Double.NaN;
        xs[8] = 300;
        xs[9] = -0.0;
        xs[10] = -300;
        xs[11] = Double.POSITIVE_INFINITY;
        xs[12] = Double.NEGATIVE_INFINITY;
        xs[13] = 20.0;
        xs[14] = -20.0;
        for (int from = 0; from < 9; from++) {
            for (int to = from; to <= xs.length; to += 7) {
                double[] vector = new double[xs.length];
                double[] scalar = new double[xs.length];
                VectorTanh.of(xs, vector, from, to);
                for (int i = from; i < to; i++) scalar[i] = Tanh.of(xs[i]);
                assertThat(vector).as("[%d, %d)", from, to).isEqualTo(scalar);
            }
        }
    }
}
