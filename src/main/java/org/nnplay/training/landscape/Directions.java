package org.nnplay.training.landscape;

import java.util.Random;
import org.nnplay.engine.nn.Weights;

/**
 * Two random directions in weight space for a 2-D slice around the current weights, filter-normalised as in
 * Li et al., "Visualizing the Loss Landscape of Neural Nets" (2018).
 *
 * <p>Each direction starts as independent N(0, 1) entries drawn from {@code new Random(seed)} (d1 first, then d2).
 * For each layer and each output neuron j, the neuron's filter is column j of W (its incoming weights), plus its
 * bias b_j when {@code includeBiases}; the direction's entries of that filter are scaled so that their Euclidean
 * norm equals the norm of the weights' entries of the same filter. Bias entries are zero when biases are excluded.
 *
 * <p>Orthogonality: d2 is orthogonalised against d1 <em>filter by filter</em> (Gram–Schmidt inside each filter)
 * before its filter is rescaled. Rescaling a filter that is orthogonal to d1's filter keeps it orthogonal, and the
 * flat inner product is the sum of the filters' inner products, so both properties hold exactly (up to rounding):
 * ⟨d1, d2⟩ = 0 in the flattened space, and every filter of d1 and of d2 has the weights' filter norm. (A filter
 * with a single entry, e.g. a 1-input layer without biases, has no room for an orthogonal part: d2 is zero there.
 * A filter whose weights are all zero gets a zero direction.)
 */
public record Directions(double[] d1, double[] d2, long seed, boolean includeBiases) {
    /** Relative size below which an orthogonalised filter is treated as zero. */
    private static final double DEGENERATE = 1e-12;

    public Directions {
        if (d1.length != d2.length) {
            throw new IllegalArgumentException("directions: " + d1.length + " and " + d2.length + " entries");
        }
        d1 = d1.clone();
        d2 = d2.clone();
    }

    /** Copies out (the record itself is immutable). */
    @Override public double[] d1() { return d1.clone(); }

    @Override public double[] d2() { return d2.clone(); }

    public int size() { return d1.length; }

    /** Filter-normalised random directions around {@code center}; the same weights and seed give the same directions. */
    public static Directions filterNormalized(Weights center, long seed, boolean includeBiases) {
        WeightLayout layout = WeightLayout.of(center);
        double[] w = center.flatten();
        Random rng = new Random(seed);
        double[] d1 = gaussian(rng, layout, includeBiases);
        double[] d2 = gaussian(rng, layout, includeBiases);
        for (int l = 0; l < layout.layers(); l++) {
            for (int j = 0; j < layout.out()[l]; j++) {
                int[] idx = filter(layout, l, j, includeBiases);
                double wNorm = Math.sqrt(dot(w, w, idx));
                rescale(d1, idx, wNorm);
                double d1sq = dot(d1, d1, idx);
                if (d1sq > 0) {
                    double before = Math.sqrt(dot(d2, d2, idx));
                    double c = dot(d1, d2, idx) / d1sq;
                    for (int k : idx) d2[k] -= c * d1[k];
                    if (Math.sqrt(dot(d2, d2, idx)) <= DEGENERATE * before) {
                        for (int k : idx) d2[k] = 0;
                    }
                }
                rescale(d2, idx, wNorm);
            }
        }
        return new Directions(d1, d2, seed, includeBiases);
    }

    /** The flat indices of neuron {@code j}'s filter in layer {@code l}: W[·][j], then b[j] when biases are included. */
    static int[] filter(WeightLayout layout, int l, int j, boolean includeBiases) {
        int in = layout.in()[l];
        int[] idx = new int[in + (includeBiases ? 1 : 0)];
        for (int i = 0; i < in; i++) {
            idx[i] = layout.weightIndex(l, i, j);
        }
        if (includeBiases) {
            idx[in] = layout.biasIndex(l, j);
        }
        return idx;
    }

    private static double[] gaussian(Random rng, WeightLayout layout, boolean includeBiases) {
        double[] d = new double[layout.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        if (!includeBiases) {
            for (int l = 0; l < layout.layers(); l++) {
                for (int j = 0; j < layout.out()[l]; j++) {
                    d[layout.biasIndex(l, j)] = 0;
                }
            }
        }
        return d;
    }

    private static void rescale(double[] d, int[] idx, double targetNorm) {
        double norm = Math.sqrt(dot(d, d, idx));
        double f = norm > 0 ? targetNorm / norm : 0;
        for (int k : idx) d[k] = f == 0 ? 0 : d[k] * f;
    }

    private static double dot(double[] a, double[] b, int[] idx) {
        double s = 0;
        for (int k : idx) s += a[k] * b[k];
        return s;
    }
}
