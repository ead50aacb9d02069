package org.nnplay.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A small honest harness: warm up for a while (the JIT compiles the hot loop), then time several rounds of a fixed
 * duration and report the median rate and the spread. Each round calls {@code work} repeatedly; it returns how many
 * units (epochs, grids) it did.
 */
public final class Measure {
    public record Result(double median, double min, double max, int rounds) {}

    private Measure() {}

    public static Result rate(LongSupplier work, double warmupSeconds, double roundSeconds, int rounds) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < end) {
            work.getAsLong();
        }
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long units = 0;
            long t0 = System.nanoTime();
            long stop = t0 + (long) (roundSeconds * 1e9);
            long t;
            do {
                units += work.getAsLong();
                t = System.nanoTime();
            } while (t < stop);
            rates[r] = units / ((t - t0) / 1e9);
        }
        Arrays.sort(rates);
        return new Result(rates[rounds / 2], rates[0], rates[rounds - 1], rounds);
    }
}
