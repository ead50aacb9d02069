package org.nnplay.training.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The plane through the current weights that best fits a training path: PCA of the snapshots relative to the final
 * weights, m_i = θ_i − θ_final (not mean-centred, as in Li et al.), top two principal directions from the small
 * Gram matrix G = M·Mᵀ (snapshots × snapshots) by orthogonal iteration and a 2 × 2 Rayleigh–Ritz step. The
 * directions are unit vectors in the flat weight space; {@code explained} holds λ_k / trace(G), the share of the
 * path's squared distance from θ_final that each axis captures. Signs are chosen so the path starts at α ≤ 0,
 * β ≤ 0. When the path is a straight line (rank 1) the second axis is a seeded random unit vector orthogonal to
 * the first, explaining 0.
 *
 * @param slice    centre θ_final, d1 = PC1, d2 = PC2, axis labels with the explained variance
 * @param path     every snapshot projected, with its recorded loss (the last one is the final weights, at (0, 0))
 * @param alphaMin the path's extent plus a margin: a rectangle to request a landscape over
 */
public record PathPlane(Slice slice, double[] explained, List<PathPoint> path, double alphaMin, double alphaMax,
                        double betaMin, double betaMax) {
    public static final double DEFAULT_MARGIN = 0.25;
    private static final int MAX_ITERATIONS = 2000;

    public PathPlane {
        explained = explained.clone();
        path = List.copyOf(path);
    }

    @Override public double[] explained() { return explained.clone(); }

    /** A landscape request over this plane's rectangle. */
    public LandscapeRequest request(LossSetup loss, int resolution) {
        return new LandscapeRequest(loss, slice, alphaMin, alphaMax, betaMin, betaMax, resolution);
    }

    /** PCA of a recorded trajectory around its most recent snapshot. */
    public static PathPlane of(Trajectory trajectory, double margin, long seed) {
        List<Trajectory.Snapshot> s = trajectory.snapshots();
        if (s.isEmpty()) {
            throw new IllegalStateException("the trajectory is empty");
        }
        return fit(s, s.get(s.size() - 1).weights(), margin, seed);
    }

    /**
     * PCA of {@code snapshots} relative to {@code finalWeights}; the rectangle is the path's bounding box (with the
     * origin) widened on every side by {@code margin} × its larger side.
     */
    public static PathPlane fit(List<Trajectory.Snapshot> snapshots, double[] finalWeights, double margin, long seed) {
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("margin must be ≥ 0, got " + margin);
        }
        int m = snapshots.size();
        int p = finalWeights.length;
        double[][] rows = new double[m][];
        for (int i = 0; i < m; i++) {
            double[] w = snapshots.get(i).raw();
            if (w.length != p) {
                throw new IllegalArgumentException("snapshot " + i + " has " + w.length + " weights, not " + p);
            }
            rows[i] = new double[p];
            for (int k = 0; k < p; k++) rows[i][k] = w[k] - finalWeights[k];
        }
        double[][] g = new double[m][m];
        double trace = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                g[i][j] = g[j][i] = dot(rows[i], rows[j]);
            }
            trace += g[i][i];
        }
        if (!(trace > 0)) {
            throw new IllegalStateException("the path has not moved: every snapshot equals the final weights");
        }
        Random rng = new Random(seed);
        double[][] v = topTwo(g, rng);
        double[] lambda = {quad(g, v[0]), m > 1 ? quad(g, v[1]) : 0};
        double[] u1 = combine(rows, v[0], p);
        normalise(u1);
        double[] u2;
        boolean flat = m < 2 || lambda[1] <= 1e-12 * lambda[0];
        if (flat) {
            lambda[1] = 0;
            u2 = new double[p];
            for (int k = 0; k < p; k++) u2[k] = rng.nextGaussian();
        } else {
            u2 = combine(rows, v[1], p);
        }
        double c = dot(u1, u2);
        for (int k = 0; k < p; k++) u2[k] -= c * u1[k];
        normalise(u2);
        if (dot(rows[0], u1) > 0) scale(u1, -1);
        if (dot(rows[0], u2) > 0) scale(u2, -1);
        List<PathPoint> path = new ArrayList<>(m);
        double aMin = 0, aMax = 0, bMin = 0, bMax = 0;
        for (int i = 0; i < m; i++) {
            double a = dot(rows[i], u1);
            double b = dot(rows[i], u2);
            path.add(new PathPoint(a, b, snapshots.get(i).loss()));
            aMin = Math.min(aMin, a);
            aMax = Math.max(aMax, a);
            bMin = Math.min(bMin, b);
            bMax = Math.max(bMax, b);
        }
        double pad = margin * Math.max(aMax - aMin, bMax - bMin);
        double[] ratio = {lambda[0] / trace, lambda[1] / trace};
        Slice slice = new Slice(finalWeights, u1, u2, label(1, ratio[0]), label(2, ratio[1]));
        return new PathPlane(slice, ratio, path, aMin - pad, aMax + pad, bMin - pad, bMax + pad);
    }

    private static String label(int k, double ratio) {
        return String.format(Locale.ROOT, "PC%d (%.1f %% of variance)", k, 100 * ratio);
    }

    /** The top two eigenvectors of the symmetric positive semi-definite g, by orthogonal iteration. */
    private static double[][] topTwo(double[][] g, Random rng) {
        int m = g.length;
        double[][] v = new double[2][m];
        for (double[] col : v) {
            for (int i = 0; i < m; i++) col[i] = rng.nextGaussian();
        }
        orthonormalise(v);
        double prev = -1;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            v = new double[][] {mul(g, v[0]), mul(g, v[1])};
            orthonormalise(v);
            double ritz = quad(g, v[0]) + quad(g, v[1]);
            if (Math.abs(ritz - prev) <= 1e-14 * ritz && it > 10) {
                break;
            }
            prev = ritz;
        }
        // Rayleigh–Ritz: rotate within the span so that v[0], v[1] are the eigenvectors of the 2 × 2 projection.
        double a = quad(g, v[0]);
        double d = quad(g, v[1]);
        double b = dot(v[0], mul(g, v[1]));
        double theta = 0.5 * Math.atan2(2 * b, a - d);
        double cs = Math.cos(theta);
        double sn = Math.sin(theta);
        double[] r0 = new double[m];
        double[] r1 = new double[m];
        for (int i = 0; i < m; i++) {
            r0[i] = cs * v[0][i] + sn * v[1][i];
            r1[i] = -sn * v[0][i] + cs * v[1][i];
        }
        return quad(g, r0) >= quad(g, r1) ? new double[][] {r0, r1} : new double[][] {r1, r0};
    }

    /** Gram–Schmidt, applied twice ("twice is enough") so a v[1] made mostly of rounding stays orthogonal. */
    private static void orthonormalise(double[][] v) {
        normalise(v[0]);
        for (int pass = 0; pass < 2; pass++) {
            double c = dot(v[0], v[1]);
            for (int i = 0; i < v[1].length; i++) v[1][i] -= c * v[0][i];
            normalise(v[1]);
        }
    }

    private static double[] mul(double[][] g, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < g.length; i++) y[i] = dot(g[i], x);
        return y;
    }

    private static double quad(double[][] g, double[] x) { return dot(x, mul(g, x)); }

    /** Mᵀ·v: a combination of the snapshot rows. */
    private static double[] combine(double[][] rows, double[] v, int p) {
        double[] u = new double[p];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < p; k++) u[k] += v[i] * rows[i][k];
        }
        return u;
    }

    private static void normalise(double[] x) {
        double n = Math.sqrt(dot(x, x));
        if (n > 0) scale(x, 1 / n);
    }

    private static void scale(double[] x, double f) {
        for (int i = 0; i < x.length; i++) x[i] *= f;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
