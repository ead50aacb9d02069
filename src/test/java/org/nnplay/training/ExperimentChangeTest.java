package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.experiment.Experiment;

class ExperimentChangeTest {
    private final Experiment base = Experiment.defaults();

    @Test
    void learningRateOptimizerPenaltyAndBatchSizeApplyLiveWithoutARebuild() {
        assertThat(ExperimentChange.between(base, base.withTraining(t -> t.withLearningRate(0.3))))
                .containsExactly(ExperimentChange.CONFIG);
        assertThat(ExperimentChange.between(base, base.withTraining(t -> t.withRegularization(RegularizationKind.L2)
                .withRegularizationRate(0.01)))).containsExactly(ExperimentChange.CONFIG);
        assertThat(ExperimentChange.between(base, base.withTraining(t -> t.withBatchSize(30))))
                .containsExactly(ExperimentChange.CONFIG);
    }

    @Test
    void dataFeaturesArchitectureLossSeedAndBackendRebuild() {
        List<Experiment> edits = List.of(base.withDataset(DatasetKind.XOR), base.withData(d -> d.withNoise(20)),
                base.withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.R))),
                base.withNetwork(n -> n.withHidden(List.of(3))),
                base.withNetwork(n -> n.withActivation(ActivationKind.RELU)),
                base.withTraining(t -> t.withLoss(LossKind.BCE)), base.withSeed(99),
                base.withTraining(t -> t.withBackend(BackendKind.JVM)));
        for (Experiment e : edits) {
            assertThat(ExperimentChange.between(base, e)).containsExactly(ExperimentChange.REBUILD);
        }
    }

    @Test
    void stoppingSpeedAndViewAreSeparate() {
        assertThat(ExperimentChange.between(base, base.withTraining(t -> t.withMaxEpochs(500))))
                .containsExactly(ExperimentChange.STOPPING);
        assertThat(ExperimentChange.between(base, base.withTraining(t -> t.withSpeed(10))))
                .containsExactly(ExperimentChange.SPEED);
        assertThat(ExperimentChange.between(base, base.withView(v -> v.withShowTest(true))))
                .containsExactly(ExperimentChange.VIEW);
        assertThat(ExperimentChange.between(base, base)).isEmpty();
    }
}
