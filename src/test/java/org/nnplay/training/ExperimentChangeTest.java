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
import org.nnplay.data.ProblemType;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.HandPoint;

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

    private static Experiment withPoints(Experiment e, HandPoint... points) {
        return e.withData(d -> d.withHandPoints(List.of(points)));
    }

    @Test
    void placingOrRemovingPointsByHandIsADataChangeThatKeepsTheNetwork() {
        HandPoint a = new HandPoint(1, 2, 1, true);
        HandPoint b = new HandPoint(-1, 0, 0, false);
        Experiment one = withPoints(base, a);
        Experiment two = withPoints(base, a, b);
        assertThat(ExperimentChange.between(base, one)).containsExactly(ExperimentChange.DATA);
        assertThat(ExperimentChange.between(one, two)).containsExactly(ExperimentChange.DATA);
        assertThat(ExperimentChange.between(two, one)).containsExactly(ExperimentChange.DATA);
        assertThat(ExperimentChange.between(one, base)).containsExactly(ExperimentChange.DATA);
        assertThat(ExperimentChange.between(base, one.withTraining(t -> t.withLearningRate(0.3))))
                .containsExactly(ExperimentChange.DATA, ExperimentChange.CONFIG);
    }

    @Test
    void pointsTogetherWithAnyOtherDataFeatureOrNetworkEditStillRebuild() {
        Experiment one = withPoints(base, new HandPoint(1, 2, 1, true));
        List<Experiment> edits = List.of(one.withData(d -> d.withNoise(20)), one.withData(d -> d.withSamples(300)),
                one.withData(d -> d.withTrainRatio(70)), one.withDataset(DatasetKind.XOR), one.withSeed(99),
                one.withData(d -> d.withProblem(ProblemType.REGRESSION)),
                one.withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.R))),
                one.withNetwork(n -> n.withHidden(List.of(3))), one.withTraining(t -> t.withLoss(LossKind.BCE)));
        for (Experiment e : edits) {
            assertThat(ExperimentChange.between(base, e)).as(e.data() + " " + e.features())
                    .containsExactly(ExperimentChange.REBUILD);
        }
        // another class count: another output layer
        Experiment blobs = base.withDataset(DatasetKind.BLOBS);
        Experiment placed = withPoints(blobs, new HandPoint(1, 2, 2, true));
        assertThat(ExperimentChange.between(blobs, placed)).containsExactly(ExperimentChange.DATA);
        assertThat(ExperimentChange.between(blobs, placed.withData(d -> d.withClasses(4))))
                .containsExactly(ExperimentChange.REBUILD);
    }

    @Test
    void withStandardisedFeaturesNewPointsRebuild() {
        Experiment standardised = base.withFeatures(f -> f.withStandardize(true));
        assertThat(ExperimentChange.between(standardised, withPoints(standardised, new HandPoint(1, 2, 1, true))))
                .containsExactly(ExperimentChange.REBUILD);
    }
}
