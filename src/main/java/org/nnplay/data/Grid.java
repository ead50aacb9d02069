package org.nnplay.data;

import java.util.List;

/**
 * An n×n grid of cells over a {@link Domain}, for drawing the decision boundary or the network's output as a heat
 * map. Cell (row, col) is evaluated at its centre: x1 = x1Min + (col + ½)·width/n, x2 = x2Max − (row + ½)·height/n.
 * <b>Row 0 is the top of the plot</b> (largest x2) and rows go downwards, columns go left to right, so the rows of
 * {@link #inputs(List, Standardizer)} are in the order of an image's pixels: index = row·n + col.
 */
public record Grid(Domain domain, int n) {
    public static final int MAX_N = 1000;

    public Grid {
        if (domain == null) {
            throw new IllegalArgumentException("a grid needs a domain");
        }
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be between 1 and " + MAX_N + ", was " + n);
        }
    }

    /** x1 at the centre of column {@code col} (0 = left). */
    public double x1(int col) {
        return domain.x1Min() + (col + 0.5) * domain.width() / n;
    }

    /** x2 at the centre of row {@code row} (0 = top). */
    public double x2(int row) {
        return domain.x2Max() - (row + 0.5) * domain.height() / n;
    }

    /** The row of the flat, image-ordered output for cell (row, col). */
    public int index(int row, int col) {
        return row * n + col;
    }

    /**
     * The input matrix of the n² cell centres in image order (row 0 = top), with the features computed and, when
     * {@code standardizer} is not null, standardised exactly as the training data were. The labels are zeros.
     */
    public FeatureMatrix inputs(List<Feature> features, Standardizer standardizer) {
        FeatureMatrix.requireFeatures(features, standardizer);
        int cols = features.size();
        double[] values = new double[n * n * cols];
        for (int row = 0; row < n; row++) {
            double x2 = x2(row);
            for (int col = 0; col < n; col++) {
                FeatureMatrix.fillRow(values, index(row, col) * cols, x1(col), x2, features, standardizer);
            }
        }
        return new FeatureMatrix(features, n * n, values, new double[n * n]);
    }
}
