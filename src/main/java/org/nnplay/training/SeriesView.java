package org.nnplay.training;

import java.util.Arrays;

/**
 * An immutable copy of a {@link MinMaxSeries}: per bucket the x range (first/last epoch), min, max, mean and the
 * last value (NaN where a bucket saw no finite value). With width 1 every bucket is one point: x = x0, value = last.
 */
public record SeriesView(long[] x0, long[] x1, double[] min, double[] max, double[] mean, double[] last, int width,
                         long points) {
    public static final SeriesView EMPTY = new SeriesView(new long[0], new long[0], new double[0], new double[0],
            new double[0], new double[0], 1, 0);

    public int size() { return x0.length; }

    public boolean isEmpty() { return x0.length == 0; }

    /** The most recent value, NaN if none. */
    public double latest() { return last.length == 0 ? Double.NaN : last[last.length - 1]; }

    /** The largest value over the whole curve, NaN if none. */
    public double overallMax() { return Arrays.stream(max).filter(Double::isFinite).max().orElse(Double.NaN); }

    public double overallMin() { return Arrays.stream(min).filter(Double::isFinite).min().orElse(Double.NaN); }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesView s && width == s.width && points == s.points && Arrays.equals(x0, s.x0)
                && Arrays.equals(x1, s.x1) && Arrays.equals(min, s.min) && Arrays.equals(max, s.max)
                && Arrays.equals(mean, s.mean) && Arrays.equals(last, s.last);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(last) * 31 + Long.hashCode(points); }

    @Override
    public String toString() { return "SeriesView[" + size() + " buckets × " + width + ", " + points + " points]"; }
}
