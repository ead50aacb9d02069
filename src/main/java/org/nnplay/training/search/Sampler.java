package org.nnplay.training.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a strategy, a space and a trial count into the trials' values. All the randomness is here, on the caller's
 * thread and from one seed, before any trial runs, so a search gives the same trials whatever the number of
 * threads that train them.
 */
public final class Sampler {
    private Sampler() {}

    /** The trials of a plan, in order. A two-parameter grid may hold fewer than {@code n}: see {@link #gridShape}. */
    public static List<Trial> trials(Strategy strategy, SearchSpace space, int n, long seed) {
        if (n < 1) throw new IllegalArgumentException("a search needs at least one trial");
        List<Trial> out = new ArrayList<>();
        if (strategy == Strategy.RANDOM) {
            double[] lr = random(space.learningRate(), n, new SplittableRandom(seed));
            double[] l2 = space.searchesL2() ? random(space.l2(), n, new SplittableRandom(seed).split()) : null;
            for (int i = 0; i < n; i++) {
                out.add(new Trial(i, strategy, lr[i], l2 == null ? Double.NaN : l2[i]));
            }
            return out;
        }
        if (!space.searchesL2()) {
            double[] lr = grid(space.learningRate(), n);
            for (int i = 0; i < n; i++) out.add(new Trial(i, strategy, lr[i], Double.NaN));
            return out;
        }
        int[] shape = gridShape(n);
        double[] lr = grid(space.learningRate(), shape[0]);
        double[] l2 = grid(space.l2(), shape[1]);
        for (double b : l2) {
            for (double a : lr) out.add(new Trial(out.size(), strategy, a, b));
        }
        return out;
    }

    /**
     * The learning-rate × L2 counts of a two-parameter grid of at most {@code n} trials: ⌈√n⌉ learning rates and as
     * many L2 rates as fit (10 trials give 4 × 2 = 8). The lecture's point shows in it: only 4 distinct learning rates.
     */
    public static int[] gridShape(int n) {
        int a = (int) Math.ceil(Math.sqrt(n));
        int b = Math.max(1, n / a);
        return new int[] {a, b};
    }

    /** {@code n} values e^x, x evenly spaced from lo to hi inclusive (one value: the middle). */
    public static double[] grid(LogRange r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? r.center() : r.lo() + r.width() * i / (n - 1);
            v[i] = Math.exp(x);
        }
        return v;
    }

    /** {@code n} values e^x with x ~ U[lo, hi]: log-uniform, each decade as likely as the next. */
    public static double[] random(LogRange r, int n, SplittableRandom rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.exp(r.lo() + r.width() * rng.nextDouble());
        }
        return v;
    }
}
