package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DataSet;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.train.Matrix;

class InputsTest {
    private static TrainingSetup setup(List<Sample> train, List<Feature> features, boolean standardize) {
        DataSet ds = new DataSet("t", ProblemType.CLASSIFICATION, 2, train, List.of(new Sample(0, 0, 0)), 6, "x1", "x2");
        NetworkSpec spec = NetworkSpec.simple(features.size(), List.of(), ActivationKind.TANH, 1, LossKind.BCE, false);
        TrainingSetup s = new TrainingSetup(ds, features, spec, Fixtures.sgd(0.1), 1, JvmBackend.INSTANCE);
        return standardize ? new TrainingSetup(ds, features, spec, s.config(), 1, JvmBackend.INSTANCE, null,
                StoppingRules.NONE, TrainingSetup.DEFAULT_EVAL_EVERY, true) : s;
    }

    @Test
    void matrixAppliesEveryFeatureToEveryPoint() {
        TrainingSetup s = setup(List.of(new Sample(2, 3, 1), new Sample(-1, 0.5, 0)),
                List.of(Feature.X1, Feature.X2SQ, Feature.X1X2), false);
        Matrix m = Inputs.of(s).train();
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.cols()).isEqualTo(3);
        assertThat(m.x()).containsExactly(2, 9, 6, -1, 0.25, -0.5);
        assertThat(m.labels()).containsExactly(1, 0);
    }

    @Test
    void standardisedFeaturesHaveZeroMeanOnTheTrainingSplit() {
        TrainingSetup s = setup(List.of(new Sample(2, 3, 1), new Sample(-1, 0.5, 0), new Sample(5, 1, 1)),
                List.of(Feature.X1, Feature.X2), true);
        Matrix m = Inputs.of(s).train();
        double mean = (m.x()[0] + m.x()[2] + m.x()[4]) / 3;
        assertThat(mean).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.x()[0]).isNotEqualTo(2.0);
    }

    @Test
    void gridRowZeroIsTheTopAndColumnZeroTheLeftAtCellCentres() {
        TrainingSetup s = setup(List.of(new Sample(2, 3, 1)), List.of(Feature.X1, Feature.X2), false);
        double[] g = Inputs.of(s).grid(4);
        assertThat(g).hasSize(4 * 4 * 2);
        assertThat(g[0]).isEqualTo(-4.5);
        assertThat(g[1]).isEqualTo(4.5);
        int last = (4 * 4 - 1) * 2;
        assertThat(g[last]).isEqualTo(4.5);
        assertThat(g[last + 1]).isEqualTo(-4.5);
    }
}
