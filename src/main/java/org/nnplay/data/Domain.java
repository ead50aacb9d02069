package org.nnplay.data;

import java.util.List;

/**
 * The rectangle of the plane a data set lives in and the plot shows: x1 in [x1Min, x1Max], x2 in [x2Min, x2Max].
 * The built-in TensorFlow Playground sets use the square [-6, 6]²; "Will I pass this class?" uses [0, 30] × [0, 40].
 */
public record Domain(double x1Min, double x1Max, double x2Min, double x2Max) {
    public Domain {
        requireRange("x1", x1Min, x1Max);
        requireRange("x2", x2Min, x2Max);
    }

    /** The square [-extent, extent]². */
    public static Domain square(double extent) {
        return new Domain(-extent, extent, -extent, extent);
    }

    /**
     * The bounding box of {@code samples} widened by {@code padFraction} of its size on every side (an axis where all
     * points share one value is widened by 1 on each side). Used for imported data.
     */
    public static Domain around(List<Sample> samples, double padFraction) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("cannot compute a domain around no samples");
        }
        double a = Double.POSITIVE_INFINITY, b = Double.NEGATIVE_INFINITY;
        double c = Double.POSITIVE_INFINITY, d = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            a = Math.min(a, s.x1());
            b = Math.max(b, s.x1());
            c = Math.min(c, s.x2());
            d = Math.max(d, s.x2());
        }
        double p1 = b > a ? (b - a) * padFraction : 1;
        double p2 = d > c ? (d - c) * padFraction : 1;
        return new Domain(a - p1, b + p1, c - p2, d + p2);
    }

    /** The largest absolute coordinate of the rectangle: for a square domain, its half-width. */
    public double extent() {
        return Math.max(Math.max(Math.abs(x1Min), Math.abs(x1Max)), Math.max(Math.abs(x2Min), Math.abs(x2Max)));
    }

    public double width() { return x1Max - x1Min; }

    public double height() { return x2Max - x2Min; }

    public boolean contains(double x1, double x2) {
        return x1 >= x1Min && x1 <= x1Max && x2 >= x2Min && x2 <= x2Max;
    }

    private static void requireRange(String axis, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(axis + " range must be finite with min < max, was [" + min + ", " + max + "]");
        }
    }
}
