package org.nnplay.training.landscape;

/**
 * An immutable n × n grid of losses over [alphaMin, alphaMax] × [betaMin, betaMax], both ends included: the value
 * at (α_i, β_j) is {@code loss(i, j)}, stored row by row (β rows, α columns). {@code level} counts from 0 (the
 * coarsest) to {@code levels − 1}; {@code complete} is true for the final, full-resolution grid. Losses may be NaN
 * or infinite where the network blows up.
 */
public record LandscapeGrid(double alphaMin, double alphaMax, double betaMin, double betaMax, int n,
                            double[] losses, int level, int levels, String alphaLabel, String betaLabel) {
    public LandscapeGrid {
        if (losses.length != n * n) {
            throw new IllegalArgumentException("grid: " + losses.length + " values for " + n + " × " + n);
        }
        losses = losses.clone();
    }

    /** A copy of the values, row-major with β rows: index j·n + i. */
    @Override public double[] losses() { return losses.clone(); }

    public boolean complete() { return level == levels - 1; }

    public double alpha(int i) { return alphaMin + (alphaMax - alphaMin) * i / (n - 1); }

    public double beta(int j) { return betaMin + (betaMax - betaMin) * j / (n - 1); }

    public double loss(int i, int j) { return losses[j * n + i]; }

    /**
     * The loss at (α, β), bilinear between the four grid points around it (the nearest of them where one is not
     * finite); points outside the grid take the nearest edge's value.
     */
    public double lossAt(double alpha, double beta) {
        double gx = Math.clamp((alpha - alphaMin) / (alphaMax - alphaMin) * (n - 1), 0, n - 1);
        double gy = Math.clamp((beta - betaMin) / (betaMax - betaMin) * (n - 1), 0, n - 1);
        int i = Math.min((int) gx, n - 2);
        int j = Math.min((int) gy, n - 2);
        double fx = gx - i;
        double fy = gy - j;
        double a = loss(i, j);
        double b = loss(i + 1, j);
        double c = loss(i + 1, j + 1);
        double d = loss(i, j + 1);
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
            return loss((int) Math.round(gx), (int) Math.round(gy));
        }
        return (a * (1 - fx) + b * fx) * (1 - fy) + (d * (1 - fx) + c * fx) * fy;
    }

    /** Smallest finite loss (NaN when none is finite). */
    public double min() {
        double m = Double.NaN;
        for (double v : losses) {
            if (Double.isFinite(v) && !(v >= m)) m = v;
        }
        return m;
    }

    /** Largest finite loss (NaN when none is finite). */
    public double max() {
        double m = Double.NaN;
        for (double v : losses) {
            if (Double.isFinite(v) && !(v <= m)) m = v;
        }
        return m;
    }

    /** Index j·n + i of the smallest finite loss, −1 when none is finite. */
    public int argMin() {
        int best = -1;
        for (int k = 0; k < losses.length; k++) {
            if (Double.isFinite(losses[k]) && (best < 0 || losses[k] < losses[best])) best = k;
        }
        return best;
    }
}
