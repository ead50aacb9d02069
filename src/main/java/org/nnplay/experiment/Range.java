package org.nnplay.experiment;

/**
 * An allowed interval of a numeric setting, printed in interval notation: {@code [0, 50]}, {@code (0, 10]}.
 * Comparisons are written so that NaN is never inside a range.
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen) {

    public static Range closed(double min, double max) { return new Range(min, false, max, false); }

    public static Range openClosed(double min, double max) { return new Range(min, true, max, false); }

    public static Range closedOpen(double min, double max) { return new Range(min, false, max, true); }

    public boolean contains(double v) {
        boolean aboveMin = minOpen ? v > min : v >= min;
        boolean belowMax = maxOpen ? v < max : v <= max;
        return aboveMin && belowMax;
    }

    /** Returns {@code v}, or throws naming {@code field}, the value and this range. */
    public double check(String field, double v) {
        if (!contains(v)) {
            throw new InvalidSettingException(field, "= " + format(v) + " is out of range: allowed " + this);
        }
        return v;
    }

    public int check(String field, int v) {
        check(field, (double) v);
        return v;
    }

    @Override
    public String toString() {
        return (minOpen ? "(" : "[") + format(min) + ", " + format(max) + (maxOpen ? ")" : "]");
    }

    /**
     * Whole numbers without ".0" (so a file's {@code -1} reads back as "-1"), up to 10¹⁸ (the data limits' 10¹⁵
     * included); others as Java prints them.
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e18) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
