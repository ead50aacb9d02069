package org.nnplay.data;

import java.util.Arrays;
import java.util.List;

/**
 * Per-feature standardisation (x − mean) / std, fitted on the training samples and then applied unchanged to the
 * test samples and the grid points. The std is the population one (divided by n); a feature that is constant on the
 * training data gets std 1, so it is only centred.
 */
public final class Standardizer {
    private final List<Feature> features;
    private final double[] means;
    private final double[] stds;

    public Standardizer(List<Feature> features, double[] means, double[] stds) {
        this.features = List.copyOf(features);
        if (means.length != this.features.size() || stds.length != this.features.size()) {
            throw new IllegalArgumentException("need one mean and one std per feature: " + this.features.size()
                    + " features, " + means.length + " means, " + stds.length + " stds");
        }
        for (double s : stds) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("stds must be positive and finite, was " + Arrays.toString(stds));
            }
        }
        this.means = means.clone();
        this.stds = stds.clone();
    }

    /** Fits mean and std of each feature on {@code train}. */
    public static Standardizer fit(List<Sample> train, List<Feature> features) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("cannot standardise on an empty training set");
        }
        int k = features.size();
        double[] mean = new double[k];
        double[] m2 = new double[k];
        int n = 0;
        for (Sample s : train) {
            n++;
            for (int j = 0; j < k; j++) {
                double v = features.get(j).apply(s.x1(), s.x2());
                double delta = v - mean[j];
                mean[j] += delta / n;
                m2[j] += delta * (v - mean[j]);
            }
        }
        double[] std = new double[k];
        for (int j = 0; j < k; j++) {
            double sd = Math.sqrt(m2[j] / n);
            std[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j])) ? sd : 1;
        }
        return new Standardizer(features, mean, std);
    }

    public List<Feature> features() { return features; }

    public double[] means() { return means.clone(); }

    public double[] stds() { return stds.clone(); }

    /** Standardises the value of feature column {@code col}. */
    public double apply(int col, double value) {
        return (value - means[col]) / stds[col];
    }

    @Override public String toString() {
        return "Standardizer" + features + " means=" + Arrays.toString(means) + " stds=" + Arrays.toString(stds);
    }
}
