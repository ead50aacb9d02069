package org.nnplay.training.landscape;

import java.util.concurrent.CancellationException;

/**
 * The loss along the straight line from the initial weights θ₀ to the current ones θ₁ (Goodfellow et al.'s 1-D
 * interpolation): L((1 − α)·θ₀ + α·θ₁) for N values of α evenly spaced from {@code alphaMin} to {@code alphaMax}
 * (by default −0.25 to 1.25, so the view shows a little beyond both ends). α = 0 is the start, α = 1 now.
 */
public record LineInterpolation(double[] alphas, double[] losses) {
    public static final double DEFAULT_MIN = -0.25;
    public static final double DEFAULT_MAX = 1.25;
    public static final int DEFAULT_POINTS = 61;

    public LineInterpolation {
        alphas = alphas.clone();
        losses = losses.clone();
    }

    @Override public double[] alphas() { return alphas.clone(); }

    @Override public double[] losses() { return losses.clone(); }

    public int size() { return alphas.length; }

    public static LineInterpolation compute(LossSetup loss, double[] from, double[] to) {
        return compute(loss, from, to, DEFAULT_MIN, DEFAULT_MAX, DEFAULT_POINTS, CancellationToken.none());
    }

    /** Runs on the caller's thread, checking {@code token} between points (throws CancellationException). */
    public static LineInterpolation compute(LossSetup loss, double[] from, double[] to, double alphaMin,
                                            double alphaMax, int points, CancellationToken token) {
        if (points < 2) {
            throw new IllegalArgumentException("interpolation needs at least 2 points, got " + points);
        }
        if (!(alphaMax > alphaMin) || !Double.isFinite(alphaMax - alphaMin)) {
            throw new IllegalArgumentException("interpolation range must be finite and non-empty, got [" + alphaMin
                    + ", " + alphaMax + "]");
        }
        if (from.length != to.length) {
            throw new IllegalArgumentException("interpolation: " + from.length + " and " + to.length + " weights");
        }
        double[] dir = new double[from.length];
        for (int k = 0; k < dir.length; k++) dir[k] = to[k] - from[k];
        SliceLoss f = SliceLoss.create(loss, new Slice(from, dir, new double[from.length], "α", "-"));
        double[] alphas = new double[points];
        double[] losses = new double[points];
        for (int i = 0; i < points; i++) {
            if (token.isCancelled()) {
                throw new CancellationException("interpolation cancelled");
            }
            alphas[i] = alphaMin + (alphaMax - alphaMin) * i / (points - 1);
            losses[i] = f.lossAt(alphas[i], 0);
        }
        return new LineInterpolation(alphas, losses);
    }
}
