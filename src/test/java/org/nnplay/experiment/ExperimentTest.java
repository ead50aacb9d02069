package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
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

class ExperimentTest {
    private static final Weights PERCEPTRON = new Weights(List.of(
            new LayerWeights(new double[][] {{3}, {-2}}, new double[] {1})));

    @Test
    void defaultsAreTensorFlowPlaygrounds() {
        Experiment d = Experiment.defaults();

        assertThat(d.version()).isEqualTo(1);
        assertThat(d.data().dataset()).isEqualTo(DatasetKind.CIRCLE);
        assertThat(d.data().problem()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(d.data().samples()).isEqualTo(500);
        assertThat(d.data().noise()).isZero();
        assertThat(d.data().trainRatio()).isEqualTo(50);
        assertThat(d.data().classes()).isEqualTo(2);
        assertThat(d.features().inputs()).containsExactly(Feature.X1, Feature.X2);
        assertThat(d.network().hidden()).containsExactly(4, 2);
        assertThat(d.network().activation()).isEqualTo(ActivationKind.TANH);
        assertThat(d.network().init()).isEqualTo(InitKind.UNIFORM);
        assertThat(d.network().initScale()).isEqualTo(0.5);
        assertThat(d.network().biasInit()).isEqualTo(0.1);
        assertThat(d.training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThat(d.training().optimizer()).isEqualTo(OptimizerKind.SGD);
        assertThat(d.training().learningRate()).isEqualTo(0.03);
        assertThat(d.training().batchSize()).isEqualTo(10);
        assertThat(d.training().regularization()).isEqualTo(RegularizationKind.NONE);
        assertThat(d.training().schedule().kind()).isEqualTo(ScheduleKind.CONSTANT);
        assertThat(d.training().backend()).isEqualTo(BackendKind.AUTO);
        assertThat(d.weights()).isNull();
        assertThat(d.outputs()).isEqualTo(1);
    }

    @Test
    void withersChangeOneSettingAndLeaveTheOriginalAlone() {
        Experiment d = Experiment.defaults();

        Experiment changed = d.withTraining(t -> t.withLearningRate(0.1)).withView(v -> v.withTheme(Theme.DARK));

        assertThat(changed.training().learningRate()).isEqualTo(0.1);
        assertThat(changed.view().theme()).isEqualTo(Theme.DARK);
        assertThat(changed.withTraining(t -> t.withLearningRate(0.03)).withView(ViewSettings.DEFAULTS)).isEqualTo(d);
        assertThat(d.training().learningRate()).isEqualTo(0.03);
    }

    @Test
    void buildersChangeSeveralSettingsAtOnce() {
        TrainingSettings t = TrainingSettings.builder().optimizer(OptimizerKind.ADAM).learningRate(0.001)
                .batchSize(32).build();

        assertThat(t).isEqualTo(TrainingSettings.DEFAULTS.withOptimizer(OptimizerKind.ADAM).withLearningRate(0.001)
                .withBatchSize(32));
    }

    @Test
    void anInvalidChangeThrowsNamingTheField() {
        assertThatThrownBy(() -> Experiment.defaults().withTraining(t -> t.withLearningRate(-1)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.field()).isEqualTo("learningRate");
                    assertThat(e.getMessage()).isEqualTo("learningRate = -1 is out of range: allowed (0, 10]");
                });
        assertThatThrownBy(() -> Experiment.defaults().withNetwork(n -> n.withHidden(List.of(4, 40))))
                .hasMessage("hidden[1] = 40 is out of range: allowed [1, 32]");
    }

    @Test
    void weightsThatStillFitAreKeptAndOthersDropped() {
        Experiment perceptron = Experiment.defaults().withNetwork(n -> n.withHidden(List.of()))
                .withTraining(t -> t.withLoss(LossKind.BCE)).withWeights(PERCEPTRON);

        assertThat(perceptron.withNetwork(n -> n.withActivation(ActivationKind.RELU)).weights()).isEqualTo(PERCEPTRON);
        assertThat(perceptron.withTraining(t -> t.withLearningRate(1)).weights()).isEqualTo(PERCEPTRON);
        assertThat(perceptron.withNetwork(n -> n.withHidden(List.of(3))).weights()).isNull();
        assertThat(perceptron.withFeatures(f -> f.withInputs(List.of(Feature.R))).weights()).isNull();
        assertThat(perceptron.withDataset(DatasetKind.BLOBS).weights()).isNull();
    }

    @Test
    void weightsMustFitTheNetwork() {
        assertThatThrownBy(() -> Experiment.defaults().withWeights(PERCEPTRON))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("weights.layers has 1 entry: expected 3");
    }

    @Test
    void switchingDataSetAdoptsItsProblemClassesAndAFittingLoss() {
        Experiment blobs = Experiment.defaults().withDataset(DatasetKind.BLOBS);
        Experiment plane = blobs.withDataset(DatasetKind.PLANE);
        Experiment xor = Experiment.defaults().withTraining(t -> t.withLoss(LossKind.BCE)).withDataset(DatasetKind.XOR);

        assertThat(blobs.data().classes()).isEqualTo(3);
        assertThat(blobs.training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        assertThat(blobs.outputs()).isEqualTo(3);
        assertThat(plane.data().problem()).isEqualTo(ProblemType.REGRESSION);
        assertThat(plane.training().loss()).isEqualTo(LossKind.MSE);
        assertThat(xor.training().loss()).isEqualTo(LossKind.BCE);
    }

    @Test
    void changingTheHiddenLayersKeepsPerLayerActivationsAligned() {
        NetworkSettings n = NetworkSettings.DEFAULTS
                .withLayerActivations(List.of(ActivationKind.RELU, ActivationKind.SIGMOID));

        assertThat(n.withHidden(List.of(4, 2, 3)).layerActivations())
                .containsExactly(ActivationKind.RELU, ActivationKind.SIGMOID, ActivationKind.TANH);
        assertThat(n.withHidden(List.of(5)).layerActivations()).containsExactly(ActivationKind.RELU);
        assertThat(n.activationOf(1)).isEqualTo(ActivationKind.SIGMOID);
        assertThat(NetworkSettings.DEFAULTS.activationOf(1)).isEqualTo(ActivationKind.TANH);
    }

    @Test
    void recordsCopyTheirListsAndArrays() {
        double[][] w = {{3}, {-2}};
        LayerWeights layer = new LayerWeights(w, new double[] {1});
        w[0][0] = 99;
        layer.w()[1][0] = 99;

        assertThat(layer.w()).isDeepEqualTo(new double[][] {{3}, {-2}});
        assertThat(layer).isEqualTo(new LayerWeights(new double[][] {{3}, {-2}}, new double[] {1}));
        assertThat(layer.hashCode()).isEqualTo(new LayerWeights(new double[][] {{3}, {-2}}, new double[] {1}).hashCode());
        java.util.List<Integer> hidden = new java.util.ArrayList<>(List.of(4));
        NetworkSettings n = NetworkSettings.DEFAULTS.withHidden(hidden);
        hidden.add(5);
        assertThat(n.hidden()).containsExactly(4);
    }

    @Test
    void rangesPrintInIntervalNotationAndRejectNaN() {
        assertThat(TrainingSettings.LEARNING_RATE).hasToString("(0, 10]");
        assertThat(TrainingSettings.DECAY).hasToString("[0, 1)");
        assertThat(TrainingSettings.LEARNING_RATE.contains(Double.NaN)).isFalse();
        assertThatThrownBy(() -> TrainingSettings.DEFAULTS.withMomentum(Double.NaN))
                .hasMessage("momentum = NaN is out of range: allowed [0, 1)");
    }
}
