package org.nnplay.ui.landscape;

import org.nnplay.training.landscape.Slice;

/**
 * Where weights fall on a slice: the (α, β) minimising ‖w − (centre + α·d1 + β·d2)‖, by the 2 × 2 normal
 * equations (the directions need be neither unit nor orthogonal). Used to move the current point and to put
 * recorded snapshots on a plane they were not fitted to.
 */
public final class SliceProjection {
    private final double[] centre;
    private final double[] d1;
    private final double[] d2;
    private final double g11;
    private final double g12;
    private final double g22;
    private final double det;

    public SliceProjection(Slice slice) {
        this.centre = slice.center();
        this.d1 = slice.d1();
        this.d2 = slice.d2();
        this.g11 = dot(d1, d1);
        this.g12 = dot(d1, d2);
        this.g22 = dot(d2, d2);
        this.det = g11 * g22 - g12 * g12;
    }

    /** {α, β}; a degenerate second direction (zero) gives β = 0. */
    public double[] project(double[] w) {
        if (w.length != centre.length) {
            throw new IllegalArgumentException("projection: " + w.length + " weights, slice has " + centre.length);
        }
        double r1 = 0;
        double r2 = 0;
        for (int k = 0; k < w.length; k++) {
            double d = w[k] - centre[k];
            r1 += d * d1[k];
            r2 += d * d2[k];
        }
        if (Math.abs(det) <= 1e-12 * Math.max(1e-300, g11 * g22)) {
            return new double[] {g11 > 0 ? r1 / g11 : 0, 0};
        }
        return new double[] {(g22 * r1 - g12 * r2) / det, (g11 * r2 - g12 * r1) / det};
    }

    /** ‖d1‖: the weight-space length of one unit of α. */
    public double unitLength() { return Math.sqrt(g11); }

    public int size() { return centre.length; }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
