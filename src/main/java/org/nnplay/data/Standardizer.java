package org.nnplay.data;

import java.util.Arrays;
import java.util.List;

/**
 * What turns a point in the data's units into the network's inputs and targets: first the data set's
 * {@link Scaling} of x1, x2 (and of regression targets), then the features, then, when asked for, per-feature
 * standardisation (x − mean) / std fitted on the training samples and applied unchanged to the test samples and the
 * grid points. The std is the population one (divided by n); a feature that is constant on the training data gets
 * std 1, so it is only centred.
 */
public final class Standardizer {
    private final Scaling scaling;
    private final List<Feature> features;
    private final double[] means;
    private final double[] stds;

    public Standardizer(List<Feature> features, double[] means, double[] stds) {
        this(Scaling.IDENTITY, features, means, stds);
    }

    public Standardizer(Scaling scaling, List<Feature> features, double[] means, double[] stds) {
        if (scaling == null) {
            throw new IllegalArgumentException("a standardizer needs a scaling (Scaling.IDENTITY for none)");
        }
        this.scaling = scaling;
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

    /**
     * The transform a run on {@code data} uses: the data set's scaling, and feature standardisation fitted on its
     * training samples when {@code standardizeFeatures}; null when neither changes anything.
     */
    public static Standardizer of(DataSet data, List<Feature> features, boolean standardizeFeatures) {
        Scaling scaling = data.scaling();
        if (standardizeFeatures) {
            return fit(data.train(), features, scaling);
        }
        if (scaling.isIdentity()) {
            return null;
        }
        double[] zeros = new double[features.size()];
        double[] ones = new double[features.size()];
        Arrays.fill(ones, 1);
        return new Standardizer(scaling, features, zeros, ones);
    }

    /** Fits mean and std of each feature on {@code train}. */
    public static Standardizer fit(List<Sample> train, List<Feature> features) {
        return fit(train, features, Scaling.IDENTITY);
    }

    private static Standardizer fit(List<Sample> train, List<Feature> features, Scaling scaling) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("cannot standardise on an empty training set");
        }
        int k = features.size();
        double[] mean = new double[k];
        double[] m2 = new double[k];
        int n = 0;
        for (Sample s : train) {
            n++;
            double x1 = scaling.x1().toNetwork(s.x1());
            double x2 = scaling.x2().toNetwork(s.x2());
            for (int j = 0; j < k; j++) {
                double v = features.get(j).apply(x1, x2);
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
        return new Standardizer(scaling, features, mean, std);
    }

    public List<Feature> features() { return features; }

    public Scaling scaling() { return scaling; }

    public double[] means() { return means.clone(); }

    public double[] stds() { return stds.clone(); }

    /** Standardises the value of feature column {@code col} (already computed from scaled x1, x2). */
    public double apply(int col, double value) {
        return (value - means[col]) / stds[col];
    }

    /** The network's input {@code col} at the point (x1, x2) in the data's units. */
    public double input(int col, double x1, double x2) {
        return apply(col, features.get(col).apply(scaling.x1().toNetwork(x1), scaling.x2().toNetwork(x2)));
    }

    /** The network's target for the label {@code y} (regression targets are scaled, class indices never). */
    public double target(double y) {
        return scaling.y().toNetwork(y);
    }

    @Override public String toString() {
        return "Standardizer" + features + " " + scaling + " means=" + Arrays.toString(means) + " stds="
                + Arrays.toString(stds);
    }
}
