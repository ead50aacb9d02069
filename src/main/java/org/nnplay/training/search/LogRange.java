package org.nnplay.training.search;

import java.util.Locale;

/**
 * A range of exponents [lo, hi]: the values searched are e^x for x in it. Learning rates and penalty strengths
 * matter by their order of magnitude (0.001 against 0.01, not 0.5 against 0.51), so they are sampled and compared
 * in log space; the lecture's default for the learning rate is x ~ U[−5, 0], i.e. 0.0067 to 1.
 */
public record LogRange(double lo, double hi) {
    /** The lecture's learning-rate range. */
    public static final LogRange LECTURE_LEARNING_RATE = new LogRange(-5, 0);

    public LogRange {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("the range's ends must be numbers, found " + lo + ", " + hi);
        }
        if (lo > hi) {
            throw new IllegalArgumentException("the range's low end " + fmt(lo) + " is above its high end " + fmt(hi));
        }
    }

    public double width() { return hi - lo; }

    public double center() { return (lo + hi) / 2; }

    /** e^lo, the smallest value searched. */
    public double min() { return Math.exp(lo); }

    /** e^hi, the largest value searched. */
    public double max() { return Math.exp(hi); }

    /** Whether value = e^x has x in the range (with a little slack for rounding). */
    public boolean containsValue(double value) {
        double x = Math.log(value);
        return x >= lo - 1e-9 && x <= hi + 1e-9;
    }

    /** "[−5, 0]": the exponents, two decimals at most. */
    @Override
    public String toString() { return "[" + fmt(lo) + ", " + fmt(hi) + "]"; }

    static String fmt(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
