package org.nnplay.training.landscape;

/**
 * A plane in weight space: w(α, β) = center + α·d1 + β·d2, with labels for its two axes (e.g. "d1 (random,
 * filter-normalised)" or "PC1 (87.2 %)"). Immutable: arrays are copied in and out.
 */
public record Slice(double[] center, double[] d1, double[] d2, String alphaLabel, String betaLabel) {
    public Slice {
        if (center.length != d1.length || center.length != d2.length) {
            throw new IllegalArgumentException("slice: centre has " + center.length + " entries, directions "
                    + d1.length + " and " + d2.length);
        }
        center = center.clone();
        d1 = d1.clone();
        d2 = d2.clone();
    }

    /** The slice through {@code center} spanned by two random filter-normalised directions. */
    public static Slice of(double[] center, Directions dirs) {
        String suffix = " (random, filter-normalised, seed " + dirs.seed() + ")";
        return new Slice(center, dirs.d1(), dirs.d2(), "α: d1" + suffix, "β: d2" + suffix);
    }

    @Override public double[] center() { return center.clone(); }

    @Override public double[] d1() { return d1.clone(); }

    @Override public double[] d2() { return d2.clone(); }

    public int size() { return center.length; }

    /** center + α·d1 + β·d2. */
    public double[] point(double alpha, double beta) {
        double[] w = new double[center.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = center[i] + alpha * d1[i] + beta * d2[i];
        }
        return w;
    }

    /** L at (α, β) and its gradient with respect to (α, β): (⟨∇L, d1⟩, ⟨∇L, d2⟩), written into {@code g2}. */
    double lossAndSliceGradient(LossFunction f, double alpha, double beta, double[] fullGrad, double[] g2) {
        double l = f.lossAndGradientAt(center, d1, alpha, d2, beta, fullGrad);
        double ga = 0;
        double gb = 0;
        for (int i = 0; i < fullGrad.length; i++) {
            ga += fullGrad[i] * d1[i];
            gb += fullGrad[i] * d2[i];
        }
        g2[0] = ga;
        g2[1] = gb;
        return l;
    }
}
