package org.nnplay.training;

import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.Feature;
import org.nnplay.data.FeatureMatrix;
import org.nnplay.data.Grid;
import org.nnplay.data.Sample;
import org.nnplay.data.Standardizer;
import org.nnplay.engine.train.Matrix;

/**
 * A run's feature matrices as the engine takes them, built by the data package: one row per point, one column per
 * feature, standardised with the training split's statistics when the setup asks for it; the same transform is
 * applied to the decision-boundary grid over the data set's domain (row 0 = top, column 0 = left).
 */
final class Inputs {
    private final List<Feature> features;
    private final Standardizer standardizer;
    private final DataSet data;

    private Inputs(DataSet data, List<Feature> features, Standardizer standardizer) {
        this.data = data;
        this.features = features;
        this.standardizer = standardizer;
    }

    static Inputs of(TrainingSetup setup) {
        Standardizer std = Standardizer.of(setup.data(), setup.inputs(), setup.standardize());
        return new Inputs(setup.data(), setup.inputs(), std);
    }

    Matrix matrix(List<Sample> samples) {
        FeatureMatrix m = FeatureMatrix.of(samples, features, standardizer);
        return new Matrix(m.values(), m.labels(), m.rows(), m.cols());
    }

    Matrix train() { return matrix(data.train()); }

    Matrix test() { return matrix(data.test()); }

    /** n² × features values at the cell centres of the data set's domain. */
    double[] grid(int n) {
        return new Grid(data.domain(), n).inputs(features, standardizer).values();
    }
}
