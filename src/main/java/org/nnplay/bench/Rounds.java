package org.nnplay.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Contenders in turns: a warm-up round each (the JIT compiles, ND4J sizes its buffers), then {@code rounds} cycles
 * in which each runs one round. Each cycle starts one contender further on (0 1 2, 1 2 0, 2 0 1, …), so that none
 * always follows the same neighbour (with a fixed order, the same JVM backend measured 0.6–0.9× as fast in the
 * slot after ND4J's round as in the slot after Node's, in three runs on a loaded 2-core machine). Figures are medians
 * over the cycles, and a ratio between two contenders is the median of their ratios cycle by cycle: each pair ran
 * within the same few seconds.
 */
final class Rounds {
    /**
     * Each round starts after this long idle. ND4J's native threads keep spinning after its last op: the process
     * used 110 ms of processor time in the 200 ms after fifty 512 × 512 products (190 % of a core in the first
     * 5 ms), so a JVM round that began right after an ND4J round (or the peak's) shared both cores with them for its
     * first tenth of a second, and a two-thread JVM step waits for its slower half.
     */
    static final double SETTLE_SECONDS = 0.15;

    private Rounds() {}

    /** rates[contender][cycle], each round after {@code settleSeconds} idle. */
    static double[][] run(List<Contender> contenders, double warmSeconds, double roundSeconds, int rounds,
                          double settleSeconds) {
        for (Contender c : contenders) {
            settle(settleSeconds);
            c.round(warmSeconds);
        }
        double[][] rates = new double[contenders.size()][rounds];
        int n = contenders.size();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int i = (r + k) % n;
                settle(settleSeconds);
                rates[i][r] = contenders.get(i).round(roundSeconds);
            }
        }
        return rates;
    }

    private static void settle(double seconds) {
        if (seconds <= 0) {
            return;
        }
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double min(double[] xs) { return Arrays.stream(xs).min().orElse(Double.NaN); }

    static double max(double[] xs) { return Arrays.stream(xs).max().orElse(Double.NaN); }

    /** The median over cycles of a[r] / b[r]. */
    static double medianRatio(double[] a, double[] b) {
        double[] q = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            q[r] = a[r] / b[r];
        }
        return median(q);
    }
}
