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

    /**
     * This curve with every {@code k} consecutive buckets merged into one (the last group may be shorter): the x range
     * spans the group, min and max are the group's extremes, the mean is weighted by each bucket's epochs, last is the
     * group's last. A group with any non-finite value is non-finite, so a gap in the curve is never hidden. For
     * drawing a curve with no more points than its plot has room for; {@code k <= 1} returns this view.
     */
    public SeriesView coarsen(int k) {
        int n = size();
        if (k <= 1 || n <= 1) return this;
        int m = (n + k - 1) / k;
        long[] gx0 = new long[m], gx1 = new long[m];
        double[] gmin = new double[m], gmax = new double[m], gmean = new double[m], glast = new double[m];
        for (int g = 0; g < m; g++) {
            int from = g * k, to = Math.min(n, from + k);
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, sum = 0, weight = 0;
            boolean finite = true;
            for (int i = from; i < to; i++) {
                finite &= Double.isFinite(min[i]) && Double.isFinite(max[i]) && Double.isFinite(mean[i]);
                lo = Math.min(lo, min[i]);
                hi = Math.max(hi, max[i]);
                double w = x1[i] - x0[i] + 1;
                sum += mean[i] * w;
                weight += w;
            }
            gx0[g] = x0[from];
            gx1[g] = x1[to - 1];
            gmin[g] = finite ? lo : Double.NaN;
            gmax[g] = finite ? hi : Double.NaN;
            gmean[g] = finite ? sum / weight : Double.NaN;
            glast[g] = last[to - 1];
        }
        return new SeriesView(gx0, gx1, gmin, gmax, gmean, glast, width * k, points);
    }

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
