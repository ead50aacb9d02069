package org.nnplay.data;

import java.util.List;

/**
 * The network's inputs for a list of samples: one row per sample, one column per chosen {@link Feature}, stored flat
 * in row-major order ({@code values[row * cols + col]}), plus the samples' labels ({@code y}) as a parallel array.
 *
 * <p>The arrays are the matrix's own and are returned without copying (they can be large and go straight into the
 * engine); callers must not modify them.
 */
public final class FeatureMatrix {
    private final List<Feature> features;
    private final int rows;
    private final double[] values;
    private final double[] labels;

    FeatureMatrix(List<Feature> features, int rows, double[] values, double[] labels) {
        this.features = List.copyOf(features);
        this.rows = rows;
        this.values = values;
        this.labels = labels;
    }

    /**
     * Computes the features of every sample and, when {@code standardizer} is not null, transforms them (and the
     * labels: scaled regression targets) with it.
     * Typical use: fit on the training samples, then use the same standardizer for test samples and grids:
     * <pre>{@code
     * Standardizer s = Standardizer.fit(data.train(), features);
     * FeatureMatrix train = FeatureMatrix.of(data.train(), features, s);
     * FeatureMatrix test = FeatureMatrix.of(data.test(), features, s);
     * }</pre>
     *
     * @throws IllegalArgumentException if there are no features or the standardizer was fitted for other features
     */
    public static FeatureMatrix of(List<Sample> samples, List<Feature> features, Standardizer standardizer) {
        requireFeatures(features, standardizer);
        int cols = features.size();
        double[] values = new double[samples.size() * cols];
        double[] labels = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            fillRow(values, i * cols, s.x1(), s.x2(), features, standardizer);
            labels[i] = standardizer == null ? s.y() : standardizer.target(s.y());
        }
        return new FeatureMatrix(features, samples.size(), values, labels);
    }

    static void requireFeatures(List<Feature> features, Standardizer standardizer) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("at least one input feature is needed");
        }
        if (standardizer != null && !standardizer.features().equals(features)) {
            throw new IllegalArgumentException("the standardizer was fitted for " + standardizer.features()
                    + ", not for " + features);
        }
    }

    static void fillRow(double[] values, int offset, double x1, double x2, List<Feature> features, Standardizer s) {
        for (int j = 0; j < features.size(); j++) {
            values[offset + j] = s == null ? features.get(j).apply(x1, x2) : s.input(j, x1, x2);
        }
    }

    public List<Feature> features() { return features; }

    public int rows() { return rows; }

    public int cols() { return features.size(); }

    /** All values, row-major: {@code values()[row * cols() + col]}. Not a copy. */
    public double[] values() { return values; }

    /** The labels, parallel to the rows (class index or regression target; zeros for grid inputs). Not a copy. */
    public double[] labels() { return labels; }

    public double get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols()) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") outside " + rows + "×" + cols());
        }
        return values[row * cols() + col];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        double[] r = new double[cols()];
        System.arraycopy(values, row * cols(), r, 0, cols());
        return r;
    }

    public double label(int row) { return labels[row]; }
}
