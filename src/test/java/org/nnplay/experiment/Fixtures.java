package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;

/** Experiments shared by the tests. */
public final class Fixtures {
    private Fixtures() {}

    /** An experiment in which every setting differs from {@link Experiment#defaults()}. */
    public static Experiment everythingChanged() {
        DataSettings data = new DataSettings(DatasetKind.MOONS, ProblemType.REGRESSION, 123, 15, 70, 3,
                List.of(new HandPoint(1, -2, 2.5, true), new HandPoint(0.5, 0.25, 0, false)),
                List.of(new CsvPoint(1, 2, -0.75), new CsvPoint(-3.5, 4, 0)), "points.csv",
                new DataNames("length (mm)", "depth (mm)", "mass (g)", List.of()));
        FeatureSettings features = new FeatureSettings(List.of(Feature.X1SQ, Feature.X2SQ, Feature.SINX1), true);
        NetworkSettings network = new NetworkSettings(List.of(3, 5), ActivationKind.RELU,
                List.of(ActivationKind.ELU, ActivationKind.GELU), 0.2, InitKind.HE_NORMAL, 2, -0.25, 0.3, true);
        TrainingSettings training = new TrainingSettings(LossKind.MAE, OptimizerKind.ADAMW, 0.123, 0.5, 0.8,
                0.99, 1e-6, 0.95, 0.02, 32, RegularizationKind.ELASTIC, 0.003, 0.25,
                new ScheduleSettings(ScheduleKind.COSINE_RESTARTS, 7, 0.9, 50, 5, 1e-4), 5, 1000, 0.01,
                new EarlyStopping(true, 20), BackendKind.ND4J, 30,
                new ChosenLosses(LossKind.BCE, LossKind.SOFTMAX_CE, LossKind.MAE));
        ViewSettings view = new ViewSettings(200, true, true, Palette.BLUE_ORANGE, Theme.DARK, true,
                List.of("optimizer", "backend"), CurveScale.LOG, StageView.LANDSCAPE, List.of("learning-rate"),
                LandscapeMode.PATH, "06-learning-rate-good");
        Weights weights = new Weights(List.of(
                new LayerWeights(matrix(3, 3, 0.1), vector(3, 0.30000000000000004),
                        new BatchNormStats(vector(3, 1), vector(3, 0), vector(3, -0.5), vector(3, 2))),
                new LayerWeights(matrix(3, 5, -0.2), vector(5, 0.1),
                        new BatchNormStats(vector(5, 1.5), vector(5, 0.5), vector(5, 0.25), vector(5, 1e-3))),
                new LayerWeights(matrix(5, 1, 1.0 / 3), vector(1, -1e-9))));
        Comparison compare = new Comparison(ComparedSetting.OPTIMIZER, List.of("adamw", "sgd", "adam"));
        // compat stays null: it needs TensorFlow Playground's settings (CompatTest reads and writes it)
        return new Experiment(1, "Every setting", 1234567890123L, data, features, network, training, view, compare,
                weights, null, new PlaygroundKeys("0.52731", java.util.Map.of("tutorial", "dp-neuron", "x_hide", "true")));
    }

    static double[][] matrix(int rows, int cols, double scale) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = scale * (r * cols + c + 1) * (c % 2 == 0 ? 1 : -1);
            }
        }
        return m;
    }

    static double[] vector(int n, double value) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value + i;
        }
        return v;
    }

    /** A minimal experiment file with {@code body} (JSON members, may be empty) after format and version. */
    static String file(String body) {
        return "{\"format\": \"nnplay-experiment\", \"version\": 1" + (body.isEmpty() ? "" : ", " + body) + "}";
    }
}
