package org.nnplay.engine.jvm;

/**
 * tanh as the JVM backend computes it, from multiply-adds alone, so that {@link VectorTanh} can compute exactly the
 * same bits a vector of values at a time: tanh x = 1 − 2 / (e^{2x} + 1), with e^z = 2^n · e^r for n the integer
 * nearest z / ln 2 and |r| ≤ ln 2 / 2, e^r by its Taylor polynomial to r^13 (the next term is below 4e-18 of it),
 * evaluated by Horner's rule with fused multiply-adds. Within 4e-16 of {@link Math#tanh} everywhere (the test checks
 * a million points); ±1 exactly beyond |x| = 20, NaN for NaN.
 *
 * <p>A playground's training is mostly tanh: 32 % of config b's time went to {@code Math.exp}, one value at a time.
 */
final class Tanh {
    private Tanh() {}

    static final double LOG2E = 1.4426950408889634;
    /** ln 2 in two parts, so that z − n·ln 2 keeps its precision for every n used. */
    static final double LN2_HI = 0.6931471803691238;
    static final double LN2_LO = 1.9082149292705877e-10;
    /**
     * 1.5 · 2^52: v = z·log2 e + SHIFT rounds z·log2 e to the nearest integer n, v − SHIFT is n exactly, and the last
     * bits of v hold n, from which 2^n's bits are made without a conversion.
     */
    static final double SHIFT = 0x1.8p52;
    /** Beyond this |2x|, tanh x is ±1 to double precision (and e^{2x} would overflow further on). */
    static final double LIMIT = 40.0;
    /** 1/13!, 1/12!, …, 1/1!, 1/0!: e^r's Taylor coefficients, highest first, for Horner's rule. */
    static final double[] TAYLOR = {
        1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0, 1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0,
        1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0};

    static double of(double x) {
        double z = Math.min(Math.max(2 * x, -LIMIT), LIMIT);
        double v = Math.fma(z, LOG2E, SHIFT);
        double n = v - SHIFT;
        double r = Math.fma(-n, LN2_HI, z);
        r = Math.fma(-n, LN2_LO, r);
        double p = TAYLOR[0];
        for (int c = 1; c < TAYLOR.length; c++) {
            p = Math.fma(p, r, TAYLOR[c]);
        }
        double e = p * Double.longBitsToDouble((Double.doubleToRawLongBits(v) + 1023) << 52);
        return 1 - 2 / (e + 1);
    }

    /** ys[i] = tanh xs[i] for i in [from, to): a vector at a time where the JVM can, the same bits either way. */
    static void of(double[] xs, double[] ys, int from, int to) {
        if (JvmMatmul.VECTOR && VectorWarmUp.ready()) {
            VectorTanh.of(xs, ys, from, to);
        } else {
            for (int i = from; i < to; i++) ys[i] = of(xs[i]);
        }
    }
}
