package org.nnplay.training;

import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.data.Sample;
import org.nnplay.engine.train.Matrix;

/**
 * Feature matrices as the engine takes them: one row per point, one column per feature (Feature.apply). A small
 * stand-in for the data package's FeatureMatrix (standardisation included) once that lands.
 */
final class Inputs {
    private Inputs() {}

    static Matrix matrix(List<Sample> samples, List<Feature> features) {
        int cols = features.size();
        double[] x = new double[samples.size() * cols];
        double[] y = new double[samples.size()];
        for (int r = 0; r < samples.size(); r++) {
            Sample s = samples.get(r);
            for (int c = 0; c < cols; c++) {
                x[r * cols + c] = features.get(c).apply(s.x1(), s.x2());
            }
            y[r] = s.y();
        }
        return new Matrix(x, y, samples.size(), cols);
    }

    /**
     * The n × n grid over [-extent, extent]² at cell centres, row-major: row 0 is the top (largest x2), column 0 the
     * left (smallest x1). Returns n² × features values.
     */
    static double[] grid(List<Feature> features, double extent, int n) {
        int cols = features.size();
        double[] x = new double[n * n * cols];
        double cell = 2 * extent / n;
        for (int row = 0; row < n; row++) {
            double x2 = extent - (row + 0.5) * cell;
            for (int col = 0; col < n; col++) {
                double x1 = -extent + (col + 0.5) * cell;
                int base = (row * n + col) * cols;
                for (int c = 0; c < cols; c++) {
                    x[base + c] = features.get(c).apply(x1, x2);
                }
            }
        }
        return x;
    }
}
