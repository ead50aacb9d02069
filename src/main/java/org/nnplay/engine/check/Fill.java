package org.nnplay.engine.check;

import java.util.Random;

/** How a check's input is filled: random numbers from a seeded generator, row-major, rows × cols of them. */
@FunctionalInterface
public interface Fill {
    double[] sample(Random rnd, int rows, int cols);

    /** Uniform in [lo, hi). */
    static Fill uniform(double lo, double hi) {
        return (rnd, rows, cols) -> {
            double[] d = new double[rows * cols];
            for (int i = 0; i < d.length; i++) {
                d[i] = lo + (hi - lo) * rnd.nextDouble();
            }
            return d;
        };
    }

    /** Uniform in ±[lo, hi): away from zero, for kinks (abs, relu, step) and divisors. */
    static Fill awayFromZero(double lo, double hi) {
        return (rnd, rows, cols) -> {
            double[] d = uniform(lo, hi).sample(rnd, rows, cols);
            for (int i = 0; i < d.length; i++) {
                d[i] = rnd.nextBoolean() ? d[i] : -d[i];
            }
            return d;
        };
    }

    /** 0 or 1 with equal odds: binary targets. */
    static Fill bits() {
        return (rnd, rows, cols) -> {
            double[] d = new double[rows * cols];
            for (int i = 0; i < d.length; i++) {
                d[i] = rnd.nextBoolean() ? 1 : 0;
            }
            return d;
        };
    }

    /** One 1 per row at a random column: class targets. */
    static Fill oneHot() {
        return (rnd, rows, cols) -> {
            double[] d = new double[rows * cols];
            for (int r = 0; r < rows; r++) {
                d[r * cols + rnd.nextInt(cols)] = 1;
            }
            return d;
        };
    }

    /** An inverted-dropout mask: 1/keep with probability keep, else 0. */
    static Fill dropoutMask(double keep) {
        return (rnd, rows, cols) -> {
            double[] d = new double[rows * cols];
            for (int i = 0; i < d.length; i++) {
                d[i] = rnd.nextDouble() < keep ? 1 / keep : 0;
            }
            return d;
        };
    }

    /** The same value everywhere. */
    static Fill constant(double value) {
        return (rnd, rows, cols) -> {
            double[] d = new double[rows * cols];
            java.util.Arrays.fill(d, value);
            return d;
        };
    }
}
