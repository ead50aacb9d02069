package org.nnplay.data;

import java.util.List;

/**
 * How a data set's own units map to what the network sees. The plot, the probe and every export stay in the data's
 * units; the network gets x1 and x2 standardised ((x − mean) / std) when a column lies outside the playground's
 * range, and regression targets mapped onto [−1, 1] when they lie outside it, so that default settings (tanh, a
 * learning rate of 0.03) learn real measurements as they learn the playground's sets. Inside those ranges nothing
 * changes: the built-in TensorFlow Playground sets keep their numbers exactly.
 */
public record Scaling(Affine x1, Affine x2, Affine y) {
    /** The playground's range of x1 and x2: its sets live in [−6, 6]². */
    public static final double INPUT_RANGE = Generators.PLAYGROUND_EXTENT;
    /** The range of regression targets the value map shows: [−1, 1]. */
    public static final double VALUE_RANGE = 1;
    /** A column narrower than this share of the playground's range is standardised too (values 0.001–0.005). */
    static final double NARROW = 0.02;

    public static final Scaling IDENTITY = new Scaling(Affine.IDENTITY, Affine.IDENTITY, Affine.IDENTITY);

    public Scaling {
        if (x1 == null || x2 == null || y == null) {
            throw new IllegalArgumentException("a scaling needs x1, x2 and y");
        }
    }

    /** {@code v ↦ (v − center) / scale}; {@code scale} > 0. */
    public record Affine(double center, double scale) {
        public static final Affine IDENTITY = new Affine(0, 1);

        public Affine {
            if (!Double.isFinite(center) || !(scale > 0) || !Double.isFinite(scale)) {
                throw new IllegalArgumentException("an affine map needs a finite center and a positive scale, was "
                        + center + ", " + scale);
            }
        }

        /** Data units → network units. */
        public double toNetwork(double v) { return (v - center) / scale; }

        /** Network units → data units. */
        public double toData(double u) { return u * scale + center; }

        public boolean isIdentity() { return center == 0 && scale == 1; }
    }

    public boolean isIdentity() { return x1.isIdentity() && x2.isIdentity() && y.isIdentity(); }

    /** Whether the inputs x1, x2 reach the network unchanged. */
    public boolean inputsUnchanged() { return x1.isIdentity() && x2.isIdentity(); }

    /**
     * The scaling of {@code samples}: a column whose values leave [−6, 6] (or span less than {@value #NARROW} of it)
     * is standardised with its mean and deviation; regression targets outside [−1, 1] are mapped from [min, max]
     * onto [−1, 1]. (The built-in playground sets are given {@link #IDENTITY} whatever their noise.)
     */
    public static Scaling fit(List<Sample> samples, ProblemType type) {
        if (samples.isEmpty()) {
            return IDENTITY;
        }
        Affine a = outside(samples, 0) ? standardise(samples, 0) : Affine.IDENTITY;
        Affine b = outside(samples, 1) ? standardise(samples, 1) : Affine.IDENTITY;
        Affine c = Affine.IDENTITY;
        if (type == ProblemType.REGRESSION) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Sample s : samples) {
                lo = Math.min(lo, s.y());
                hi = Math.max(hi, s.y());
            }
            if (lo < -VALUE_RANGE || hi > VALUE_RANGE) {
                c = new Affine((lo + hi) / 2, hi > lo ? (hi - lo) / 2 : Math.max(1, Math.abs(lo)));
            }
        }
        return new Scaling(a, b, c);
    }

    private static boolean outside(List<Sample> samples, int column) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            double v = column == 0 ? s.x1() : s.x2();
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return min < -INPUT_RANGE || max > INPUT_RANGE || max - min < NARROW * INPUT_RANGE;
    }

    private static Affine standardise(List<Sample> samples, int column) {
        double mean = 0, m2 = 0;
        int n = 0;
        for (Sample s : samples) {
            double v = column == 0 ? s.x1() : s.x2();
            n++;
            double d = v - mean;
            mean += d / n;
            m2 += d * (v - mean);
        }
        double sd = Math.sqrt(m2 / n);
        return new Affine(mean, sd > 1e-12 * Math.max(1, Math.abs(mean)) ? sd : 1);
    }
}
