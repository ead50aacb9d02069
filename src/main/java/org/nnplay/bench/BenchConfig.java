package org.nnplay.bench;

import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.Feature;
import org.nnplay.data.FeatureMatrix;
import org.nnplay.data.Grid;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;

/**
 * The engine issue's benchmark workloads. Those TensorFlow Playground can build ({@code playground}: a and b) are
 * also run by its algorithm under Node beside ours (training and its 100×100 decision grid), for a ratio measured
 * in the same minutes.
 */
public record BenchConfig(String id, String description, DatasetKind dataset, int samples, List<Feature> inputs,
                          List<Integer> hidden, ActivationKind activation, LossKind loss, OptimizerKind optimizer,
                          double learningRate, int batch, boolean playground) {

    static final List<Feature> SEVEN = List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.X1X2,
            Feature.SINX1, Feature.SINX2);

    public static List<BenchConfig> all() {
        return List.of(
                new BenchConfig("a", "circle 500, x1 x2, 4-2 tanh, SGD 0.03, batch 10", DatasetKind.CIRCLE, 500,
                        List.of(Feature.X1, Feature.X2), List.of(4, 2), ActivationKind.TANH, LossKind.HALF_SQUARED,
                        OptimizerKind.SGD, 0.03, 10, true),
                new BenchConfig("b", "spiral 500, 7 inputs, 8×6 tanh, SGD 0.03, batch 10", DatasetKind.SPIRAL, 500,
                        SEVEN, List.of(8, 8, 8, 8, 8, 8), ActivationKind.TANH, LossKind.HALF_SQUARED,
                        OptimizerKind.SGD, 0.03, 10, true),
                new BenchConfig("c", "spiral 20,000, 7 inputs, 64-64-64 ReLU, Adam 0.001, batch 256", DatasetKind.SPIRAL,
                        20_000, SEVEN, List.of(64, 64, 64), ActivationKind.RELU, LossKind.BCE, OptimizerKind.ADAM,
                        0.001, 256, false));
    }

    public DataSet data() {
        return DataSets.generate(DatasetSpec.of(dataset).withSamples(samples));
    }

    public Matrix trainMatrix(DataSet ds) {
        FeatureMatrix m = FeatureMatrix.of(ds.train(), inputs, null);
        return new Matrix(m.values(), m.labels(), m.rows(), m.cols());
    }

    public double[] gridInputs(DataSet ds, int n) {
        return new Grid(ds.domain(), n).inputs(inputs, null).values();
    }

    public NetworkSpec network() {
        return NetworkSpec.simple(inputs.size(), hidden, activation, 1, loss, false);
    }

    public TrainConfig training() {
        return new TrainConfig(batch, learningRate, OptimizerSpec.of(optimizer), ScheduleSpec.CONSTANT,
                Regularization.NONE, 0);
    }
}
