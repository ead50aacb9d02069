package org.nnplay.experiment;

import java.util.Arrays;

/** Copies and checks of the number arrays in {@link Weights}. */
final class Arrays2 {
    static final Range VALUE = Range.closed(-1e6, 1e6);

    private Arrays2() {}

    /** A copy of a vector of finite values within ±10⁶, with {@code length} entries (any when negative). */
    static double[] vector(String field, double[] v, int length) {
        Checks.notNull(field, v);
        if (length >= 0 && v.length != length) {
            throw new InvalidSettingException(field,
                    "has " + Checks.count(v.length, "entry", "entries") + ": expected " + length);
        }
        for (int i = 0; i < v.length; i++) {
            VALUE.check(field + "[" + i + "]", v[i]);
        }
        return v.clone();
    }

    /** A copy of a non-empty rectangular matrix. */
    static double[][] matrix(String field, double[][] m) {
        Checks.notNull(field, m);
        if (m.length == 0 || m[0] == null || m[0].length == 0) {
            throw new InvalidSettingException(field, "is empty: expected at least one row and one column");
        }
        double[][] copy = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            copy[r] = vector(field + "[" + r + "]", m[r], m[0].length);
        }
        return copy;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }

    static String toString(double[][] m) {
        return Arrays.deepToString(m);
    }
}
