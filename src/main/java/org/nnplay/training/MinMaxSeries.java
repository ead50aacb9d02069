package org.nnplay.training;

import java.util.Arrays;

/**
 * A curve of (x, value) points in bounded memory: at most {@code capacity} buckets of {@code width} consecutive
 * points each, keeping first/last x, min, max, sum and last value. When the buckets are full, neighbours merge in
 * pairs and the width doubles, so a run of millions of epochs keeps the curve's shape and every spike survives as a
 * bucket's max (or min). Non-finite values are counted in x but not in the statistics. Not thread-safe.
 */
public final class MinMaxSeries {
    private final int capacity;
    private final long[] x0;
    private final long[] x1;
    private final double[] min;
    private final double[] max;
    private final double[] sum;
    private final int[] finite;
    private final int[] count;
    private final double[] last;
    private int size;
    private int width = 1;
    private long points;

    public MinMaxSeries(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and ≥ 2, got " + capacity);
        }
        this.capacity = capacity;
        x0 = new long[capacity];
        x1 = new long[capacity];
        min = new double[capacity];
        max = new double[capacity];
        sum = new double[capacity];
        finite = new int[capacity];
        count = new int[capacity];
        last = new double[capacity];
    }

    public void add(long x, double v) {
        if (size == 0 || count[size - 1] == width) {
            if (size == capacity) {
                merge();
            }
            int b = size++;
            x0[b] = x;
            min[b] = Double.POSITIVE_INFINITY;
            max[b] = Double.NEGATIVE_INFINITY;
            sum[b] = 0;
            finite[b] = 0;
            count[b] = 0;
        }
        int b = size - 1;
        x1[b] = x;
        count[b]++;
        last[b] = v;
        if (Double.isFinite(v)) {
            min[b] = Math.min(min[b], v);
            max[b] = Math.max(max[b], v);
            sum[b] += v;
            finite[b]++;
        }
        points++;
    }

    private void merge() {
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            int a = 2 * i;
            int c = a + 1;
            x0[i] = x0[a];
            x1[i] = x1[c];
            min[i] = Math.min(min[a], min[c]);
            max[i] = Math.max(max[a], max[c]);
            sum[i] = sum[a] + sum[c];
            finite[i] = finite[a] + finite[c];
            count[i] = count[a] + count[c];
            last[i] = last[c];
        }
        size = half;
        width *= 2;
    }

    public int size() { return size; }

    public int capacity() { return capacity; }

    /** Points per full bucket. */
    public int width() { return width; }

    /** Points added in all. */
    public long points() { return points; }

    public void clear() {
        size = 0;
        width = 1;
        points = 0;
    }

    /** Everything a series holds, for a checkpoint: its buckets as parallel arrays of {@code size} entries. */
    public record State(int width, long points, long[] x0, long[] x1, double[] min, double[] max, double[] sum,
                        int[] finite, int[] count, double[] last) {}

    public State state() {
        return new State(width, points, Arrays.copyOf(x0, size), Arrays.copyOf(x1, size), Arrays.copyOf(min, size),
                Arrays.copyOf(max, size), Arrays.copyOf(sum, size), Arrays.copyOf(finite, size),
                Arrays.copyOf(count, size), Arrays.copyOf(last, size));
    }

    /**
     * A series of {@code capacity} buckets holding {@code s}.
     *
     * @throws IllegalArgumentException when the state does not hold together (arrays of other lengths, more buckets
     *     than the capacity, a width that is not a power of two)
     */
    public static MinMaxSeries of(int capacity, State s) {
        MinMaxSeries m = new MinMaxSeries(capacity);
        int n = s.x0().length;
        for (Object a : new Object[] {s.x1(), s.min(), s.max(), s.sum(), s.finite(), s.count(), s.last()}) {
            if (java.lang.reflect.Array.getLength(a) != n) {
                throw new IllegalArgumentException("a saved curve's columns have different lengths");
            }
        }
        if (n > capacity || s.width() < 1 || Integer.bitCount(s.width()) != 1 || s.points() < 0) {
            throw new IllegalArgumentException("a saved curve has " + n + " buckets of width " + s.width()
                    + ": at most " + capacity + " of a power of two");
        }
        System.arraycopy(s.x0(), 0, m.x0, 0, n);
        System.arraycopy(s.x1(), 0, m.x1, 0, n);
        System.arraycopy(s.min(), 0, m.min, 0, n);
        System.arraycopy(s.max(), 0, m.max, 0, n);
        System.arraycopy(s.sum(), 0, m.sum, 0, n);
        System.arraycopy(s.finite(), 0, m.finite, 0, n);
        System.arraycopy(s.count(), 0, m.count, 0, n);
        System.arraycopy(s.last(), 0, m.last, 0, n);
        m.size = n;
        m.width = s.width();
        m.points = s.points();
        return m;
    }

    /** An immutable copy. */
    public SeriesView view() {
        double[] mean = new double[size];
        double[] mn = new double[size];
        double[] mx = new double[size];
        for (int i = 0; i < size; i++) {
            boolean any = finite[i] > 0;
            mean[i] = any ? sum[i] / finite[i] : Double.NaN;
            mn[i] = any ? min[i] : Double.NaN;
            mx[i] = any ? max[i] : Double.NaN;
        }
        return new SeriesView(Arrays.copyOf(x0, size), Arrays.copyOf(x1, size), mn, mx, mean,
                Arrays.copyOf(last, size), width, points);
    }
}
