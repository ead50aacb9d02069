package org.nnplay.engine.nn;

import java.util.Random;

/** Weight initialisers. {@code scale} is σ for NORMAL and a for UNIFORM (U(−a, a)); the others derive theirs from fan-in/out. */
public final class Init {
    private Init() {}

    public static void fill(double[] w, int fanIn, int fanOut, InitKind kind, double scale, Random rng) {
        for (int i = 0; i < w.length; i++) {
            w[i] = sample(kind, fanIn, fanOut, scale, rng);
        }
    }

    static double sample(InitKind kind, int fanIn, int fanOut, double scale, Random rng) {
        return switch (kind) {
            case GLOROT_UNIFORM -> uniform(rng, Math.sqrt(6.0 / (fanIn + fanOut)));
            case GLOROT_NORMAL -> rng.nextGaussian() * Math.sqrt(2.0 / (fanIn + fanOut));
            case HE_UNIFORM -> uniform(rng, Math.sqrt(6.0 / fanIn));
            case HE_NORMAL -> rng.nextGaussian() * Math.sqrt(2.0 / fanIn);
            case LECUN -> rng.nextGaussian() * Math.sqrt(1.0 / fanIn);
            case NORMAL -> rng.nextGaussian() * scale;
            case UNIFORM -> uniform(rng, scale);
            case ZEROS -> 0.0;
        };
    }

    private static double uniform(Random rng, double a) {
        return (2 * rng.nextDouble() - 1) * a;
    }
}
